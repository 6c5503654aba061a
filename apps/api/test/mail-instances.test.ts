import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpSink } from '@alternance/smtp-sink';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { CLAIM_LEASE_MS, enqueueMail } from '../src/modules/mail/outbox.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Several API instances share one outbox (issue 9 §4): each mail is claimed in the database
// before it is sent, so two instances polling at once never send it twice.
describe.each(DIALECTS)('mail outbox delivered by two API instances (%s)', (dialect) => {
  let one: TestApp;
  let two: TestApp;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    one = await createTestApp({ dialect, smtpUrl });
    two = await createTestApp({ dialect, smtpUrl, sameDatabaseAs: one });
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
    await smtp?.stop();
  });

  it('sends each mail exactly once when both instances deliver at the same time', async () => {
    const em = one.orm.em.fork();
    const addresses = Array.from({ length: 12 }, (_, i) => `double-${dialect}-${i}@etu.example`);
    for (const to of addresses) enqueueMail(em, to, 'TWICE', { subject: 'Rappel', text: 'Bonjour.' }, null, one.clock.now());
    await em.flush();

    const [a, b] = await Promise.all([one.app.mail.deliverDue(), two.app.mail.deliverDue()]);
    expect(a.sent + b.sent).toBe(addresses.length);
    for (const to of addresses) expect(smtp.to(to)).toHaveLength(1);
    const stored = await one.orm.em.fork().find(OutboxMail, { template: 'TWICE' });
    expect(stored.map((m) => [m.state, m.attempts])).toEqual(addresses.map(() => ['SENT', 1]));
  });

  it("retries a mail whose claim was left by a crashed instance once the claim expires", async () => {
    const em = one.orm.em.fork();
    const mail = enqueueMail(em, `crashed-${dialect}@etu.example`, 'CRASHED', { subject: 'Rappel', text: 'Bonjour.' }, null, one.clock.now());
    await em.flush();
    // What an instance leaves behind when it dies between claiming and sending.
    const claimed = await one.app.mail.claim(mail.id, mail.attempts);
    expect(claimed).toBe(true);
    expect(await two.app.mail.claim(mail.id, mail.attempts)).toBe(false);
    expect(await two.app.mail.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(smtp.to(`crashed-${dialect}@etu.example`)).toHaveLength(0);

    // The lease runs out: another instance takes the mail over.
    one.clock.set('2025-07-02');
    two.clock.set('2025-07-02');
    expect(CLAIM_LEASE_MS).toBeLessThan(86_400_000);
    expect(await two.app.mail.deliverDue()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(smtp.to(`crashed-${dialect}@etu.example`)).toHaveLength(1);
    expect(await one.orm.em.fork().findOneOrFail(OutboxMail, mail.id)).toMatchObject({ state: 'SENT', attempts: 2 });
  });
});
