import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 15: reading every contract page by page, each page found by the index (keyset), not by skipping rows.

const PAGE = `query($first: Int!, $offset: Int, $after: String) { contracts(first: $first, offset: $offset, after: $after) { id cursor startDate student { lastName } } }`;

describe.each(DIALECTS)('contracts list, cursor pagination (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2025-07-01' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
  });
  afterAll(() => t?.close());

  it('reads every contract once, in the list order, page after page from the last cursor', async () => {
    const all = (await t.gql(PAGE, { first: 100 }, manager)).data.contracts as { id: string; cursor: string; startDate: string }[];
    expect(all.length).toBeGreaterThan(7);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page = (await t.gql(PAGE, { first: 7, after }, manager)).data.contracts as { id: string; cursor: string }[];
      if (page.length === 0) break;
      seen.push(...page.map((c) => c.id));
      after = page.at(-1)!.cursor;
    }
    expect(seen).toEqual(all.map((c) => c.id));
    // The same pages as with offsets.
    const third = (await t.gql(PAGE, { first: 7, offset: 14 }, manager)).data.contracts.map((c: { id: string }) => c.id);
    expect(third).toEqual(seen.slice(14, 21));
  });

  it('refuses a cursor that is not one of its own, naming the field', async () => {
    for (const after of ['nonsense', Buffer.from(JSON.stringify(['2025-13-01', 'x'])).toString('base64url')]) {
      const result = await t.gql(PAGE, { first: 5, after }, manager);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
