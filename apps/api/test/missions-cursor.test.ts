import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 15: reading every mission page by page, each page found after the last row's cursor
// (keyset), in each of the list's orders, with NULLs last on both databases.

const SORTS = ['URGENCY', 'RECENT', 'STUDENT', 'ORGANISATION', 'START_DATE', 'STATE'] as const;
type Sort = (typeof SORTS)[number];
const FIELDS = 'id cursor state stateSince startDate student { lastName firstName } organisation { name }';
const PAGE = `query($sort: MissionSort, $first: Int!, $offset: Int, $after: String, $filter: MissionFilter) { missions(sort: $sort, first: $first, offset: $offset, after: $after, filter: $filter) { ${FIELDS} } }`;
// A fragment: the list is then read as entities (the read model's other path), by the same cursors.
const PAGE_AS_ENTITIES = `query($sort: MissionSort, $first: Int!, $after: String) { missions(sort: $sort, first: $first, after: $after) { ...M } } fragment M on Mission { ${FIELDS} }`;

interface Row {
  id: string;
  cursor: string;
  state: string;
  stateSince: string | null;
  startDate: string | null;
  student: { lastName: string; firstName: string };
  organisation: { name: string } | null;
}

/** The list's order, written out independently of the SQL: NULLs last, ties by id (RECENT's key, updatedAt, is not a field). */
function compare(sort: Exclude<Sort, 'RECENT'>): (a: Row, b: Row) => number {
  const asc = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1);
  const keys: ((r: Row) => string | null)[] = {
    URGENCY: [(r: Row) => r.stateSince],
    STUDENT: [(r: Row) => r.student.lastName, (r: Row) => r.student.firstName],
    ORGANISATION: [(r: Row) => r.organisation?.name ?? null],
    START_DATE: [(r: Row) => r.startDate],
    STATE: [(r: Row) => r.state, (r: Row) => r.stateSince],
  }[sort];
  return (a, b) => {
    for (const key of keys) {
      const c = asc(key(a), key(b));
      if (c) return c;
    }
    return asc(a.id, b.id);
  };
}

describe.each(DIALECTS)('missions list, cursor pagination (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2025-07-01' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    // Drafts not yet filled in: no start date, no OPA, and (rows older than the column) no state date.
    // The orders on those columns must place them alike on both databases.
    const ids = (await t.orm.em.getConnection().execute(`select id from mission order by id limit 3`)) as { id: string }[];
    await t.orm.em.getConnection().execute(`update mission set start_date = null, organisation_id = null, state_since = null where id in (?, ?, ?)`, ids.map((r) => r.id));
  });
  afterAll(() => t?.close());

  async function walk(query: string, sort: Sort, first: number, filter?: Record<string, unknown>): Promise<Row[]> {
    const seen: Row[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 200; pages++) {
      const result = await t.gql(query, { sort, first, after, filter }, manager);
      expect(result.errors).toBeUndefined();
      const page = result.data.missions as Row[];
      seen.push(...page);
      if (page.length < first) return seen;
      after = page.at(-1)!.cursor;
    }
    throw new Error('more than 200 pages');
  }

  it.each(SORTS)('%s: every mission once, in the list order, page after page from the last cursor', async (sort) => {
    const result = await t.gql(PAGE, { sort, first: 100 }, manager);
    const all = result.data.missions as Row[];
    expect(all.length).toBeGreaterThan(7);
    expect(all.length).toBeLessThan(100);
    // The order is the one written above, on both databases (NULLs last included).
    if (sort !== 'RECENT') expect(all.map((m) => m.id)).toEqual([...all].sort(compare(sort)).map((m) => m.id));
    expect((await walk(PAGE, sort, 7)).map((m) => m.id)).toEqual(all.map((m) => m.id));
    expect((await walk(PAGE_AS_ENTITIES, sort, 5)).map((m) => m.id)).toEqual(all.map((m) => m.id));
    // The same pages as with offsets (legacy).
    const third = (await t.gql(PAGE, { sort, first: 7, offset: 14 }, manager)).data.missions.map((m: Row) => m.id);
    expect(third).toEqual(all.slice(14, 21).map((m) => m.id));
  });

  it('pages a filtered list the same way', async () => {
    const filter = { toHandle: true };
    const all = (await t.gql(PAGE, { sort: 'URGENCY', first: 100, filter }, manager)).data.missions as Row[];
    expect(all.length).toBeGreaterThan(1);
    expect((await walk(PAGE, 'URGENCY', 1, filter)).map((m) => m.id)).toEqual(all.map((m) => m.id));
  });

  it('places the missions without a value last in every order on a column that may be empty', async () => {
    for (const [sort, empty] of [['START_DATE', (m: Row) => m.startDate === null], ['ORGANISATION', (m: Row) => m.organisation === null], ['URGENCY', (m: Row) => m.stateSince === null]] as const) {
      const all = (await t.gql(PAGE, { sort, first: 100 }, manager)).data.missions as Row[];
      const firstEmpty = all.findIndex(empty);
      expect(all.length - firstEmpty).toBeGreaterThanOrEqual(3);
      expect(all.slice(firstEmpty).every(empty)).toBe(true);
    }
  });

  it('refuses a cursor that is not one of its own or comes from another order, naming the field', async () => {
    const recent = (await t.gql(PAGE, { sort: 'RECENT', first: 1 }, manager)).data.missions[0].cursor as string;
    const forged = Buffer.from(JSON.stringify(['START_DATE', { x: 1 }, 'id'])).toString('base64url');
    for (const [sort, after] of [['RECENT', 'nonsense'], ['START_DATE', forged], ['STUDENT', recent]] as const) {
      const result = await t.gql(PAGE, { sort, first: 5, after }, manager);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
