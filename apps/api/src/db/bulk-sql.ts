import type { EntityManager } from '@mikro-orm/core';

/**
 * Multi-row writes for the bulk paths (issue 14): one statement for many rows, without the
 * ORM's unit of work (its hydration and change sets cost more than the SQL on 1,000 rows).
 * The rows travel as ONE JSON parameter that the database unfolds into a set
 * (`jsonb_to_recordset` on PostgreSQL, `json_each` on SQLite): a statement of thousands of
 * placeholders costs more to bind, parse and plan than the rows cost to write. The
 * statements run in the EntityManager's transaction.
 */

export const isPostgres = (em: EntityManager): boolean => em.getPlatform().getJsonDeclarationSQL() === 'jsonb';

/** A Date as the dialect stores it (SQLite: milliseconds, as the ORM writes them). */
export const dbDate = (em: EntityManager, date: Date): unknown => em.getPlatform().processDateProperty(date);

/** A JSON value as a parameter or a JSON column's value. */
export const dbJson = (value: unknown): string => JSON.stringify(value);

export async function execute<T = Record<string, unknown>>(em: EntityManager, sql: string, params: readonly unknown[], method: 'all' | 'run' = 'all'): Promise<T> {
  return (await em.getConnection().execute(sql, [...params], method, em.getTransactionContext())) as T;
}

/**
 * A column of a bulk write: its name, its PostgreSQL type (to unfold the JSON), and on SQLite
 * whether it is a JSON column (its value is kept as JSON text, not unwrapped).
 */
export interface BulkColumn {
  name: string;
  pgType: string;
  json?: boolean;
}

const q = (name: string): string => `"${name}"`;

/**
 * `select <columns> from` the rows of one JSON parameter (an array of objects keyed by column
 * name), in the rows' order (`"n"`, from 1), aliased `x`.
 */
export function jsonRows(em: EntityManager, columns: readonly BulkColumn[]): string {
  if (isPostgres(em)) {
    return `(select *, row_number() over () as "n" from jsonb_to_recordset(cast(? as jsonb)) as r(${columns.map((c) => `${q(c.name)} ${c.pgType}`).join(', ')})) x`;
  }
  // SQLite: json_extract unwraps scalars; a JSON column keeps its text (json() of the node).
  const pick = columns.map((c) => (c.json ? `json(json_extract(j."value", '$.${c.name}'))` : `json_extract(j."value", '$.${c.name}')`) + ` as ${q(c.name)}`);
  return `(select ${pick.join(', ')}, j."key" + 1 as "n" from json_each(?) j) x`;
}

/**
 * `insert into table (columns) select … from` the rows given as one JSON parameter; `fixed`
 * adds columns of one value for every row (e.g. the time). Returns the `returning` column's
 * values in the rows' order. `onConflictDoNothing`: a row that would break a unique
 * constraint is skipped (not inserted, not returned) instead of failing the statement — on
 * PostgreSQL after waiting for a concurrent transaction that inserted the same key.
 */
export async function insertRows(
  em: EntityManager,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly Record<string, unknown>[],
  options: { fixed?: Record<string, unknown>; returning?: string; onConflictDoNothing?: boolean } = {},
): Promise<unknown[]> {
  if (!rows.length) return [];
  const fixed = Object.entries(options.fixed ?? {});
  const names = [...columns.map((c) => q(c.name)), ...fixed.map(([name]) => q(name))];
  const values = [...columns.map((c) => `x.${q(c.name)}`), ...fixed.map(() => '?')];
  // SQLite: an upsert's SELECT needs a WHERE (its grammar would read ON as a join's).
  const conflict = options.onConflictDoNothing === true;
  const sql = `insert into ${q(table)} (${names.join(', ')}) select ${values.join(', ')} from ${jsonRows(em, columns)}${conflict ? ' where true' : ''} order by x."n"${conflict ? ' on conflict do nothing' : ''}${options.returning ? ` returning ${q(options.returning)}` : ''}`;
  const params = [...fixed.map(([, v]) => v), dbJson(rows)];
  // The fixed values' placeholders come first in the text (select list), then the JSON's.
  if (!options.returning) {
    await execute(em, sql, params, 'run');
    return [];
  }
  return (await execute<Record<string, unknown>[]>(em, sql, params, 'all')).map((r) => r[options.returning!]);
}

/**
 * `update table set … from` the rows given as one JSON parameter, by id and version: each
 * row's columns are set, and its version moves by one, only where the version still is the
 * one read. A column a row leaves out (or gives as null) keeps its value. Returns the ids of
 * the rows updated: a row given but not returned met another writer's version.
 */
export async function updateRowsByVersion(em: EntityManager, table: string, columns: readonly BulkColumn[], rows: readonly Record<string, unknown>[], updatedAt: Date): Promise<string[]> {
  if (!rows.length) return [];
  const all: BulkColumn[] = [{ name: 'id', pgType: 'uuid' }, { name: 'version', pgType: 'integer' }, ...columns];
  const sql =
    `update ${q(table)} set ${columns.map((c) => `${q(c.name)} = coalesce(x.${q(c.name)}, ${q(table)}.${q(c.name)})`).join(', ')}, "version" = ${q(table)}."version" + 1, "updated_at" = ?` +
    ` from ${jsonRows(em, all)} where ${q(table)}."id" = x."id" and ${q(table)}."version" = x."version" returning ${q(table)}."id"`;
  const updated = await execute<{ id: unknown }[]>(em, sql, [dbDate(em, updatedAt), dbJson(rows)], 'all');
  return updated.map((r) => String(r.id));
}

/** A PostgreSQL array literal: each element double-quoted, its `"` and `\` escaped. */
const pgArray = (values: readonly string[]): string => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/**
 * `column` among `values`, with the values as ONE parameter (an array on PostgreSQL, JSON on
 * SQLite): a list of 1,000 placeholders costs the server more to parse and plan than to run.
 */
export function oneOf(em: EntityManager, column: string, values: readonly string[], pgType: 'uuid' | 'text'): { sql: string; param: string } {
  if (isPostgres(em)) return { sql: `${column} = any(cast(? as ${pgType}[]))`, param: pgArray(values) };
  return { sql: `${column} in (select "value" from json_each(?))`, param: dbJson(values) };
}
