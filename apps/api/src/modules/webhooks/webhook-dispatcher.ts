import type { MikroORM } from '@mikro-orm/core';
import { changeCursor } from '../integration/change-feed.js';
import { WebhookDelivery } from './webhook.entities.js';
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
 * Delivers the webhook queue. Instances share it: each delivery is claimed by a conditional
 * UPDATE (state, attempts and due time as read) that only one instance wins, with a lease on
 * `nextAttemptAt`, as the mail outbox does; the same on SQLite and PostgreSQL. A receiver may
 * get a delivery twice after a crash between sending and recording (it dedupes on
 * `webhook-id`), never lose one.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<WebhookReport> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly now: () => Date = () => new Date(),
  ) {}

  deliverDue(limit = 50): Promise<WebhookReport> {
    this.running ??= this.run(limit).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async claim(id: string, attempts: number, now: Date): Promise<boolean> {
    const changed = await this.orm.em.fork().nativeUpdate(
      WebhookDelivery,
      { id, state: 'PENDING', attempts, nextAttemptAt: { $lte: now } },
      { attempts: attempts + 1, nextAttemptAt: new Date(now.getTime() + WEBHOOK_CLAIM_LEASE_MS), updatedAt: now },
    );
    return changed === 1;
  }

  private async run(limit: number): Promise<WebhookReport> {
    const report: WebhookReport = { sent: 0, retried: 0, failed: 0 };
    const startedAt = this.now();
    const due = await this.orm.em.fork().find(WebhookDelivery, { state: 'PENDING', nextAttemptAt: { $lte: startedAt } }, { orderBy: { event: 'asc' }, limit, fields: ['id', 'attempts'] });
    for (const candidate of due) {
      if (!(await this.claim(candidate.id, candidate.attempts, startedAt))) continue;
      const em = this.orm.em.fork();
      const delivery = await em.findOneOrFail(WebhookDelivery, candidate.id, { populate: ['event', 'endpoint', 'endpoint.secret'] });
      const { event, endpoint } = delivery;
      const body = JSON.stringify({
        type: event.type,
        timestamp: event.at.toISOString(),
        data: { cursor: changeCursor(Number(event.position)), entityType: event.entityType, entityId: event.entityId, contractType: event.contractType, ...event.data },
      });
      const timestamp = Math.floor(this.now().getTime() / 1000);
      try {
        const response = await fetch(endpoint.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'webhook-id': delivery.id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signWebhook(endpoint.secret, delivery.id, timestamp, body) },
          body,
          signal: AbortSignal.timeout(TIMEOUT_MS),
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
    return report;
  }

  start(intervalMs = 5_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.deliverDue().catch(() => undefined), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
