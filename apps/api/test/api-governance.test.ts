import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { PersistedOperation } from '../src/modules/api-governance/persisted-operation.entity.js';
import { DEFAULT_MAX_COST, DEFAULT_MAX_DEPTH } from '../src/modules/api-governance/token-limits.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 14 §1: the governance of the partner API — persisted operations per token, depth and
// cost limits per token, and per-token rate limits counted in the database.

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const CONTRACTS = 'query PartnerContracts($first: Int) { contracts(first: $first) { id contractType } }';
const FEED = 'query Feed { changes(first: 10) { endCursor hasMore } }';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe.each(DIALECTS)('partner API governance (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  const raw = async (payload: Record<string, unknown>, token: string): Promise<Raw> => {
    const r = await t.app.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, payload: JSON.stringify(payload) });
    return { status: r.statusCode, headers: r.headers, body: r.json() };
  };
  const issue = async (body: Record<string, unknown>) => {
    const r = await t.post('/auth/tokens', { name: 'CFA', partner: 'cfa', scopes: ['contracts:read', 'changes:read'], ...body }, manager);
    expect(r.status).toBe(201);
    return r.body as { id: string; token: string; adHocDocuments: boolean };
  };
  const register = (tokenId: string, manifest: unknown, replace = false) =>
    t.gql(
      'mutation($tokenId: ID!, $manifest: JSON!, $replace: Boolean) { registerPersistedOperations(tokenId: $tokenId, manifest: $manifest, replace: $replace) { added unchanged removed operations { documentId operationName operationType } errors { code field message } } }',
      { tokenId, manifest, replace },
      manager,
    );
  const tokenInfo = async (id: string) =>
    ((await t.gql('{ apiTokens { id version rateLimitPerMinute maxCost maxDepth adHocDocuments limits { ratePerMinute maxCost maxDepth } operations { documentId } } }', {}, manager)).data.apiTokens as { id: string; version: number; limits: Record<string, number>; adHocDocuments: boolean; operations: unknown[] }[]).find((x) => x.id === id)!;
  const setLimits = (input: Record<string, unknown>) =>
    t.gql('mutation($input: ApiTokenLimitsInput!) { updateApiTokenLimits(input: $input) { token { id version rateLimitPerMinute maxCost maxDepth adHocDocuments } errors { code field message } } }', { input }, manager);

  beforeAll(async () => {
    t = await createTestApp({ dialect, env: { API_TOKEN_RATE_LIMIT_PER_MINUTE: '1000' } });
    manager = await t.as('MANAGER');
  });
  afterAll(() => t?.close());

  describe('persisted operations', () => {
    it('a partner token runs only its registered operations: an unknown document or hash is refused with its code', async () => {
      const cfa = await issue({});
      expect(cfa.adHocDocuments).toBe(false);
      const free = await raw({ query: CONTRACTS, variables: { first: 5 } }, cfa.token);
      expect(free.status).toBe(400);
      expect(free.body.errors![0]!.extensions).toMatchObject({ code: 'OPERATION_NOT_REGISTERED', hash: `sha256:${sha(CONTRACTS)}` });
      const unknown = await raw({ documentId: `sha256:${sha('query { x }')}` }, cfa.token);
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND', hash: sha('query { x }') });

      const registered = await register(cfa.id, { [`sha256:${sha(CONTRACTS)}`]: CONTRACTS, [sha(FEED)]: FEED });
      expect(registered.data.registerPersistedOperations).toMatchObject({ added: 2, unchanged: 0, removed: 0, errors: [] });
      expect(registered.data.registerPersistedOperations.operations).toEqual([
        { documentId: `sha256:${sha(FEED)}`, operationName: 'Feed', operationType: 'query' },
        { documentId: `sha256:${sha(CONTRACTS)}`, operationName: 'PartnerContracts', operationType: 'query' },
      ]);

      // By documentId (trusted-documents style), by APQ hash, and as the very registered text.
      const byId = await raw({ documentId: `sha256:${sha(CONTRACTS)}`, variables: { first: 5 } }, cfa.token);
      expect(byId.status).toBe(200);
      expect(byId.body.errors).toBeUndefined();
      expect(byId.body.data).toEqual({ contracts: [] });
      const byApq = await raw({ extensions: { persistedQuery: { version: 1, sha256Hash: sha(FEED) } } }, cfa.token);
      expect(byApq.body.data).toMatchObject({ changes: { hasMore: false } });
      expect((await raw({ query: CONTRACTS, variables: { first: 1 } }, cfa.token)).body.data).toEqual({ contracts: [] });
      // One character more is another document.
      expect((await raw({ query: `${CONTRACTS} `, variables: { first: 1 } }, cfa.token)).body.errors![0]!.extensions!.code).toBe('OPERATION_NOT_REGISTERED');

      // A rotated secret keeps the chain's operations.
      const rotated = await t.post(`/auth/tokens/${cfa.id}/rotate`, { overlapHours: 1 }, manager);
      expect(rotated.status).toBe(201);
      expect((await raw({ documentId: `sha256:${sha(FEED)}` }, rotated.body.token)).status).toBe(200);
      expect((await raw({ query: 'query { changes(first: 1) { endCursor } }' }, rotated.body.token)).status).toBe(400);
    });

    it('a token allowed ad-hoc documents sends any text; the Excel add-in’s (non-partner) tokens are by default', async () => {
      const adHoc = await issue({ adHocDocuments: true });
      expect((await raw({ query: CONTRACTS, variables: { first: 1 } }, adHoc.token)).status).toBe(200);
      const excel = await t.post('/auth/tokens', { name: 'Excel', scopes: ['contracts:read'] }, manager);
      expect(excel.body.adHocDocuments).toBe(true);
      expect((await raw({ query: '{ contracts(first: 1) { id } }' }, excel.body.token)).status).toBe(200);
      expect((await t.post('/auth/tokens', { name: 'x', partner: 'cfa', scopes: ['contracts:read'], adHocDocuments: 'yes' }, manager)).body).toMatchObject({ error: 'BAD_USER_INPUT', field: 'adHocDocuments' });
    });

    it('a manifest is registered all or nothing, each bad entry named; replace and remove; only the office registers', async () => {
      const cfa = await issue({});
      const wrong = 'query Wrong { contracts(first: 1) { nope } }';
      const bad = await register(cfa.id, {
        [sha(CONTRACTS)]: CONTRACTS,
        [sha('query A { contracts { id } }')]: 'query B { contracts { id } }',
        [sha(wrong)]: wrong,
        'not-a-hash': FEED,
        [sha('query A { contracts(first: 1) { id } } query B { contracts(first: 2) { id } }')]: 'query A { contracts(first: 1) { id } } query B { contracts(first: 2) { id } }',
      });
      const errors = bad.data.registerPersistedOperations.errors as { code: string; field: string }[];
      expect(errors.map((e) => [e.code, e.field])).toEqual([
        ['HASH_MISMATCH', `manifest.${sha('query A { contracts { id } }')}`],
        ['INVALID_DOCUMENT', `manifest.${sha(wrong)}`],
        ['BAD_USER_INPUT', 'manifest.not-a-hash'],
        ['INVALID_DOCUMENT', `manifest.${sha('query A { contracts(first: 1) { id } } query B { contracts(first: 2) { id } }')}`],
      ]);
      expect(await t.orm.em.fork().count(PersistedOperation, { familyId: cfa.id })).toBe(0);
      expect((await register(cfa.id, [])).data.registerPersistedOperations.errors[0]).toMatchObject({ field: 'manifest' });

      expect((await register(cfa.id, { [sha(CONTRACTS)]: CONTRACTS })).data.registerPersistedOperations).toMatchObject({ added: 1, errors: [] });
      expect((await register(cfa.id, { [sha(CONTRACTS)]: CONTRACTS, [sha(FEED)]: FEED })).data.registerPersistedOperations).toMatchObject({ added: 1, unchanged: 1, removed: 0 });
      const replaced = await register(cfa.id, { [sha(FEED)]: FEED }, true);
      expect(replaced.data.registerPersistedOperations).toMatchObject({ added: 0, unchanged: 1, removed: 1 });
      expect((await raw({ query: CONTRACTS }, cfa.token)).status).toBe(400);
      const removed = await t.gql('mutation($id: ID!, $d: String!) { removePersistedOperation(tokenId: $id, documentId: $d) { removed operations { documentId } errors { code field } } }', { id: cfa.id, d: `sha256:${sha(FEED)}` }, manager);
      expect(removed.data.removePersistedOperation).toEqual({ removed: 1, operations: [], errors: [] });
      expect((await raw({ documentId: `sha256:${sha(FEED)}` }, cfa.token)).status).toBe(400);
      expect(await t.orm.em.fork().count(AuditEvent, { entityId: cfa.id, action: { $in: ['REGISTER_OPERATIONS', 'REMOVE_OPERATION'] } })).toBe(4);

      const direction = await t.as('DIRECTION');
      const refused = await t.gql('mutation($m: JSON!) { registerPersistedOperations(tokenId: "x", manifest: $m) { added } }', { m: {} }, direction);
      expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    });
  });

  describe('depth and cost limits', () => {
    it('refuses a query deeper than the token allows, naming the limit and the depth; a shallower one runs', async () => {
      const cfa = await issue({ adHocDocuments: true, maxDepth: 2 });
      const deep = await raw({ query: '{ contracts(first: 1) { mission { id } } }' }, cfa.token);
      expect(deep.status).toBe(400);
      expect(deep.body.errors![0]).toMatchObject({ extensions: { code: 'QUERY_TOO_DEEP', limit: 'maxDepth', depth: 3, maxDepth: 2 } });
      expect(deep.body.errors![0]!.message).toContain('profondeur 3');
      const shallow = await raw({ query: '{ contracts(first: 1) { id } }' }, cfa.token);
      expect(shallow.status).toBe(200);
      expect(shallow.body.errors).toBeUndefined();
    });

    it('refuses a query whose estimated cost passes the token’s maximum — page sizes from arguments and variables count', async () => {
      const cfa = await issue({ adHocDocuments: true, maxCost: 200 });
      // 1 (contracts) + 150 × 2 fields = 301.
      const costly = await raw({ query: CONTRACTS, variables: { first: 150 } }, cfa.token);
      expect(costly.status).toBe(400);
      expect(costly.body.errors![0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COSTLY', limit: 'maxCost', cost: 301, maxCost: 200 } });
      expect(costly.body.errors![0]!.message).toContain('coût estimé 301');
      // 1 + 99 × 2 = 199: within.
      expect((await raw({ query: CONTRACTS, variables: { first: 99 } }, cfa.token)).status).toBe(200);
      // The schema's default page size (50) counts when the client gives none: 1 + 50 × 4.
      const wide = '{ contracts { id contractType startDate endDate } }';
      expect((await raw({ query: wide }, cfa.token)).body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 201 });
      // A browser session is not a token: no token limit applies to it.
      expect((await t.gql(wide, {}, manager)).errors).toBeUndefined();
    });

    it('a token without limits of its own has the defaults', async () => {
      const cfa = await issue({ adHocDocuments: true });
      expect((await tokenInfo(cfa.id)).limits).toEqual({ ratePerMinute: 1000, maxCost: DEFAULT_MAX_COST, maxDepth: DEFAULT_MAX_DEPTH });
      const big = await raw({ query: CONTRACTS, variables: { first: 30_000 } }, cfa.token);
      expect(big.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 60_001, maxCost: DEFAULT_MAX_COST });
      // Measured before anything runs: the resolver's own bound (first ≤ 100) is not what answers.
      expect(big.body.data).toBeUndefined();
    });
  });

  describe('settings', () => {
    it('the office edits a token’s limits (each bad value named, a stale version refused) for its whole rotation chain', async () => {
      const cfa = await issue({});
      const info = await tokenInfo(cfa.id);
      const bad = await setLimits({ id: cfa.id, version: info.version, rateLimitPerMinute: 0, maxCost: 5, maxDepth: 13, adHocDocuments: false });
      expect((bad.data.updateApiTokenLimits.errors as { field: string }[]).map((e) => e.field)).toEqual(['rateLimitPerMinute', 'maxCost', 'maxDepth']);
      const ok = await setLimits({ id: cfa.id, version: info.version, rateLimitPerMinute: 60, maxCost: 5000, maxDepth: 6, adHocDocuments: true });
      expect(ok.data.updateApiTokenLimits).toMatchObject({ errors: [], token: { rateLimitPerMinute: 60, maxCost: 5000, maxDepth: 6, adHocDocuments: true, version: info.version + 1 } });
      const stale = await setLimits({ id: cfa.id, version: info.version, rateLimitPerMinute: 61, adHocDocuments: true });
      expect(stale.data.updateApiTokenLimits.errors[0]).toMatchObject({ code: 'CONFLICT', field: 'version' });
      // A rotation copies them; an edit of the newest reaches the old one still in its overlap.
      const rotated = (await t.post(`/auth/tokens/${cfa.id}/rotate`, { overlapHours: 2 }, manager)).body as { id: string };
      expect((await tokenInfo(rotated.id)).limits).toEqual({ ratePerMinute: 60, maxCost: 5000, maxDepth: 6 });
      const newest = await tokenInfo(rotated.id);
      expect((await setLimits({ id: rotated.id, version: newest.version, maxDepth: 4, adHocDocuments: false })).data.updateApiTokenLimits.errors).toEqual([]);
      expect((await tokenInfo(cfa.id)).limits).toEqual({ ratePerMinute: 1000, maxCost: DEFAULT_MAX_COST, maxDepth: 4 });
      expect((await tokenInfo(cfa.id)).adHocDocuments).toBe(false);
      expect((await t.post('/auth/tokens', { name: 'x', partner: 'cfa', scopes: ['contracts:read'], maxDepth: 40 }, manager)).body).toMatchObject({ error: 'BAD_USER_INPUT', field: 'maxDepth' });
    });
  });

  describe('rate limits', () => {
    it('counts each request of a token in the database: RateLimit headers, then 429 with Retry-After past the limit, until the next minute', async () => {
      const cfa = await issue({ adHocDocuments: true, rateLimitPerMinute: 3 });
      const other = await issue({ adHocDocuments: true, rateLimitPerMinute: 3 });
      const query = { query: '{ contracts(first: 1) { id } }' };
      const remaining: string[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await raw(query, cfa.token);
        expect(r.status).toBe(200);
        expect(r.headers['ratelimit-limit']).toBe('3');
        expect(r.headers['ratelimit-policy']).toBe('3;w=60');
        remaining.push(String(r.headers['ratelimit-remaining']));
      }
      expect(remaining).toEqual(['2', '1', '0']);
      const refused = await raw(query, cfa.token);
      expect(refused.status).toBe(429);
      // The test clock stands at noon: a whole minute to wait.
      expect(refused.headers['retry-after']).toBe('60');
      expect(refused.headers['ratelimit-reset']).toBe('60');
      expect(refused.headers['ratelimit-remaining']).toBe('0');
      expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 3, retryAfter: 60 });
      // Another token has its own counter.
      expect((await raw(query, other.token)).status).toBe(200);
      // The rotated secret shares its chain's counter: rotating does not double the allowance.
      const rotated = (await t.post(`/auth/tokens/${cfa.id}/rotate`, { overlapHours: 1 }, manager)).body as { token: string };
      expect((await raw(query, rotated.token)).status).toBe(429);
      // The next window.
      t.clock.set('2025-07-02');
      const again = await raw(query, rotated.token);
      expect(again.status).toBe(200);
      expect(again.headers['ratelimit-remaining']).toBe('2');
      t.clock.set('2025-07-01');
      // The manager's session went idle across the day's jump.
      manager = await t.as('MANAGER');
    });

    it('a refused request (not registered, too costly) still counts: probing costs the same as asking', async () => {
      const cfa = await issue({ rateLimitPerMinute: 2 });
      expect((await raw({ query: '{ contracts { id } }' }, cfa.token)).status).toBe(400);
      expect((await raw({ query: '{ contracts { id } }' }, cfa.token)).status).toBe(400);
      expect((await raw({ query: '{ contracts { id } }' }, cfa.token)).status).toBe(429);
    });
  });
});
