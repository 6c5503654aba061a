import type { FilterQuery } from '@mikro-orm/core';
import { isPartner, PARTNER_CODES } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import type { Actor } from '../../shared/actor.js';
import { BusinessError, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { pageSize } from '../missions/mission.service.js';
import { audit } from '../audit/audit.js';
import { CHANGE_TYPES } from '../integration/change-event.entity.js';
import { ENDPOINT_REMOVED, WebhookDelivery, WebhookEndpoint, type WebhookDeliveryState } from './webhook.entities.js';

export interface WebhookInput {
  url: string;
  secret: string;
  types?: readonly string[] | null;
  partner?: string | null;
}

/** The endpoints an actor manages: a token its own (its partner's, or those it registered), the office all. */
function endpointScope(actor: Actor): FilterQuery<WebhookEndpoint> {
  if (actor.kind !== 'TOKEN') return {};
  return actor.partner ? { partner: actor.partner } : { createdBy: actor.id };
}

function checkInput(actor: Actor, input: WebhookInput): { partner: string | null; types: string[] } {
  const errors: { code: string; field: string; message: string }[] = [];
  const url = URL.canParse(input.url) ? new URL(input.url) : null;
  if (!url || !['https:', 'http:'].includes(url.protocol) || input.url.length > 2000 || url.username || url.password) {
    errors.push({ code: 'BAD_USER_INPUT', field: 'url', message: 'url : une adresse http(s) complète, sans identifiants, 2 000 caractères au plus.' });
  }
  if (input.secret.length < 24 || input.secret.length > 200) errors.push({ code: 'BAD_USER_INPUT', field: 'secret', message: 'secret : de 24 à 200 caractères (ex. whsec_ suivi de 32 octets en base64).' });
  const types = [...new Set(input.types ?? [])];
  const unknown = types.filter((t) => !(CHANGE_TYPES as readonly string[]).includes(t));
  if (unknown.length) errors.push({ code: 'BAD_USER_INPUT', field: 'types', message: `types : ${unknown.join(', ')} inconnu(s) (admis : ${CHANGE_TYPES.join(', ')}).` });
  let partner = actor.kind === 'TOKEN' ? (actor.partner ?? null) : (input.partner ?? null);
  if (actor.kind !== 'TOKEN' && partner !== null && !isPartner(partner)) {
    errors.push({ code: 'BAD_USER_INPUT', field: 'partner', message: `partner : ${PARTNER_CODES.join(', ')} ou rien.` });
    partner = null;
  }
  if (errors.length) throw new BusinessError(errors);
  return { partner, types };
}

export async function registerWebhook(ctx: ServiceContext, input: WebhookInput): Promise<WebhookEndpoint> {
  const actor = authorize(ctx.actor, 'webhooks:manage');
  const { partner, types } = checkInput(actor, input);
  return unitOfWork(ctx, async () => {
    const endpoint = Object.assign(new WebhookEndpoint(), { url: input.url, secret: input.secret, partner, types, createdBy: actor.id });
    ctx.em.persist(endpoint);
    audit(ctx.em, actor, { entityType: 'WebhookEndpoint', entityId: endpoint.id, action: 'CREATE', fields: ['url', 'secret', 'types', 'partner'] }, ctx.clock.now());
    return endpoint;
  });
}

export async function removeWebhook(ctx: ServiceContext, id: string): Promise<WebhookEndpoint> {
  const actor = authorize(ctx.actor, 'webhooks:manage');
  return unitOfWork(ctx, async () => {
    const endpoint = /^[0-9a-f-]{36}$/i.test(id) ? await ctx.em.findOne(WebhookEndpoint, { $and: [{ id }, endpointScope(actor)] }) : null;
    if (!endpoint) throw missing('Webhook', id);
    endpoint.active = false;
    // What was still queued for it will not go out: the log says so at once (the dispatcher
    // also skips a removed endpoint's delivery it had already claimed).
    await ctx.em.nativeUpdate(WebhookDelivery, { endpoint: endpoint.id, state: 'PENDING' }, { state: 'FAILED', lastError: ENDPOINT_REMOVED, updatedAt: ctx.clock.now() });
    audit(ctx.em, actor, { entityType: 'WebhookEndpoint', entityId: endpoint.id, action: 'DEACTIVATE', fields: ['active'] }, ctx.clock.now());
    return endpoint;
  });
}

export async function listWebhooks(ctx: ServiceContext): Promise<WebhookEndpoint[]> {
  const actor = authorize(ctx.actor, 'webhooks:manage');
  return ctx.em.find(WebhookEndpoint, endpointScope(actor), { orderBy: { createdAt: 'desc' }, limit: 100 });
}

/** The delivery log, newest first. */
export async function listWebhookDeliveries(ctx: ServiceContext, endpointId: string | null | undefined, state: WebhookDeliveryState | null | undefined, first: number | null | undefined): Promise<WebhookDelivery[]> {
  const actor = authorize(ctx.actor, 'webhooks:manage');
  const where: FilterQuery<WebhookDelivery>[] = [{ endpoint: endpointScope(actor) as FilterQuery<WebhookEndpoint> }];
  if (endpointId) where.push({ endpoint: endpointId });
  if (state) where.push({ state });
  return ctx.em.find(WebhookDelivery, { $and: where }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: pageSize(first), populate: ['event', 'endpoint'] });
}

/** Sends a delivery again (a FAILED one after the partner fixed its endpoint, or a SENT one it lost). */
export async function replayWebhookDelivery(ctx: ServiceContext, id: string): Promise<WebhookDelivery> {
  const actor = authorize(ctx.actor, 'webhooks:replay');
  return unitOfWork(ctx, async () => {
    const delivery = /^[0-9a-f-]{36}$/i.test(id) ? await ctx.em.findOne(WebhookDelivery, id, { populate: ['event', 'endpoint'] }) : null;
    if (!delivery) throw missing('Livraison', id);
    if (delivery.state === 'PENDING') throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'id', message: 'Cette livraison est déjà en attente d’envoi.' }]);
    // A removed endpoint is never sent to again (none is reactivated: the partner registers a new one).
    if (!delivery.endpoint.active) throw new BusinessError([{ code: 'WEBHOOK_INACTIVE', field: 'id', message: `Le webhook ${delivery.endpoint.url} a été retiré : ses livraisons ne partent plus. Le partenaire en enregistre un nouveau, puis relit le flux des changements depuis son curseur.` }]);
    Object.assign(delivery, { state: 'PENDING', attempts: 0, nextAttemptAt: ctx.clock.now(), lastError: null });
    audit(ctx.em, actor, { entityType: 'WebhookDelivery', entityId: delivery.id, action: 'REPLAY', fields: ['state'] }, ctx.clock.now());
    return delivery;
  });
}
