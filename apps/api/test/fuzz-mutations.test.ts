import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { typeDefs } from '../src/graphql/schema.js';
import { ROLES, Session, User, type Role } from '../src/modules/auth/auth.entities.js';
import { openSession } from '../src/modules/auth/sessions.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import type { CompanyTutor, HrContact} from '../src/modules/people/people.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { TOKEN_SCOPES } from '../src/policy/permissions.js';
import { DIALECTS } from './support/databases.js';
import { captureSqlText, mutationArbitraries, SQL_MARKER, type FuzzOperation } from './support/mutation-fuzz.js';
import { answerShows } from './support/answer-leak.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

/**
 * Keep it held (issue 10): every mutation of the schema, as every role, with generated
 * arguments. Whatever comes in: no 5xx, a refused mutation writes nothing (no row count or
 * version changes), a student — or an academic tutor — never sees the data of a student not
 * theirs, and the server still answers /healthz; no generated value ever appears inside SQL text.
 */
const OPS = { sqlite: Number(process.env.FUZZ_OPS ?? 10_000), postgresql: Number(process.env.FUZZ_OPS_PG ?? 1_000) };
/** Time for the generated operations, inside the test's 300 s; and the fewest that must run in it. */
const RUN_BUDGET_MS = 220_000;
const MIN_OPS = 1_000;
/** Tables a refused request may touch without writing anything of its own: sessions slide, tokens note their last use, counters count. */
// roster_import_job: an import the fuzz started goes on writing its progress in the background,
// and staging its checked rows (roster_import_staged_row) until it applies or drops them.
const VOLATILE = new Set(['session', 'api_token', 'rate_limit_window', 'login_throttle', 'idempotency_record', 'roster_import_job', 'roster_import_staged_row']);

interface Actor {
  label: string;
  auth: Auth;
  /** Other students' emails: must never reach this actor. */
  forbidden: string[];
}

describe.each(DIALECTS)('mutation fuzz (%s)', (dialect) => {
  let t: TestApp;
  let actors: Actor[];
  let fingerprintSql: string;
  let tables: string[];
  const sql = captureSqlText();

  const fingerprint = async (): Promise<string> => JSON.stringify(await t.orm.em.fork().getConnection().execute(fingerprintSql));

  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true });
    const em = t.orm.em.fork();
    const metas = Object.values(t.orm.getMetadata().getAll()).filter((m) => !m.abstract && m.tableName && !VOLATILE.has(m.tableName));
    tables = metas.map((m) => m.tableName);
    fingerprintSql = `select ${metas
      .map((m, i) => `(select count(*) from "${m.tableName}") as "c${i}"${m.versionProperty ? `, (select coalesce(sum("version"), 0) from "${m.tableName}") as "v${i}"` : ''}`)
      .join(', ')}`;

    const students = await em.find(Student, { user: { $ne: null } }, { populate: ['user'], orderBy: { email: 'asc' }, limit: 2 });
    const allEmails = (await em.find(Student, {})).map((s) => s.email);
    const session = async (subject: Parameters<typeof openSession>[1]): Promise<Auth> => ({ cookie: `alt_session=${await openSession(t.orm.em.fork(), subject, t.clock.now())}` });
    actors = [{ label: 'anonymous', auth: {}, forbidden: [] }];
    for (const student of students) {
      actors.push({ label: `student ${student.email}`, auth: await session({ type: 'USER', id: student.user!.id, role: 'STUDENT' }), forbidden: allEmails.filter((e) => e !== student.email) });
    }
    for (const role of ROLES.filter((r): r is Exclude<Role, 'STUDENT' | 'INTEGRATION' | 'COMPANY_TUTOR' | 'HR_CONTACT' | 'ACADEMIC_TUTOR'> => !['STUDENT', 'INTEGRATION', 'COMPANY_TUTOR', 'HR_CONTACT', 'ACADEMIC_TUTOR'].includes(r))) {
      const user = await t.createUser(role);
      actors.push({ label: role, auth: await session({ type: 'USER', id: user.id, role }), forbidden: [] });
    }
    // The demo's academic tutor, who follows some alternants (§4.6): never another student's address. The
    // generated ids are of missions, students, contracts…, never of a user, so no generated
    // assignAcademicTutor gives them more alternants; one taken away only makes the check weaker.
    const academic = await em.findOneOrFail(User, { role: 'ACADEMIC_TUTOR', email: 'tuteur.academique@demo.alternance.test' });
    const followed = new Set((await em.find(Student, { academicTutor: academic.id })).map((s) => s.email));
    expect(followed.size).toBeGreaterThan(0);
    actors.push({ label: 'ACADEMIC_TUTOR', auth: await session({ type: 'USER', id: academic.id, role: 'ACADEMIC_TUTOR' }), forbidden: allEmails.filter((e) => !followed.has(e)) });
    const mission = await em.findOneOrFail(Mission, { tutor1: { $ne: null }, hrContact: { $ne: null } }, { populate: ['tutor1', 'hrContact'] });
    actors.push({ label: 'company tutor', auth: await session({ type: 'COMPANY_TUTOR', id: (mission.tutor1 as CompanyTutor).id, role: 'COMPANY_TUTOR', missionId: mission.id }), forbidden: [] });
    actors.push({ label: 'HR contact', auth: await session({ type: 'HR_CONTACT', id: (mission.hrContact as HrContact).id, role: 'HR_CONTACT', missionId: mission.id }), forbidden: [] });
    const manager = actors.find((a) => a.label === 'MANAGER')!.auth;
    const token = (await t.post('/auth/tokens', { name: 'fuzz', scopes: TOKEN_SCOPES }, manager)).body.token as string;
    actors.push({ label: 'API token', auth: { token }, forbidden: [] });
    expect(await em.count(Session, {})).toBeGreaterThanOrEqual(actors.length - 2);
  });

  afterAll(async () => {
    sql.stop();
    await t?.close();
  });

  it(`runs ${OPS[dialect].toLocaleString('en')} generated mutations: no 5xx, no partial write, no leak, /healthz after`, async () => {
    // The schema's own .graphql files, read as the server reads them: a new mutation is fuzzed at once.
    const schema = buildSchema(typeDefs().join('\n'));
    const connection = t.orm.em.fork().getConnection();
    const column = async (query: string): Promise<string[]> => ((await connection.execute(query)) as Record<string, unknown>[]).map((r) => String(Object.values(r)[0]));
    const pools = {
      ids: [
        ...(await column('select "id" from "mission" order by "id" limit 40')),
        ...(await column('select "id" from "student" order by "id" limit 20')),
        ...(await column('select "id" from "contract" order by "id" limit 10')),
        ...(await column('select "id" from "checklist_item" order by "id" limit 10')),
        ...(await column('select "id" from "offer" order by "id" limit 10')),
        ...(await column('select "id" from "organisation" order by "id" limit 10')),
        ...(await column('select "id" from "change_proposal" order by "id" limit 10')),
        ...(await column('select "id" from "api_token" order by "id" limit 5')),
      ],
      referenceKeys: await column('select "key" from "reference_section"'),
      cohorts: ['M1-2026', 'M2-2026', 'M2-2025'],
    };
    const mutations = mutationArbitraries(schema, pools);
    expect(mutations.map((m) => m.name)).toEqual(Object.keys(schema.getMutationType()!.getFields()));
    const ran = new Map<string, { total: number; ok: number }>();
    // One write with a marker that surely succeeds, whatever the generated run holds.
    const manager = actors.find((a) => a.label === 'MANAGER')!.auth;
    const published = await t.gql('mutation($t: String!) { publishOffer(input: { reference: "OFF-FUZZ", title: $t }) { errors { code } } }', { t: `${SQL_MARKER}-offer'; --` }, manager);
    expect(published.data.publishOffer.errors).toEqual([]);
    let current = await fingerprint();
    // Half the operations come from the actors allowed to write most (the manager, an API token
    // with every scope): refusals are still common among generated arguments, and with uniform
    // actors a 1,000-run on PostgreSQL let nothing through about one run in four.
    const privileged = actors.flatMap((a, i) => (a.label === 'MANAGER' || a.label === 'API token' ? [i] : []));
    const actorIndex = fc.oneof(fc.integer({ min: 0, max: actors.length - 1 }), fc.constantFrom(...privileged));

    await fc.assert(
      fc.asyncProperty(actorIndex, fc.oneof(...mutations.map((m) => m.arb)), async (actorIndex: number, op: FuzzOperation) => {
        const actor = actors[actorIndex]!;
        const response = await t.app.server.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'content-type': 'application/json', ...(actor.auth.cookie ? { cookie: actor.auth.cookie } : {}), ...(actor.auth.token ? { authorization: `Bearer ${actor.auth.token}` } : {}) },
          payload: JSON.stringify({ query: op.query, variables: op.variables }),
        });
        const where = `${op.mutation} as ${actor.label} with ${JSON.stringify(op.variables).slice(0, 400)}`;
        expect(response.statusCode, `${where}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
        const body = response.json() as { data?: Record<string, { errors?: unknown[] } | null> | null; errors?: unknown[] };
        const payload = body.data?.[op.mutation];
        const refused = !payload || (body.errors?.length ?? 0) > 0 || (Array.isArray(payload.errors) && payload.errors.length > 0);
        const after = await fingerprint();
        if (refused && after !== current) {
          const [was, is] = [JSON.parse(current)[0], JSON.parse(after)[0]] as Record<string, unknown>[];
          const changed = Object.keys(is!).filter((k) => String(is![k]) !== String(was![k])).map((k) => `${tables[Number(k.slice(1))]}.${k[0] === 'c' ? 'rows' : 'versions'}`);
          expect.fail(`a refused ${where} wrote to ${changed.join(', ')}: ${response.body.slice(0, 300)}`);
        }
        current = after;
        // Read from the parsed answer: a large one is ASCII-escaped (answer-json.ts), where a raw-text search misses « é ».
        for (const email of actor.forbidden) expect(answerShows(response.body, email), `${where} showed ${email}`).toBe(false);
        const stats = ran.get(op.mutation) ?? { total: 0, ok: 0 };
        stats.total += 1;
        if (!refused) stats.ok += 1;
        ran.set(op.mutation, stats);
      }),
      // A machine loaded by other suites may not get through every run in the test's time: the
      // property stops there (its runs all held), and the checks below scale to what ran.
      { numRuns: OPS[dialect], endOnFailure: true, plugins: [fc.interruptAfterTimeLimit(RUN_BUDGET_MS)] },
    );

    const runs = [...ran.values()].reduce((n, s) => n + s.total, 0);
    expect(runs, 'operations run before the time budget').toBeGreaterThanOrEqual(Math.min(OPS[dialect], MIN_OPS));
    // Every mutation was tried, and the run also wrote (the property is not only about refusals).
    // (At least once: a threshold near the mean, ~13 tries each on PostgreSQL's 1,000, failed
    // by chance for one of the ~80 mutations about one run in three.)
    if (runs === OPS[dialect]) for (const m of mutations) expect(ran.get(m.name)?.total ?? 0, m.name).toBeGreaterThan(0);
    expect([...ran.values()].reduce((n, s) => n + s.ok, 0)).toBeGreaterThan(0);
    expect((await t.app.server.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    // Values travel as parameters: the markers reached the tables, never the SQL text.
    expect(sql.statements.length).toBeGreaterThan(runs);
    const stored = await Promise.all(
      ['"offer"."title"', '"mission"."title"', '"student"."last_name"', '"organisation"."name"', '"company_tutor"."last_name"'].map(async (col) => {
        const table = col.split('.')[0];
        const rows = (await connection.execute(`select count(*) as "n" from ${table} where ${col} like ?`, [`%${SQL_MARKER}%`])) as { n: number | string }[];
        return Number(rows[0]?.n ?? 0);
      }),
    );
    expect(stored.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(sql.statements.filter((s) => s.includes(SQL_MARKER)).slice(0, 3)).toEqual([]);
    // ≈ 40 s for 10,000 operations on SQLite on an idle machine; room for a loaded one.
  }, 300_000);
});
