import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { dbDate, dbJson, execute, insertRows, isPostgres, updateRowsByVersion } from '../../db/bulk-sql.js';
import type { Actor } from '../../shared/actor.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { feedWriter, queueDeliveries, recordChanges } from './change-feed.js';
import { CONTRACT_PUSH_COLUMNS, type PushField, type PushValues, type UpsertContractRow } from './contract-upsert-read.js';

/** The audit action of a contract written by a partner's upsert (written in SQL, not through audit()). */
const UPSERT: AuditAction = 'UPSERT';

/**
 * What `upsertContracts` writes (issue 14), in statements that do not grow with the items.
 * On PostgreSQL the rows travel once each way, as few and small as they can: the identifiers,
 * the contracts, the audit rows and the change events in one statement, built by the server
 * from one compact JSON parameter (ids made there too, `gen_random_uuid`).
 * SQLite (no data-modifying CTE) sends one multi-row statement per table.
 */

/** An item accepted: its contract as read, its values after, what changed, and whether it binds its identifier. */
export interface Accepted {
  index: number;
  externalId: string;
  status: 'CREATED' | 'UPDATED';
  row: UpsertContractRow;
  next: PushValues;
  fields: PushField[];
  /** The changed fields by their GraphQL names, as the result and the event report them. */
  changedFields: string[];
  binds: boolean;
}

export const PUSH_FIELDS = Object.keys(CONTRACT_PUSH_COLUMNS) as PushField[];
/** The PostgreSQL type of each pushed column, to unfold the update's rows. */
const SQL_TYPES: Record<PushField, string> = {
  startDate: 'varchar(10)',
  endDate: 'varchar(10)',
  monthlyGrossPayCents: 'integer',
  signed: 'boolean',
  signingDate: 'varchar(10)',
  contractNumber: 'varchar(50)',
  opcoDepositDate: 'varchar(10)',
  opcoDepositNumber: 'varchar(50)',
};
const q = (name: string): string => `"${name}"`;

/** The changed columns of an item (only those travel: a push never sets a field to null, null keeps the value). */
function changedColumns(a: Accepted, into: Record<string, unknown>): Record<string, unknown> {
  for (const f of a.fields) into[CONTRACT_PUSH_COLUMNS[f]] = a.next[f];
  return into;
}

/**
 * Writes the accepted items — their identifiers, then their contracts by id and version — with
 * the audit row and the change event (and its webhook deliveries) of each item that went in,
 * and returns those another writer came between: an identifier or contract bound by another
 * call since the read (the insert skips it), a contract whose version moved. Nothing of such an
 * item stays written, and it has no audit row nor event.
 */
export function writeItems(em: EntityManager, actor: Actor, source: string, now: Date, accepted: readonly Accepted[]): Promise<Set<Accepted>> {
  return isPostgres(em) ? writeItemsAtOnce(em, actor, source, now, accepted) : writeItemsByTable(em, actor, source, now, accepted);
}

/** The fields an item's audit row and event name: its identifier when it binds, then the contract's. */
const fieldsOf = (a: Accepted): string[] => (a.binds ? ['externalId', ...a.changedFields] : a.changedFields);
/** The contract's version after the item. */
const versionOf = (a: Accepted): number => (a.fields.length ? a.row.version + 1 : a.row.version);

/**
 * The whole write of one call (PostgreSQL), the same text for any call: the identifiers (`b`),
 * the contracts by id and version (`u`), then — for the items whose identifier and contract
 * both went in (`w`) — the audit rows and the change events, in the items' order. Each item
 * travels once, as one JSON row: what the writes need, its mission and contract type for the
 * event (the values read, locked since), and its fields as one text (a JSON array column costs
 * the server a parse per row, ten times the rest of the row: measured, docs/benchmarks.md).
 * `returning`: the events' positions, for webhook deliveries — asked only when an endpoint may
 * want them.
 */
const writeItemsSql = (returning: boolean): string => {
  const set = PUSH_FIELDS.map((f) => `${q(CONTRACT_PUSH_COLUMNS[f])} = coalesce(x.${q(CONTRACT_PUSH_COLUMNS[f])}, c.${q(CONTRACT_PUSH_COLUMNS[f])})`);
  const bound = `cast(x."id" as text) in (select "entity_id" from b)`;
  return (
    `with x as (select * from json_to_recordset(cast(? as json)) as r("n" integer, "id" uuid, "version" integer, "xid" varchar(100), "binds" boolean, "changes" boolean,` +
    ` ${PUSH_FIELDS.map((f) => `${q(CONTRACT_PUSH_COLUMNS[f])} ${SQL_TYPES[f]}`).join(', ')}, "mission_id" varchar(36), "contract_type" varchar(20), "status" varchar(10), "fields" text))` +
    `, b as (insert into "external_id" ("version", "created_at", "updated_at", "entity_type", "source", "entity_id", "external_id")` +
    ` select 1, ?, ?, 'CONTRACT', ?, cast(x."id" as text), x."xid" from x where x."binds" on conflict do nothing returning "entity_id")` +
    `, u as (update "contract" c set ${set.join(', ')}, "version" = c."version" + 1, "updated_at" = ? from x` +
    ` where c."id" = x."id" and c."version" = x."version" and x."changes" and (not x."binds" or ${bound}) returning c."id")` +
    `, w as materialized (select x."n", cast(x."id" as text) as "entity_id", x."mission_id", x."contract_type", x."xid", x."status", x."version" + case when x."changes" then 1 else 0 end as "version",` +
    ` to_jsonb(string_to_array(x."fields", ',')) as "fields" from x where (not x."binds" or ${bound}) and (not x."changes" or x."id" in (select "id" from u)))` +
    `, a as (insert into "audit_event" ("id", "version", "created_at", "updated_at", "at", "actor_type", "actor_id", "actor_label", "role", "entity_type", "entity_id", "action", "fields", "comment")` +
    ` select gen_random_uuid(), 1, ?, ?, ?, ?, ?, ?, ?, 'Contract', w."entity_id", '${UPSERT}', w."fields", cast(? as text) || w."xid" from w order by w."n")` +
    `, e as (insert into "change_event" ("type", "entity_type", "entity_id", "contract_type", "data", "at")` +
    ` select 'CONTRACT_UPDATED', 'Contract', w."entity_id", w."contract_type", jsonb_build_object('contractId', w."entity_id", 'missionId', w."mission_id", 'version', w."version", 'source', cast(? as text), 'externalId', w."xid", 'status', w."status", 'fields', w."fields"), ?` +
    ` from w order by w."n" returning "position")` +
    ` select (select coalesce(json_agg("entity_id"), '[]') from b) as "bound", (select coalesce(json_agg("id"), '[]') from u) as "updated"` +
    (returning ? `, (select coalesce(json_agg("position"), '[]') from e) as "positions"` : '')
  );
};
const WRITE_ITEMS_SQL = writeItemsSql(false);
const WRITE_ITEMS_RETURNING_SQL = writeItemsSql(true);

/**
 * PostgreSQL: one statement. The contracts were read `for update`, so their version cannot move
 * before this write; an identifier can still be taken by a call that committed since the read,
 * and the contract of an item whose identifier did not go in is not updated. The feed's lock
 * is taken first: positions are taken, in the items' order, only by its holder.
 */
async function writeItemsAtOnce(em: EntityManager, actor: Actor, source: string, now: Date, accepted: readonly Accepted[]): Promise<Set<Accepted>> {
  const lost = new Set<Accepted>();
  if (!accepted.length) return lost;
  const endpoints = await feedWriter(em);
  const at = dbDate(em, now);
  const rows = accepted.map((a) =>
    changedColumns(a, { n: a.index, id: a.row.id, version: a.row.version, xid: a.externalId, binds: a.binds, changes: a.fields.length > 0, mission_id: a.row.missionId, contract_type: a.row.contractType, status: a.status, fields: fieldsOf(a).join(',') }),
  );
  const params = [dbJson(rows), at, at, source, at, at, at, at, actor.kind, actor.id, actor.label, actor.role, `${source} `, source, at];
  const [result] = await execute<{ bound: string[]; updated: string[]; positions?: unknown[] }[]>(em, endpoints.length ? WRITE_ITEMS_RETURNING_SQL : WRITE_ITEMS_SQL, params);
  const bound = new Set(result!.bound);
  const updated = new Set(result!.updated);
  for (const a of accepted) if ((a.binds && !bound.has(a.row.id)) || (a.fields.length && !updated.has(a.row.id))) lost.add(a);
  await unbind(em, source, [...lost].filter((a) => a.binds && bound.has(a.row.id)));
  if (endpoints.length) {
    // Positions were taken in the items' order; RETURNING's own order is not promised.
    const positions = result!.positions!.map(Number).sort((x, y) => x - y);
    const written = accepted.filter((a) => !lost.has(a));
    await queueDeliveries(em, endpoints, written.map((a) => ({ type: 'CONTRACT_UPDATED' as const, contractType: a.row.contractType })), positions, now);
  }
  return lost;
}

/** SQLite: the identifiers in one statement, the contracts in another, then the audit rows and events of the items written. */
async function writeItemsByTable(em: EntityManager, actor: Actor, source: string, now: Date, accepted: readonly Accepted[]): Promise<Set<Accepted>> {
  const at = dbDate(em, now);
  const binding = accepted.filter((a) => a.binds);
  const bound = new Set(
    (await insertRows(
      em,
      'external_id',
      [{ name: 'entity_id', pgType: 'varchar(36)' }, { name: 'external_id', pgType: 'varchar(100)' }],
      binding.map((a) => ({ entity_id: a.row.id, external_id: a.externalId })),
      { fixed: { version: 1, created_at: at, updated_at: at, entity_type: 'CONTRACT', source }, returning: 'entity_id', onConflictDoNothing: true },
    )).map(String),
  );
  const lost = new Set(binding.filter((a) => !bound.has(a.row.id)));
  const updates = accepted.filter((a) => a.fields.length && !lost.has(a));
  const columns = PUSH_FIELDS.map((f) => ({ name: CONTRACT_PUSH_COLUMNS[f], pgType: SQL_TYPES[f] }));
  const updated = new Set(await updateRowsByVersion(em, 'contract', columns, updates.map((u) => changedColumns(u, { id: u.row.id, version: u.row.version })), now));
  for (const u of updates) if (!updated.has(u.row.id)) lost.add(u);
  await unbind(em, source, [...lost].filter((a) => a.binds && bound.has(a.row.id)));
  await recordByTable(em, actor, source, accepted.filter((a) => !lost.has(a)), now);
  return lost;
}

/** A contract changed under an item that bound its identifier: the identifier goes too. */
async function unbind(em: EntityManager, source: string, items: readonly Accepted[]): Promise<void> {
  if (!items.length) return;
  await execute(em, `delete from "external_id" where "entity_type" = 'CONTRACT' and "source" = ? and "entity_id" in (${items.map(() => '?').join(', ')})`, [source, ...items.map((a) => a.row.id)], 'run');
}

/** SQLite: the audit rows in one statement, the events (and their deliveries) in the next. */
async function recordByTable(em: EntityManager, actor: Actor, source: string, written: readonly Accepted[], now: Date): Promise<void> {
  if (!written.length) return;
  const at = dbDate(em, now);
  await insertRows(
    em,
    'audit_event',
    [
      { name: 'id', pgType: 'uuid' },
      { name: 'entity_id', pgType: 'varchar(36)' },
      { name: 'fields', pgType: 'jsonb', json: true },
      { name: 'comment', pgType: 'text' },
    ],
    written.map((a) => ({ id: randomUUID(), entity_id: a.row.id, fields: fieldsOf(a), comment: `${source} ${a.externalId}` })),
    { fixed: { version: 1, created_at: at, updated_at: at, at, actor_type: actor.kind, actor_id: actor.id, actor_label: actor.label, role: actor.role, entity_type: 'Contract', action: UPSERT } },
  );
  await recordChanges(
    em,
    written.map((a) => ({
      type: 'CONTRACT_UPDATED',
      entityType: 'Contract',
      entityId: a.row.id,
      contractType: a.row.contractType,
      data: { contractId: a.row.id, missionId: a.row.missionId, version: versionOf(a), source, externalId: a.externalId, status: a.status, fields: fieldsOf(a) },
    })),
    now,
  );
}
