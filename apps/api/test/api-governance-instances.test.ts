import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApi, type ApiProcess } from '@alternance/api-process';
import { createTestDatabase, DIALECTS, type TestDatabase } from './support/databases.js';

// Issue 14 §2: a token's rate limit holds across API instances — two separate API processes
// (the built dist/main.js, as deployed) on one database count in the same window, and a
// persisted operation registered through one is run through the other.

const main = new URL('../dist/main.js', import.meta.url).pathname;
const FEED = 'query Feed { changes(first: 5) { endCursor hasMore } }';
const documentId = `sha256:${createHash('sha256').update(FEED).digest('hex')}`;

describe.each(DIALECTS)('a token’s limits shared by two API processes (%s)', (dialect) => {
  let db: TestDatabase | null = null;
  let one: ApiProcess;
  let two: ApiProcess;

  beforeAll(async () => {
    if (!existsSync(main)) throw new Error(`Build the API first (pnpm --filter @alternance/api build): ${main} is missing.`);
    // PostgreSQL: a fresh database for both; SQLite: the second process opens the first one's file.
    db = dialect === 'postgresql' ? await createTestDatabase('postgresql') : null;
    const env = db ? { DATABASE_URL: db.location.url } : {};
    one = await startApi({ main, env });
    // Started once the first has migrated and seeded the database: they then only share it.
    two = await startApi({ main, env, ...(db ? {} : { databasePath: one.databasePath }) });
  });
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
    await db?.drop();
  });

  it('counts the requests sent to either process in one window, and both refuse past the limit', async () => {
    const cookie = await signIn(one.url, 'responsable@demo.alternance.test');
    const issued = await fetch(`${one.url}/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: 'CFA', partner: 'cfa', scopes: ['changes:read'], rateLimitPerMinute: 6 }),
    }).then((r) => r.json() as Promise<{ id: string; token: string; adHocDocuments: boolean }>);
    expect(issued.adHocDocuments).toBe(false);
    // Registered through the second process…
    const registered = await fetch(`${two.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'mutation($id: ID!, $m: JSON!) { registerPersistedOperations(tokenId: $id, manifest: $m) { added errors { code } } }', variables: { id: issued.id, m: { [documentId]: FEED } } }),
    }).then((r) => r.json() as Promise<{ data: { registerPersistedOperations: { added: number; errors: unknown[] } } }>);
    expect(registered.data.registerPersistedOperations).toEqual({ added: 1, errors: [] });

    const send = (api: ApiProcess, body: Record<string, unknown>) =>
      fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${issued.token}` }, body: JSON.stringify(body) }).then(async (r) => ({
        status: r.status,
        remaining: r.headers.get('ratelimit-remaining'),
        retryAfter: r.headers.get('retry-after'),
        code: ((await r.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? null,
      }));
    const seen = [];
    // …run through both, alternately; one unregistered document among them (refused, and counted).
    for (const [api, body] of [
      [one, { documentId }],
      [two, { documentId }],
      [one, { documentId }],
      [two, { query: FEED }],
      [one, { query: 'query { changes(first: 1) { endCursor } }' }],
      [two, { documentId }],
    ] as const) {
      seen.push(await send(api, body));
    }
    expect(seen.map((r) => [r.status, r.remaining, r.code])).toEqual([
      [200, '5', null],
      [200, '4', null],
      [200, '3', null],
      [200, '2', null],
      [400, '1', 'OPERATION_NOT_REGISTERED'],
      [200, '0', null],
    ]);
    const refusedByOne = await send(one, { documentId });
    const refusedByTwo = await send(two, { documentId });
    for (const refused of [refusedByOne, refusedByTwo]) {
      expect(refused).toMatchObject({ status: 429, remaining: '0', code: 'RATE_LIMITED' });
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    }
  });
});
