import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnsOf, readRowSet, type Joined, type RowSet } from '../src/db/read-rows.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Issue 15: on SQLite outside a transaction a list's rows are read as arrays, by the
// statement's column positions; inside a transaction (and on PostgreSQL) as the driver's
// objects, by name. Both must give the same records, conversions and left-join misses included.

describe.each(DIALECTS)('rows read as arrays or as objects (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2025-11-17' });
  });
  afterAll(() => t?.close());

  it('gives the same records and values both ways', async () => {
    const em = t.orm.em.fork();
    const joined: Joined[] = [
      { alias: 'c', entity: 'Contract' },
      { alias: 's', entity: 'Student', pick: ['firstName', 'birthDate'] },
      { alias: 'w', entity: 'Organisation' },
    ];
    const sql =
      `select ${joined.flatMap((j) => columnsOf(em, j)).join(', ')}, "m"."organisation_id" as "opa" from "contract" "c"` +
      ' join "student" "s" on "s"."id" = "c"."student_id" join "mission" "m" on "m"."id" = "c"."mission_id"' +
      ' left join "organisation" "w" on "w"."id" = "m"."work_organisation_id" order by "c"."id"';
    const read = (set: RowSet) => set.rows.map((row) => [...joined.map((j) => set.reader<Record<string, unknown>>(j)(row)), set.field('opa')(row)]);
    const outside = read(await readRowSet(em, sql, []));
    await em.begin();
    let inside: unknown[][];
    try {
      inside = read(await readRowSet(em, sql, []));
    } finally {
      await em.rollback();
    }
    expect(outside.length).toBeGreaterThan(5);
    expect(outside).toEqual(inside);
    const first = outside[0]!;
    expect(Object.keys(first[1] as object).sort()).toEqual(['birthDate', 'firstName', 'id']);
    expect((first[0] as { createdAt: unknown }).createdAt).toBeInstanceOf(Date);
    expect(typeof first[3]).toBe('string');
    // A contract without a work OPA reads null, not an empty record.
    expect(outside.some((row) => row[2] === null)).toBe(true);
  });
});
