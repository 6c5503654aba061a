import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { payload } from '../../graphql/payload.js';
import { changeCursor } from '../integration/change-feed.js';
import { listWebhookDeliveries, listWebhooks, registerWebhook, removeWebhook, replayWebhookDelivery } from './webhooks.service.js';

export const webhookResolvers: Resolvers = {
  WebhookDelivery: {
    eventType: (d) => d.event.type,
    eventCursor: (d) => changeCursor(Number(d.event.position)),
    entityId: (d) => d.event.entityId,
  },
  Query: {
    webhooks: (_, __, ctx) => listWebhooks(ctx),
    webhookDeliveries: (_, { endpointId, state, first }, ctx) => listWebhookDeliveries(ctx, endpointId, state, first),
  },
  Mutation: {
    registerWebhook: (_, { input }, ctx) =>
      payload(
        () => registerWebhook(ctx, input),
        (webhook) => ({ webhook, errors: [] }),
        (errors) => ({ webhook: null, errors }),
      ),
    removeWebhook: (_, { id }, ctx) =>
      payload(
        () => removeWebhook(ctx, id),
        (webhook) => ({ webhook, errors: [] }),
        (errors) => ({ webhook: null, errors }),
      ),
    replayWebhookDelivery: (_, { id }, ctx) =>
      payload(
        () => replayWebhookDelivery(ctx, id),
        (delivery) => ({ delivery, errors: [] }),
        (errors) => ({ delivery: null, errors }),
      ),
  },
};
