import type { FilterQuery } from '@mikro-orm/core';
import { addDays, startOfParisDay } from '@alternance/domain';
import { authorize, mayRead } from '../../policy/policy.js';
import type { Actor } from '../../shared/actor.js';
import { apiError } from '../../shared/errors.js';
import { InputCheck, pageOffset } from '../../shared/validate.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { pageSize } from '../missions/mission.service.js';
import { ABSENCE_JUSTIFICATION_ACTIONS } from './audit-actions.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditFilter {
  entityType?: string | null;
  entityId?: string | null;
  /** Part of the actor's name (or e-mail, as recorded). */
  actor?: string | null;
  action?: string | null;
  /** Days, inclusive, in Paris time (the office's days). */
  from?: string | null;
  to?: string | null;
}

// The log stores instants; the office thinks in Paris days.
function auditWhere(actor: Actor, filter: AuditFilter): FilterQuery<AuditEvent> {
  const check = new InputCheck();
  const from = check.date('from', filter.from);
  const to = check.date('to', filter.to);
  if (from && to && to < from) check.errors.push({ code: 'BAD_USER_INPUT', field: 'to', message: 'La date de fin précède la date de début.' });
  if (check.errors.length) throw apiError('BAD_USER_INPUT', check.errors[0]!.message, check.errors[0]!.field ?? undefined);
  const where: FilterQuery<AuditEvent>[] = [];
  if (filter.entityType) where.push({ entityType: filter.entityType });
  if (filter.entityId) where.push({ entityId: filter.entityId });
  if (filter.action) where.push({ action: filter.action });
  if (filter.actor?.trim()) where.push({ actorLabel: { $like: `%${filter.actor.trim().replace(/[%_]/g, '')}%` } });
  if (from) where.push({ at: { $gte: startOfParisDay(from) } });
  if (to) where.push({ at: { $lt: startOfParisDay(addDays(to, 1)) } });
  if (!mayRead(actor, 'ABSENCE_JUSTIFICATION')) where.push({ action: { $nin: [...ABSENCE_JUSTIFICATION_ACTIONS] } });
  return where.length ? { $and: where } : {};
}

export async function listAuditEvents(ctx: ServiceContext, filter: AuditFilter, first?: number | null, offset?: number | null): Promise<AuditEvent[]> {
  const actor = authorize(ctx.actor, 'audit:read');
  return ctx.em.find(AuditEvent, auditWhere(actor, filter), { orderBy: { at: 'desc', id: 'asc' }, limit: pageSize(first), offset: pageOffset(offset) });
}

export async function countAuditEvents(ctx: ServiceContext, filter: AuditFilter): Promise<number> {
  const actor = authorize(ctx.actor, 'audit:read');
  return ctx.em.count(AuditEvent, auditWhere(actor, filter));
}

/**
 * The distinct values of an indexed column, one index probe per value: `select distinct` reads
 * every row of the log (hundreds of thousands at a university), this reads a few dozen index
 * entries ("loose index scan", the same SQL on SQLite and PostgreSQL).
 */
const distinctValues = (column: 'action' | 'entity_type'): string =>
  `with recursive v(value) as (select min(${column}) from audit_event union all select (select min(${column}) from audit_event where ${column} > v.value) from v where v.value is not null) select value from v where value is not null`;

/** The distinct actions and record types of the log, for the filters' choices. */
export async function auditFacets(ctx: ServiceContext): Promise<{ actions: string[]; entityTypes: string[] }> {
  authorize(ctx.actor, 'audit:read');
  const conn = ctx.em.getConnection();
  const actions = (await conn.execute(distinctValues('action'))) as { value: string }[];
  const types = (await conn.execute(distinctValues('entity_type'))) as { value: string }[];
  const readable = mayRead(ctx.actor, 'ABSENCE_JUSTIFICATION');
  return { actions: actions.map((r) => r.value).filter((a) => readable || !(ABSENCE_JUSTIFICATION_ACTIONS as readonly string[]).includes(a)), entityTypes: types.map((r) => r.value) };
}

/** A mission's timeline, oldest first; visible to whoever may see the mission. */
export async function missionAuditTrail(ctx: ServiceContext, missionId: string): Promise<AuditEvent[]> {
  return ctx.em.find(AuditEvent, { entityType: 'Mission', entityId: missionId }, { orderBy: { at: 'asc', createdAt: 'asc' }, limit: 500 });
}
