import type { MikroORM } from '@mikro-orm/core';
import { claimNextDue, delay, releaseClaims, type Claim } from '../../db/queue-claim.js';
import { changeCursor } from '../integration/change-feed.js';
import { ENDPOINT_REMOVED, WebhookDelivery } from './webhook.entities.js';
import { signWebhook } from './webhook-signature.js';

/** Back-off between attempts; after the last, the delivery is FAILED (the manager may replay it). */
export const WEBHOOK_RETRY_DELAYS_MS = [60_000, 300_000, 1_800_000, 7_200_000, 28_800_000];
/** A claimed delivery is this instance's for this long; a crashed instance's claim then expires. */
export const WEBHOOK_CLAIM_LEASE_MS = 2 * 60_000;
const TIMEOUT_MS = 10_000;

export interface WebhookReport {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Delivers the webhook queue. Instances share it: each delivery is claimed in the database
 * (`claimNextDue`: `FOR UPDATE SKIP LOCKED` on PostgreSQL, a conditional UPDATE on SQLite)
 * with a lease on `nextAttemptAt`, as the mail outbox does. A receiver may get a delivery
 * twice after a crash between sending and recording (it dedupes on `webhook-id`), never lose
 * one: a crashed instance's claim expires and another instance retakes it; a stopping instance
 * aborts what it is sending and gives its claims back at once.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<WebhookReport> | null = null;
  private stopping = false;
  /** Aborts the requests in flight when a stop's drain time is over. */
  private readonly abort = new AbortController();
  /** The claims this instance holds now (its own, to give back on shutdown; nothing shared). */
  private readonly held = new Map<string, Claim>();

  constructor(
    private readonly orm: MikroORM,
    private readonly now: () => Date = () => new Date(),
    private readonly leaseMs: number = WEBHOOK_CLAIM_LEASE_MS,
  ) {}

  deliverDue(limit = 50): Promise<WebhookReport> {
    if (this.stopping) return Promise.resolve({ sent: 0, retried: 0, failed: 0 });
    this.running ??= this.run(limit).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Takes a given delivery for this instance (the lease of `claimNextDue`, for one known row). */
  async claim(id: string, attempts: number, now: Date): Promise<boolean> {
    const changed = await this.orm.em.fork().nativeUpdate(
      WebhookDelivery,
      { id, state: 'PENDING', attempts, nextAttemptAt: { $lte: now } },
      { attempts: attempts + 1, nextAttemptAt: new Date(now.getTime() + this.leaseMs), updatedAt: now },
    );
    return changed === 1;
  }

  private async run(limit: number): Promise<WebhookReport> {
    const report: WebhookReport = { sent: 0, retried: 0, failed: 0 };
    const startedAt = this.now();
    for (let n = 0; n < limit && !this.stopping; n += 1) {
      const claim = await claimNextDue(this.orm, WebhookDelivery, { event: 'asc', id: 'asc' }, startedAt, this.leaseMs);
      if (!claim) break;
      this.held.set(claim.id, claim);
      try {
        await this.deliver(claim, report);
      } finally {
        this.held.delete(claim.id);
      }
    }
    return report;
  }

  private async deliver(claim: Claim, report: WebhookReport): Promise<void> {
    const em = this.orm.em.fork();
    const delivery = await em.findOneOrFail(WebhookDelivery, claim.id, { populate: ['event', 'endpoint', 'endpoint.secret'] });
    const { event, endpoint } = delivery;
    // Removed after this delivery was claimed: nothing more goes to it.
    if (!endpoint.active) {
      Object.assign(delivery, { state: 'FAILED', lastError: ENDPOINT_REMOVED });
      report.failed += 1;
      await em.flush();
      return;
    }
    const body = JSON.stringify({
      type: event.type,
      timestamp: event.at.toISOString(),
      data: { cursor: changeCursor(Number(event.position)), entityType: event.entityType, entityId: event.entityId, contractType: event.contractType, ...event.data },
    });
    // The attempt's real time, not the programme's clock: the receiver checks it against its own
    // clock to refuse replays (Standard Webhooks), and a demo or test runs on a chosen day (FIXED_TODAY).
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'webhook-id': delivery.id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signWebhook(endpoint.secret, delivery.id, timestamp, body) },
        body,
        signal: AbortSignal.any([AbortSignal.timeout(TIMEOUT_MS), this.abort.signal]),
        redirect: 'manual',
      });
      delivery.lastStatus = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (response.status < 200 || response.status >= 300) throw new Error(`HTTP ${response.status}`);
      delivery.state = 'SENT';
      delivery.sentAt = this.now();
      delivery.lastError = null;
      report.sent += 1;
    } catch (error) {
      // Cut short by a shutdown: not the receiver's failure; the claim goes back at once.
      if (this.abort.signal.aborted) {
        await releaseClaims(this.orm, WebhookDelivery, [claim], this.now());
        return;
      }
      delivery.lastError = String((error as Error).message).slice(0, 1000);
      const delay = WEBHOOK_RETRY_DELAYS_MS[delivery.attempts - 1];
      if (delay === undefined) {
        delivery.state = 'FAILED';
        report.failed += 1;
      } else {
        delivery.nextAttemptAt = new Date(this.now().getTime() + delay);
        report.retried += 1;
      }
    }
    await em.flush();
  }

  start(intervalMs = 5_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.deliverDue().catch(() => undefined), intervalMs);
    this.timer.unref();
  }

  /**
   * Stops polling, lets the delivery in flight finish (at most `drainMs`), aborts it past
   * that, and gives back the claims still held, so that another instance delivers at once.
   */
  async stop(drainMs = 10_000): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const settled = this.running?.catch(() => undefined);
    await Promise.race([settled, delay(drainMs)]);
    this.abort.abort();
    await settled;
    await releaseClaims(this.orm, WebhookDelivery, [...this.held.values()], this.now()).catch(() => 0);
    this.held.clear();
  }
}
