import { describe, expect, it } from 'vitest';
import { CHANGE_FEED_LOCK, feedWriter } from '../src/modules/integration/change-feed.js';
import { WebhookEndpoint } from '../src/modules/webhooks/webhook.entities.js';
import { DIALECTS } from './support/databases.js';
import { migratedDatabase } from './support/migrated-database.js';

// Issue 14 §3: a writer of the change feed takes the feed's lock (PostgreSQL) and reads the
// active webhook endpoints in one round trip, the lock taken even when no endpoint is active.

describe.each(DIALECTS)('the change feed’s writer (%s)', (dialect) => {
  const m = migratedDatabase(dialect);

  /** Whether a transaction holds the feed's lock, seen from another connection (PostgreSQL). */
  const lockHeld = async (): Promise<boolean> => {
    const rows = (await m.orm.em.fork().getConnection().execute("select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = ? and granted", [CHANGE_FEED_LOCK])) as { n: number }[];
    return rows[0]!.n > 0;
  };

  it('takes the lock with no endpoint active, then returns the active endpoints as managed entities, the lock taken once', async () => {
    await m.orm.em.fork().transactional(async (em) => {
      expect(await feedWriter(em)).toEqual([]);
      if (dialect === 'postgresql') expect(await lockHeld()).toBe(true);
    });
    if (dialect === 'postgresql') expect(await lockHeld()).toBe(false);

    const endpoint = (active: boolean, url: string) => Object.assign(new WebhookEndpoint(), { url, secret: 'whsec_test', partner: 'cfa', types: ['CONTRACT_UPDATED'], active, createdBy: 'test' });
    await m.orm.em.fork().persistAndFlush([endpoint(true, 'https://cfa.example/hook'), endpoint(false, 'https://cfa.example/old')]);
    await m.orm.em.fork().transactional(async (em) => {
      const endpoints = await feedWriter(em);
      expect(endpoints.map((e) => [e.url, e.partner, e.types, e.active])).toEqual([['https://cfa.example/hook', 'cfa', ['CONTRACT_UPDATED'], true]]);
      expect(em.getUnitOfWork().getById(WebhookEndpoint.name, endpoints[0]!.id)).toBe(endpoints[0]);
      expect(await feedWriter(em)).toBe(endpoints);
      if (dialect === 'postgresql') expect(await lockHeld()).toBe(true);
    });
  });
});
