import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbsenceStatement } from '../src/modules/absences/absence.entities.js';
import { sweepAbsenceStatements, sweepLateMedicalAbsences } from '../src/modules/absences/absence-sweeps.js';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { DEMO_DAY } from '../src/seed/demo-absences.js';
import { defaultReferenceData, professionalRequestDeadline } from '@alternance/domain';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('demo absences (issue 11 §3)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite', demo: true, today: DEMO_DAY });
  });
  afterAll(() => t?.close());

  it('seeds absences in every justification state, and professional requests for the direction (one through the link, one mailed with a teacher consulted)', async () => {
    const manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    const r = await t.gql('{ absences(first: 100) { state reason hours student { id } stoppage { fileName } } professionalAbsenceRequests { state recordedBy teachersConsulted } }', {}, manager);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    const states = new Set(r.data.absences.map((a: { state: string }) => a.state));
    expect([...states].sort()).toEqual(['AWAITING_DECISION', 'AWAITING_STOPPAGE', 'JUSTIFIED', 'RECORDED', 'UNJUSTIFIED']);
    expect(r.data.absences.every((a: { hours: number }) => a.hours > 0)).toBe(true);
    expect(r.data.absences.some((a: { stoppage: { fileName: string } | null }) => a.stoppage?.fileName === 'arret-de-travail.pdf')).toBe(true);
    const requests = r.data.professionalAbsenceRequests as { state: string; recordedBy: string | null; teachersConsulted: string[] }[];
    expect(requests.map((q) => q.state)).toEqual(['PENDING', 'PENDING']);
    expect(requests.filter((q) => q.recordedBy === null)).toHaveLength(1);
    expect(requests.find((q) => q.recordedBy !== null)?.teachersConsulted).toEqual(['tuteur.academique@demo.alternance.test']);
  });

  it('has the direction’s pending professional requests on its day for days after it, each asked at least 10 jours ouvrables before (§4.3.2)', async () => {
    const direction = { cookie: await t.login('direction@demo.alternance.test', 'Alternance-Demo-2026') };
    const r = await t.gql('{ professionalAbsenceRequests { state firstDay requestedOn } }', {}, direction);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    const requests = r.data.professionalAbsenceRequests as { state: string; firstDay: string; requestedOn: string }[];
    expect(requests.length).toBe(2);
    for (const q of requests) {
      expect(q).toMatchObject({ state: 'PENDING' });
      expect(q.firstDay > DEMO_DAY).toBe(true);
      expect(q.requestedOn <= DEMO_DAY).toBe(true);
      expect(q.requestedOn <= professionalRequestDeadline(q.firstDay, { whitMondayHoliday: defaultReferenceData.settings.whitMondayHoliday })).toBe(true);
    }
  });

  it('gives the demo student who signs in their own absences of the 2025/2026 year (« Mes absences »), none in the future of the demo’s day', async () => {
    const student = { cookie: await t.login('alternant.livret@demo.alternance.test', 'Alternance-Demo-2026') };
    const r = await t.gql('{ absences(first: 100) { date state } }', {}, student);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    expect(r.data.absences.length).toBeGreaterThanOrEqual(5);
    const manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    const all = await t.gql('{ absences(first: 100) { date } }', {}, manager);
    expect(all.data.absences.every((a: { date: string }) => a.date < DEMO_DAY)).toBe(true);
  });

  it('keeps the demo student who signs in in their M2-2025 year (README): the secretariat’s day sheet of that cohort records their absences of the running year (§4.3)', async () => {
    const student = { cookie: await t.login('alternant.livret@demo.alternance.test', 'Alternance-Demo-2026') };
    const viewer = (await t.gql('{ viewer { studentId } }', {}, student)).data.viewer;
    const manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    const me = (await t.gql('query($id: ID!) { student(id: $id) { cohort repeating } }', { id: viewer.studentId }, manager)).data.student;
    // Made the demo's M2 repeater, they were moved to M2-2026, whose calendar starts in September 2026.
    expect(me).toMatchObject({ cohort: 'M2-2025', repeating: false });
    const sheet = (await t.gql('{ absenceDaySheet(cohort: "M2-2025", date: "2026-01-09", half: AM) { training student { id } } }', {}, manager)).data.absenceDaySheet;
    expect(sheet.find((l: { student: { id: string } }) => l.student.id === viewer.studentId)).toMatchObject({ training: true });
  });

  it('is on its day as service would have left it: the start’s sweeps turn no stoppage late (§4.3.1) and send no statement for a month already covered (§4.3.4); a genuinely due one still goes', async () => {
    const manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    const before = await t.gql('{ absences(first: 100) { id version date state } }', {}, manager);
    const absences = before.data.absences as { id: string; version: number; date: string; state: string }[];
    // The absences still waiting for something are of the days just before the demo's day, the settled ones months older.
    for (const a of absences.filter((x) => ['RECORDED', 'AWAITING_STOPPAGE', 'AWAITING_DECISION'].includes(x.state))) expect(a.date >= '2026-02-01').toBe(true);
    // What startAbsenceSweeps runs a second after the start.
    expect((await sweepLateMedicalAbsences(t.orm, t.clock, 'http://localhost')).unjustified).toBe(0);
    expect((await sweepAbsenceStatements(t.orm, t.clock)).sent).toBe(0);
    const em = t.orm.em.fork();
    expect(await em.count(OutboxMail, { template: { $in: ['ABSENCE_STATEMENT', 'ABSENCE_UNJUSTIFIED_LATE'] } })).toBe(0);
    // The months of the year's unjustified absences have each had their statement, at the month's turn.
    const statements = await em.find(AbsenceStatement, {}, { orderBy: { month: 'asc' } });
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.sequence === 1 && s.month < DEMO_DAY.slice(0, 7))).toBe(true);
    // The manager refuses the reason awaiting their decision (of February): that month's statement is due, and goes, a first one.
    const waiting = absences.find((a) => a.state === 'AWAITING_DECISION')!;
    const decided = await t.gql('mutation($id: ID!, $v: Int!) { decideAbsence(id: $id, version: $v, accept: false, comment: "Motif non recevable") { absence { state } errors { message } } }', { id: waiting.id, v: waiting.version }, manager);
    expect(decided.data.decideAbsence).toMatchObject({ absence: { state: 'UNJUSTIFIED' }, errors: [] });
    expect((await sweepAbsenceStatements(t.orm, t.clock)).sent).toBe(1);
    const sent = await t.orm.em.fork().find(AbsenceStatement, { month: waiting.date.slice(0, 7) });
    expect(sent.map((s) => s.sequence)).toEqual([1]);
    expect(await t.orm.em.fork().count(OutboxMail, { template: 'ABSENCE_STATEMENT' })).toBeGreaterThan(0);
  });
});
