import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll } from 'vitest';
import { migrate, openDatabase, type DatabaseLocation } from '../../src/db/orm.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export interface MigratedDatabase {
  db: TestDatabase;
  orm: MikroORM;
}

/**
 * A fresh database of the dialect, migrated, for the tests of a describe block that work below
 * the API (no app, no seed): opened before them, dropped after. Read its fields inside the tests.
 */
export function migratedDatabase(dialect: DatabaseLocation['dialect']): MigratedDatabase {
  const opened = {} as MigratedDatabase;
  beforeAll(async () => {
    opened.db = await createTestDatabase(dialect);
    opened.orm = await openDatabase(opened.db.location);
    await migrate(opened.orm);
  });
  afterAll(async () => {
    await opened.orm?.close(true);
    await opened.db?.drop();
  });
  return opened;
}
