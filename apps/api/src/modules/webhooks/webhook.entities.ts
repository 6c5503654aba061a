import { EntitySchema } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';
import { ChangeEvent } from '../integration/change-event.entity.js';

/**
 * Where a partner wants the change feed's events pushed (issue 14). The secret signs each
 * delivery (HMAC-SHA256, Standard Webhooks): it must be kept to sign, so it is stored as given
 * and never returned by the API.
 */
export class WebhookEndpoint extends BaseEntity {
  url!: string;
  secret!: string;
  /** A partner's endpoint receives its contract types' events only; null: every event (office). */
  partner: string | null = null;
  /** Event types wanted; empty: all. */
  types: string[] = [];
  active = true;
  createdBy!: string;
}

/** Why a removed endpoint's queued delivery did not go out (the delivery log's last error). */
export const ENDPOINT_REMOVED = 'Webhook retiré : livraison abandonnée.';

export type WebhookDeliveryState = 'PENDING' | 'SENT' | 'FAILED';

/** One event to one endpoint: the durable queue and the delivery log the manager reads. */
export class WebhookDelivery extends BaseEntity {
  endpoint!: WebhookEndpoint;
  event!: ChangeEvent;
  state: WebhookDeliveryState = 'PENDING';
  attempts = 0;
  nextAttemptAt!: Date;
  lastStatus: number | null = null;
  lastError: string | null = null;
  sentAt: Date | null = null;
}

export const WebhookEndpointSchema = new EntitySchema<WebhookEndpoint, BaseEntity>({
  class: WebhookEndpoint,
  extends: BaseEntitySchema,
  properties: {
    url: { type: 'string', length: 2000 },
    secret: { type: 'string', length: 200, lazy: true },
    partner: { type: 'string', length: 20, nullable: true },
    types: { type: 'json' },
    active: { type: 'boolean', default: true },
    createdBy: { type: 'string', length: 36 },
  },
});

export const WebhookDeliverySchema = new EntitySchema<WebhookDelivery, BaseEntity>({
  class: WebhookDelivery,
  extends: BaseEntitySchema,
  properties: {
    endpoint: { kind: 'm:1', entity: () => WebhookEndpoint, index: true },
    event: { kind: 'm:1', entity: () => ChangeEvent },
    state: { type: 'string', length: 10 },
    attempts: { type: 'integer', default: 0 },
    nextAttemptAt: { type: 'Date', index: true },
    lastStatus: { type: 'integer', nullable: true },
    lastError: { type: 'string', length: 1000, nullable: true },
    sentAt: { type: 'Date', nullable: true },
  },
  uniques: [{ properties: ['endpoint', 'event'] }],
});
