import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/orm.js';
import { readEnv } from '../src/env.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { IMPORT_CHUNK } from '../src/modules/roster/roster-import-check.js';
import { buildApp } from '../src/server.js';
import { fixedClock } from '../src/shared/clock.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 10 §1: a roster import froze the server (quadratic, one request holding the event loop).

const IMPORT = `mutation($rows: [RosterImportRow!]!) { importRoster(rows: $rows) { imported errors { code field index message } } }`;
const START = `mutation($rows: [RosterImportRow!]!) { startRosterImport(rows: $rows) { job { id state total processed } errors { code field index message } } }`;
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

  async function countStatements(work: () => Promise<unknown>): Promise<number> {
    let statements = 0;
    const logger = t.orm.config.getLogger();
    const original = logger.logQuery.bind(logger);
    logger.logQuery = () => void (statements += 1);
    t.orm.config.set('debug', ['query']);
    try {
      await work();
    } finally {
      t.orm.config.set('debug', false);
      logger.logQuery = original;
    }
    return statements;
  }

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

  it('answers /healthz while a large import runs in the background, and reports its progress from the database', async () => {
    const n = 1_000;
    const students = await t.orm.em.fork().count(Student, {});
    const started = await t.gql(START, { rows: rosterRows(n, `big-${dialect}-`) }, secretariat);
    expect(started.data.startRosterImport.errors).toEqual([]);
    const job = started.data.startRosterImport.job;
    expect(job).toMatchObject({ total: n, state: 'CHECKING' });
    const healthzWhileRunning: number[] = [];
    const states = new Set<string>();
    let last: { state: string; processed: number; imported: number } = job;
    for (let i = 0; i < 2_000 && last.state !== 'DONE' && last.state !== 'FAILED'; i++) {
      const t0 = performance.now();
      const health = await t.app.server.inject({ method: 'GET', url: '/healthz' });
      const latency = performance.now() - t0;
      expect(health.statusCode).toBe(200);
      last = (await t.gql(JOB, { id: job.id }, secretariat)).data.rosterImportJob;
      states.add(`${last.state}:${last.processed}`);
      // Answered before the import finished.
      if (last.state === 'CHECKING' || last.state === 'WRITING') healthzWhileRunning.push(latency);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(last).toMatchObject({ state: 'DONE', processed: n, imported: n, errors: [] });
    expect(healthzWhileRunning.length).toBeGreaterThanOrEqual(3);
    // A generous bound: the event loop is never held for long (chunks yield between them).
    expect(Math.max(...healthzWhileRunning)).toBeLessThan(5_000);
    // Progress moved through intermediate values, not just 0 then all.
    expect([...states].some((s) => s.startsWith('CHECKING:') && !s.endsWith(':0') && !s.endsWith(`:${n}`))).toBe(true);
    expect(await t.orm.em.fork().count(Student, {})).toBe(students + n);
    expect(await t.orm.em.fork().count(Mission, { state: 'SUBMITTED', student: { email: { $like: `big-${dialect}-%` } } })).toBe(Math.ceil(n / 3));
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

  it('refuses an import or a job read to roles that cannot import', async () => {
    const student = await t.as('STUDENT');
    const started = await t.gql(START, { rows: rosterRows(1, `x-${dialect}-`) }, student);
    expect(started.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
