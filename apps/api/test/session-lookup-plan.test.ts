// Every request reads its session and user: the user must be found by its primary key, not by
// reading app_user whole (a university signs in 20,000 students).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sessionLookupSql } from '../src/modules/auth/sessions.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe.each(DIALECTS)('the session lookup reaches the user by its primary key (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ dialect });
    // Signed in, then read back: the statement answers as before.
    const user = await t.createUser('SECRETARIAT');
    const cookie = await t.login(user.email);
    const viewer = await t.gql('{ viewer { email role } }', {}, { cookie });
    expect(viewer.data.viewer).toEqual({ email: user.email, role: 'SECRETARIAT' });
  });
  afterAll(() => t?.close());

  it('plans app_user by its index even when a scan is made as dear as it can be', async () => {
    const sql = sessionLookupSql(dialect === 'postgresql');
    if (dialect === 'postgresql') {
      const client = new pg.Client({ connectionString: t.db.location.url });
      await client.connect();
      try {
        await client.query('set enable_seqscan = off');
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain ${sql.replace('?', '$1')}`, ['x']);
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        expect(plan).not.toMatch(/Seq Scan on app_user/);
        expect(plan).toMatch(/Index (Only )?Scan using \w+ on app_user/);
      } finally {
        await client.end();
      }
    } else {
      const rows = (await t.orm.em.fork().getConnection().execute(`explain query plan ${sql}`, ['x'])) as { detail: string }[];
      const plan = rows.map((r) => r.detail).join('\n');
      expect(plan).not.toMatch(/SCAN u\b/);
      expect(plan).toMatch(/SEARCH u USING (INTEGER PRIMARY KEY|INDEX|PRIMARY KEY|COVERING INDEX)/);
    }
  });
});
