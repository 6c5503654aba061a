import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Mission } from '../src/modules/missions/mission.entities.js';
import type { CompanyTutor, Student } from '../src/modules/people/people.entities.js';
import { Contract } from '../src/modules/contracts/contract.entities.js';
import { Visit } from '../src/modules/visits/visit.entity.js';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { activeContract } from './support/lifecycle-fixtures.js';
import { countStatements } from './support/statement-count.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

const FOLLOW = `query($f: AlternantFollowUpFilter, $first: Int) { alternantsFollowUp(filter: $f, first: $first) { total late toChase
  items { student { id lastName } visitWindows { visitNumber from to } findings { code message window { min max } } visits { id state slotsUnanswered slotDeclines { companyTutorName } } } } }`;

/**
 * §4.6 (note 34: the visit takes place « forcément un jour où l'alternant(e) est présent(e) »),
 * §10 and §5 note 35 (a rupture's last day): a visit is due within the alternant's contract, not
 * the training year's windows alone (domain visitDueWindow). MASTER-2025's M1 of 2025-2026: 1st
 * visit January/February 2026, 2nd April/May.
 */
describe.each(DIALECTS)('late visits read the contract’s days (§4.6, %s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  const ids: Record<'whole' | 'broken' | 'lateStart' | 'ended', string> = { whole: '', broken: '', lateStart: '', ended: '' };
  const contracts: Record<string, Contract> = {};

  beforeAll(async () => {
    t = await createTestApp({ dialect, today: '2026-01-05' });
    const email = `manager-late-${dialect}@miage.example`;
    await t.createUser('MANAGER', email);
    manager = { cookie: await t.login(email) };
    const dates = { whole: ['2025-09-01', '2026-08-31'], broken: ['2025-09-01', '2026-08-31'], lateStart: ['2026-02-15', '2027-02-14'], ended: ['2025-09-01', '2026-02-10'] } as const;
    for (const [key, [startDate, endDate]] of Object.entries(dates)) {
      const { student } = await createStudent(t, { cohort: 'MASTER-2025', lastName: `Retard-${key}` } as Partial<Student>);
      ids[key as keyof typeof ids] = student.id;
      contracts[key] = (await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CAPP', startDate, endDate })).contract;
    }
    // A rupture whose last day is 15 March 2026 (§10): the database folds it into the contract's last day.
    await t.orm.em.fork().nativeUpdate(Mission, { id: contracts.broken!.mission.id }, { brokenOn: '2026-03-15' });
  });
  afterAll(() => t?.close());

  const rowOf = async (key: keyof typeof ids, today: string) => {
    t.clock.set(today);
    manager = { cookie: await t.login(`manager-late-${dialect}@miage.example`) };
    const r = await t.gql(FOLLOW, { f: { studentId: ids[key], academicYear: '2025-2026' } }, manager);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data.alternantsFollowUp.items[0];
  };
  const lateWindows = (row: any): string[] => row.findings.filter((f: any) => f.code === 'VISIT_LATE').map((f: any) => `${f.window.min}…${f.window.max}`);

  it('a contract broken in March: no 2nd visit is asked for, so none is late in June — the 1st still is', async () => {
    const broken = await rowOf('broken', '2026-06-15');
    expect(broken.visitWindows).toEqual([{ visitNumber: 1, from: '2026-01-01', to: '2026-02-28' }]);
    expect(lateWindows(broken)).toEqual(['2026-01-01…2026-02-28']);
    const whole = await rowOf('whole', '2026-06-15');
    expect(lateWindows(whole)).toEqual(['2026-01-01…2026-02-28', '2026-04-01…2026-05-31']);
  });

  it('a contract starting on 15 February: its 1st visit is due from its start for the window’s length, late from 15 April', async () => {
    expect(lateWindows(await rowOf('lateStart', '2026-03-01'))).toEqual([]);
    expect(lateWindows(await rowOf('lateStart', '2026-04-14'))).toEqual([]);
    const late = await rowOf('lateStart', '2026-04-15');
    expect(late.visitWindows[0]).toEqual({ visitNumber: 1, from: '2026-02-15', to: '2026-04-14' });
    expect(lateWindows(late)).toEqual(['2026-02-15…2026-04-14']);
  });

  it('a contract ended on 10 February: the 1st visit was due by then; no 2nd is asked for', async () => {
    expect(lateWindows(await rowOf('ended', '2026-02-10'))).toEqual([]);
    const ended = await rowOf('ended', '2026-02-11');
    expect(lateWindows(ended)).toEqual(['2026-01-01…2026-02-10']);
    expect(ended.findings.find((f: any) => f.code === 'VISIT_LATE').message).toBe('1re visite en retard : le contrat a pris fin le 10/02/2026 sans qu’elle ait eu lieu.');
    expect((await rowOf('ended', '2026-06-15')).visitWindows.map((w: any) => w.visitNumber)).toEqual([1]);
  });

  it('the late filter and count say what the rows say, day after day (one statement a page)', async () => {
    for (const today of ['2026-02-28', '2026-03-01', '2026-03-16', '2026-04-14', '2026-04-15', '2026-06-01']) {
      t.clock.set(today);
      manager = { cookie: await t.login(`manager-late-${dialect}@miage.example`) };
      const all = (await t.gql(FOLLOW, { f: { academicYear: '2025-2026' } }, manager)).data.alternantsFollowUp;
      const lateOnly = (await t.gql(FOLLOW, { f: { academicYear: '2025-2026', lateOnly: true } }, manager)).data.alternantsFollowUp;
      const lateRows = all.items.filter((i: any) => i.findings.some((f: any) => f.code === 'VISIT_LATE')).map((i: any) => i.student.lastName);
      expect({ today, late: lateOnly.items.map((i: any) => i.student.lastName) }).toEqual({ today, late: lateRows });
      expect(all.late).toBe(lateRows.length);
      expect(lateOnly.total).toBe(lateRows.length);
    }
    // 1 March: the whole-year and ended contracts are late, the late start is not, yet.
    t.clock.set('2026-03-01');
    manager = { cookie: await t.login(`manager-late-${dialect}@miage.example`) };
    const march = (await t.gql(FOLLOW, { f: { academicYear: '2025-2026', lateOnly: true } }, manager)).data.alternantsFollowUp;
    expect(march.items.map((i: any) => i.student.lastName).sort()).toEqual(['Retard-broken', 'Retard-ended', 'Retard-whole']);
  });

  it('« à relancer »: the proposals declined or unanswered, filtered and counted in the page’s statement (§4.6 note 34)', async () => {
    t.clock.set('2026-01-20');
    manager = { cookie: await t.login(`manager-late-${dialect}@miage.example`) };
    const em = t.orm.em.fork();
    const visit = async (key: string, slots: string[], extra: Partial<Visit> = {}) => {
      const contract = await em.findOneOrFail(Contract, contracts[key]!.id, { populate: ['student', 'mission', 'mission.tutor1'] });
      const v = Object.assign(new Visit(), {
        student: contract.student,
        mission: contract.mission,
        companyTutor: contract.mission.tutor1 as CompanyTutor,
        academicYear: '2025-2026',
        visitNumber: 1,
        slots: slots.map((date) => ({ id: randomUUID(), date, half: 'AM', format: 'ON_SITE', location: 'Sur place', findings: [] })),
        icsUid: `visite-${randomUUID()}@test`,
        ...extra,
      });
      em.persist(v);
      return v;
    };
    // Unanswered: every slot past (the last on 19 January). Declined: a slot to come, refused by tutor 1.
    // Still awaited: a slot on the day itself. Not to chase either.
    await visit('whole', ['2026-01-12', '2026-01-19']);
    const tutor = (await em.findOneOrFail(Contract, contracts.broken!.id, { populate: ['mission.tutor1'] })).mission.tutor1!;
    await visit('broken', ['2026-02-02'], { slotsDeclinedAt: new Date('2026-01-15T10:00:00Z'), slotsDeclinedNote: 'Mardis', slotDeclines: [{ companyTutorId: tutor.id, name: 'Tess Tutrice', at: '2026-01-15T10:00:00.000Z', availability: 'Mardis' }] });
    await visit('ended', ['2026-01-20']);
    await em.flush();

    const all = (await t.gql(FOLLOW, { f: { academicYear: '2025-2026' } }, manager)).data.alternantsFollowUp;
    const chase = (await t.gql(FOLLOW, { f: { academicYear: '2025-2026', toChaseOnly: true } }, manager)).data.alternantsFollowUp;
    expect(chase.items.map((i: any) => i.student.lastName)).toEqual(['Retard-broken', 'Retard-whole']);
    expect([chase.total, chase.toChase, all.toChase, all.total]).toEqual([2, 2, 2, 4]);
    // What the rows show agrees: declined, or unanswered.
    for (const item of chase.items) expect(item.visits.some((v: any) => v.slotsUnanswered || v.slotDeclines.length > 0)).toBe(true);
    // The day after its last slot, the proposal still awaited went unanswered too.
    t.clock.set('2026-01-21');
    manager = { cookie: await t.login(`manager-late-${dialect}@miage.example`) };
    expect((await t.gql(FOLLOW, { f: { academicYear: '2025-2026', toChaseOnly: true } }, manager)).data.alternantsFollowUp.total).toBe(3);
    // Both filters at once: the late ones to chase (none is late in January).
    expect((await t.gql(FOLLOW, { f: { academicYear: '2025-2026', toChaseOnly: true, lateOnly: true } }, manager)).data.alternantsFollowUp.total).toBe(0);
    // One statement for the list, whatever the filter: no query per row.
    const count = (f: Record<string, unknown>) => countStatements(t.orm, () => t.gql(FOLLOW, { f: { academicYear: '2025-2026', ...f }, first: 50 }, manager));
    await count({});
    expect(await count({ toChaseOnly: true })).toBe(await count({}));
  });
});
