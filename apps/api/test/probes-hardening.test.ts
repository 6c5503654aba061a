import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv, EnvError } from '../src/env.js';
import { defaultLogger } from '../src/server.js';
import { typeDefs } from '../src/graphql/schema.js';
import { IP_LIMIT_PER_MINUTE } from '../src/modules/auth/auth.routes.js';
import { THROTTLE_AFTER } from '../src/modules/auth/login-throttle.js';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { captureSqlText, mutationArbitraries, SQL_MARKER } from './support/mutation-fuzz.js';
import { createTestApp, PASSWORD, type Auth, type TestApp } from './support/test-app.js';

/**
 * The probes of issue 10 (items 4–11), one test per line of the issue, run with the
 * production settings: NODE_ENV=production and trusted documents enforced (browser
 * sessions send documents by hash, as the portal does).
 */
describe.each(DIALECTS)('hardening probes (issue 10, production settings, %s)', (dialect) => {
  let t: TestApp;
  const trusted = new Map<string, string>();
  let manager: Auth;

  /** Sends a document the way the portal does in production: registered by hash, posted as documentId. */
  async function gql(query: string, variables: Record<string, unknown> = {}, auth: Auth = {}) {
    const id = `sha256:${createHash('sha256').update(query).digest('hex')}`;
    trusted.set(id, query);
    const response = await t.app.server.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...(auth.cookie ? { cookie: auth.cookie } : {}) },
      payload: JSON.stringify({ documentId: id, variables }),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.statusCode, body: response.json() as { data?: any; errors?: { message: string; extensions?: { code?: string; field?: string } }[] } };
  }

  beforeAll(async () => {
    t = await createTestApp({ dialect, production: true, trustedDocuments: trusted });
    manager = await t.as('MANAGER');
  });
  afterAll(() => t?.close());

  it('4. the per-IP sign-in limit ignores X-Forwarded-For from untrusted peers and holds across two instances on one database', async () => {
    const other = await createTestApp({ dialect, production: true, sameDatabaseAs: t, env: { TRUSTED_PROXIES: '10.0.0.1' } });
    try {
      const attempt = (app: TestApp, remoteAddress: string, forwardedFor: string) =>
        app.app.server.inject({
          method: 'POST',
          url: '/auth/login',
          remoteAddress,
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          payload: JSON.stringify({ email: `nobody-${forwardedFor}@test.example`, password: 'not-the-password' }),
        });
      // Alternating instances, each request claiming another client: one attacker, one count.
      const statuses: number[] = [];
      for (let i = 0; i < IP_LIMIT_PER_MINUTE + 2; i++) statuses.push((await attempt(i % 2 ? t : other, '198.51.100.9', `203.0.113.${i}`)).statusCode);
      expect(statuses.slice(0, IP_LIMIT_PER_MINUTE).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(IP_LIMIT_PER_MINUTE)).toEqual([429, 429]);
      const limited = await attempt(t, '198.51.100.9', '192.0.2.1');
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Behind a configured proxy, the forwarded client address is the one counted.
      expect((await attempt(other, '10.0.0.1', '192.0.2.77')).statusCode).toBe(401);
      expect(() => readEnv({ TRUSTED_PROXIES: 'everyone' })).toThrow(/TRUSTED_PROXIES/);
      expect(readEnv({ TRUSTED_PROXIES: '10.0.0.0/8, ::1' }).trustedProxies).toEqual(['10.0.0.0/8', '::1']);
    } finally {
      await other.close();
    }
  });

  it('5. lockout: unknown and known accounts answer alike, a stranger cannot lock the owner out, the owner is alerted by mail', async () => {
    const owner = await t.createUser('MANAGER');
    // The owner signed in before from this browser: it keeps the signed device cookie.
    const first = await t.app.server.inject({ method: 'POST', url: '/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: owner.email, password: PASSWORD }) });
    const setCookies = [first.headers['set-cookie']].flat().filter((c): c is string => typeof c === 'string');
    const device = setCookies.find((c) => c.startsWith('alt_device='))!.split(';')[0]!;
    const login = (email: string, password: string, cookie?: string) =>
      t.app.server.inject({ method: 'POST', url: '/auth/login', remoteAddress: `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, payload: JSON.stringify({ email, password }) });
    // The work an attempt costs, as this process's CPU time (the hash runs on libuv's threads,
    // counted too): wall time would also measure whatever else the machine is doing.
    const timed = async (email: string) => {
      const start = process.cpuUsage();
      const response = await login(email, 'wrong-password-1');
      const used = process.cpuUsage(start);
      return { response, ms: (used.user + used.system) / 1000 };
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < THROTTLE_AFTER; i++) {
      const a = await timed(owner.email);
      const b = await timed('stranger@test.example');
      expect([a.response.statusCode, b.response.statusCode]).toEqual([401, 401]);
      expect(a.response.json()).toEqual(b.response.json());
      known.push(a.ms);
      unknown.push(b.ms);
    }
    // Roughly the same work: an unknown address is verified against a dummy argon2 hash.
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    expect(median(unknown)).toBeGreaterThan(median(known) / 3);
    // Now throttled: the same answer whether the account exists or not, even with the right password.
    const throttledKnown = await login(owner.email, PASSWORD);
    const throttledUnknown = await login('stranger@test.example', PASSWORD);
    expect(throttledKnown.statusCode).toBe(429);
    expect(throttledKnown.json()).toMatchObject({ error: 'THROTTLED' });
    expect(throttledUnknown.statusCode).toBe(429);
    expect(throttledUnknown.json()).toEqual(throttledKnown.json());
    // The owner, from the browser they used before, still gets in with the right password.
    const fromKnownDevice = await login(owner.email, PASSWORD, device);
    expect(fromKnownDevice.statusCode).toBe(200);
    // And was told by mail, in French, once.
    const mails = await t.orm.em.fork().find(OutboxMail, { to: owner.email, template: 'sign-in-throttled' });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/connexions refusées/);
    expect(await t.orm.em.fork().count(OutboxMail, { to: 'stranger@test.example' })).toBe(0);
  });

  it('6. a NUL or control character in a string input is a field error naming the field, not an internal error', async () => {
    const { auth } = await createStudent(t);
    const save = 'mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { id } errors { code field } } }';
    const result = await gql(save, { input: { title: 'Mission\u0000', tutor1: { firstName: 'A\u0007', lastName: 'B', email: 'a@b.fr' } } }, auth);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    expect(result.body.errors?.[0]?.message).toContain('input.tutor1.firstName');
    const literal = await gql('mutation { publishOffer(input: { reference: "OFF-1", title: "a\\u0000b" }) { errors { field } } }', {}, manager);
    expect(literal.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    const login = await t.post('/auth/login', { email: 'x\u0000@test.example', password: 'whatever-pass' });
    expect(login.status).toBe(400);
    expect(login.body).toMatchObject({ error: 'BAD_USER_INPUT', field: 'email' });
    expect(await t.orm.em.fork().count(Mission, {})).toBe(0);
  });

  it('6. no value is ever interpolated into SQL: a fuzz of string inputs leaves its markers in the tables, never in the SQL text', async () => {
    const { auth } = await createStudent(t);
    const sql = captureSqlText();
    try {
      const schema = buildSchema(typeDefs().join('\n'));
      const pools = { ids: [(await t.orm.em.fork().findOneOrFail(Student, { email: { $ne: '' } })).id], referenceKeys: ['cohorts'], cohorts: ['M2-2026'] };
      const chosen = mutationArbitraries(schema, pools).filter((m) => ['saveMissionDraft', 'publishOffer', 'importRoster', 'updateStudent', 'returnMission'].includes(m.name));
      const samples = fc.sample(fc.tuple(fc.boolean(), fc.oneof(...chosen.map((m) => m.arb))), { numRuns: 300, seed: 10 });
      for (const [asStudent, op] of samples) {
        const result = await gql(op.query, op.variables, asStudent ? auth : manager);
        expect(result.status, JSON.stringify(result.body).slice(0, 300)).toBeLessThan(500);
      }
      expect(sql.statements.length).toBeGreaterThan(100);
      expect(sql.statements.filter((statement) => statement.includes(SQL_MARKER))).toEqual([]);
      const rows = (await t.orm.em.fork().getConnection().execute('select count(*) as "n" from "offer" where "title" like ? or "reference" like ?', [`%${SQL_MARKER}%`, `%${SQL_MARKER}%`])) as { n: number | string }[];
      expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    } finally {
      sql.stop();
    }
  }, 180_000);

  it('7. GraphQL syntax errors and token-limit rejections answer HTTP 400, not 500', async () => {
    const syntax = await gql('{ viewer { role }', {}, manager);
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const many = `{ ${Array.from({ length: 1_600 }, () => 'viewer { role }').join(' ')} }`;
    const tokens = await gql(many, {}, manager);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]?.message).toMatch(/token/i);
  });

  it('7. in development, the error reference of a masked error is logged too', async () => {
    const lines: string[] = [];
    const dev = await createTestApp({ dialect, logger: defaultLogger({ production: false }, { write: (line) => void lines.push(line) }) });
    try {
      const director = await dev.as('DIRECTION');
      await dev.orm.em.fork().getConnection().execute('drop table change_proposal');
      const result = await dev.gql('{ changeProposals { id } }', {}, director);
      const reference = (result.errors?.[0]?.extensions as { reference?: string } | undefined)?.reference;
      expect(reference).toMatch(/^[a-z0-9]+$/);
      expect(lines.some((line) => line.includes(`"reference":"${reference}"`))).toBe(true);
    } finally {
      await dev.close();
    }
  });

  it('8. dates: end before start, year 0000 and a negative offset are refused with field errors', async () => {
    const { auth } = await createStudent(t);
    const save = 'mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { id } errors { code field } } }';
    const backwards = await gql(save, { input: { startDate: '2026-09-03', endDate: '2026-09-02' } }, auth);
    expect(backwards.body.data.saveMissionDraft).toMatchObject({ mission: null, errors: [{ code: 'BAD_USER_INPUT', field: 'endDate' }] });
    const year0 = await gql(save, { input: { startDate: '0000-01-01' } }, auth);
    expect(year0.status).toBe(400);
    expect(year0.body.errors?.[0]?.message).toMatch(/Date/);
    const offset = await gql('query($o: Int) { missions(offset: $o) { id } }', { o: -1 }, manager);
    expect(offset.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
    const importRows = 'mutation($rows: [RosterImportRow!]!) { importRoster(rows: $rows) { imported errors { code field index } } }';
    const row = { lastName: 'Martin', firstName: 'Léa', email: 'lea.martin@test.example', cohort: 'M2-2026', status: 'FI', contractType: 'CAPP', startDate: '2026-09-03', endDate: '2025-09-03' };
    const imported = await gql(importRows, { rows: [row] }, manager);
    expect(imported.body.data.importRoster).toMatchObject({ imported: 0, errors: [{ code: 'BAD_USER_INPUT', field: 'endDate', index: 0 }] });
    const draft = await gql(save, { input: { startDate: '2026-09-03', endDate: '2027-09-02' } }, auth);
    const missionId = draft.body.data.saveMissionDraft.mission.id as string;
    const propose = 'mutation($changes: [ContractChangeInput!]!) { proposeContractChanges(changes: $changes) { proposals { id } errors { code field index } } }';
    const proposed = await gql(propose, { changes: [{ missionId, missionVersion: 1, endDate: '2026-09-01' }] }, manager);
    expect(proposed.body.data.proposeContractChanges).toMatchObject({ proposals: [], errors: [{ code: 'BAD_USER_INPUT', field: 'endDate', index: 0 }] });
    expect(await t.orm.em.fork().count(Mission, { student: { email: 'lea.martin@test.example' } })).toBe(0);
  });

  it('9. SEED_DEMO=true with NODE_ENV=production refuses to start, naming both variables', () => {
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'a-long-enough-secret-for-the-production-tests-123' };
    expect(() => readEnv({ ...production, SEED_DEMO: 'true' })).toThrow(EnvError);
    expect(() => readEnv({ ...production, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO.*NODE_ENV|NODE_ENV.*SEED_DEMO/);
    expect(readEnv({ ...production }).seedDemo).toBe(false);
  });

  it('10. security headers: a CSP without inline script, nosniff, frame-ancestors (Office hosts only for the add-in), HSTS behind https', async () => {
    for (const url of ['/', '/healthz']) {
      const response = await t.app.server.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
    const addin = String((await t.app.server.inject({ method: 'GET', url: '/addin/taskpane.html' })).headers['content-security-policy']);
    expect(addin).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(addin).toMatch(/frame-ancestors https:\/\/\*\.officeapps\.live\.com( https:\/\/\*\.[a-z0-9.]+)+$/);
    expect(addin).not.toMatch(/frame-ancestors[^;]*(\*(?!\.)|'self'|http:)/);
    const secure = await createTestApp({ dialect, production: true, sameDatabaseAs: t, env: { PUBLIC_URL: 'https://alternance.example' } });
    try {
      expect((await secure.app.server.inject({ method: 'GET', url: '/healthz' })).headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await secure.close();
    }
  });

  it('11. a student with an open mission cannot open a second one by saving without an id', async () => {
    const { auth, student } = await createStudent(t);
    const save = 'mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { id } errors { code field } } }';
    const first = await gql(save, { input: validFiche('11') }, auth);
    expect(first.body.data.saveMissionDraft.errors).toEqual([]);
    const second = await gql(save, { input: { title: 'Une autre' } }, auth);
    expect(second.body.data.saveMissionDraft).toMatchObject({ mission: null, errors: [{ code: 'OPEN_MISSION_EXISTS', field: 'id' }] });
    expect(await t.orm.em.fork().count(Mission, { student: student.id })).toBe(1);
    // The database refuses it too (two concurrent saves would both pass the service's check).
    const em = t.orm.em.fork();
    const twin = Object.assign(new Mission(), { student: em.getReference(Student, student.id), cohort: 'M2-2026', contractType: 'CAPP', title: 'Jumelle' });
    await expect(em.persistAndFlush(twin)).rejects.toThrow(/open_for|UNIQUE|unique/);
  });
});
