import { EntitySchema } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';

/** A machine client's write, remembered by its Idempotency-Key so that a retry replays the answer instead of writing twice. */
export class IdempotencyRecord extends BaseEntity {
  /** SHA-256 of the credentials and the key: one client's keys never meet another's. */
  scopeKey!: string;
  /** SHA-256 of the request body: the same key with another body is refused. */
  requestHash!: string;
  state: 'PENDING' | 'DONE' = 'PENDING';
  statusCode: number | null = null;
  response: string | null = null;
}

export const IdempotencyRecordSchema = new EntitySchema<IdempotencyRecord, BaseEntity>({
  class: IdempotencyRecord,
  extends: BaseEntitySchema,
  properties: {
    scopeKey: { type: 'string', length: 64, unique: true },
    requestHash: { type: 'string', length: 64 },
    state: { type: 'string', length: 10 },
    statusCode: { type: 'integer', nullable: true },
    response: { type: 'text', nullable: true },
  },
});
