import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { enqueueMail, RETRY_DELAYS_MS } from '../src/modules/mail/outbox.js';
import { SmtpSink } from '@alternance/smtp-sink';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('mail outbox delivered over SMTP', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect: 'sqlite', smtpUrl: await smtp.start() });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('delivers French mails, retries with backoff while the server refuses, then gives up', async () => {
    const em = t.orm.em.fork();
    enqueueMail(em, 'alternant@etu.example', 'TEST', { subject: 'Échéance à venir', text: 'Bonjour, votre DDC approche : lien https://x/lien/[masqué].' }, null, t.clock.now(), 'abcdef0123');
    await em.flush();
    // Stored, even before delivery: the text never holds the token.
    expect((await t.orm.em.fork().findOneOrFail(OutboxMail, { template: 'TEST' })).text).toContain('/lien/[masqué]');
    smtp.failing = true;
    expect(await t.app.mail.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 1 });
    let mail = await t.orm.em.fork().findOneOrFail(OutboxMail, { template: 'TEST' });
    expect(mail).toMatchObject({ state: 'PENDING', attempts: 1 });
    expect(mail.nextAttemptAt.getTime() - t.clock.now().getTime()).toBe(RETRY_DELAYS_MS[0]);
    expect(mail.lastError).toMatch(/451|indisponible/);
    // Not due yet: nothing is attempted.
    expect(await t.app.mail.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 0 });

    smtp.failing = false;
    await t.orm.em.fork().nativeUpdate(OutboxMail, { id: mail.id }, { nextAttemptAt: t.clock.now() });
    expect(await t.app.mail.deliverDue()).toEqual({ sent: 1, failed: 0, retried: 0 });
    const received = smtp.to('alternant@etu.example')[0]!;
    expect(received.subject).toBe('Échéance à venir');
    expect(received.text).toContain('votre DDC approche');
    expect(received.text).toContain('/lien/abcdef0123');
    mail = await t.orm.em.fork().findOneOrFail(OutboxMail, mail.id);
    expect(mail).toMatchObject({ state: 'SENT', attempts: 2 });
    expect(mail.text).toContain('/lien/[masqué]');
    // Delivered: the token is gone from the outbox.
    expect((await t.orm.em.fork().findOneOrFail(OutboxMail, mail.id, { populate: ['linkToken'] })).linkToken).toBeNull();
  });

  it('marks a mail FAILED after the last retry', async () => {
    const em = t.orm.em.fork();
    const mail = enqueueMail(em, 'x@etu.example', 'DOOMED', { subject: 's', text: 't' }, null, t.clock.now());
    mail.attempts = RETRY_DELAYS_MS.length;
    await em.flush();
    smtp.failing = true;
    expect(await t.app.mail.deliverDue()).toEqual({ sent: 0, failed: 1, retried: 0 });
    smtp.failing = false;
    expect((await t.orm.em.fork().findOneOrFail(OutboxMail, mail.id)).state).toBe('FAILED');
  });
});
