import type { EntityManager } from '@mikro-orm/core';
import { Absence } from '../modules/absences/absence.entities.js';
import { recordAbsenceChanges } from '../modules/absences/absence-change-events.js';
import { ApiToken, User } from '../modules/auth/auth.entities.js';
import { randomToken, sha256 } from '../modules/auth/secrets.js';
import { Contract } from '../modules/contracts/contract.entities.js';
import { recordChange } from '../modules/integration/change-feed.js';
import { ExternalId } from '../modules/integration/external-id.entity.js';
import { WebhookDelivery, WebhookEndpoint } from '../modules/webhooks/webhook.entities.js';
import { PARTNER_SCOPES } from '../policy/permissions.js';

/** The demo partners' tokens, shown once at the first start (only their hashes are kept). */
export interface DemoPartnerTokens {
  cfa: string;
  sfca: string;
}

/** Where the demo CFA's webhook points: a local port nothing listens on, and the endpoint is disabled. */
export const DEMO_WEBHOOK_URL = 'http://localhost:4999/alternance/webhooks';

const at = (date: string): Date => new Date(`${date}T10:00:00Z`);

/**
 * Issue 14's screens with something real in them: a CFA and an SFCA partner token (random
 * secrets, printed at the first start — the demo never runs in production, env.ts refuses
 * it), partners' identifiers on some students, organisations and contracts, the change feed
 * of the demo's validations and absences, and the CFA's webhook endpoint (disabled, on
 * localhost) with a delivery log: delivered, and one that failed after its retries.
 */
export async function seedDemoIntegration(em: EntityManager): Promise<DemoPartnerTokens> {
  const manager = await em.findOneOrFail(User, { role: 'MANAGER' }, { orderBy: { email: 'asc' } });
  const now = new Date();
  const token = (name: string, partner: 'cfa' | 'sfca', lastUsedAt: Date | null): string => {
    const secret = `alt_${randomToken(32)}`;
    em.persist(Object.assign(new ApiToken(), { name, tokenHash: sha256(secret), prefix: secret.slice(0, 12), scopes: [...PARTNER_SCOPES], createdBy: manager.id, expiresAt: new Date(now.getTime() + 366 * 86_400_000), partner, lastUsedAt }));
    return secret;
  };
  const tokens = { cfa: token('CFA FORMASUP Méditerranée — démo', 'cfa', now), sfca: token('SFCA de la FEG — démo', 'sfca', null) };

  // The partners' numbers on the first contracts of each (their students and hosts too).
  const contracts = await em.find(Contract, { contractType: { $in: ['CAPP', 'CPRO'] } }, { populate: ['mission', 'mission.organisation', 'student'], orderBy: { mission: { validationDate: 'asc' }, id: 'asc' } });
  const bound = new Set<string>();
  const bind = (entityType: ExternalId['entityType'], entityId: string, source: string, externalId: string): void => {
    const key = `${source}|${entityType}|${entityId}`;
    if (bound.has(key)) return;
    bound.add(key);
    em.persist(Object.assign(new ExternalId(), { entityType, entityId, source, externalId }));
  };
  for (const [source, type, prefix] of [
    ['cfa', 'CAPP', 'APP'],
    ['sfca', 'CPRO', 'PRO'],
  ] as const) {
    contracts
      .filter((c) => c.contractType === type)
      .slice(0, 4)
      .forEach((c, i) => {
        const n = String(i + 1).padStart(4, '0');
        bind('CONTRACT', c.id, source, `${prefix}-2025-${n}`);
        bind('STUDENT', c.student.id, source, `${prefix}-ETU-${n}`);
        if (c.mission.organisation) bind('ORGANISATION', c.mission.organisation.id, source, `${prefix}-ENT-${c.mission.organisation.siret}`);
      });
  }

  // The CFA's endpoint, disabled: recordChange queues nothing for it; the log below is the demo's.
  const endpoint = Object.assign(new WebhookEndpoint(), { url: DEMO_WEBHOOK_URL, secret: `whsec_${randomToken(32)}`, partner: 'cfa', types: [], active: false, createdBy: manager.id });
  em.persist(endpoint);
  await em.flush();

  // The feed as the workflow would have written it, oldest first.
  const events = [];
  for (const c of contracts) {
    const when = at(c.mission.validationDate ?? c.startDate);
    await recordChange(em, { type: 'MISSION_VALIDATED', entityType: 'Mission', entityId: c.mission.id, contractType: c.contractType, data: { missionId: c.mission.id, studentId: c.student.id, contractId: c.id } }, when);
    events.push(await recordChange(em, { type: 'CONTRACT_CREATED', entityType: 'Contract', entityId: c.id, contractType: c.contractType, data: { contractId: c.id, missionId: c.mission.id, studentId: c.student.id, fields: ['contractType', 'startDate', 'endDate', 'monthlyGrossPay'] } }, when));
  }
  const absences = await em.find(Absence, { mission: { $ne: null } }, { populate: ['mission'], orderBy: { date: 'asc', half: 'asc', id: 'asc' } });
  for (const absence of absences) await recordAbsenceChanges(em, 'ABSENCE_RECORDED', [absence], ['date', 'half', 'state'], at(absence.date));
  await em.flush();

  // Its log: the apprenticeships' contracts delivered, the last one refused after every retry.
  const toCfa = events.filter((e) => e.contractType === 'CAPP');
  // Registered before its first delivery, not on the day the demo was seeded (the system clock).
  if (toCfa.length) endpoint.createdAt = new Date(Math.min(...toCfa.map((e) => e.at.getTime())) - 86_400_000);
  toCfa.forEach((event, i) => {
    const last = i === toCfa.length - 1;
    em.persist(
      Object.assign(new WebhookDelivery(), {
        endpoint,
        event,
        state: last ? 'FAILED' : 'SENT',
        attempts: last ? 6 : 1,
        nextAttemptAt: event.at,
        lastStatus: last ? 503 : 204,
        lastError: last ? 'HTTP 503 Service Unavailable' : null,
        sentAt: last ? null : event.at,
        createdAt: event.at,
      }),
    );
  });
  await em.flush();
  return tokens;
}
