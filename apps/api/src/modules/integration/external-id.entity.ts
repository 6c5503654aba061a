import { EntitySchema } from '@mikro-orm/core';

export const EXTERNAL_ENTITY_TYPES = ['STUDENT', 'ORGANISATION', 'CONTRACT', 'ABSENCE'] as const;
export type ExternalEntityType = (typeof EXTERNAL_ENTITY_TYPES)[number];

/**
 * A partner's own identifier for one of our records (issue 14): the CFA's apprentice number,
 * the SFCA's file number… One per record and source, and unique within a source and type, so
 * that a partner pushing by its identifier always reaches the same record.
 *
 * Keyed by what it is — the record and the source — and not by a surrogate id as the other
 * tables: nothing refers to a row of this table, and a random uuid key was one more index
 * entry (and arbiter) on each of the 1,000 rows a bulk upsert inserts (docs/benchmarks.md).
 */
export class ExternalId {
  entityType!: ExternalEntityType;
  entityId!: string;
  source!: string;
  externalId!: string;
  version = 1;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const ExternalIdSchema = new EntitySchema<ExternalId>({
  class: ExternalId,
  tableName: 'external_id',
  properties: {
    entityType: { type: 'string', length: 20, primary: true },
    entityId: { type: 'string', length: 36, primary: true },
    source: { type: 'string', length: 20, primary: true },
    externalId: { type: 'string', length: 100 },
    version: { type: 'integer', version: true },
    createdAt: { type: 'Date', onCreate: () => new Date() },
    updatedAt: { type: 'Date', onCreate: () => new Date(), onUpdate: () => new Date() },
  },
  uniques: [{ properties: ['source', 'entityType', 'externalId'] }],
});
