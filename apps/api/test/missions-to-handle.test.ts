import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

interface Row { id: string; state: string; stateSince: string; waitingDays: number | null; student: { lastName: string; firstName: string } }

// issue 9 §5: the missions list opens on what needs doing, oldest waiting first, sorted on the server.
describe.each(DIALECTS)('missions to handle (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2025-09-15' });
    manager = await t.as('MANAGER');
  });
  afterAll(() => t.close());

  const list = `query($filter: MissionFilter, $sort: MissionSort, $first: Int!, $offset: Int!) { missionCount(filter: $filter) missions(filter: $filter, sort: $sort, first: $first, offset: $offset) { id state stateSince waitingDays student { lastName firstName } } }`;
  async function all(filter: Record<string, unknown>, sort: string, auth = manager): Promise<{ count: number; rows: Row[] }> {
    const rows: Row[] = [];
    let count: number | undefined;
    for (let offset = 0; ; offset += 100) {
      const r = await t.gql(list, { filter, sort, first: 100, offset }, auth);
      expect(r.errors).toBeUndefined();
      count = r.data.missionCount;
      rows.push(...r.data.missions);
      if (r.data.missions.length < 100) break;
    }
    return { count: count ?? 0, rows };
  }

  it('lists only what waits for the office, the longest waiting first, with the days waited', async () => {
    const { count, rows } = await all({ toHandle: true }, 'URGENCY');
    expect(rows.length).toBe(count);
    expect(count).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(['SUBMITTED', 'ERROR_REPORTED', 'CONFIRMED']));
    const since = rows.map((r) => r.stateSince);
    expect(since).toEqual([...since].sort());
    const days = rows.map((r) => r.waitingDays ?? -1);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(days[0]).toBeGreaterThan(days.at(-1)!);
    const expected = Math.round((Date.parse('2025-09-15') - Date.parse(rows[0]!.stateSince.slice(0, 10))) / 86_400_000);
    expect(rows[0]!.waitingDays).toBe(expected);
  });

  it('sorts the whole list on the server, not the page', async () => {
    const { rows } = await all({}, 'STUDENT');
    const names = rows.map((r) => r.student.lastName);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const firstPage = (await t.gql(list, { filter: {}, sort: 'STUDENT', first: 10, offset: 0 }, manager)).data.missions.map((r: Row) => r.id);
    expect(firstPage).toEqual(rows.slice(0, 10).map((r) => r.id));
  });

  it('gives an academic tutor nothing to handle in the validation workflow', async () => {
    const tutor = await t.as('ACADEMIC_TUTOR');
    expect((await all({ toHandle: true }, 'URGENCY', tutor)).rows).toEqual([]);
  });
});
