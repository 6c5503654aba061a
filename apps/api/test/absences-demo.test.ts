import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepAbsenceStatements } from '../src/modules/absences/absence-sweeps.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('demo absences (issue 11 §3)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite', demo: true, today: '2026-01-15' });
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

  it('gives the demo student who signs in their own absences of the 2025/2026 year (« Mes absences »), none in the future', async () => {
    const student = { cookie: await t.login('alternant.livret@demo.alternance.test', 'Alternance-Demo-2026') };
    const r = await t.gql('{ absences(first: 100) { date state } }', {}, student);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    expect(r.data.absences.length).toBeGreaterThanOrEqual(5);
    const manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    const all = await t.gql('{ absences(first: 100) { date } }', {}, manager);
    expect(all.data.absences.every((a: { date: string }) => a.date < '2026-01-15')).toBe(true);
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

  it('declares its unjustified absences as in service: the statements sweep has nothing to send at the start (§4.3.4)', async () => {
    expect((await sweepAbsenceStatements(t.orm, t.clock)).sent).toBe(0);
  });
});
