import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

describe('GraphQL protections (security.md)', () => {
  let t: TestApp;
  let prod: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite' });
    prod = await createTestApp({ dialect: 'sqlite', production: true });
    manager = await t.as('MANAGER');
  });
  afterAll(async () => {
    await t?.close();
    await prod?.close();
  });

  it('prevents CSRF: a simple (form-like) request is refused', async () => {
    const response = await t.app.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'text/plain', cookie: manager.cookie! }, payload: '{"query":"{ viewer { role } }"}' });
    expect(response.statusCode).toBe(400);
    const get = await t.app.server.inject({ method: 'GET', url: '/graphql?query=%7Bviewer%7Brole%7D%7D', headers: { cookie: manager.cookie! } });
    expect(get.statusCode).toBe(400);
  });

  it('refuses batched requests', async () => {
    const response = await t.app.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }]) });
    expect(response.statusCode).toBe(400);
  });

  it('limits depth and aliases', async () => {
    const nest = (n: number): string => (n === 0 ? 'id' : `contract { mission { ${nest(n - 1)} } }`);
    const deep = await t.gql(`{ missions { ${nest(8)} } }`, {}, manager);
    expect(deep.errors?.[0]?.message ?? JSON.stringify(deep)).toMatch(/depth/i);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const many = await t.gql(`{ ${aliases} }`, {}, manager);
    expect(many.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('caps list sizes with an error naming the argument', async () => {
    const result = await t.gql('{ missions(first: 1000) { id } }', {}, manager);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('answers malformed JSON with a clear 400', async () => {
    const response = await t.app.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{"query": ' });
    expect(response.statusCode).toBe(400);
  });

  it('names the field of an invalid scalar and of a too-long string, and writes nothing', async () => {
    const badDate = await t.gql('{ minimumPaySchedule(input: { cohort: "M2-2026", contractType: "CAPP", birthDate: "2002-02-30", startDate: "2026-09-03", endDate: "2027-09-03" }) { from } }', {}, manager);
    expect(badDate.errors?.[0]?.message).toMatch(/Date/);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const long = await t.gql('mutation($t: String!) { publishOffer(input: { reference: "OFF-X", title: $t }) { offer { id } errors { code field message } } }', { t: 'x'.repeat(301) }, manager);
    expect(long.data.publishOffer).toMatchObject({ offer: null, errors: [{ code: 'BAD_USER_INPUT', field: 'input.title' }] });
    expect((await t.gql('{ offers { id } }', {}, manager)).data.offers).toEqual([]);
  });

  it('returns null for unknown ids and NOT_FOUND in payloads', async () => {
    expect((await t.gql('{ mission(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, manager)).data.mission).toBeNull();
    const closing = await t.gql('mutation { closeOffer(id: "00000000-0000-4000-8000-000000000000", version: 1) { errors { code field } } }', {}, manager);
    expect(closing.data.closeOffer.errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
  });

  it('masks unexpected errors to a code, a message and a reference', async () => {
    // A table lost outside the API: the SQL error must not reach the client.
    await t.orm.em.fork().getConnection().execute('drop table change_proposal');
    const result = await t.gql('{ changeProposals { id } }', {}, manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors?.[0]?.message).toMatch(/^Erreur interne \(réf\. [a-z0-9]+\)\.$/);
    expect(JSON.stringify(result.errors)).not.toMatch(/stack|at |TypeError/);
  });

  it('turns introspection off in production', async () => {
    const user = await prod.createUser('MANAGER');
    const cookie = await prod.login(user.email);
    // Free-form queries come only from API tokens in production.
    const token = (await prod.post('/auth/tokens', { name: 'CFA', scopes: ['rules:use'] }, { cookie })).body.token as string;
    const result = await prod.gql('{ __schema { types { name } } }', {}, { token });
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('runs only known documents for browser sessions in production; API tokens may send any query', async () => {
    const known = 'query Viewer { viewer { role } }';
    const app = await createTestApp({ dialect: 'sqlite', production: true, trustedDocuments: new Map([['sha256:abc', known]]) });
    try {
      const cookie = await app.login((await app.createUser('MANAGER')).email);
      const post = (payload: unknown, headers: Record<string, string>) =>
        app.app.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(payload) });
      const byHash = await post({ documentId: 'sha256:abc', variables: {} }, { cookie });
      expect(byHash.json()).toEqual({ data: { viewer: { role: 'MANAGER' } } });
      const free = await post({ query: known }, { cookie });
      expect(free.statusCode).toBe(400);
      expect(free.json().errors[0].extensions.code).toBe('PERSISTED_QUERY_REQUIRED');
      expect((await post({ documentId: 'sha256:nope' }, { cookie })).json().errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const manager = { cookie };
      const token = (await app.post('/auth/tokens', { name: 'CFA', scopes: ['rules:use'] }, manager)).body.token as string;
      expect((await post({ query: '{ checkContracts(inputs: []) { durationMonths } }' }, { authorization: `Bearer ${token}` })).json()).toEqual({ data: { checkContracts: [] } });
    } finally {
      await app.close();
    }
  });
});
