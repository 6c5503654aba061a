import { apiError } from '../../shared/errors.js';

export type MissionSort = 'URGENCY' | 'RECENT' | 'STUDENT' | 'ORGANISATION' | 'START_DATE' | 'STATE';

/** One column of a missions list order; every order ends with the mission's id, ascending. */
export interface SortKey {
  sql: string;
  dir: 'asc' | 'desc';
  /** NULLs come last on both databases (SQLite puts them first by default, PostgreSQL last). */
  nullable?: boolean;
}

/**
 * The orders of the missions list as columns of its statement (mission "m", student "s",
 * signing OPA "o"): the page's ORDER BY and the cursor's comparison are both built from them,
 * so they cannot disagree.
 */
export const SORT_KEYS: Record<MissionSort, SortKey[]> = {
  URGENCY: [{ sql: '"m"."state_since"', dir: 'asc', nullable: true }],
  RECENT: [{ sql: '"m"."updated_at"', dir: 'desc' }],
  STUDENT: [
    { sql: '"s"."last_name"', dir: 'asc' },
    { sql: '"s"."first_name"', dir: 'asc' },
  ],
  ORGANISATION: [{ sql: '"o"."name"', dir: 'asc', nullable: true }],
  START_DATE: [{ sql: '"m"."start_date"', dir: 'asc', nullable: true }],
  STATE: [
    { sql: '"m"."state"', dir: 'asc' },
    { sql: '"m"."state_since"', dir: 'asc', nullable: true },
  ],
};

export const orderBySql = (sort: MissionSort): string =>
  [...SORT_KEYS[sort].map((k) => `${k.sql} ${k.dir}${k.nullable ? ' nulls last' : ''}`), '"m"."id" asc'].join(', ');

export type KeyValue = string | number | null;
export interface MissionPosition {
  sort: MissionSort;
  values: KeyValue[];
  id: string;
}

/**
 * The cursor of a mission in the missions list, for the order it was read in (issue 15: the
 * next page is found by the index from the last row read, where `offset` re-reads the rows
 * before it). Opaque to clients: base64url of the order, its values and the id.
 */
export function missionCursor(position: MissionPosition): string {
  return Buffer.from(JSON.stringify([position.sort, ...position.values, position.id])).toString('base64url');
}

/** A key's value as the statement returned it, kept as the database will compare it again. */
export const keyValue = (value: unknown): KeyValue =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : typeof value === 'number' ? value : String(value);

/** The position a cursor names, for this order; a field error on `after` when it is not one of ours or of another order. */
export function readMissionCursor(cursor: string, sort: MissionSort): MissionPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  const keys = SORT_KEYS[sort];
  if (Array.isArray(value) && value[0] !== sort && typeof value[0] === 'string' && value[0] in SORT_KEYS) {
    throw apiError('BAD_USER_INPUT', `after : ce curseur vient de la liste triée par ${value[0]}, pas par ${sort} ; repartez de la première page.`, 'after');
  }
  if (Array.isArray(value) && value.length === keys.length + 2 && value[0] === sort) {
    const values = value.slice(1, -1) as unknown[];
    const id = value.at(-1);
    const valid = keys.every((k, i) => (values[i] === null ? k.nullable === true : typeof values[i] === 'string' || typeof values[i] === 'number'));
    if (valid && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return { sort, values: values as KeyValue[], id };
  }
  throw apiError('BAD_USER_INPUT', 'after : curseur illisible ; reprenez le `cursor` d’une mission de la liste.', 'after');
}

/**
 * "After this position" in the list order, as SQL: each key later, or equal and the next key
 * later, down to the id. A NULL sorts last: a row with a value is after a NULL never, a NULL
 * after any value. The first key's bound is also given alone, so that the index starts there.
 * `valuedOnly`: the rows whose first key has a value (see {@link splitsAtNulls}) — no NULL
 * alternative on it, so that PostgreSQL can read them from the index (and inner-join the OPA).
 */
export function afterSql(position: MissionPosition, valuedOnly = false): { sql: string; params: KeyValue[] } {
  const keys = SORT_KEYS[position.sort];
  let sql = '"m"."id" > ?';
  let params: KeyValue[] = [position.id];
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = keys[i]!;
    const v = position.values[i]!;
    const op = k.dir === 'asc' ? '>' : '<';
    if (v === null) {
      sql = `(${k.sql} is null and ${sql})`;
    } else {
      const later = k.nullable && !(valuedOnly && i === 0) ? `(${k.sql} ${op} ? or ${k.sql} is null)` : `${k.sql} ${op} ?`;
      sql = `(${later} or (${k.sql} = ? and ${sql}))`;
      params = [v, v, ...params];
    }
  }
  const first = keys[0]!;
  const v0 = position.values[0]!;
  if (v0 !== null && (!first.nullable || valuedOnly)) {
    sql = `${first.sql} ${first.dir === 'asc' ? '>=' : '<='} ? and ${sql}`;
    params = [v0, ...params];
  }
  return { sql, params };
}

/**
 * Whether the page after this position is read in two steps: the rows whose first key has a
 * value, from the index, then — only if the page is not full — the rows without one (NULLs
 * last). One statement would need `key > ? or key is null`, which no index serves.
 */
export const splitsAtNulls = (position: MissionPosition): boolean => SORT_KEYS[position.sort][0]!.nullable === true && position.values[0] !== null;

/** The rows without a value in the order's first key (they come last, by id). */
export const emptyFirstKeySql = (sort: MissionSort): string => `${SORT_KEYS[sort][0]!.sql} is null`;
