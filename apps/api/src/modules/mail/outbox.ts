import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { createTransport, type Transporter } from 'nodemailer';
import { claimNextDue, delay, releaseClaims, type Claim } from '../../db/queue-claim.js';
import { OutboxMail } from './outbox-mail.entity.js';
import type { MailContent } from './templates.js';

export const MAIL_FROM = 'MIAGE Aix-Marseille — alternance <alternance@miage.univ-amu.fr>';
/** Delays before the 2nd, 3rd… attempts; after the last one the mail is FAILED. */
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 3_600_000, 21_600_000];

/**
 * How long a claimed mail stays reserved to the instance that claimed it. Longer than any
 * SMTP exchange (nodemailer gives up well before); if that instance dies, the mail becomes
 * due again when the lease runs out and another instance sends it.
 */
export const CLAIM_LEASE_MS = 15 * 60_000;

/** What a personal link looks like in a stored mail: the address without its token. */
export const REDACTED_LINK = '/lien/[masqué]';

/**
 * Queues a mail in the caller's unit of work: it exists only if the change that causes it
 * commits. Its date is the API's clock (`now`), like every other date. A personal-link
 * token is never written into the text: the text holds `/lien/[masqué]` and the token is
 * kept apart (`linkToken`) until delivery renders it into what goes to the SMTP server.
 */
export function enqueueMail(em: EntityManager, to: string, template: string, content: MailContent, missionId: string | null, now: Date, linkToken?: string): OutboxMail {
  const mail = new OutboxMail();
  mail.to = to;
  mail.template = template;
  mail.subject = content.subject;
  mail.text = redactLinks(content.text);
  mail.linkToken = linkToken ?? null;
  mail.headers = content.headers ?? null;
  mail.missionId = missionId;
  mail.nextAttemptAt = now;
  mail.createdAt = now;
  mail.updatedAt = now;
  em.persist(mail);
  return mail;
}

/** Personal links are secrets: a stored copy keeps the address but not the token. */
export function redactLinks(text: string): string {
  return text.replace(/(\/lien\/)[A-Za-z0-9_-]+/g, '$1[masqué]');
}

/** The text as sent: the redacted link with its token put back (delivery only). */
export function renderLink(text: string, token: string | null): string {
  return token ? text.split(REDACTED_LINK).join(`/lien/${token}`) : text;
}

export interface DeliveryReport {
  sent: number;
  failed: number;
  retried: number;
}

/**
 * Delivers due mails over SMTP, one at a time. Several API instances poll the same outbox,
 * so each mail is first claimed in the database (`claimNextDue`: `FOR UPDATE SKIP LOCKED` on
 * PostgreSQL, a conditional UPDATE on SQLite), then sent, then recorded: a crash between
 * sending and recording may send a mail twice, never lose it; two instances never send it
 * twice. A crashed instance's claim expires after the lease and another instance retakes it;
 * a stopping instance gives its claims back at once (`stop`).
 */
export class MailDelivery {
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<DeliveryReport> | null = null;
  private queued: Promise<DeliveryReport> | null = null;
  private stopping = false;
  /** The claims this instance holds now (its own, to give back on shutdown; nothing shared). */
  private readonly held = new Map<string, Claim>();

  constructor(
    private readonly orm: MikroORM,
    smtpUrl: string | null,
    private readonly now: () => Date = () => new Date(),
    private readonly leaseMs: number = CLAIM_LEASE_MS,
  ) {
    this.transport = smtpUrl ? createTransport(smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /**
   * Sends what is due now. One run at a time; a call during a run gets the next run (which
   * sees the mails committed meanwhile), and calls during that wait share it. Nothing once
   * the instance is stopping.
   */
  deliverDue(limit = 50): Promise<DeliveryReport> {
    if (this.stopping) return Promise.resolve({ sent: 0, failed: 0, retried: 0 });
    if (!this.running) {
      this.running = this.run(limit).finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.deliverDue(limit);
      });
    return this.queued;
  }

  /**
   * Takes a given mail for this instance: one UPDATE, true only if it changed the row, i.e. the
   * mail was still pending, due, and at the attempt count this instance read (the lease of
   * `claimNextDue`, for one known mail). The database decides, not this process.
   */
  async claim(id: string, attempts: number, now: Date = this.now()): Promise<boolean> {
    const changed = await this.orm.em.fork().nativeUpdate(
      OutboxMail,
      { id, state: 'PENDING', attempts, nextAttemptAt: { $lte: now } },
      { attempts: attempts + 1, nextAttemptAt: new Date(now.getTime() + this.leaseMs), updatedAt: now },
    );
    return changed === 1;
  }

  private async run(limit: number): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, failed: 0, retried: 0 };
    if (!this.transport) return report;
    // One moment per run: a mail put back for later during this run is not taken again by it.
    const startedAt = this.now();
    for (let n = 0; n < limit && !this.stopping; n += 1) {
      const claim = await claimNextDue(this.orm, OutboxMail, { createdAt: 'asc', id: 'asc' }, startedAt, this.leaseMs);
      if (!claim) break;
      this.held.set(claim.id, claim);
      try {
        await this.send(this.transport, claim.id, report);
      } finally {
        this.held.delete(claim.id);
      }
    }
    return report;
  }

  private async send(transport: Transporter, id: string, report: DeliveryReport): Promise<void> {
    const em = this.orm.em.fork();
    const mail = await em.findOneOrFail(OutboxMail, id, { populate: ['linkToken'] });
    try {
      await transport.sendMail({
        from: MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: renderLink(mail.text, mail.linkToken),
        ...(mail.calendarEvent ? { icalEvent: mail.calendarEvent } : {}),
        ...(mail.headers ? { headers: mail.headers } : {}),
      });
      mail.state = 'SENT';
      mail.sentAt = this.now();
      // Delivered: the token has no reason to stay anywhere on this side.
      mail.linkToken = null;
      mail.text = redactLinks(mail.text);
      mail.lastError = null;
      report.sent += 1;
    } catch (error) {
      mail.lastError = String((error as Error).message).slice(0, 1000);
      const delay = RETRY_DELAYS_MS[mail.attempts - 1];
      if (delay === undefined) {
        mail.state = 'FAILED';
        mail.linkToken = null;
        report.failed += 1;
      } else {
        mail.nextAttemptAt = new Date(this.now().getTime() + delay);
        report.retried += 1;
      }
    }
    mail.updatedAt = this.now();
    await em.flush();
  }

  /** Polls the outbox every `intervalMs` (the mails of other processes too). */
  start(intervalMs = 5_000): void {
    if (!this.transport || this.timer) return;
    this.timer = setInterval(() => void this.deliverDue().catch(() => undefined), intervalMs);
    this.timer.unref();
  }

  /**
   * Stops polling, lets the mail being sent finish (at most `drainMs`), then gives back any
   * claim still held, so that another instance sends that mail at once.
   */
  async stop(drainMs = 10_000): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const settled = Promise.all([this.running, this.queued].map((p) => p?.catch(() => undefined)));
    await Promise.race([settled, delay(drainMs)]);
    await releaseClaims(this.orm, OutboxMail, [...this.held.values()], this.now()).catch(() => 0);
    this.held.clear();
    this.transport?.close();
  }
}
