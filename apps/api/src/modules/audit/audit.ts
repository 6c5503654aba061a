import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '../../shared/actor.js';
import type { AuditAction } from './audit-actions.js';
import { AuditEvent } from './audit-event.entity.js';

/** Fields whose values never reach the audit trail; their names do (security.md). */
export interface AuditEntry {
  entityType: string;
  entityId: string;
  /** One of AUDIT_ACTIONS: the journal shows each in words. */
  action: AuditAction;
  fields?: string[];
  comment?: string | null;
}

/** Adds an audit row to the unit of work: it is written with the change, or not at all. */
export function audit(em: EntityManager, actor: Actor | null, entry: AuditEntry, at: Date): AuditEvent {
  const event = auditEvent(actor, entry, at);
  em.persist(event);
  return event;
}

/** An audit row, for a caller that writes it itself (bulk inserts in the change's transaction). */
export function auditEvent(actor: Actor | null, entry: AuditEntry, at: Date): AuditEvent {
  const event = new AuditEvent();
  event.at = at;
  event.actorType = actor?.kind ?? 'SYSTEM';
  event.actorId = actor?.id ?? 'system';
  event.actorLabel = actor?.label ?? 'Système';
  event.role = actor?.role ?? 'SYSTEM';
  event.entityType = entry.entityType;
  event.entityId = entry.entityId;
  event.action = entry.action;
  event.fields = entry.fields ?? [];
  event.comment = entry.comment ?? null;
  return event;
}

/** Names of the keys whose values differ between two plain records. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
