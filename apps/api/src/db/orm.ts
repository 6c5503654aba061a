import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities.js';
import { bindParameters } from './parameterised-sql.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

export type Dialect = 'sqlite' | 'postgresql';

export interface DatabaseLocation {
  dialect: Dialect;
  /** SQLite: a file path or ':memory:'. PostgreSQL: the connection URL. */
  url: string;
}

/** `postgres://…` or `postgresql://…` is PostgreSQL; anything else is a SQLite file path (or `sqlite:path`). */
export function parseDatabaseUrl(url: string): DatabaseLocation {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgresql', url };
  return { dialect: 'sqlite', url: url.replace(/^sqlite:(\/\/)?/, '') };
}

interface SqliteRaw {
  pragma(sql: string): unknown;
}

export function ormOptions(location: DatabaseLocation, options: { debug?: boolean } = {}): Options {
  const common = {
    entities: ENTITIES,
    extensions: [Migrator],
    debug: options.debug ?? false,
    // Entities are plain classes with EntitySchema: no decorators, no reflection.
    discovery: { warnWhenNoEntities: true },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // A failed statement's error message keeps its placeholders, not the values (knex would inline them).
    driverOptions: { compileSqlOnError: false },
  } satisfies Options;
  if (location.dialect === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: location.url,
      migrations: { migrationsList: postgresqlMigrations, transactional: true, allOrNothing: true, snapshot: false },
    } as Options;
  }
  if (location.url !== ':memory:') mkdirSync(dirname(location.url), { recursive: true });
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: location.url,
    migrations: { migrationsList: sqliteMigrations, transactional: true, allOrNothing: true, snapshot: false },
    pool: {
      // security.md: WAL for concurrent readers, FULL sync for durability, and waiting on a lock rather than failing.
      afterCreate: (connection: SqliteRaw, done: (error: Error | null, connection: SqliteRaw) => void) => {
        connection.pragma('journal_mode = WAL');
        connection.pragma('synchronous = FULL');
        connection.pragma('busy_timeout = 5000');
        connection.pragma('foreign_keys = ON');
        done(null, connection);
      },
    },
  } as Options;
}

export async function openDatabase(location: DatabaseLocation, options: { debug?: boolean } = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(location, options));
  bindParameters(orm);
  return orm;
}

/** Applies the committed migrations of the dialect; returns the names applied now. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
