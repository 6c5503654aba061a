import { type EntityClass, type EntityData, type FilterQuery, type MikroORM, type QueryOrderMap } from '@mikro-orm/core';

/** What a durable queue's row (the mail outbox, the webhook deliveries) carries to be claimed. */
export interface QueueRow {
  id: string;
  state: string;
  attempts: number;
  nextAttemptAt: Date;
  updatedAt: Date;
}

/** A row this instance holds: its attempt is counted and `nextAttemptAt` is pushed to `leaseUntil`. */
export interface Claim {
  id: string;
  /** The attempt count after the claim (the attempt being made). */
  attempts: number;
  leaseUntil: Date;
}

export const isPostgres = (orm: MikroORM): boolean => orm.em.getPlatform().constructor.name.startsWith('PostgreSql');

const claimSqls = new Map<string, string>();

/**
 * PostgreSQL: the claim in one statement, its own transaction — the next due row picked
 * `FOR UPDATE SKIP LOCKED` and leased by the same `update`. Asked after every mutation's
 * answer (server.ts), where a queue is most often empty: one round trip, where a transaction
 * with the ORM's `find` then `update` took three (begin, select, commit) and built its query
 * each time (issue 14 §3).
 */
function claimSql<T extends QueueRow>(orm: MikroORM, entity: EntityClass<T>, orderBy: QueryOrderMap<T>): string {
  const meta = orm.getMetadata().get(entity.name);
  const key = `${meta.tableName}:${JSON.stringify(orderBy)}`;
  let sql = claimSqls.get(key);
  if (!sql) {
    const column = (property: string): string => `"${meta.properties[property as keyof T & string]!.fieldNames[0]}"`;
    const order = Object.entries(orderBy as Record<string, string>).map(([property, direction]) => `${column(property)} ${direction === 'desc' ? 'desc' : 'asc'}`);
    const table = `"${meta.tableName}"`;
    sql =
      `update ${table} set ${column('attempts')} = ${column('attempts')} + 1, ${column('nextAttemptAt')} = ?, ${column('updatedAt')} = ?` +
      ` where ${column('id')} = (select ${column('id')} from ${table} where ${column('state')} = 'PENDING' and ${column('nextAttemptAt')} <= ? order by ${order.join(', ')} limit 1 for update skip locked)` +
      ` returning ${column('id')} as "id", ${column('attempts')} as "attempts"`;
    claimSqls.set(key, sql);
  }
  return sql;
}

/**
 * Claims the next due row of a queue for this instance, or null when none is due. The claim is
 * a lease: the attempt is counted and the row's due time pushed `leaseMs` ahead, so every
 * other instance skips it, and takes it over only if this one never records the outcome (it
 * crashed). On PostgreSQL the row is picked `FOR UPDATE SKIP LOCKED`: instances polling at
 * once each get a different row, none waits for another. SQLite has one writer at a time: a
 * conditional UPDATE (still pending, due, at the attempt count read) decides who won.
 */
export async function claimNextDue<T extends QueueRow>(orm: MikroORM, entity: EntityClass<T>, orderBy: QueryOrderMap<T>, now: Date, leaseMs: number): Promise<Claim | null> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const due = { state: 'PENDING', nextAttemptAt: { $lte: now } } as unknown as FilterQuery<T>;
  const update = (attempts: number) => ({ attempts: attempts + 1, nextAttemptAt: leaseUntil, updatedAt: now }) as unknown as EntityData<T>;
  if (isPostgres(orm)) {
    const [row] = (await orm.em.fork().getConnection().execute(claimSql(orm, entity, orderBy), [leaseUntil, now, now])) as { id: string; attempts: number }[];
    return row ? { id: row.id, attempts: Number(row.attempts), leaseUntil } : null;
  }
  // A lost race means another instance took that row: look for the next one (a few times at most).
  for (let tries = 0; tries < 5; tries += 1) {
    const [row] = await orm.em.fork().find(entity, due, { orderBy, limit: 1, fields: ['id', 'attempts'] as never });
    if (!row) return null;
    const changed = await orm.em.fork().nativeUpdate(entity, { id: row.id, state: 'PENDING', attempts: row.attempts, nextAttemptAt: { $lte: now } } as unknown as FilterQuery<T>, update(row.attempts));
    if (changed === 1) return { id: row.id, attempts: row.attempts + 1, leaseUntil };
  }
  return null;
}

/**
 * Gives claims back at once (graceful shutdown): the row is due now and its attempt is not
 * counted, so another instance takes it on its next poll instead of waiting for the lease to
 * run out. Only a row still under this very lease is touched: one already recorded, or taken
 * over by another instance, is left alone.
 */
export async function releaseClaims<T extends QueueRow>(orm: MikroORM, entity: EntityClass<T>, claims: Iterable<Claim>, now: Date): Promise<number> {
  let released = 0;
  for (const claim of claims) {
    released += await orm.em
      .fork()
      .nativeUpdate(entity, { id: claim.id, state: 'PENDING', attempts: claim.attempts, nextAttemptAt: claim.leaseUntil } as unknown as FilterQuery<T>, { attempts: claim.attempts - 1, nextAttemptAt: now, updatedAt: now } as unknown as EntityData<T>);
  }
  return released;
}

/** Resolves after `ms` (unref'd: never keeps a process alive on its own). */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
