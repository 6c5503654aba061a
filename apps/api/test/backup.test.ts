import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupSqlite } from '../src/db/backup.js';
import { openDatabase } from '../src/db/orm.js';
import { Student } from '../src/modules/people/people.entities.js';
import { createStudent } from './support/fixtures.js';
import { createTestApp } from './support/test-app.js';

describe('SQLite backup', () => {
  it('writes a consistent copy that opens with the same data, and never overwrites a file', async () => {
    const t = await createTestApp({ dialect: 'sqlite' });
    try {
      const { student } = await createStudent(t);
      const target = join(mkdtempSync(join(tmpdir(), 'alt-backup-')), 'copy.sqlite');
      await backupSqlite(t.orm, target);
      const copy = await openDatabase({ dialect: 'sqlite', url: target });
      try {
        expect((await copy.em.fork().findOneOrFail(Student, student.id)).email).toBe(student.email);
      } finally {
        await copy.close();
      }
      await expect(backupSqlite(t.orm, target)).rejects.toThrow(/already exists/);
    } finally {
      await t.close();
    }
  });
});
