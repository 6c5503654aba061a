import { existsSync } from 'node:fs';
import type { MikroORM } from '@mikro-orm/core';

/**
 * A consistent copy of the SQLite database while the API runs (security.md: backups with
 * `VACUUM INTO`). PostgreSQL is backed up with pg_dump, outside the application.
 */
export async function backupSqlite(orm: MikroORM, target: string): Promise<void> {
  if (orm.config.get('clientUrl')?.startsWith('postgres')) throw new Error('PostgreSQL: use pg_dump (see apps/api/README.md).');
  if (existsSync(target)) throw new Error(`The backup file already exists: ${target}`);
  await orm.em.getConnection().execute(`vacuum into '${target.replace(/'/g, "''")}'`);
}
