import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv, EnvError } from '../src/env.js';
import { defaultLogger } from '../src/server.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

/**
 * The probes of issue 10 (items 4–11), one test per line of the issue, run with the
 * production settings: NODE_ENV=production and trusted documents enforced (browser
 * sessions send documents by hash, as the portal does).
 */
describe('hardening probes (issue 10, production settings)', () => {
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
    t = await createTestApp({ dialect: 'sqlite', production: true, trustedDocuments: trusted });
    manager = await t.as('MANAGER');
  });
  afterAll(() => t?.close());

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
    const dev = await createTestApp({ dialect: 'sqlite', logger: defaultLogger({ production: false }, { write: (line) => void lines.push(line) }) });
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
    expect(await t.orm.em.fork().count(Mission, {})).toBe(0);
  });

  it('9. SEED_DEMO=true with NODE_ENV=production refuses to start, naming both variables', () => {
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'a-long-enough-secret-for-the-production-tests-123' };
    expect(() => readEnv({ ...production, SEED_DEMO: 'true' })).toThrow(EnvError);
    expect(() => readEnv({ ...production, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO.*NODE_ENV|NODE_ENV.*SEED_DEMO/);
    expect(readEnv({ ...production }).seedDemo).toBe(false);
  });

  it('11. a student with an open mission cannot open a second one by saving without an id', async () => {
    const { auth, student } = await createStudent(t);
    const save = 'mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { id } errors { code field } } }';
    const first = await gql(save, { input: validFiche('11') }, auth);
    expect(first.body.data.saveMissionDraft.errors).toEqual([]);
    const second = await gql(save, { input: { title: 'Une autre' } }, auth);
    expect(second.body.data.saveMissionDraft).toMatchObject({ mission: null, errors: [{ code: 'OPEN_MISSION_EXISTS', field: 'id' }] });
    expect(await t.orm.em.fork().count(Mission, { student: student.id })).toBe(1);
  });
});
