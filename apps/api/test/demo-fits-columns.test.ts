import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * SQLite does not enforce a text column's length; PostgreSQL refuses the row. The demo is seeded on
 * SQLite by most tests and by `pnpm start`: every text it writes must fit the column PostgreSQL has
 * (a 52-character CPRO reason in a 40-character column stopped the demo there).
 */
describe('the demo programme fits the columns PostgreSQL enforces', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite', demo: true, today: '2026-03-02' });
  });
  afterAll(() => t?.close());

  it('writes no text longer than its column', async () => {
    const connection = t.orm.em.getConnection();
    const tooLong: string[] = [];
    let checked = 0;
    for (const meta of Object.values(t.orm.getMetadata().getAll())) {
      if (meta.abstract || meta.virtual || !meta.tableName) continue;
      for (const prop of meta.props) {
        if (prop.persist === false || !prop.length || !prop.fieldNames?.[0] || prop.type?.toString().toLowerCase() !== 'string') continue;
        const column = prop.fieldNames[0];
        const [row] = (await connection.execute(`select max(length("${column}")) as longest from "${meta.tableName}"`)) as { longest: number | null }[];
        checked += 1;
        if ((row?.longest ?? 0) > prop.length) tooLong.push(`${meta.tableName}.${column}: ${row!.longest} > ${prop.length}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(tooLong).toEqual([]);
  });
});
