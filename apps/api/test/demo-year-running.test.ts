import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { ChecklistItem } from '../src/modules/contracts/contract.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { sweepTrainingAgreementReminders } from '../src/modules/people/training-agreement-reminders.js';
import { sweepUnansweredVisitProposals } from '../src/modules/visits/visit-reminders.js';
import { sweepConfirmationReminders } from '../src/modules/missions/confirmation-reminders.js';
import { sweepLivretReminders } from '../src/modules/livret/livret-reminders.js';
import { sweepAbsenceStatements, sweepLateMedicalAbsences } from '../src/modules/absences/absence-sweeps.js';
import { sweepOfferDiffusion } from '../src/modules/offers/offer-diffusion.js';
import { loadReferenceData } from '../src/modules/reference-data/reference-data.service.js';
import { DEMO_FC_CONVENTIONS_UNSIGNED } from '../src/seed/demo-fc-conventions.js';
import { YearClosure } from '../src/modules/lifecycle/lifecycle.entities.js';
import { Livret } from '../src/modules/livret/livret.entities.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { DEMO_DAY } from '../src/seed/demo-absences.js';
import { DEMO_CALENDARS_PUBLISHED_ON } from '../src/seed/demo-year-running.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// The demo on its day (README: 2 March 2026) is the guide's year really running: its
// contracts signed by the partners and deposited at the OPCO (§3.3, §3.4, §4.1), its
// calendars published before it began (§2.2.2, footnotes 13–15), and nothing of its
// future already done.

/* eslint-disable @typescript-eslint/no-explicit-any */

const CONTRACTS = '{ contracts(first: 100) { id contractType startDate signed signingDate contractNumber opcoDepositDate opcoDepositNumber student { email } trainingFigures { provisional calendars } } }';

describe.each(DIALECTS)('the demo’s running year on its day (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  let contracts: any[];
  /** The contract of the alternant who signs in (README: alternant.livret@…) and their record's address. */
  let mine: { id: string; email: string };
  const running = () => contracts.filter((c) => (c.contractType === 'CAPP' || c.contractType === 'CPRO') && c.startDate <= DEMO_DAY);

  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: DEMO_DAY, pollers: false });
    manager = { cookie: await t.login('responsable@demo.alternance.test', DEMO_PASSWORD) };
    const r = await t.gql<any>(CONTRACTS, {}, manager);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    contracts = r.data.contracts;
    const student = { cookie: await t.login('alternant.livret@demo.alternance.test', DEMO_PASSWORD) };
    const own = (await t.gql<any>('{ contracts(first: 10) { id student { email } } }', {}, student)).data.contracts;
    mine = { id: own[0].id, email: own[0].student.email };
  });
  afterAll(() => t?.close());

  it('has the signed-in alternant’s apprenticeship signed by the CFA and deposited at the OPCO before the demo’s day, each step in the journal (§3.4)', async () => {
    const student = { cookie: await t.login('alternant.livret@demo.alternance.test', DEMO_PASSWORD) };
    const mine = (await t.gql<any>('{ contracts(first: 10) { id contractType signed signingDate contractNumber opcoDepositDate opcoDepositNumber startDate } }', {}, student)).data.contracts;
    expect(mine).toHaveLength(1);
    const [c] = mine;
    expect(c).toMatchObject({ contractType: 'CAPP', signed: true, contractNumber: expect.any(String), opcoDepositNumber: expect.any(String) });
    expect(c.signingDate < DEMO_DAY && c.opcoDepositDate < DEMO_DAY && c.signingDate <= c.opcoDepositDate).toBe(true);
    const journal = (await t.gql<any>('query($id: ID!) { auditEvents(entityType: "Contract", entityId: $id, first: 100) { at actorLabel action fields } }', { id: c.id }, manager)).data.auditEvents;
    const pushes = journal.filter((e: any) => e.action === 'UPSERT');
    expect(pushes.map((e: any) => e.actorLabel)).toEqual([expect.stringContaining('CFA'), expect.stringContaining('CFA')]);
    // Newest first: the deposit, then the signature, on their days.
    expect(pushes[0].fields).toEqual(expect.arrayContaining(['opcoDepositDate', 'opcoDepositNumber']));
    expect(pushes[1].fields).toEqual(expect.arrayContaining(['signed', 'signingDate', 'contractNumber']));
    expect(pushes.map((e: any) => e.at.slice(0, 10))).toEqual([c.opcoDepositDate, c.signingDate]);
  });

  it('has most contracts of the year signed and deposited — the CFA’s apprenticeships, the SFCA’s professionalisation contracts — and a few left pending for the office', () => {
    const year = running();
    const done = year.filter((c) => c.signed && c.opcoDepositDate);
    expect(done.length).toBeGreaterThanOrEqual(year.length - 3);
    expect(new Set(done.map((c) => c.contractType))).toEqual(new Set(['CAPP', 'CPRO']));
    for (const c of year.filter((x) => x.signed)) expect(c.signingDate < DEMO_DAY).toBe(true);
    // Deliberately pending: an apprenticeship not yet signed, a professionalisation contract signed but not yet deposited.
    expect(year.some((c) => c.contractType === 'CAPP' && !c.signed)).toBe(true);
    expect(year.some((c) => c.contractType === 'CPRO' && c.signed && !c.opcoDepositDate)).toBe(true);
    // Next year's contracts (September 2026) are not signed yet.
    expect(contracts.filter((c) => c.startDate > DEMO_DAY && c.signed)).toEqual([]);
  });

  it('has the running year’s calendars published before it began, in the journal, the next year’s still provisional (§2.2.2)', async () => {
    const calendars = (await t.gql<any>('{ calendars { id code provisional inForce versions { number publishedAt provisional } } }', {}, manager)).data.calendars;
    const byCode = Object.fromEntries(calendars.map((c: any) => [c.code, c]));
    for (const code of ['L3I-2025', 'M1-2025', 'M2-2025']) {
      expect(byCode[code]).toMatchObject({ provisional: false, inForce: 2 });
      const published = byCode[code].versions.find((v: any) => v.number === 2);
      expect(published.publishedAt.slice(0, 10)).toBe(DEMO_CALENDARS_PUBLISHED_ON);
      // The guide's version stood before it, not from the demo's first start.
      expect(byCode[code].versions.find((v: any) => v.number === 1).publishedAt < published.publishedAt).toBe(true);
      const journal = (await t.gql<any>('query($id: ID!) { auditEvents(entityType: "AlternanceCalendar", entityId: $id) { at action actorLabel } }', { id: byCode[code].id }, manager)).data.auditEvents;
      expect(journal.map((e: any) => [e.action, e.at.slice(0, 10)])).toEqual([['PUBLISH', DEMO_CALENDARS_PUBLISHED_ON]]);
    }
    expect(byCode['M2-2026']).toMatchObject({ provisional: true, inForce: 1 });
    // The signed-in alternant's contract reads its year's calendar as published, not provisional.
    expect(running().find((c) => c.id === mine.id).trainingFigures).toMatchObject({ provisional: false, calendars: [expect.stringContaining('M2-2025')] });
  });

  it('told everyone of the publication on its day, and mails none of it again at the start', async () => {
    const em = t.orm.em.fork();
    const notices = await em.find(OutboxMail, { template: { $like: 'CALENDAR_%' } });
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.filter((m) => m.state !== 'SENT' || m.sentAt?.toISOString().slice(0, 10) !== DEMO_CALENDARS_PUBLISHED_ON)).toEqual([]);
    expect(notices.some((m) => m.to === mine.email)).toBe(true);
  });

  it('shows its rupture in progress as begun before the demo’s day: the failed mediation and the first step behind it, the exact last day ahead (§5, note 35)', async () => {
    const r = await t.gql<any>('{ ruptures(filter: { state: IN_PROGRESS }) { startedOn lastDay plannedEndDate steps { done doneAt } contract { mediations { heldOn outcome } } } }', {}, manager);
    expect(r.data.ruptures).toHaveLength(1);
    const [rupture] = r.data.ruptures;
    expect(rupture.contract.mediations).toEqual([{ heldOn: expect.any(String), outcome: 'FAILED' }]);
    const { heldOn } = rupture.contract.mediations[0];
    // recordMediation refuses a day to come: the demo holds its own rule.
    expect(heldOn <= rupture.startedOn && rupture.startedOn <= DEMO_DAY).toBe(true);
    expect(rupture.lastDay > DEMO_DAY && rupture.lastDay <= rupture.plannedEndDate).toBe(true);
    const done = rupture.steps.filter((s: any) => s.done);
    expect(done.length).toBeGreaterThan(0);
    expect(done.filter((s: any) => s.doneAt.slice(0, 10) > DEMO_DAY)).toEqual([]);
  });

  it('keeps livrets for its alternants only (§4.7): none for a classic internship nor a year without a contract', async () => {
    const em = t.orm.em.fork();
    const livrets = await em.find(Livret, {}, { populate: ['student'] });
    expect(livrets.length).toBeGreaterThan(0);
    const types = await em.find(Mission, { state: 'VALIDATED', student: { $in: livrets.map((l) => l.student.id) } }, { fields: ['contractType'] });
    expect([...new Set(types.map((m) => m.contractType))].sort()).toEqual(['CAPP', 'CPRO', 'CSTAGEALT']);
  });

  // §2.1.1 note 5, §2.1.2 note 7: six months into the year the office has received almost every FC
  // student's convention de formation; only the demo's named cases are due soon or late.
  it('has every FC convention of the running year received before it fell due, but the named late one, and one due soon (§2.1.1 note 5)', async () => {
    const dashboard = (await t.gql<any>('{ dashboard { fcTrainingAgreementsDue fcTrainingAgreementsOverdue overdueChecklistItems } }', {}, manager)).data.dashboard;
    expect(dashboard.fcTrainingAgreementsDue).toBeGreaterThanOrEqual(2);
    expect(dashboard.fcTrainingAgreementsDue).toBeLessThanOrEqual(3);
    expect(dashboard.fcTrainingAgreementsOverdue).toBeGreaterThanOrEqual(1);
    expect(dashboard.fcTrainingAgreementsOverdue).toBeLessThanOrEqual(2);
    const due = (await t.gql<any>('{ students(trainingAgreementDue: true, first: 100) { lastName trainingAgreement { state dueDate } } }', {}, manager)).data.students;
    expect(due.map((s: any) => s.lastName)).toEqual(expect.arrayContaining(['Convention-Proche', 'Convention-Retard']));
    expect(due.find((s: any) => s.lastName === 'Convention-Proche').trainingAgreement.state).toBe('DUE_SOON');
    expect(due.find((s: any) => s.lastName === 'Convention-Retard').trainingAgreement.state).toBe('OVERDUE');
    const data = await loadReferenceData(t.orm.em.fork());
    const fc = await t.orm.em.fork().find(Student, { status: 'FC' });
    const running = fc.filter((s) => (data.cohorts.find((c) => c.code === s.cohort)?.ddf ?? DEMO_DAY) <= DEMO_DAY);
    expect(running.length).toBeGreaterThan(10);
    for (const student of running.filter((s) => !DEMO_FC_CONVENTIONS_UNSIGNED.includes(s.lastName))) {
      // Recorded by the office before the year's first day, through recordTrainingAgreement (its journal line, on that day).
      expect(student.trainingAgreementSignedOn! < data.cohorts.find((c) => c.code === student.cohort)!.ddf).toBe(true);
      const journal = (await t.gql<any>('query($id: ID!) { auditEvents(entityType: "Student", entityId: $id) { at action } }', { id: student.id }, manager)).data.auditEvents;
      expect(journal.filter((e: any) => e.action === 'RECORD_TRAINING_AGREEMENT').map((e: any) => e.at.slice(0, 10))).toEqual([student.trainingAgreementSignedOn]);
    }
    // Nothing recorded after the demo's day.
    expect(fc.filter((s) => s.trainingAgreementSignedOn !== null && s.trainingAgreementSignedOn > DEMO_DAY)).toEqual([]);
  });

  it('has the contracts’ checklists done as the story says — the CFA’s convention where it signed, the SFCA’s where the student’s is recorded — and a handful late on purpose (§3.4)', async () => {
    const items = await t.orm.em.fork().find(ChecklistItem, {}, { populate: ['contract', 'contract.student'] });
    const late = items.filter((i) => !i.done && i.dueDate < DEMO_DAY);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThanOrEqual(3);
    const dashboard = (await t.gql<any>('{ dashboard { overdueChecklistItems } }', {}, manager)).data.dashboard;
    // Those three, and the steps due within the warning days (internships starting on 5 March whose agreements are due this week).
    expect(dashboard.overdueChecklistItems).toBeGreaterThanOrEqual(late.length);
    expect(dashboard.overdueChecklistItems).toBeLessThanOrEqual(late.length + 3);
    const signed = new Set(contracts.filter((c) => c.signed).map((c) => c.id));
    for (const item of items.filter((i) => i.code === 'TRAINING_AGREEMENT_CFA' && signed.has(i.contract.id))) expect(item.done).toBe(true);
    for (const item of items.filter((i) => i.code === 'TRAINING_AGREEMENT_SFCA')) expect(item.done).toBe(item.contract.student.trainingAgreementSignedOn !== null);
    // The CFA's pending apprenticeship (not signed yet) still waits for its convention on CACTUS.
    const pendingCfa = running().find((c) => c.contractType === 'CAPP' && !c.signed);
    expect(items.some((i) => i.contract.id === pendingCfa.id && i.code === 'TRAINING_AGREEMENT_CFA' && !i.done)).toBe(true);
    // Nothing done on or after the demo's day, nor before its mission's validation.
    expect(items.filter((i) => i.done && i.code !== 'WORK_PERMIT' && i.doneAt!.toISOString().slice(0, 10) >= DEMO_DAY)).toEqual([]);
  });

  it('mails on its first start only what falls on its day — no burst of reminders for what the story says is done or was reminded before (§2.1.1 note 5)', async () => {
    const em = t.orm.em.fork();
    // Nothing of the seeded past waits in the outbox: what the sweeps sent before the demo's day was sent on its day.
    expect(await em.count(OutboxMail, { state: { $ne: 'SENT' } })).toBe(0);
    // The reminders of the past — a convention late since September, livret sheets, a visit's unanswered slots — went out on their days.
    const reminded = await em.find(OutboxMail, { $or: [{ template: { $like: 'training-agreement-reminder-%' } }, { template: { $like: 'livret-reminder-%' } }, { template: 'VISIT_SLOTS_UNANSWERED' }] });
    expect(new Set(reminded.map((m) => m.template))).toEqual(new Set(['training-agreement-reminder-before', 'training-agreement-reminder-before-office', 'training-agreement-reminder-after', 'training-agreement-reminder-after-office', 'livret-reminder-before', 'livret-reminder-after', 'VISIT_SLOTS_UNANSWERED']));
    expect(reminded.filter((m) => m.sentAt!.toISOString().slice(0, 10) >= DEMO_DAY)).toEqual([]);
    const retard = (await em.findOneOrFail(Student, { lastName: 'Convention-Retard' })).email;
    expect(reminded.filter((m) => m.to === retard).map((m) => [m.template, m.sentAt!.toISOString().slice(0, 10)]).sort()).toEqual([
      ['training-agreement-reminder-after', '2025-09-04'],
      ['training-agreement-reminder-before', '2025-08-28'],
    ]);
    // Every sweep a start runs, on the demo's day.
    const url = 'http://localhost:4000';
    await sweepConfirmationReminders(t.orm, t.clock, url);
    await sweepLivretReminders(t.orm.em, t.clock, url);
    await sweepTrainingAgreementReminders(t.orm.em, t.clock, url);
    await sweepLateMedicalAbsences(t.orm, t.clock, url);
    await sweepAbsenceStatements(t.orm, t.clock);
    await sweepUnansweredVisitProposals(t.orm.em, t.clock, url);
    await sweepOfferDiffusion(t.orm.em, t.clock, url, 'a-test-secret-long-enough-for-the-diffusion-0123');
    const queued = await em.fork().find(OutboxMail, { state: { $ne: 'SENT' } }, { orderBy: { template: 'asc', to: 'asc' } });
    const proche = (await em.fork().findOneOrFail(Student, { lastName: 'Convention-Proche' })).email;
    // Convention-Proche's, validated this morning and due within the warning days: to the student and to the office.
    expect(queued.map((m) => [m.template, m.to])).toEqual([
      ['training-agreement-reminder-before', proche],
      ['training-agreement-reminder-before-office', 'responsable@demo.alternance.test'],
      ['training-agreement-reminder-before-office', 'secretariat@demo.alternance.test'],
    ]);
  });

  it('applies no year closure dated after the demo’s day', async () => {
    const closures = await t.orm.em.fork().find(YearClosure, {});
    expect(closures.filter((c) => c.closedOn > DEMO_DAY)).toEqual([]);
  });
});
