import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';

/**
 * What every stored record has: an opaque id (no enumerable counter in URLs), a version
 * for optimistic locking (a stale write is refused, never applied), and timestamps.
 */
export abstract class BaseEntity {
  id: string = randomUUID();
  version = 1;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const BaseEntitySchema = new EntitySchema<BaseEntity>({
  name: 'BaseEntity',
  abstract: true,
  properties: {
    id: { type: 'uuid', primary: true },
    version: { type: 'integer', version: true },
    createdAt: { type: 'Date', onCreate: () => new Date() },
    updatedAt: { type: 'Date', onCreate: () => new Date(), onUpdate: () => new Date() },
  },
});
