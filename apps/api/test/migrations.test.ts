import { afterAll, describe, expect, it } from 'vitest';
import { nameSortKey } from '@alternance/domain';
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

  it('fills the name key of the students already there when it adds it', async () => {
    const db = await createTestDatabase(dialect);
    dbs.push(db);
    const orm = await openDatabase(db.location);
    try {
      await orm.getMigrator().up({ to: 'Migration20261202110000' });
      const names = [['Lefèvre', 'Éric'], ['de la Tour', 'Jean'], ['Œuvray', 'Chloé']] as const;
      for (const [i, [last, first]] of names.entries()) {
        await orm.em.getConnection().execute(
          'insert into student (id, version, created_at, updated_at, first_name, last_name, email, status, cohort) values (?, 1, ?, ?, ?, ?, ?, ?, ?)',
          [`00000000-0000-4000-8000-00000000000${i}`, new Date(), new Date(), first, last, `s${i}@example.test`, 'FI', 'M1-2025'],
        );
      }
      await migrate(orm);
      const rows = (await orm.em.getConnection().execute('select sort_name from student order by email')) as { sort_name: string }[];
      expect(rows.map((r) => r.sort_name)).toEqual(names.map(([last, first]) => nameSortKey(last, first)));
    } finally {
      await orm.close(true);
    }
  });
});
