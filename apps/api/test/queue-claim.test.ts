import { describe, expect, it } from 'vitest';
import { claimNextDue } from '../src/db/queue-claim.js';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { DIALECTS } from './support/databases.js';
import { migratedDatabase } from './support/migrated-database.js';
import { loggedStatements } from './support/statement-count.js';

// The durable queues' claim (mail outbox, webhook deliveries): the next due row, in order,
// leased to one instance; asked after every mutation, so an empty queue costs one statement
// on PostgreSQL (issue 14 §3).

describe.each(DIALECTS)('claiming the next due row of a queue (%s)', (dialect) => {
  const m = migratedDatabase(dialect);
  const LEASE = 60_000;
  const now = new Date('2026-07-01T10:00:00Z');
  const claim = () => claimNextDue(m.orm, OutboxMail, { createdAt: 'asc', id: 'asc' }, now, LEASE);

  it('finds nothing in an empty queue, in one statement on PostgreSQL', async () => {
    const statements = await loggedStatements(m.orm, async () => expect(await claim()).toBeNull());
    if (dialect === 'postgresql') expect(statements).toHaveLength(1);
  });

  it('leases the due rows oldest first, each once, and leaves those not due or not pending', async () => {
    const mail = (subject: string, createdAt: string, nextAttemptAt: Date, state: OutboxMail['state'] = 'PENDING', attempts = 0) =>
      Object.assign(new OutboxMail(), { to: 'a@example.test', subject, text: 't', template: 'test', state, attempts, nextAttemptAt, createdAt: new Date(createdAt) });
    const rows = [
      mail('second', '2026-07-01T09:00:00Z', new Date('2026-07-01T09:30:00Z'), 'PENDING', 2),
      mail('first', '2026-07-01T08:00:00Z', now),
      mail('later', '2026-07-01T07:00:00Z', new Date('2026-07-01T10:00:01Z')),
      mail('sent', '2026-07-01T06:00:00Z', now, 'SENT'),
    ];
    await m.orm.em.fork().persistAndFlush(rows);
    const [a, b] = await Promise.all([claim(), claim()]);
    const third = await claim();
    const claimed = [a, b].map((c) => rows.find((r) => r.id === c?.id)?.subject).sort();
    expect(claimed).toEqual(['first', 'second']);
    expect(third).toBeNull();
    const leaseUntil = new Date(now.getTime() + LEASE);
    expect([a, b].map((c) => c!.leaseUntil.getTime())).toEqual([leaseUntil.getTime(), leaseUntil.getTime()]);
    const stored = await m.orm.em.fork().find(OutboxMail, { subject: { $in: ['first', 'second'] } }, { orderBy: { createdAt: 'asc' } });
    expect(stored.map((m) => [m.subject, m.attempts, m.nextAttemptAt.getTime()])).toEqual([
      ['first', 1, leaseUntil.getTime()],
      ['second', 3, leaseUntil.getTime()],
    ]);
    expect(stored.map((m) => [a, b].find((c) => c!.id === m.id)!.attempts)).toEqual([1, 3]);
  });
});
