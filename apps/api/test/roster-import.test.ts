import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameSortKey } from '@alternance/domain';
import { openDatabase } from '../src/db/orm.js';
import { readEnv } from '../src/env.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { loadReferenceData } from '../src/modules/reference-data/reference-data.service.js';
import { checkRosterImport, IMPORT_CHUNK } from '../src/modules/roster/roster-import-check.js';
import { RosterImportJob } from '../src/modules/roster/roster-import-job.entity.js';
import { RosterImportStagedRow } from '../src/modules/roster/roster-import-staged-row.entity.js';
import { STALLED_AFTER_MS } from '../src/modules/roster/roster-import.service.js';
import { applyRosterImport, dropStagedRows, stageRosterChunk } from '../src/modules/roster/roster-import-write.js';
import type { Actor } from '../src/shared/actor.js';
import { BusinessError } from '../src/shared/errors.js';
import { buildApp } from '../src/server.js';
import { fixedClock } from '../src/shared/clock.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';
import { createStudent } from './support/fixtures.js';
import { activeContract } from './support/lifecycle-fixtures.js';
import { countStatements as countSql } from './support/statement-count.js';

// Issue 10 §1: a roster import froze the server (quadratic, one request holding the event loop).

const IMPORT = `mutation($rows: [RosterImportRow!]!) { importRoster(rows: $rows) { imported errors { code field index message } } }`;
const START = `mutation($rows: [RosterImportRow!]!) { startRosterImport(rows: $rows) { job { id state total processed } errors { code field index message } } }`;
const ACTOR: Actor = { kind: 'USER', id: 'test-secretariat', role: 'SECRETARIAT', label: 'Secrétariat (test)', email: null, studentId: null, scopes: [] };
const JOB = `query($id: ID!) { rosterImportJob(id: $id) { id state total processed imported errors { code field index message } finishedAt } }`;

/** Rows like a real roster: new students, fifty OPAs, one row in three with a request date (so submitted and checked). */
let siretBase = 20_000_000_000_000;
function rosterRows(n: number, prefix: string) {
  // Each roster its own fifty OPAs (created by its first chunk).
  const base = (siretBase += 1_000);
  return Array.from({ length: n }, (_, i) => ({
    lastName: `Nom${i}`,
    firstName: `Prénom${i}`,
    email: `${prefix}${i}@etu.example`,
    cohort: 'M2-2026',
    status: 'FI',
    contractType: 'CAPP',
    startDate: '2026-09-03',
    endDate: '2027-09-03',
    ...(i % 3 === 0 ? { requestDate: '2026-07-01' } : {}),
    company: `OPA ${i % 50}`,
    siret: String(base + (i % 50)),
    monthlyGrossPay: 2100,
  }));
}

describe.each(DIALECTS)('roster import at scale (%s)', (dialect) => {
  let t: TestApp;
  let secretariat: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, today: '2026-07-01' });
    secretariat = await t.as('SECRETARIAT');
  });
  afterAll(() => t?.close());

  // The request's own statements: the mail and webhook deliveries an import's answer starts run
  // beside the next count, in or out of it by timing (on a loaded machine, 9 instead of 6).
  const countStatements = (work: () => Promise<unknown>): Promise<number> => countSql(t.orm, work);

  it('runs a constant number of SQL statements per chunk of rows, whatever their number', async () => {
    // A first request does once-per-session work (not the import's): keep it out of the counts.
    await t.gql(IMPORT, { rows: rosterRows(1, `warm-${dialect}-`) }, secretariat);
    const counts: number[] = [];
    for (const [chunks, prefix] of [[1, 'one'], [2, 'two'], [3, 'three']] as const) {
      counts.push(
        await countStatements(async () => {
          const result = await t.gql(IMPORT, { rows: rosterRows(chunks * IMPORT_CHUNK, `${prefix}-${dialect}-`) }, secretariat);
          expect(result.data.importRoster).toEqual({ imported: chunks * IMPORT_CHUNK, errors: [] });
        }),
      );
    }
    const perChunk = counts[1]! - counts[0]!;
    // Each more chunk costs the same statements: they grow with chunks, not rows.
    expect(counts[2]! - counts[1]!).toBe(perChunk);
    expect(perChunk).toBeLessThanOrEqual(15);
    // A second import of the same students, changed, updates them (batched), still per chunk.
    const changed = rosterRows(3 * IMPORT_CHUNK, `three-${dialect}-`).map((r) => ({ ...r, lastName: `${r.lastName}-bis`, monthlyGrossPay: 2200 }));
    const again = await countStatements(async () => expect((await t.gql(IMPORT, { rows: changed }, secretariat)).data.importRoster.imported).toBe(3 * IMPORT_CHUNK));
    expect(again).toBeLessThanOrEqual(counts[0]! + 3 * 15);
    const updated = await t.orm.em.fork().findOneOrFail(Student, { email: `three-${dialect}-7@etu.example` });
    expect(updated).toMatchObject({ version: 2, lastName: 'Nom7-bis' });
  }, 300_000);

  it('answers /healthz within a second throughout a 5,000-row import, writing nothing to the real tables before the end, and reports its progress from the database', async () => {
    const n = 5_000;
    const prefix = `big-${dialect}-`;
    const students = await t.orm.em.fork().count(Student, {});
    const started = await t.gql(START, { rows: rosterRows(n, prefix) }, secretariat);
    expect(started.data.startRosterImport.errors).toEqual([]);
    const job = started.data.startRosterImport.job;
    expect(job).toMatchObject({ total: n, state: 'CHECKING' });
    const healthzWhileRunning: number[] = [];
    const states = new Set<string>();
    let stagedWhileChecking = 0;
    let last: { state: string; processed: number; imported: number } = job;
    for (let i = 0; i < 20_000 && last.state !== 'DONE' && last.state !== 'FAILED'; i++) {
      const t0 = performance.now();
      const health = await t.app.server.inject({ method: 'GET', url: '/healthz' });
      const latency = performance.now() - t0;
      expect(health.statusCode).toBe(200);
      last = (await t.gql(JOB, { id: job.id }, secretariat)).data.rosterImportJob;
      states.add(`${last.state}:${last.processed}`);
      // Answered before the import finished.
      if (last.state === 'CHECKING' || last.state === 'WRITING') healthzWhileRunning.push(latency);
      if (last.state === 'CHECKING') {
        // The checked rows wait in the staging table; the real tables see none of them until the apply step.
        const em = t.orm.em.fork();
        const [staged, written] = await Promise.all([em.count(RosterImportStagedRow, { jobId: job.id }), em.count(Student, { email: { $like: `${prefix}%` } })]);
        stagedWhileChecking = Math.max(stagedWhileChecking, staged);
        expect(written).toBe(0);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(last).toMatchObject({ state: 'DONE', processed: n, imported: n, errors: [] });
    expect(healthzWhileRunning.length).toBeGreaterThanOrEqual(5);
    // Generous, but no multi-second block: the checked rows are staged chunk by chunk in short
    // transactions, and the one transaction that writes the real tables is a few set-based statements.
    expect(Math.max(...healthzWhileRunning)).toBeLessThan(1_000);
    expect(stagedWhileChecking).toBeGreaterThan(0);
    // Progress moved through intermediate values, not just 0 then all.
    expect([...states].some((s) => s.startsWith('CHECKING:') && !s.endsWith(':0') && !s.endsWith(`:${n}`))).toBe(true);
    expect(await t.orm.em.fork().count(Student, {})).toBe(students + n);
    expect(await t.orm.em.fork().count(Mission, { state: 'SUBMITTED', student: { email: { $like: `${prefix}%` } } })).toBe(Math.ceil(n / 3));
    expect(await t.orm.em.fork().count(RosterImportStagedRow, {})).toBe(0);
  }, 600_000);

  it('refuses, by row, a student or a fiche changed between the check and the apply step, writing nothing', async () => {
    const prefix = `race-${dialect}-`;
    const rows = rosterRows(2 * IMPORT_CHUNK, prefix);
    expect((await t.gql(IMPORT, { rows: [rows[3], rows[IMPORT_CHUNK + 7]] }, secretariat)).data.importRoster.imported).toBe(2);
    const em = t.orm.em.fork();
    const job = Object.assign(new RosterImportJob(), { total: rows.length, createdBy: 'test', state: 'WRITING' as const });
    await em.persistAndFlush(job);
    const { errors } = await checkRosterImport(t.orm.em, rows, await loadReferenceData(em), (plan) => stageRosterChunk(t.orm.em, job.id, plan, new Date()), '2026-07-01');
    expect(errors).toEqual([]);
    expect(await em.count(RosterImportStagedRow, { jobId: job.id })).toBe(rows.length);
    // Meanwhile someone edits the student of row 3 and the fiche of row IMPORT_CHUNK + 7.
    const student = await em.findOneOrFail(Student, { email: `${prefix}3@etu.example` });
    student.phone = '0600000000';
    const mission = await em.findOneOrFail(Mission, { student: { email: `${prefix}${IMPORT_CHUNK + 7}@etu.example` } });
    mission.context = 'Modifié pendant l’import';
    await em.flush();
    const before = { students: await em.count(Student, {}), missions: await em.count(Mission, {}), audit: await em.count(AuditEvent, {}) };
    const refused = await applyRosterImport(t.orm.em, job.id, rows.length, ACTOR).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BusinessError);
    expect((refused as BusinessError).errors.map((e) => ({ code: e.code, field: e.field, index: e.index }))).toEqual([
      { code: 'CONFLICT', field: 'email', index: 3 },
      { code: 'CONFLICT', field: 'email', index: IMPORT_CHUNK + 7 },
    ]);
    expect((refused as BusinessError).errors.map((e) => e.message)).toEqual([
      `Ligne 4 : le dossier étudiant de ${prefix}3@etu.example a été modifié pendant l’import ; rien n’est écrit, relancez l’import.`,
      `Ligne ${IMPORT_CHUNK + 8} : la fiche de ${prefix}${IMPORT_CHUNK + 7}@etu.example a été modifiée pendant l’import ; rien n’est écrit, relancez l’import.`,
    ]);
    expect({ students: await em.count(Student, {}), missions: await em.count(Mission, {}), audit: await em.count(AuditEvent, {}) }).toEqual(before);
    await dropStagedRows(t.orm.em, job.id);
    expect(await em.count(RosterImportStagedRow, { jobId: job.id })).toBe(0);
  }, 300_000);

  it('a killed import leaves nothing in the real tables; its staged rows are deleted once it is known dead, and it can no longer be applied', async () => {
    const prefix = `killed-${dialect}-`;
    const rows = rosterRows(IMPORT_CHUNK + 20, prefix);
    const em = t.orm.em.fork();
    const job = Object.assign(new RosterImportJob(), { total: rows.length, createdBy: 'test' });
    await em.persistAndFlush(job);
    // The instance stages the rows, then dies before the apply step: the job stops moving.
    await checkRosterImport(t.orm.em, rows, await loadReferenceData(em), (plan) => stageRosterChunk(t.orm.em, job.id, plan, new Date()), '2026-07-01');
    await em.nativeUpdate(RosterImportJob, { id: job.id }, { updatedAt: new Date(Date.now() - STALLED_AFTER_MS - 60_000) });
    expect(await em.count(RosterImportStagedRow, { jobId: job.id })).toBe(rows.length);
    expect(await em.count(Student, { email: { $like: `${prefix}%` } })).toBe(0);
    // The next import, on any instance, finds it dead: failed, its staged rows deleted.
    expect((await t.gql(IMPORT, { rows: rosterRows(1, `after-kill-${dialect}-`) }, secretariat)).data.importRoster.imported).toBe(1);
    expect(await em.count(RosterImportStagedRow, { jobId: job.id })).toBe(0);
    const read = (await t.gql(JOB, { id: job.id }, secretariat)).data.rosterImportJob;
    expect(read).toMatchObject({ state: 'FAILED', imported: 0, errors: [{ code: 'INTERRUPTED', field: 'rows' }] });
    // Were the dead instance to come back, its apply step finds its rows gone and writes nothing.
    const late = await applyRosterImport(t.orm.em, job.id, rows.length, ACTOR).catch((error: unknown) => error);
    expect((late as BusinessError).errors?.[0]?.code).toBe('INTERRUPTED');
    expect(await em.count(Student, { email: { $like: `${prefix}%` } })).toBe(0);
  }, 300_000);

  it('fails a job with every error named by row and field, writing nothing; another API instance reads the job', async () => {
    const rows = rosterRows(3 * IMPORT_CHUNK, `bad-${dialect}-`);
    rows[IMPORT_CHUNK + 5] = { ...rows[IMPORT_CHUNK + 5]!, lastName: ' ' };
    rows[2 * IMPORT_CHUNK + 1] = { ...rows[2 * IMPORT_CHUNK + 1]!, status: 'XX' };
    const students = await t.orm.em.fork().count(Student, {});
    const started = await t.gql(START, { rows }, secretariat);
    const id = started.data.startRosterImport.job.id;
    // A second instance on the same database: the job's state is there, not in the first one's memory.
    const orm2 = await openDatabase(t.db.location);
    const other = await buildApp({ env: readEnv({ DATABASE_URL: t.db.location.url, PUBLIC_URL: 'http://localhost:4000' }), orm: orm2, clock: fixedClock('2026-07-01') });
    try {
      let job: { state: string; errors: { code: string; field: string; index: number }[] } = { state: 'CHECKING', errors: [] };
      for (let i = 0; i < 500 && (job.state === 'CHECKING' || job.state === 'WRITING'); i++) {
        const response = await other.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', cookie: secretariat.cookie! }, payload: JSON.stringify({ query: JOB, variables: { id } }) });
        job = response.json().data.rosterImportJob;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(job.state).toBe('FAILED');
      expect(job.errors.map((e) => ({ code: e.code, field: e.field, index: e.index }))).toEqual([
        { code: 'MISSING_VALUE', field: 'lastName', index: IMPORT_CHUNK + 5 },
        { code: 'BAD_USER_INPUT', field: 'status', index: 2 * IMPORT_CHUNK + 1 },
      ]);
    } finally {
      await other.close();
      await orm2.close(true);
    }
    expect(await t.orm.em.fork().count(Student, {})).toBe(students);
  }, 300_000);

  it('pulls every fact of the fiche the rules read, so that a pulled row re-checks as the office did (issue 9 §6)', async () => {
    expect((await t.gql(IMPORT, { rows: rosterRows(1, `facts-${dialect}-`).map((r) => ({ ...r, status: 'FC', contractType: 'CPRO' })) }, secretariat)).data.importRoster.imported).toBe(1);
    const em = t.orm.em.fork();
    const mission = await em.findOneOrFail(Mission, { student: { email: `facts-${dialect}-0@etu.example` } });
    Object.assign(mission, { cproReason: 'SALARIE', smcMonthlyCents: 210_050, previousRatePercent: 61, hoursPerDay: 7, stageAltApproved: true });
    await em.flush();
    const rows = await t.gql(`query { rosterRows(filter: { contractType: "CPRO" }) { missionId cproReason smcMonthly previousRatePercent hoursPerDay stageAltApproved } }`, {}, secretariat);
    expect(rows.data.rosterRows.find((r: { missionId: string }) => r.missionId === mission.id)).toEqual({ missionId: mission.id, cproReason: 'SALARIE', smcMonthly: 2100.5, previousRatePercent: 61, hoursPerDay: 7, stageAltApproved: true });
  });

  it('imports the next year\'s fiche of a student whose validated internship is over, not of one whose contract runs on (§2.1.2, note 9)', async () => {
    const prefix = `next-${dialect}-`;
    const rows = rosterRows(2, prefix);
    expect((await t.gql(IMPORT, { rows }, secretariat)).data.importRoster.errors).toEqual([]);
    const em = t.orm.em.fork();
    // Make each imported fiche last year's validated M1 mission: an internship ended in June, an apprenticeship to 2027.
    for (const [i, previous] of [
      { contractType: 'CSTAGEALT', startDate: '2025-09-15', endDate: '2026-06-30' },
      { contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03' },
    ].entries()) {
      const mission = await em.findOneOrFail(Mission, { student: { email: `${prefix}${i}@etu.example` } });
      Object.assign(mission, { state: 'VALIDATED', cohort: 'MASTER-2025', validationDate: '2025-06-10', ...previous });
    }
    await em.flush();
    const again = await t.gql(IMPORT, { rows }, secretariat);
    expect(again.data.importRoster.errors).toEqual([expect.objectContaining({ code: 'ALREADY_VALIDATED', field: 'email', index: 1 })]);
    expect((await t.gql(IMPORT, { rows: [rows[0]] }, secretariat)).data.importRoster).toEqual({ imported: 1, errors: [] });
    const missions = await t.orm.em.fork().find(Mission, { student: { email: `${prefix}0@etu.example` } }, { orderBy: { cohort: 'asc' } });
    expect(missions.map((m) => [m.cohort, m.contractType, m.state])).toEqual([['M2-2026', 'CAPP', 'SUBMITTED'], ['MASTER-2025', 'CSTAGEALT', 'VALIDATED']]);
  });

  it('imports the new contract of a student whose rupture is under way, its last day fixed, starting after it; refuses a row overlapping the broken contract (§5, §3.3 « Attention »)', async () => {
    const manager = await t.as('MANAGER');
    const { student, email } = await createStudent(t, { cohort: 'MASTER-2025' });
    const { contract } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03' });
    const START = `mutation($c: ID!) { startRupture(contractId: $c, reason: "Changement d’entreprise", lastDay: "2026-07-31", skipMediation: true) { rupture { state } errors { code } } }`;
    expect((await t.gql(START, { c: contract.id }, manager)).data.startRupture).toEqual({ rupture: { state: 'IN_PROGRESS' }, errors: [] });
    const row = (startDate: string) => ({ lastName: student.lastName, firstName: student.firstName, email, cohort: 'MASTER-2025', status: 'FI', contractType: 'CAPP', startDate, endDate: '2027-09-03', requestDate: '2026-07-01', company: 'OPA suivant', siret: '66666666600011', monthlyGrossPay: 2100 });
    // The broken contract's own dates: it runs until its last day, the row is to be changed, not imported.
    const overlapping = await t.gql(IMPORT, { rows: [row('2025-09-01')] }, secretariat);
    expect(overlapping.data.importRoster.errors).toEqual([expect.objectContaining({ code: 'ALREADY_VALIDATED', field: 'email', index: 0 })]);
    expect((await t.gql(IMPORT, { rows: [row('2026-07-31')] }, secretariat)).data.importRoster.errors.map((e: { code: string }) => e.code)).toEqual(['ALREADY_VALIDATED']);
    // « le nouveau contrat peut démarrer le lendemain de la rupture du premier », the documents still pending.
    expect((await t.gql(IMPORT, { rows: [row('2026-08-01')] }, secretariat)).data.importRoster).toEqual({ imported: 1, errors: [] });
    const fiche = await t.orm.em.fork().findOneOrFail(Mission, { student: student.id, state: 'SUBMITTED' });
    expect(fiche).toMatchObject({ startDate: '2026-08-01', cohort: 'MASTER-2025' });
    expect(fiche.findingCodes).not.toContain('ALREADY_VALIDATED');
  });

  it('writes each imported student\'s name key with their name, on creation and on a rename', async () => {
    const prefix = `keys-${dialect}-`;
    const rows = rosterRows(3, prefix).map((r, i) => ({ ...r, lastName: ['Lefèvre', 'de la Tour', 'Œuvray'][i]!, firstName: ['Éric', 'Jean', 'Chloé'][i]! }));
    expect((await t.gql(IMPORT, { rows }, secretariat)).data.importRoster.errors).toEqual([]);
    const keys = async () => (await t.orm.em.fork().find(Student, { email: { $like: `${prefix}%` } }, { orderBy: { email: 'asc' } })).map((s) => [s.sortName, nameSortKey(s.lastName, s.firstName)]);
    const created = await keys();
    expect(created.map(([stored]) => stored)).toEqual([nameSortKey('Lefèvre', 'Éric'), nameSortKey('de la Tour', 'Jean'), nameSortKey('Œuvray', 'Chloé')]);
    const renamed = rows.map((r) => ({ ...r, lastName: `${r.lastName}-Dupont` }));
    expect((await t.gql(IMPORT, { rows: renamed }, secretariat)).data.importRoster.errors).toEqual([]);
    const after = await keys();
    expect(after.map(([stored]) => stored)).toEqual([nameSortKey('Lefèvre-Dupont', 'Éric'), nameSortKey('de la Tour-Dupont', 'Jean'), nameSortKey('Œuvray-Dupont', 'Chloé')]);
    expect(after.every(([stored, computed]) => stored === computed)).toBe(true);
  });

  it('refuses an import or a job read to roles that cannot import', async () => {
    const student = await t.as('STUDENT');
    const started = await t.gql(START, { rows: rosterRows(1, `x-${dialect}-`) }, student);
    expect(started.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
