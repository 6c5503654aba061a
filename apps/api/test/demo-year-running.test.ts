import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
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

  it('applies no year closure dated after the demo’s day', async () => {
    const closures = await t.orm.em.fork().find(YearClosure, {});
    expect(closures.filter((c) => c.closedOn > DEMO_DAY)).toEqual([]);
  });
});
