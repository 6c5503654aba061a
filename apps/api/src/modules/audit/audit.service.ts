import type { FilterQuery } from '@mikro-orm/core';
import { pageOffset } from '../../shared/validate.js';
import { authorize } from '../../policy/policy.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { pageSize } from '../missions/mission.service.js';
import { AuditEvent } from './audit-event.entity.js';

export async function listAuditEvents(ctx: ServiceContext, entityType: string | null | undefined, entityId: string | null | undefined, first?: number | null, offset?: number | null): Promise<AuditEvent[]> {
  authorize(ctx.actor, 'audit:read');
  const where: FilterQuery<AuditEvent> = {};
  if (entityType) where.entityType = entityType;
  if (entityId) where.entityId = entityId;
  return ctx.em.find(AuditEvent, where, { orderBy: { at: 'desc', id: 'asc' }, limit: pageSize(first), offset: pageOffset(offset) });
}

/** A mission's timeline, oldest first; visible to whoever may see the mission. */
export async function missionAuditTrail(ctx: ServiceContext, missionId: string): Promise<AuditEvent[]> {
  return ctx.em.find(AuditEvent, { entityType: 'Mission', entityId: missionId }, { orderBy: { at: 'asc', createdAt: 'asc' }, limit: 500 });
}
