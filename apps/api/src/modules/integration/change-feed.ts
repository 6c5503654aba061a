import type { EntityManager } from '@mikro-orm/core';
import { isPartner, partnerContractTypes } from '@alternance/domain';
import { randomUUID } from 'node:crypto';
import { dbDate, insertRows } from '../../db/bulk-sql.js';
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

/**
 * The feed's lock (once per transaction) and the active endpoints (read once per transaction).
 * A writer that appends events with its own statement takes it just before that statement.
 */
export async function feedWriter(em: EntityManager): Promise<WebhookEndpoint[]> {
  if (!em.isInTransaction()) throw new Error('recordChange: only inside a unit of work (the event must commit with its change).');
  const trx = em.getTransactionContext() as object;
  let endpoints = endpointsOf.get(trx);
  // Once per transaction: a bulk call appending 1,000 events takes the lock once.
  if (isPostgres(em) && !locked.has(trx)) {
    const fresh = await lockAndReadEndpoints(em, trx);
    locked.add(trx);
    endpoints ??= fresh;
  }
  if (!endpoints) endpoints = await em.find(WebhookEndpoint, { active: true });
  endpointsOf.set(trx, endpoints);
  return endpoints;
}

/**
 * PostgreSQL: the feed's lock and the active endpoints in one round trip. The lock is a
 * materialized CTE on the preserved side of a left join, so it is taken exactly once even
 * when no endpoint is active (the join then returns its one row of nulls).
 */
async function lockAndReadEndpoints(em: EntityManager, trx: object): Promise<WebhookEndpoint[]> {
  const rows = (await em
    .getConnection()
    .execute(
      'with l as materialized (select pg_advisory_xact_lock(?)) select e."id", e."version", e."created_at", e."updated_at", e."url", e."partner", e."types", e."active", e."created_by" from l left join "webhook_endpoint" e on e."active"',
      [CHANGE_FEED_LOCK],
      'all',
      trx,
    )) as Record<string, unknown>[];
  return rows.filter((r) => r.id !== null).map((r) => em.map(WebhookEndpoint, r));
}

/** Whether an endpoint receives an event: a partner's endpoint its contract types' only, and the types it asked for. */
function wants(endpoint: WebhookEndpoint, change: Pick<Change, 'type' | 'contractType'>): boolean {
  const types = endpoint.partner === null ? null : isPartner(endpoint.partner) ? (partnerContractTypes(endpoint.partner) as readonly string[]) : [];
  if (types !== null && (change.contractType === null || !types.includes(change.contractType))) return false;
  return !endpoint.types.length || endpoint.types.includes(change.type);
}

/** Appends an event in the transaction of the change (a unit of work): both commit, or neither. */
export async function recordChange(em: EntityManager, change: Change, at: Date): Promise<ChangeEvent> {
  const endpoints = await feedWriter(em);
  const event = Object.assign(new ChangeEvent(), change, { at });
  em.persist(event);
  // The webhooks' durable queue, in the same transaction: an event committed is an event delivered.
  for (const endpoint of endpoints) {
    if (wants(endpoint, change)) em.persist(Object.assign(new WebhookDelivery(), { endpoint, event, nextAttemptAt: at }));
  }
  return event;
}

/**
 * {@link recordChange} for a bulk write: the events in one multi-row insert (positions in the
 * order given), their webhook deliveries in another — statements that do not grow with the
 * number of events. Written at once, outside the unit of work: call it after the changes' own
 * statements, in their transaction.
 */
export async function recordChanges(em: EntityManager, changes: readonly Change[], at: Date): Promise<number[]> {
  if (!changes.length) return [];
  const endpoints = await feedWriter(em);
  const when = dbDate(em, at);
  const positions = (
    await insertRows(
      em,
      'change_event',
      [
        { name: 'type', pgType: 'varchar(40)' },
        { name: 'entity_type', pgType: 'varchar(20)' },
        { name: 'entity_id', pgType: 'varchar(36)' },
        { name: 'contract_type', pgType: 'varchar(20)' },
        { name: 'data', pgType: 'jsonb', json: true },
      ],
      changes.map((c) => ({ type: c.type, entity_type: c.entityType, entity_id: c.entityId, contract_type: c.contractType, data: c.data })),
      { fixed: { at: when }, returning: 'position' },
    )
  )
    // Positions are taken in the rows' order; RETURNING's own order is not promised.
    .map(Number)
    .sort((a, b) => a - b);
  await queueDeliveries(em, endpoints, changes, positions, at);
  return positions;
}

/** The webhook deliveries of events appended at `positions` (in the order of `changes`), one multi-row insert. */
export async function queueDeliveries(em: EntityManager, endpoints: readonly WebhookEndpoint[], changes: readonly Pick<Change, 'type' | 'contractType'>[], positions: readonly number[], at: Date): Promise<void> {
  if (!endpoints.length) return;
  const when = dbDate(em, at);
  const deliveries = changes.flatMap((change, i) => endpoints.filter((e) => wants(e, change)).map((e) => ({ id: randomUUID(), endpoint_id: e.id, event_position: positions[i] })));
  await insertRows(em, 'webhook_delivery', [{ name: 'id', pgType: 'uuid' }, { name: 'endpoint_id', pgType: 'uuid' }, { name: 'event_position', pgType: 'integer' }], deliveries, {
    fixed: { version: 1, created_at: when, updated_at: when, state: 'PENDING', attempts: 0, next_attempt_at: when },
  });
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
