import type { EntityManager } from '@mikro-orm/core';
import { addDays, fcTrainingAgreement, fcTrainingAgreementReminderKind, findCohort, livretDueDate, partnerContractTypes, type IsoDate, type ReferenceData } from '@alternance/domain';
import { ApiToken, User } from '../modules/auth/auth.entities.js';
import { AlternanceCalendar, CalendarVersion } from '../modules/calendars/calendar.entities.js';
import { publishCalendar } from '../modules/calendars/calendar-publication.js';
import { ChecklistItem, Contract } from '../modules/contracts/contract.entities.js';
import { setChecklistItemDone } from '../modules/contracts/contract.service.js';
import { ExternalId } from '../modules/integration/external-id.entity.js';
import { upsertContracts, type ContractUpsertItem } from '../modules/integration/upsert-contracts.js';
import { OutboxMail } from '../modules/mail/outbox-mail.entity.js';
import { Student } from '../modules/people/people.entities.js';
import { recordTrainingAgreement } from '../modules/people/people.service.js';
import { trainingAgreementItemDueDates } from '../modules/people/training-agreement-due.js';
import { sweepTrainingAgreementReminders } from '../modules/people/training-agreement-reminders.js';
import { Visit } from '../modules/visits/visit.entity.js';
import { Livret } from '../modules/livret/livret.entities.js';
import { sweepLivretReminders } from '../modules/livret/livret-reminders.js';
import { livretContext } from '../modules/livret/livret-view.js';
import { sweepUnansweredVisitProposals } from '../modules/visits/visit-reminders.js';
import { loadReferenceData } from '../modules/reference-data/reference-data.service.js';
import type { Actor } from '../shared/actor.js';
import { fixedClock } from '../shared/clock.js';
import { createLoaders, type ServiceContext } from '../shared/service-context.js';
import { DEMO_DAY } from './demo-absences.js';
import { DEMO_FC_CONVENTIONS_UNSIGNED } from './demo-fc-conventions.js';
import { DEMO_LIVRET_STUDENT } from './demo-livrets.js';

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

/** The running year's apprenticeships and professionalisation contracts (started by the demo's day), in the order of their validation. */
async function partnersContracts(em: EntityManager): Promise<Contract[]> {
  return em.find(Contract, { contractType: { $in: ['CAPP', 'CPRO'] }, startDate: { $lte: DEMO_DAY } }, { populate: ['mission', 'student', 'student.user'], orderBy: { mission: { validationDate: 'asc' }, id: 'asc' } });
}

/** The partner's last validated contract of the year is the one still pending (never the alternant who signs in). */
function pendingPartnerContract(contracts: readonly Contract[], type: 'CAPP' | 'CPRO'): Contract | undefined {
  return contracts.filter((c) => c.contractType === type && c.mission.validationDate && !c.student.user?.email.startsWith('alternant.')).at(-1);
}

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
  const contracts = await partnersContracts(em);
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
    const pending = pendingPartnerContract(contracts, type);
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

/** The office's actor of the demo (the secretariat, which follows the démarches and the conventions, §6.2). */
async function secretariatActor(em: EntityManager): Promise<Actor> {
  const user = await em.findOneOrFail(User, { role: 'SECRETARIAT' }, { orderBy: { email: 'asc' } });
  return { kind: 'USER', id: user.id, role: 'SECRETARIAT', label: user.displayName, email: user.email, studentId: null, scopes: [] };
}

/**
 * What the office did, on its day, before the demo's day — through the services it uses in service,
 * so that the records, the checklists and the journal agree (§2.1.1 note 5, §3.4 Figure 15):
 *  - every FC student's convention de formation with the SFCA came back a few days before it fell
 *    due (recordTrainingAgreement: the student's record and their contracts' items
 *    TRAINING_AGREEMENT_SFCA), except the demo's named cases (DEMO_FC_CONVENTIONS_UNSIGNED) and those
 *    not due yet (next year's);
 *  - every step of a validated contract's checklist was ticked a couple of days before its due date
 *    (setChecklistItemDone) — never before the validation, never on or after the demo's day — except,
 *    on purpose, the CFA's pending apprenticeship (its convention on CACTUS and its medical visit: the
 *    CFA has not signed it, signDemoContracts) and the medical visit of the alternant who signs in
 *    (DEMO_LIVRET_STUDENT, « Mon contrat »); the work permit follows the student's APT (seedDemo).
 */
export async function recordDemoOfficeWork(em: EntityManager, data: ReferenceData): Promise<{ conventions: number; items: number }> {
  await em.flush();
  const actor = await secretariatActor(em);
  let conventions = 0;
  const students = await em.find(Student, { status: 'FC', trainingAgreementSignedOn: null }, { orderBy: { id: 'asc' } });
  const itemDueDates = await trainingAgreementItemDueDates(em, students.map((s) => s.id));
  for (const student of students) {
    const cohort = findCohort(data, student.cohort);
    if (!cohort || DEMO_FC_CONVENTIONS_UNSIGNED.includes(student.lastName)) continue;
    const due = [addDays(cohort.ddf, -1), ...(itemDueDates.get(student.id) ?? [])].sort()[0]!;
    const day = workingDay(addDays(due, -5));
    if (day >= DEMO_DAY) continue;
    const ctx = context(em, actor, day);
    const { version } = await ctx.em.findOneOrFail(Student, student.id);
    await recordTrainingAgreement(ctx, student.id, version, day);
    conventions += 1;
  }
  const pendingCfa = pendingPartnerContract(await partnersContracts(em), 'CAPP');
  const left = new Set(['TRAINING_AGREEMENT_CFA', 'MEDICAL_VISIT']);
  let items = 0;
  const open = await em.fork({ keepTransactionContext: true }).find(ChecklistItem, { done: false, code: { $ne: 'TRAINING_AGREEMENT_SFCA' } }, { populate: ['contract.mission', 'contract.student.user'], orderBy: { dueDate: 'asc', id: 'asc' } });
  for (const item of open) {
    const { mission, student } = item.contract;
    if (!mission.validationDate || (item.contract.id === pendingCfa?.id && left.has(item.code))) continue;
    // The alternant who signs in (alternant.livret@…) still waits for their medical visit: « Mon contrat » shows a late step.
    if (item.code === 'MEDICAL_VISIT' && student.user?.email === DEMO_LIVRET_STUDENT) continue;
    // The APT is the student's (recordApt, done at the validation when recorded): without one, the step stays undone (APT_MISSING on purpose).
    if (item.code === 'WORK_PERMIT') continue;
    const day = later(mission.validationDate, workingDay(addDays(item.dueDate, -2)));
    if (day >= DEMO_DAY) continue;
    const ctx = context(em, actor, day);
    // A step the student's record ticked meanwhile (their work permit on another contract) is done already.
    const fresh = await ctx.em.findOneOrFail(ChecklistItem, item.id);
    if (fresh.done) continue;
    await setChecklistItemDone(ctx, item.id, fresh.version, true);
    items += 1;
  }
  return { conventions, items };
}

/**
 * The reminders the office's sweeps sent before the demo's day, sent on their day: an FC student's
 * convention late since September (§2.1.1 note 5) was reminded before it fell due and once late, a
 * visit's proposal left unanswered (§4.6 note 34) the day after its last slot, a livret's sheet not
 * submitted (§4.7) before its period's due date and once late. The sweeps run as they
 * do in service, on those days, after the demo is committed (they read and claim on their own
 * transactions); what they queue is marked sent that day, as the outbox would have — so the demo's
 * first start mails only what falls on its own day. `until`: the day the demo starts on (FIXED_TODAY),
 * when before the demo's day — nothing is sent after it.
 */
export async function replayDemoReminders(root: EntityManager, until: IsoDate = DEMO_DAY): Promise<IsoDate[]> {
  const em = root.fork();
  const data = await loadReferenceData(em);
  const warnDays = data.settings.workflow?.checklistWarnDays;
  const holidays = { whitMondayHoliday: data.settings.whitMondayHoliday };
  // The days each sweep had something to send on (only those sweeps run then).
  const days = new Map<IsoDate, Set<'conventions' | 'visits' | 'livrets'>>();
  const on = (day: IsoDate, sweep: 'conventions' | 'visits' | 'livrets') => {
    if (day < until) days.set(day, (days.get(day) ?? new Set()).add(sweep));
  };
  const students = await em.find(Student, { status: 'FC', trainingAgreementSignedOn: null }, { orderBy: { id: 'asc' } });
  const itemDueDates = await trainingAgreementItemDueDates(em, students.map((s) => s.id));
  const validated = new Map((await em.find(Contract, { student: { $in: students.map((s) => s.id) } }, { populate: ['mission'] })).map((c) => [c.student.id, c.mission.validationDate]));
  for (const student of students) {
    const trainingStart = findCohort(data, student.cohort)?.ddf ?? null;
    const step = (today: IsoDate) => fcTrainingAgreementReminderKind(fcTrainingAgreement({ status: student.status, signedOn: null, trainingStart, itemDueDates: itemDueDates.get(student.id) ?? [] }, today, warnDays, holidays));
    // Each step on the first day it applies, once the due date was known (a contract's item exists from its validation).
    const since = validated.get(student.id) ?? '0000-01-01';
    let previous: string | null = null;
    for (let day = addDays(DEMO_DAY, -400); day < DEMO_DAY; day = addDays(day, 1)) {
      const kind = day < since ? null : step(day);
      if (kind && kind !== previous) on(day, 'conventions');
      previous = kind;
    }
  }
  for (const visit of await em.find(Visit, { state: 'PROPOSED', slotsDeclinedAt: null, unansweredNotifiedAt: null })) {
    const last = visit.slots.map((s) => s.date).sort().at(-1);
    if (last) on(addDays(last, 1), 'visits');
  }
  // §4.7: each mandatory sheet of a period, reminded from `reminderDaysBefore` days before its due date and once late.
  for (const livret of await em.find(Livret, {}, { orderBy: { id: 'asc' } })) {
    const { settings, periods } = await livretContext(em, data, livret);
    for (const period of periods) {
      const due = livretDueDate(period, settings.graceDays);
      for (const day of [later(period.from, addDays(due, -settings.reminderDaysBefore)), addDays(due, 1)]) on(day, 'livrets');
    }
  }
  const replayed = [...days.keys()].sort();
  for (const day of replayed) {
    const clock = fixedClock(day);
    const sweeps = days.get(day)!;
    if (sweeps.has('conventions')) await sweepTrainingAgreementReminders(root, clock, PUBLIC_URL);
    if (sweeps.has('visits')) await sweepUnansweredVisitProposals(root, clock, PUBLIC_URL);
    if (sweeps.has('livrets')) await sweepLivretReminders(root, clock, PUBLIC_URL);
    const at = clock.now();
    await root.fork().transactional(async (tx) => {
      for (const mail of await tx.find(OutboxMail, { state: 'PENDING', createdAt: at })) Object.assign(mail, { state: 'SENT', attempts: 1, sentAt: at, linkToken: null });
    });
  }
  return replayed;
}
