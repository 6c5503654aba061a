import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../src/db/orm.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './support/databases.js';

describe.each(DIALECTS)('committed migrations (%s)', (dialect) => {
  const dbs: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of dbs) await db.drop();
  });

  it('create exactly the schema the entities describe, and applying them again does nothing', async () => {
    const db = await createTestDatabase(dialect);
    dbs.push(db);
    const orm = await openDatabase(db.location);
    try {
      expect((await migrate(orm)).length).toBeGreaterThan(0);
      expect(await migrate(orm)).toEqual([]);
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      // When this fails, run scripts/create-migration.mjs and commit the new migrations.
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close(true);
    }
  });
});
