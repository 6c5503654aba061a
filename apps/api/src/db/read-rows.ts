import { ReferenceKind, type EntityManager } from '@mikro-orm/core';

/**
 * Read models for hot list queries: one hand-shaped SQL statement whose rows become plain
 * objects with the entities' property names, without the ORM's hydration, identity map
 * and change-tracking snapshots (which cost more than the SQL itself on a page of 100).
 * Such objects are read-only views: never persist or flush them.
 */
export interface Joined {
  alias: string;
  entity: string;
  /** Only these properties are read (and `id`); absent: all of them. */
  pick?: readonly string[] | null;
}

type Kind = 'date' | 'boolean' | 'json' | 'number' | 'raw';
interface Column {
  property: string;
  key: string;
  kind: Kind;
}

interface Plan {
  columns: Column[];
  select: string[];
  idKey: string;
  /** The plan's reader, compiled on first use. */
  reader?: (row: Record<string, unknown>) => Record<string, unknown> | null;
}
const plans = new Map<string, Plan>();

/** Which columns to read and how to convert them, computed once per (entity, alias, properties). */
function planOf(em: EntityManager, { alias, entity, pick = null }: Joined) {
  const cacheKey = `${entity}:${alias}:${pick ? pick.join(',') : '*'}`;
  let plan = plans.get(cacheKey);
  if (!plan) {
    const props = em
      .getMetadata()
      .get(entity)
      .props.filter((p) => p.kind === ReferenceKind.SCALAR && p.persist !== false && p.fieldNames?.length && (pick === null || p.name === 'id' || pick.includes(p.name)));
    const columns = props.map((p): Column => {
      const type = String(p.type).toLowerCase();
      // A `json` property's type reads `JsonType` once discovered (SQLite hands its text over unparsed).
      const kind: Kind = type === 'date' || type === 'datetime' ? 'date' : type === 'boolean' ? 'boolean' : type === 'json' || type === 'jsontype' ? 'json' : type === 'integer' || type === 'double' || type === 'doubletype' ? 'number' : 'raw';
      return { property: p.name, key: `${alias}__${p.fieldNames[0]}`, kind };
    });
    plan = { columns, select: props.map((p) => `"${alias}"."${p.fieldNames[0]}" as "${alias}__${p.fieldNames[0]}"`), idKey: `${alias}__id` };
    plans.set(cacheKey, plan);
  }
  return plan;
}

/** `select` columns of an entity's scalar properties, quoted (SQLite and PostgreSQL alike), aliased `<alias>__<column>`. */
export function columnsOf(em: EntityManager, joined: Joined): string[] {
  return planOf(em, joined).select;
}

function convert(kind: Kind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'date':
      return value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));
    case 'boolean':
      return value === true || value === 1 || value === '1';
    case 'json':
      return typeof value === 'string' ? JSON.parse(value) : value;
    case 'number':
      return Number(value);
    default:
      return value;
  }
}

/** The plain object of one joined entity in a row, or null when its id is null (left join miss). */
export function plainOf<T>(em: EntityManager, joined: Joined, row: Record<string, unknown>): T | null {
  return plainReader<T>(em, joined)(row);
}

/**
 * {@link plainOf} with its plan found once: for a page of rows, call this before the loop
 * (the plan's look-up builds a key string, which per row and per joined entity cost more
 * than the conversion itself — issue 15).
 */
export function plainReader<T>(em: EntityManager, joined: Joined): (row: Record<string, unknown>) => T | null {
  const plan = planOf(em, joined);
  return (plan.reader ??= compiledReader(plan.idKey, plan.columns)) as (row: Record<string, unknown>) => T | null;
}

/**
 * A reader that builds each object as one literal of its properties (issue 15): built
 * property by property, an object of more than four properties grew its storage and changed
 * shape as it went, once per record of every row. The names come from the entities'
 * metadata, written as JSON strings; nothing of a request's input is in the code.
 */
function compiledReader(idKey: string, columns: Column[], at: (key: string) => string = (key) => JSON.stringify(key)): (row: Record<string, unknown>) => Record<string, unknown> | null {
  const value = (c: Column) => {
    const read = `row[${at(c.key)}]`;
    return c.kind === 'raw' ? `(${read} ?? null)` : `convert(${JSON.stringify(c.kind)}, ${read})`;
  };
  const body = `const id = row[${at(idKey)}]; if (id === null || id === undefined) return null; return { ${columns.map((c) => `${JSON.stringify(c.property)}: ${value(c)}`).join(', ')} };`;
  const make = new Function('convert', `return (row) => { ${body} };`) as (convert: (kind: Kind, value: unknown) => unknown) => (row: Record<string, unknown>) => Record<string, unknown> | null;
  return make(convert);
}

interface SqliteStatement {
  all(...params: unknown[]): Record<string, unknown>[];
  raw(toggle: boolean): SqliteStatement;
  columns(): { name: string }[];
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}
interface PooledClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<void>;
}
const prepared = new WeakMap<object, Map<string, SqliteStatement>>();

/**
 * Runs a read statement. On SQLite outside a transaction it uses a prepared statement kept
 * per connection — the statement of a hot list is parsed once, not on every request; any
 * other case goes through the ORM's connection as usual.
 */
/** The pooled better-sqlite3 client, when the statement may use a kept statement (SQLite, outside a transaction). */
function sqliteOutsideTransaction(em: EntityManager): PooledClient | null {
  if (em.getTransactionContext()) return null;
  const connection = em.getConnection() as unknown as { getKnex?: () => { client: PooledClient & { dialect?: string; driverName?: string } } };
  const client = connection.getKnex?.().client;
  return client && client.driverName === 'better-sqlite3' ? client : null;
}

export async function readRows(em: EntityManager, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const trx = em.getTransactionContext();
  const client = sqliteOutsideTransaction(em);
  if (client) {
    const db = (await client.acquireConnection()) as SqliteDatabase;
    try {
      let statements = prepared.get(db);
      if (!statements) prepared.set(db, (statements = new Map()));
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = db.prepare(sql)));
      const started = performance.now();
      const rows = statement.all(...params);
      // Logged like every other statement, so that query logs and statement counts stay whole.
      em.config.getLogger().logQuery({ query: sql, params, took: Math.round(performance.now() - started), level: 'info' });
      return rows;
    } finally {
      await client.releaseConnection(db);
    }
  }
  return (await em.getConnection().execute(sql, params, 'all', trx)) as Record<string, unknown>[];
}

/**
 * The rows of a read statement and how to read them: plain records by {@link Joined}, single
 * values by column name. On SQLite outside a transaction the rows are arrays (the statement
 * kept per connection in raw mode) and the readers are compiled against the statement's
 * column positions: a row of 22 named columns cost better-sqlite3 about as much again as the
 * statement itself (a page of 100 contracts: 1,155 → 639 µs — issue 15). Elsewhere the rows
 * are the driver's objects, read by name as {@link plainReader} does.
 */
export interface RowSet {
  rows: readonly unknown[];
  reader<T>(joined: Joined): (row: unknown) => T | null;
  field(key: string): (row: unknown) => unknown;
}

interface RawStatement {
  statement: SqliteStatement;
  index: Map<string, number>;
  readers: Map<Plan, (row: unknown) => Record<string, unknown> | null>;
}
const rawPrepared = new WeakMap<object, Map<string, RawStatement>>();

function positionOf(index: Map<string, number>, key: string): number {
  const at = index.get(key);
  if (at === undefined) throw new Error(`read-rows: the statement has no column ${key}`);
  return at;
}

export async function readRowSet(em: EntityManager, sql: string, params: unknown[]): Promise<RowSet> {
  const client = sqliteOutsideTransaction(em);
  if (!client) {
    const rows = await readRows(em, sql, params);
    return { rows, reader: <T>(joined: Joined) => plainReader<T>(em, joined) as (row: unknown) => T | null, field: (key) => (row) => (row as Record<string, unknown>)[key] };
  }
  const db = (await client.acquireConnection()) as SqliteDatabase;
  let kept: RawStatement | undefined;
  let rows: unknown[];
  try {
    let statements = rawPrepared.get(db);
    if (!statements) rawPrepared.set(db, (statements = new Map()));
    kept = statements.get(sql);
    if (!kept) {
      const statement = db.prepare(sql).raw(true);
      kept = { statement, index: new Map(statement.columns().map((c, i) => [c.name, i])), readers: new Map() };
      statements.set(sql, kept);
    }
    const started = performance.now();
    rows = kept.statement.all(...params);
    em.config.getLogger().logQuery({ query: sql, params, took: Math.round(performance.now() - started), level: 'info' });
  } finally {
    await client.releaseConnection(db);
  }
  const { index, readers } = kept;
  return {
    rows,
    reader: <T>(joined: Joined) => {
      const plan = planOf(em, joined);
      let reader = readers.get(plan);
      if (!reader) readers.set(plan, (reader = compiledReader(plan.idKey, plan.columns, (key) => String(positionOf(index, key))) as (row: unknown) => Record<string, unknown> | null));
      return reader as (row: unknown) => T | null;
    },
    field: (key) => {
      const at = positionOf(index, key);
      return (row) => (row as unknown[])[at];
    },
  };
}
