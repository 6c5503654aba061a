import type { EntityManager } from '@mikro-orm/core';

export interface RateLimit {
  /** What is counted, e.g. `login-ip:203.0.113.7`. */
  bucket: string;
  max: number;
  windowMs: number;
}

export interface RateCount {
  /** Hits in the current window, this one included. */
  hits: number;
  /** Seconds until the window ends (at least 1). */
  resetSeconds: number;
}

/**
 * Counts one hit in the current window of the bucket with one atomic upsert (SQLite and
 * PostgreSQL alike), so that every API instance sees the same count. Old windows of the
 * bucket are dropped by the window's first hit.
 */
export async function countHit(em: EntityManager, bucket: string, windowMs: number, now: Date): Promise<RateCount> {
  const windowNumber = Math.floor(now.getTime() / windowMs);
  const connection = em.getConnection();
  const rows = (await connection.execute(
    'insert into "rate_limit_window" ("bucket", "window_number", "hits") values (?, ?, 1) on conflict ("bucket", "window_number") do update set "hits" = "rate_limit_window"."hits" + 1 returning "hits"',
    [bucket, windowNumber],
    'all',
  )) as { hits: number | string }[];
  const hits = Number(rows[0]?.hits ?? 1);
  if (hits === 1) await connection.execute('delete from "rate_limit_window" where "bucket" = ? and "window_number" < ?', [bucket, windowNumber], 'run');
  return { hits, resetSeconds: Math.max(1, Math.ceil(((windowNumber + 1) * windowMs - now.getTime()) / 1000)) };
}

/** Counts a hit; answers the seconds to wait when the limit is passed, else null. */
export async function hitRateLimit(em: EntityManager, limit: RateLimit, now: Date): Promise<number | null> {
  const { hits, resetSeconds } = await countHit(em, limit.bucket, limit.windowMs, now);
  return hits <= limit.max ? null : resetSeconds;
}
