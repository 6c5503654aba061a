import type { MikroORM } from '@mikro-orm/core';
import type { DemoPartnerTokens } from '../seed/demo-integration.js';
import { seed } from '../seed/seed.js';
import { migrate } from './orm.js';
import { isPostgres } from './queue-claim.js';

/** Key of the PostgreSQL advisory lock held while one process migrates and seeds. */
export const MIGRATION_LOCK = 1_400_214;

interface PgConnection {
  query(sql: string, values: unknown[]): Promise<unknown>;
}
interface PoolClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

export interface Prepared {
  applied: string[];
  seeded: { referenceData: boolean; demo: boolean; partnerTokens: DemoPartnerTokens | null };
}

/**
 * Applies the pending migrations, then the first-start seed, under a PostgreSQL advisory lock:
 * instances started together on one database take turns, the first one migrates and seeds,
 * the others find nothing left to do (the seed only fills an empty database). The production
 * layout runs this once, in its own one-shot process (`node dist/migrate.js`), before the
 * instances start with MIGRATE_ON_START=false; the lock keeps a mistake harmless. SQLite is
 * one file for one process: no lock needed.
 */
export async function migrateAndSeed(orm: MikroORM, options: { demo: boolean; today?: string }): Promise<Prepared> {
  if (!isPostgres(orm)) return { applied: await migrate(orm), seeded: await seed(orm, options) };
  // A session lock, so one pooled connection is held for the whole time (the migrator uses others).
  const { client } = (orm.em.getConnection() as unknown as { getKnex(): { client: PoolClient } }).getKnex();
  const connection = await client.acquireConnection();
  try {
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      return { applied: await migrate(orm), seeded: await seed(orm, options) };
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await client.releaseConnection(connection);
  }
}

/** The migrations of the code not yet applied to the database (an instance refuses to start on them). */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}
