import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { activeContract } from './support/lifecycle-fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Two things a student's pages must tell them plainly, which the portal cannot read elsewhere:
// - §4.7 « un(e) alternant(e) doit tenir à jour un livret d'alternance »: the manager opens the livrets
//   of the alternants only (apprenticeship, professionalisation, work-study internship) — a classic
//   intern, or a student without a contract, has none and nothing is expected of them;
// - §3.2: the offers are diffused to the students still looking: once their mission is validated the
//   mails stop, whatever they chose (kept), and come back after a rupture (§5).

/* eslint-disable @typescript-eslint/no-explicit-any */
const EXPECTATION = '{ myLivretExpectation }';
const MINE = '{ myOfferAlerts { frequency version stillLooking } }';
const VISIT = 'mutation { recordOffersVisit { frequency version stillLooking } }';
const SET = 'mutation($f: OfferAlertFrequency!, $v: Int!) { setOfferAlerts(frequency: $f, version: $v) { alerts { frequency version stillLooking } errors { code field } } }';

describe.each(DIALECTS)('what a student can expect of the livret and of the offer mails (%s)', (dialect) => {
  let t: TestApp;
  const people: Record<string, { id: string; auth: Auth }> = {};

  beforeAll(async () => {
    t = await createTestApp({ dialect, today: '2026-03-02' });
    for (const key of ['CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE', 'SANS', 'LOOKING', 'BROKEN']) {
      const { student, auth } = await createStudent(t, { cohort: 'M2-2025', lastName: `Attente-${key}`, ...(key === 'SANS' ? { status: 'FC' } : {}) } as Partial<Student>);
      people[key] = { id: student.id, auth };
      if (['CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE'].includes(key)) await activeContract(t, student, { cohort: 'M2-2025', contractType: key, startDate: '2025-09-01', endDate: key === 'CSTAGE' ? '2026-02-28' : '2026-08-31' });
    }
    const em = t.orm.em.fork();
    const mission = (key: string, contractType: string, brokenOn: string | null) =>
      Object.assign(new Mission(), { student: em.getReference(Student, people[key]!.id), state: 'VALIDATED', cohort: 'M2-2025', contractType, brokenOn, startDate: '2025-09-01', endDate: '2026-08-31', title: key, context: '—', objectives: '—', deliverables: '—', requestDate: '2025-06-01', validationDate: '2025-06-15' });
    // An FC student without an alternance (§2.1.1 note 5); an apprentice whose contract a rupture ended (§5).
    em.persist([mission('SANS', 'SANS', null), mission('BROKEN', 'CAPP', '2026-02-01')]);
    await em.flush();
  });
  afterAll(() => t?.close());

  it('tells an alternant from a classic intern or a student without a contract, and from one without a validated mission (§4.7)', async () => {
    const expectation = async (key: string) => {
      const res = await t.gql<any>(EXPECTATION, {}, people[key]!.auth);
      expect(res.errors).toBeUndefined();
      return res.data.myLivretExpectation;
    };
    for (const key of ['CAPP', 'CPRO', 'CSTAGEALT', 'BROKEN']) expect(await expectation(key)).toBe('ALTERNANT');
    expect(await expectation('CSTAGE')).toBe('NOT_ALTERNANT');
    expect(await expectation('SANS')).toBe('NOT_ALTERNANT');
    expect(await expectation('LOOKING')).toBe('NO_MISSION');
    // A student's own answer only: the office has no « own » livret.
    const office = await t.gql<any>(EXPECTATION, {}, await t.as('MANAGER'));
    expect(office.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('says whether the offer mails still reach the student, and keeps their choice (§3.2, §5)', async () => {
    const mine = async (key: string) => (await t.gql<any>(MINE, {}, people[key]!.auth)).data.myOfferAlerts;
    expect(await mine('LOOKING')).toEqual({ frequency: 'DAILY', version: 0, stillLooking: true });
    expect((await mine('CAPP')).stillLooking).toBe(false);
    expect((await mine('CSTAGE')).stillLooking).toBe(false);
    // A rupture before today: looking again, the mails come back.
    expect((await mine('BROKEN')).stillLooking).toBe(true);
    // The visit of the offers page and a choice answer it too; the choice is saved even while it has no effect.
    expect((await t.gql<any>(VISIT, {}, people.CAPP!.auth)).data.recordOffersVisit).toEqual({ frequency: 'DAILY', version: 1, stillLooking: false });
    expect((await t.gql<any>(SET, { f: 'IMMEDIATE', v: 1 }, people.CAPP!.auth)).data.setOfferAlerts).toEqual({ alerts: { frequency: 'IMMEDIATE', version: 2, stillLooking: false }, errors: [] });
    expect(await mine('CAPP')).toEqual({ frequency: 'IMMEDIATE', version: 2, stillLooking: false });
    expect((await t.gql<any>(VISIT, {}, people.LOOKING!.auth)).data.recordOffersVisit.stillLooking).toBe(true);
  });
});
