import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contract } from '../src/modules/contracts/contract.entities.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { CompanyTutor, Organisation, Student } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 14 §1: a calendar published (cohort or individual) and an absence recorded or
// decided are change-feed events, appended with their change; a partner reads (and is sent)
// only its contract types' lines, each once, in order.

/* eslint-disable @typescript-eslint/no-explicit-any */

const CHANGES = 'query($after: String, $types: [String!]) { changes(after: $after, first: 500, types: $types) { events { cursor type entityType entityId contractType data } endCursor hasMore } }';
const SET = `mutation($version: Int!) { setCalendarHalfDays(code: "M1-2025", version: $version, from: { date: "2025-10-08", half: AM }, to: { date: "2025-10-08", half: PM }, kind: TRAINING) { calendar { version } errors { code } } }`;
const PUBLISH = `mutation($version: Int!) { publishCalendar(code: "M1-2025", version: $version) { version { number } errors { code message } } }`;
const SET_OWN = `mutation($s: ID!, $v: Int!) { setStudentCalendarHalfDays(studentId: $s, code: "M1-2025", version: $v, from: { date: "2025-10-22", half: AM }, to: { date: "2025-10-22", half: PM }, kind: TRAINING) { calendar { version } errors { code } } }`;
const CLEAR_OWN = `mutation($s: ID!, $v: Int!) { clearStudentCalendar(studentId: $s, code: "M1-2025", version: $v) { errors { code } } }`;
const RECORD = `mutation($input: RecordAbsencesInput!) { recordAbsences(input: $input) { absences { id version state } errors { code field message } } }`;
const REASON = `mutation($id: ID!, $version: Int!) { giveAbsenceReason(id: $id, version: $version, reason: "Convocation au tribunal") { absence { id version state } errors { code } } }`;
const DECIDE = `mutation($id: ID!, $version: Int!) { decideAbsence(id: $id, version: $version, accept: true, comment: "Justificatif reçu") { absence { id version state } errors { code } } }`;
const REGISTER = 'mutation($input: WebhookInput!) { registerWebhook(input: $input) { webhook { id } errors { code field } } }';

describe.each(DIALECTS)('calendar and absence events in the change feed (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  let secretariat: Auth;
  let cfa: Auth;
  let sfca: Auth;
  let capp: { student: Student; contract: Contract };
  let cpro: { student: Student; contract: Contract };
  let cproLate: { student: Student; contract: Contract };
  let server: Server;
  const received: { path: string; body: any }[] = [];
  const read = async (auth: Auth, types?: string[], after: string | null = null): Promise<any[]> => {
    const r = await t.gql<any>(CHANGES, { after, types }, auth);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.changes.events;
  };
  const ok = async (query: string, variables: Record<string, unknown>, auth: Auth): Promise<any> => {
    const r = await t.gql<any>(query, variables, auth);
    const payload = r.data ? Object.values(r.data)[0] : null;
    if (!payload || (payload as any).errors?.length) throw new Error(JSON.stringify(r.errors ?? payload));
    return payload;
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: JSON.parse(body) });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t = await createTestApp({ dialect, today: '2025-09-15' });
    manager = await t.as('MANAGER');
    secretariat = await t.as('SECRETARIAT');
    const token = async (partner: string) => ({ token: (await t.post('/auth/tokens', { name: partner, partner, adHocDocuments: true, scopes: ['changes:read', 'webhooks:manage'] }, manager)).body.token as string });
    cfa = await token('cfa');
    sfca = await token('sfca');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await ok(REGISTER, { input: { url: `${url}/cfa`, secret: 'a-secret-of-at-least-24-characters' } }, cfa);
    await ok(REGISTER, { input: { url: `${url}/sfca`, secret: 'a-secret-of-at-least-24-characters', types: ['ABSENCE_RECORDED', 'ABSENCE_UPDATED'] } }, sfca);

    const em = t.orm.em.fork();
    const organisation = Object.assign(new Organisation(), { name: 'OPA', siret: '88888888888877' });
    const tutor = Object.assign(new CompanyTutor(), { organisation, firstName: 'Tina', lastName: 'Tuteur', email: `tina.feed.${dialect}@opa.example` });
    await em.persistAndFlush([organisation, tutor]);
    const make = async (contractType: string, start: string) => {
      const student = (await createStudent(t, { cohort: 'MASTER-2025' })).student as Student;
      const mission = Object.assign(new Mission(), { student: em.getReference(Student, student.id), cohort: 'MASTER-2025', contractType, state: 'VALIDATED', startDate: start, endDate: '2027-09-03', organisation, tutor1: tutor });
      const contract = Object.assign(new Contract(), { mission, student: mission.student, contractType, startDate: start, endDate: '2027-09-03' });
      await em.persistAndFlush([mission, contract]);
      return { student, contract };
    };
    capp = await make('CAPP', '2025-09-29');
    cpro = await make('CPRO', '2025-10-06');
    // Starting after the changed Wednesday: no half-day of its own moves, but its prorated cost does (§3.3.2).
    cproLate = await make('CPRO', '2025-11-03');
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('a cohort calendar published: one event per contract type, each partner reads its own once, with its affected contracts', async () => {
    const set = await ok(SET, { version: 1 }, manager);
    await ok(PUBLISH, { version: set.calendar.version }, manager);
    const all = await read(manager, ['CALENDAR_PUBLISHED']);
    expect(all.map((e) => e.contractType)).toEqual(['CAPP', 'CPRO']);
    const [toCfa] = await read(cfa);
    expect(await read(cfa)).toHaveLength(1);
    expect(toCfa).toMatchObject({ type: 'CALENDAR_PUBLISHED', entityType: 'Calendar', contractType: 'CAPP' });
    expect(toCfa.data).toMatchObject({ calendarCode: 'M1-2025', version: 2, individual: false, halfDaysChanged: 2, contractIds: [capp.contract.id] });
    expect(toCfa.data.cohorts).toEqual([expect.objectContaining({ cohort: 'MASTER-2025', programme: 'M1' })]);
    const toSfca = await read(sfca);
    expect(toSfca).toHaveLength(1);
    expect(toSfca[0]).toMatchObject({ contractType: 'CPRO', entityId: toCfa.entityId });
    // The CPRO starting in November holds no changed half-day, but its figures moved: listed too; the CFA never sees a CPRO id.
    expect([...toSfca[0].data.contractIds].sort()).toEqual([cpro.contract.id, cproLate.contract.id].sort());
    expect(JSON.stringify(toCfa)).not.toContain(cproLate.contract.id);
  });

  it('an individual calendar change and its removal: the alternant’s contract type only', async () => {
    const cursor = (await read(cfa)).at(-1).cursor;
    const own = await ok(SET_OWN, { s: capp.student.id, v: 0 }, manager);
    const after = await read(cfa, undefined, cursor);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ type: 'CALENDAR_PUBLISHED', entityType: 'StudentCalendar', contractType: 'CAPP' });
    expect(after[0].data).toMatchObject({ individual: true, studentId: capp.student.id, calendarCode: 'M1-2025', version: 2, halfDaysChanged: 2, contractIds: [capp.contract.id] });
    await ok(CLEAR_OWN, { s: capp.student.id, v: own.calendar.version }, manager);
    const cleared = await read(cfa, undefined, after[0].cursor);
    expect(cleared.map((e) => [e.type, e.entityId, e.data.individual])).toEqual([['CALENDAR_PUBLISHED', after[0].entityId, true]]);
    expect(await read(sfca, ['CALENDAR_PUBLISHED'])).toHaveLength(1);
  });

  it('an absence recorded, its reason and decision: ABSENCE_RECORDED then ABSENCE_UPDATED, to the partner of the contract, no personal reason', async () => {
    t.clock.set('2025-10-08');
    manager = await t.as('MANAGER');
    secretariat = await t.as('SECRETARIAT');
    const cursor = (await read(cfa)).at(-1).cursor;
    const recorded = await ok(RECORD, { input: { date: '2025-10-08', half: 'AM', studentIds: [capp.student.id, cpro.student.id] } }, secretariat);
    const [a] = recorded.absences.filter((x: any) => x);
    const cappAbsence = (await read(cfa, ['ABSENCE_RECORDED'], cursor))[0];
    expect(cappAbsence.data).toMatchObject({ studentId: capp.student.id, contractId: capp.contract.id, contractType: 'CAPP', date: '2025-10-08', half: 'AM', state: 'RECORDED' });
    const absence = recorded.absences.find((x: any) => x.id === cappAbsence.entityId) ?? a;
    const given = await ok(REASON, { id: absence.id, version: absence.version }, manager);
    await ok(DECIDE, { id: absence.id, version: given.absence.version }, manager);
    const events = await read(cfa, undefined, cursor);
    // The state as a partner reads it (§4.3.1): PENDING, whether a stoppage or the manager's decision is awaited,
    // and only the fields any justification changes — an awaited stoppage, a deadline or a decision would say which.
    expect(events.map((e) => [e.type, e.entityId, e.data.state, e.data.fields])).toEqual([
      ['ABSENCE_RECORDED', absence.id, 'RECORDED', ['date', 'half', 'state']],
      ['ABSENCE_UPDATED', absence.id, 'PENDING', ['state', 'reason']],
      ['ABSENCE_UPDATED', absence.id, 'JUSTIFIED', ['state']],
    ]);
    for (const e of events) expect(JSON.stringify(e.data)).not.toMatch(/tribunal|Justificatif|AWAITING|deadline|decision|comment/);
    expect((await read(cfa, ['ABSENCE_UPDATED'], cursor)).map((e) => e.data.state)).toEqual(['PENDING', 'JUSTIFIED']);
    // The SFCA reads its CPRO's absence only.
    const sfcaAbsences = await read(sfca, ['ABSENCE_RECORDED', 'ABSENCE_UPDATED']);
    expect(sfcaAbsences.map((e) => [e.type, e.data.studentId, e.contractType])).toEqual([['ABSENCE_RECORDED', cpro.student.id, 'CPRO']]);
    // In order, each once: positions increase, no line twice.
    const cursors = (await read(manager)).map((e) => e.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
  });

  it('the webhooks receive them: the CFA all its lines, the SFCA the absence types it asked for', async () => {
    await t.app.webhooks.deliverDue();
    const types = (path: string) => received.filter((r) => r.path === path).map((r) => [r.body.type, r.body.data.contractType]);
    expect(types('/cfa')).toEqual([
      ['CALENDAR_PUBLISHED', 'CAPP'],
      ['CALENDAR_PUBLISHED', 'CAPP'],
      ['CALENDAR_PUBLISHED', 'CAPP'],
      ['ABSENCE_RECORDED', 'CAPP'],
      ['ABSENCE_UPDATED', 'CAPP'],
      ['ABSENCE_UPDATED', 'CAPP'],
    ]);
    expect(types('/sfca')).toEqual([['ABSENCE_RECORDED', 'CPRO']]);
    expect(await t.app.webhooks.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });
});
