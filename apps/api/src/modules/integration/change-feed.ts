import type { EntityManager } from '@mikro-orm/core';
import { isPartner, partnerContractTypes } from '@alternance/domain';
import { WebhookDelivery, WebhookEndpoint } from '../webhooks/webhook.entities.js';
import { isPartnerActor, authorize } from '../../policy/policy.js';
import { apiError } from '../../shared/errors.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { ChangeEvent, CHANGE_TYPES, type ChangeType } from './change-event.entity.js';

/**
 * Key of the PostgreSQL advisory lock that orders the feed's writers. A position is taken
 * from the sequence only by a transaction holding this lock, and the lock is released at its
 * commit: so positions commit in increasing order, and a reader that has seen position n will
 * never see a smaller one appear later (no gap filled behind a client's cursor). SQLite has
 * one writer at a time anyway.
 */
export const CHANGE_FEED_LOCK = 1_400_014;
export const MAX_CHANGES_PAGE = 500;

export interface Change {
  type: ChangeType;
  entityType: string;
  entityId: string;
  contractType: string | null;
  data: Record<string, unknown>;
}

const locked = new WeakSet<object>();
const endpointsOf = new WeakMap<object, WebhookEndpoint[]>();
const isPostgres = (em: EntityManager): boolean => em.getPlatform().constructor.name.startsWith('PostgreSql');

/** Appends an event in the transaction of the change (a unit of work): both commit, or neither. */
export async function recordChange(em: EntityManager, change: Change, at: Date): Promise<ChangeEvent> {
  if (!em.isInTransaction()) throw new Error('recordChange: only inside a unit of work (the event must commit with its change).');
  const trx = em.getTransactionContext() as object;
  // Once per transaction: a bulk call appending 1,000 events takes the lock once.
  if (isPostgres(em) && !locked.has(trx)) {
    await em.getConnection().execute('select pg_advisory_xact_lock(?)', [CHANGE_FEED_LOCK], 'all', trx);
    locked.add(trx);
  }
  const event = Object.assign(new ChangeEvent(), change, { at });
  em.persist(event);
  // The webhooks' durable queue, in the same transaction: an event committed is an event delivered.
  let endpoints = endpointsOf.get(trx);
  if (!endpoints) {
    endpoints = await em.find(WebhookEndpoint, { active: true });
    endpointsOf.set(trx, endpoints);
  }
  for (const endpoint of endpoints) {
    const types = endpoint.partner === null ? null : isPartner(endpoint.partner) ? (partnerContractTypes(endpoint.partner) as readonly string[]) : [];
    if (types !== null && (change.contractType === null || !types.includes(change.contractType))) continue;
    if (endpoint.types.length && !endpoint.types.includes(change.type)) continue;
    em.persist(Object.assign(new WebhookDelivery(), { endpoint, event, nextAttemptAt: at }));
  }
  return event;
}

const PREFIX = 'c1.';
export const changeCursor = (position: number): string => Buffer.from(`${PREFIX}${position}`).toString('base64url');

function readCursor(after: string | null | undefined): number {
  if (after === null || after === undefined || after === '') return 0;
  const text = Buffer.from(after, 'base64url').toString('utf8');
  const position = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(position) || position < 0 || changeCursor(position) !== after) throw apiError('BAD_USER_INPUT', 'after : curseur inconnu (reprenez avec le endCursor d’une page précédente).', 'after');
  return position;
}

export interface ChangePage {
  events: (ChangeEvent & { cursor: string })[];
  endCursor: string;
  hasMore: boolean;
}

/**
 * The events after a cursor, oldest first. `endCursor` is where to resume — the last event
 * returned, or `after` itself on an empty page — so a client that stores it misses nothing and
 * sees nothing twice. A partner's token reads its contract types' events only.
 */
export async function listChanges(ctx: ServiceContext, after: string | null | undefined, first: number | null | undefined, types: readonly string[] | null | undefined): Promise<ChangePage> {
  const actor = authorize(ctx.actor, 'changes:read');
  const from = readCursor(after);
  const size = first ?? 100;
  if (!Number.isInteger(size) || size < 1 || size > MAX_CHANGES_PAGE) throw apiError('BAD_USER_INPUT', `first : entre 1 et ${MAX_CHANGES_PAGE}.`, 'first');
  const unknown = (types ?? []).filter((t) => !(CHANGE_TYPES as readonly string[]).includes(t));
  if (unknown.length) throw apiError('BAD_USER_INPUT', `types : ${unknown.join(', ')} inconnu(s) (admis : ${CHANGE_TYPES.join(', ')}).`, 'types');
  const where: Record<string, unknown> = { position: { $gt: from } };
  if (types?.length) where.type = { $in: [...types] };
  if (isPartnerActor(actor)) where.contractType = { $in: [...actor.contractTypes] };
  const rows = await ctx.em.find(ChangeEvent, where, { orderBy: { position: 'asc' }, limit: size + 1 });
  const events = rows.slice(0, size).map((e) => Object.assign(e, { cursor: changeCursor(Number(e.position)) }));
  return { events, endCursor: events.length ? events.at(-1)!.cursor : changeCursor(from), hasMore: rows.length > size };
}
