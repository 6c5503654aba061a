import type { EntityManager } from '@mikro-orm/core';
import { addDays, partnerContractTypes, type IsoDate, type ReferenceData } from '@alternance/domain';
import { ApiToken, User } from '../modules/auth/auth.entities.js';
import { AlternanceCalendar, CalendarVersion } from '../modules/calendars/calendar.entities.js';
import { publishCalendar } from '../modules/calendars/calendar-publication.js';
import { Contract } from '../modules/contracts/contract.entities.js';
import { ExternalId } from '../modules/integration/external-id.entity.js';
import { upsertContracts, type ContractUpsertItem } from '../modules/integration/upsert-contracts.js';
import { OutboxMail } from '../modules/mail/outbox-mail.entity.js';
import { loadReferenceData } from '../modules/reference-data/reference-data.service.js';
import type { Actor } from '../shared/actor.js';
import { fixedClock } from '../shared/clock.js';
import { createLoaders, type ServiceContext } from '../shared/service-context.js';
import { DEMO_DAY } from './demo-absences.js';

/**
 * The demo's year as it really runs on its day (2 March 2026, README): the office published
 * the year's alternance calendars before it started, and the partners signed and deposited
 * the contracts that started in September — through the very services that do it in service,
 * on the days they did it, so that the journal, the change feed and the outbox say so.
 */

/** The office publishes the year's calendars before it starts (§2.2.2 « prévus AVANT la formation »). */
export const DEMO_CALENDARS_PUBLISHED_ON: IsoDate = '2025-08-28';
/** The guide's provisional calendars stood from the campaign's opening (§3.3.1: 15 May 2025). */
const GUIDE_CALENDARS_FROM = new Date('2025-05-15T08:00:00Z');

const PUBLIC_URL = process.env.PUBLIC_URL ?? 'http://localhost:4000';

/**
 * A service's context on the seed's transaction: its own fork, as a request has — the service's
 * unit of work nests in the seed's transaction, and its commit ends the fork's, not the seed's.
 */
function context(seed: EntityManager, actor: Actor, day: IsoDate): ServiceContext {
  const em = seed.fork({ keepTransactionContext: true });
  return { em, actor, clock: fixedClock(day), publicUrl: PUBLIC_URL, referenceData: () => loadReferenceData(em), loaders: createLoaders(em) };
}

/**
 * §2.2.2, footnotes 13–15: each calendar of the demo's running year (one of its cohort years
 * holds the demo's day) published once by the manager, on DEMO_CALENDARS_PUBLISHED_ON, as
 * publishCalendar does it — its version, its journal line, and the notices to the alternants,
 * their tutors and HR contacts and the office; those notices went out that day (marked sent,
 * as the outbox would have), so the demo mails nothing of it again at its start. The next
 * year's calendars (M2-2026) stay the guide's provisional ones, as they are in March 2026.
 */
export async function publishDemoCalendars(em: EntityManager, data: ReferenceData): Promise<string[]> {
  // The guide's own version (v1) stood before the publication, not from the demo's first start.
  for (const version of await em.find(CalendarVersion, { number: 1, publishedBy: 'Données du guide' })) version.publishedAt = GUIDE_CALENDARS_FROM;
  await em.flush();
  const running = new Set(data.cohorts.flatMap((c) => c.years).filter((y) => y.calendar && y.ddf <= DEMO_DAY && DEMO_DAY <= y.dff).map((y) => y.calendar!));
  const manager = await em.findOneOrFail(User, { role: 'MANAGER' }, { orderBy: { email: 'asc' } });
  const actor: Actor = { kind: 'USER', id: manager.id, role: 'MANAGER', label: manager.displayName, email: manager.email, studentId: null, scopes: [] };
  const published: string[] = [];
  for (const calendar of await em.find(AlternanceCalendar, { code: { $in: [...running] }, provisional: true }, { orderBy: { code: 'asc' } })) {
    const ctx = context(em, actor, DEMO_CALENDARS_PUBLISHED_ON);
    await publishCalendar(ctx, calendar.code, calendar.version, 'Calendrier officiel de l’année 2025/2026.');
    const at = ctx.clock.now();
    for (const mail of await em.find(OutboxMail, { state: 'PENDING', createdAt: at })) Object.assign(mail, { state: 'SENT', attempts: 1, sentAt: at, linkToken: null });
    await em.flush();
    published.push(calendar.code);
  }
  return published;
}

/** A partner's push of one day: the items it sent. */
interface Push {
  source: 'cfa' | 'sfca';
  day: IsoDate;
  items: ContractUpsertItem[];
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
/** The Friday before a Saturday or a Sunday: the partners' offices sign and deposit on working days. */
const workingDay = (day: IsoDate): IsoDate => {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(day, -1) : weekday === 0 ? addDays(day, -2) : day;
};

/**
 * §3.3, §3.4, §4.1: the contracts of the running year, once validated, are signed on the
 * partners' platforms — the CFA FORMASUP Méditerranée's for apprenticeships, the SFCA's for
 * professionalisation contracts — then deposited at the OPCO within days of their start. The
 * demo's partners push both as they would (upsertContracts, with their tokens, on the day:
 * its journal lines « Jeton … », its change events), the signature about ten days after the
 * validation and before the start (after it for a contract validated late), the deposit four
 * days after the start — each on a working day.
 *
 * Left pending on purpose, so the office has work to follow: each partner's last validated
 * contract of the year — the CFA's not yet signed, the SFCA's signed but not yet deposited —
 * and the next year's contracts (starting in September 2026). The alternant who signs in
 * (alternant.livret@…) has theirs signed and deposited.
 */
export async function signDemoContracts(em: EntityManager): Promise<{ signed: number; deposited: number }> {
  const contracts = await em.find(Contract, { contractType: { $in: ['CAPP', 'CPRO'] }, startDate: { $lte: DEMO_DAY } }, { populate: ['mission', 'student', 'student.user'], orderBy: { mission: { validationDate: 'asc' }, id: 'asc' } });
  const bound = new Map((await em.find(ExternalId, { entityType: 'CONTRACT', entityId: { $in: contracts.map((c) => c.id) } })).map((x) => [`${x.source}|${x.entityId}`, x.externalId]));
  const pushes = new Map<string, Push>();
  const push = (source: Push['source'], day: IsoDate, item: ContractUpsertItem): void => {
    const key = `${day}|${source}`;
    const entry = pushes.get(key) ?? { source, day, items: [] };
    entry.items.push(item);
    pushes.set(key, entry);
  };
  let signed = 0;
  let deposited = 0;
  for (const [source, type, prefix] of [
    ['cfa', 'CAPP', 'APP'],
    ['sfca', 'CPRO', 'PRO'],
  ] as const) {
    const ofType = contracts.filter((c) => c.contractType === type && c.mission.validationDate);
    // The partner's last validated contract of the year is the one still pending (never the alternant who signs in).
    const pending = ofType.filter((c) => !c.student.user?.email.startsWith('alternant.')).at(-1);
    let number = [...bound.entries()].filter(([k]) => k.startsWith(`${source}|`)).length;
    for (const [i, contract] of ofType.entries()) {
      const validated = contract.mission.validationDate!;
      const signing = later(validated, workingDay(validated < contract.startDate ? earlier(addDays(validated, 10), addDays(contract.startDate, -3)) : addDays(validated, 5)));
      const deposit = later(signing, workingDay(addDays(later(signing, contract.startDate), 4)));
      if (contract === pending && type === 'CAPP') continue;
      if (signing >= DEMO_DAY) continue;
      const externalId = bound.get(`${source}|${contract.id}`) ?? `${prefix}-2025-${String((number += 1)).padStart(4, '0')}`;
      const first = !bound.has(`${source}|${contract.id}`);
      push(source, signing, { externalId, ...(first ? { missionId: contract.mission.id } : {}), signed: true, signingDate: signing, contractNumber: `${source.toUpperCase()}-${signing.slice(0, 4)}-${String(i + 1).padStart(5, '0')}` });
      signed += 1;
      if (contract === pending || deposit >= DEMO_DAY) continue;
      push(source, deposit, { externalId, opcoDepositDate: deposit, opcoDepositNumber: `013${deposit.slice(0, 4)}${deposit.slice(5, 7)}${String(i + 1).padStart(6, '0')}` });
      deposited += 1;
    }
  }
  const tokens = new Map((await em.find(ApiToken, { partner: { $in: ['cfa', 'sfca'] } })).map((t) => [t.partner!, t]));
  for (const { source, day, items } of [...pushes.values()].sort((a, b) => a.day.localeCompare(b.day) || a.source.localeCompare(b.source))) {
    const token = tokens.get(source)!;
    // The partner's token, as actorFromApiToken reads it (its last use left as the demo set it).
    const actor: Actor = { kind: 'TOKEN', id: token.id, role: 'INTEGRATION', label: `Jeton ${token.name}`, email: null, studentId: null, scopes: token.scopes, contractTypes: partnerContractTypes(source), partner: source };
    const results = await upsertContracts(context(em, actor, day), source, items);
    const refused = results.filter((r) => r.status === 'REJECTED');
    if (refused.length) throw new Error(`demo: the ${source}'s push of ${day} was refused: ${JSON.stringify(refused)}`);
  }
  return { signed, deposited };
}
