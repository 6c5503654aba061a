import type { EntityManager } from '@mikro-orm/core';
import { LoginThrottle } from './throttle.entities.js';

/** Failures in a row before an address is throttled (OWASP ASVS 5, V6.3: throttle, don't lock out). */
export const THROTTLE_AFTER = 5;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;
/** A quiet day forgets past failures. */
const FORGET_AFTER_MS = 24 * 3_600_000;

/** Delay imposed after the n-th failure in a row: none before THROTTLE_AFTER, then 30 s doubling up to 15 min. */
export function throttleDelayMs(failures: number): number {
  if (failures < THROTTLE_AFTER) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - THROTTLE_AFTER), MAX_DELAY_MS);
}

/** Seconds still to wait before a password is verified for this address, or null. */
export async function throttleWait(em: EntityManager, emailHash: string, now: Date): Promise<number | null> {
  const row = await em.fork().findOne(LoginThrottle, { emailHash });
  if (!row?.throttledUntil || row.throttledUntil <= now) return null;
  return Math.ceil((row.throttledUntil.getTime() - now.getTime()) / 1000);
}

/**
 * Counts a failure for the address with one atomic upsert (several API instances may count
 * at once), then sets the next allowed attempt. Answers the failures in a row.
 */
export async function recordLoginFailure(em: EntityManager, emailHash: string, now: Date): Promise<number> {
  const fork = em.fork();
  const previous = await fork.findOne(LoginThrottle, { emailHash });
  if (previous?.lastFailureAt && now.getTime() - previous.lastFailureAt.getTime() > FORGET_AFTER_MS) {
    await fork.nativeUpdate(LoginThrottle, { emailHash }, { failures: 0 });
  }
  const rows = (await fork
    .getConnection()
    .execute(
      'insert into "login_throttle" ("email_hash", "failures") values (?, 1) on conflict ("email_hash") do update set "failures" = "login_throttle"."failures" + 1 returning "failures"',
      [emailHash],
      'all',
    )) as { failures: number | string }[];
  const failures = Number(rows[0]?.failures ?? 1);
  const delay = throttleDelayMs(failures);
  await fork.nativeUpdate(LoginThrottle, { emailHash }, { lastFailureAt: now, throttledUntil: delay ? new Date(now.getTime() + delay) : null });
  return failures;
}

export async function clearLoginFailures(em: EntityManager, emailHash: string): Promise<void> {
  await em.fork().nativeDelete(LoginThrottle, { emailHash });
}
