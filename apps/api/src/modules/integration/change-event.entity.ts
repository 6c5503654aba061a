import { EntitySchema } from '@mikro-orm/core';

export const CHANGE_TYPES = [
  'MISSION_VALIDATED',
  'CONTRACT_CREATED',
  'CONTRACT_UPDATED',
  'CONTRACT_RUPTURED',
  'CALENDAR_PUBLISHED',
  'ABSENCE_RECORDED',
  'ABSENCE_UPDATED',
  'ABSENCE_DELETED',
] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/**
 * One line of the change feed (issue 14): appended in the transaction of the change it
 * describes, never updated. `position` orders the feed; writers append under a lock held to
 * their commit (change-feed.ts), so positions become visible in commit order and a client
 * resuming after a position never misses one that commits later.
 */
export class ChangeEvent {
  position!: number;
  type!: ChangeType;
  entityType!: string;
  entityId!: string;
  /** Whose partner may see it (a CFA token never sees a CPRO's events). */
  contractType: string | null = null;
  /** What changed, for the client: ids, versions and changed field names (no personal data values). */
  data: Record<string, unknown> = {};
  at!: Date;
}

export const ChangeEventSchema = new EntitySchema<ChangeEvent>({
  class: ChangeEvent,
  tableName: 'change_event',
  properties: {
    position: { type: 'integer', primary: true, autoincrement: true },
    type: { type: 'string', length: 40 },
    entityType: { type: 'string', length: 20 },
    entityId: { type: 'string', length: 36 },
    contractType: { type: 'string', length: 20, nullable: true },
    data: { type: 'json' },
    at: { type: 'Date' },
  },
});
