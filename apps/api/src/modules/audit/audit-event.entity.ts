import { EntitySchema } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';

/** Who did what to which record, written in the same transaction as the change. */
export class AuditEvent extends BaseEntity {
  at: Date = new Date();
  actorType!: string;
  actorId!: string;
  actorLabel!: string;
  role!: string;
  entityType!: string;
  entityId!: string;
  action!: string;
  /** Names of the fields that changed — never the values of sensitive ones. */
  fields: string[] = [];
  comment: string | null = null;
}

export const AuditEventSchema = new EntitySchema<AuditEvent, BaseEntity>({
  class: AuditEvent,
  extends: BaseEntitySchema,
  indexes: [{ properties: ['entityType', 'entityId'] }],
  properties: {
    // The log is read newest first, a page at a time, and filtered by action (issue 15).
    at: { type: 'Date', index: true },
    actorType: { type: 'string', length: 20 },
    actorId: { type: 'string', length: 36 },
    actorLabel: { type: 'string', length: 200 },
    role: { type: 'string', length: 20 },
    entityType: { type: 'string', length: 40 },
    entityId: { type: 'string', length: 36 },
    action: { type: 'string', length: 60, index: true },
    fields: { type: 'json' },
    comment: { type: 'text', nullable: true },
  },
});
