import { EntitySchema } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';

export const EXTERNAL_ENTITY_TYPES = ['STUDENT', 'ORGANISATION', 'CONTRACT', 'ABSENCE'] as const;
export type ExternalEntityType = (typeof EXTERNAL_ENTITY_TYPES)[number];

/**
 * A partner's own identifier for one of our records (issue 14): the CFA's apprentice number,
 * the SFCA's file number… One per record and source, and unique within a source and type, so
 * that a partner pushing by its identifier always reaches the same record.
 */
export class ExternalId extends BaseEntity {
  entityType!: ExternalEntityType;
  entityId!: string;
  source!: string;
  externalId!: string;
}

export const ExternalIdSchema = new EntitySchema<ExternalId, BaseEntity>({
  class: ExternalId,
  extends: BaseEntitySchema,
  tableName: 'external_id',
  properties: {
    entityType: { type: 'string', length: 20 },
    entityId: { type: 'string', length: 36 },
    source: { type: 'string', length: 20 },
    externalId: { type: 'string', length: 100 },
  },
  uniques: [{ properties: ['source', 'entityType', 'externalId'] }, { properties: ['entityType', 'entityId', 'source'] }],
});
