import type { MikroORM } from '@mikro-orm/core';

/**
 * Whether a logged SQL statement belongs to the request whose statements a test counts.
 * Left out: the mail and webhook pollers, which run after each response (onResponse) and on
 * PostgreSQL claim inside their own transaction (`begin`, `select … for update skip locked`,
 * `update`, `commit`), so that they fall into one count or the next by timing; a token's
 * last-used time and the rate limiter's sweep of past windows, each written at most once a
 * minute (whichever request comes first after the minute turns); each in either quoting
 * (`…` by the ORM on SQLite, "…" on PostgreSQL); and transaction control, whose number is the same for any
 * number of items (the request's own begin/commit are counted by neither).
 */
export function countsAsRequestStatement(query: string | undefined): boolean {
  const sql = (query ?? '').trimStart();
  if (/^(begin|commit|rollback|savepoint|release savepoint)\b/i.test(sql)) return false;
  if (/^(select|update)\b[\s\S]*["`](webhook_delivery|outbox_mail)["`]/i.test(sql)) return false;
  if (/^delete from ["`]rate_limit_window["`]/.test(sql)) return false;
  return !/^update ["`]api_token["`] set ["`]last_used_at/.test(sql);
}

/**
 * The SQL statements `work` sends, counted through the ORM's query log; by default only
 * those of the request itself ({@link countsAsRequestStatement}).
 */
export async function countStatements(orm: MikroORM, work: () => Promise<unknown>, counts: (query: string | undefined) => boolean = countsAsRequestStatement): Promise<number> {
  return (await loggedStatements(orm, work)).filter((query) => counts(query)).length;
}

/** The SQL statements `work` sends, in order, as the ORM's query log holds them. */
export async function loggedStatements(orm: MikroORM, work: () => Promise<unknown>): Promise<string[]> {
  const logged: string[] = [];
  const logger = orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (context) => void logged.push(String(context.query ?? ''));
  orm.config.set('debug', ['query']);
  try {
    await work();
  } finally {
    orm.config.set('debug', false);
    logger.logQuery = original;
  }
  return logged;
}
