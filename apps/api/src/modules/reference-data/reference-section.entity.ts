import { EntitySchema } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';

/**
 * One top-level section of the reference data (cohorts, programmes, legal parameters…),
 * stored as the JSON the domain reads, each with its own version so that two managers
 * editing different sections don't conflict.
 */
export class ReferenceSection extends BaseEntity {
  key!: string;
  data!: unknown;
}

export const ReferenceSectionSchema = new EntitySchema<ReferenceSection, BaseEntity>({
  class: ReferenceSection,
  extends: BaseEntitySchema,
  properties: {
    key: { type: 'string', length: 40, unique: true },
    data: { type: 'json' },
  },
});
