import { EntitySchema } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';

/**
 * A GraphQL document an API token's chain may run (persisted operations, issue 14): the
 * partner's client sends it by its SHA-256 (or sends the very text whose hash is registered).
 * Registered by the manager from the partner's manifest `{ "<sha256>": "<document>" }`.
 */
export class PersistedOperation extends BaseEntity {
  /** The token chain it belongs to (ApiToken.familyId, or the first token's id). */
  familyId!: string;
  /** Lower-case hex SHA-256 of `document`, without the `sha256:` prefix. */
  hash!: string;
  document!: string;
  operationName: string | null = null;
  operationType!: 'query' | 'mutation' | 'subscription';
  registeredBy!: string;
}

export const PersistedOperationSchema = new EntitySchema<PersistedOperation, BaseEntity>({
  class: PersistedOperation,
  extends: BaseEntitySchema,
  tableName: 'persisted_operation',
  properties: {
    familyId: { type: 'string', length: 36 },
    hash: { type: 'string', length: 64 },
    document: { type: 'text' },
    operationName: { type: 'string', length: 200, nullable: true },
    operationType: { type: 'string', length: 12 },
    registeredBy: { type: 'string', length: 36 },
  },
  uniques: [{ properties: ['familyId', 'hash'] }],
});
