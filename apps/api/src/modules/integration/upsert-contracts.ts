import { randomUUID } from 'node:crypto';
import { checkContract, type Finding } from '@alternance/domain';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { dbDate, insertRows, updateRowsByVersion } from '../../db/bulk-sql.js';
import { authorize } from '../../policy/policy.js';
import { apiError, BusinessError } from '../../shared/errors.js';
import { toCents, toEuros } from '../../shared/money.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { CONTROL_CHARACTERS, InputCheck } from '../../shared/validate.js';
import { missionContractInput } from '../missions/mission-rules.js';
import { recordChanges } from './change-feed.js';
import { CONTRACT_PUSH_COLUMNS, readBoundKeys, readUpsertContracts, type PushField, type PushValues, type UpsertContractRow } from './contract-upsert-read.js';

export const MAX_UPSERT_ITEMS = 1000;

export interface ContractUpsertItem {
  externalId: string;
  /** First push of a contract: the mission (validated, with its contract) it belongs to. */
  missionId?: string | null;
  /** Optimistic lock: the contract's version the partner last read. */
  version?: number | null;
  /** The contract's real dates, as signed. */
  startDate?: string | null;
  endDate?: string | null;
  monthlyGrossPay?: number | null;
  signed?: boolean | null;
  signingDate?: string | null;
  contractNumber?: string | null;
  opcoDepositDate?: string | null;
  opcoDepositNumber?: string | null;
}

export type UpsertStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';
export interface UpsertResult {
  index: number;
  externalId: string;
  status: UpsertStatus;
  /** The contract's mission (its contract is loaded only if the client asks for it). */
  missionId: string | null;
  /** The contract fields this item changed (GraphQL names). */
  changedFields: string[];
  errors: { code: string; field: string | null; message: string }[];
}

/** Push fields by their GraphQL names, in the order they are reported. */
const FIELD_NAMES: Record<PushField, string> = {
  startDate: 'startDate',
  endDate: 'endDate',
  monthlyGrossPayCents: 'monthlyGrossPay',
  signed: 'signed',
  signingDate: 'signingDate',
  contractNumber: 'contractNumber',
  opcoDepositDate: 'opcoDepositDate',
  opcoDepositNumber: 'opcoDepositNumber',
};
const PUSH_FIELDS = Object.keys(CONTRACT_PUSH_COLUMNS) as PushField[];
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
/** Fields the domain's rules read: a change to another (a contract number…) needs no check. */
const RULED: readonly PushField[] = ['startDate', 'endDate', 'monthlyGrossPayCents'];

const fieldOf = (finding: Finding) => finding.field ?? null;
const reject = (index: number, externalId: string, errors: UpsertResult['errors']): UpsertResult => ({ index, externalId, status: 'REJECTED', missionId: null, changedFields: [], errors });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An item's own input checks (no database): formats, dates, lengths. */
function checkItem(item: ContractUpsertItem, index: number): InputCheck {
  const check = new InputCheck(`input.${index}.`);
  check.text('externalId', item.externalId, 100, { required: true });
  for (const f of ['startDate', 'endDate', 'signingDate', 'opcoDepositDate'] as const) check.date(f, item[f]);
  check.dateOrder('startDate', item.startDate, 'endDate', item.endDate);
  for (const f of ['contractNumber', 'opcoDepositNumber'] as const) {
    const v = item[f];
    if (v !== undefined && v !== null && (v.trim() === '' || v.length > 50 || v !== v.trim() || CONTROL_CHARACTERS.test(v))) check.fail(f, `${f} : de 1 à 50 caractères, sans espace au début ni à la fin.`);
  }
  if (item.monthlyGrossPay !== undefined && item.monthlyGrossPay !== null && !(item.monthlyGrossPay >= 0 && item.monthlyGrossPay < 100_000)) check.fail('monthlyGrossPay', 'monthlyGrossPay : un salaire mensuel brut en euros, de 0 à 99 999.');
  // A contract said signed carries its signing date (given now or already known).
  if (item.signed === false && (item.signingDate || item.contractNumber)) check.fail('signed', 'signed : un contrat non signé n’a ni date de signature ni numéro.');
  return check;
}

/** The contract as the item would leave it: a field absent or null keeps its value. */
function nextValues(row: UpsertContractRow, item: ContractUpsertItem): PushValues {
  const keep = <T>(given: T | null | undefined, current: T): T => (given === undefined || given === null ? current : given);
  const signingDate = keep(item.signingDate, row.signingDate);
  return {
    startDate: keep(item.startDate, row.startDate),
    endDate: keep(item.endDate, row.endDate),
    monthlyGrossPayCents: item.monthlyGrossPay === undefined || item.monthlyGrossPay === null ? row.monthlyGrossPayCents : toCents(item.monthlyGrossPay),
    // A signing date or number means signed, even when the partner did not say it.
    signed: keep(item.signed, row.signed) || (item.signed !== false && (Boolean(item.signingDate) || Boolean(item.contractNumber))),
    signingDate,
    contractNumber: keep(item.contractNumber, row.contractNumber),
    opcoDepositDate: keep(item.opcoDepositDate, row.opcoDepositDate),
    opcoDepositNumber: keep(item.opcoDepositNumber, row.opcoDepositNumber),
  };
}

/**
 * A partner pushes what it knows of its contracts (issue 14), keyed by its own identifiers:
 * each item binds (CREATED: the identifier is new, the contract is the mission's) or changes
 * (UPDATED) our contract, or changes nothing (UNCHANGED); an item that breaks a rule of the
 * domain, names a stale version or a record out of reach is REJECTED with its code and field,
 * and nothing of it is written — the other items are.
 *
 * The statements do not grow with the items: two set-based reads (identifiers, then contracts
 * with their missions and students), the rules in memory, then one multi-row statement per
 * table written (identifiers, contracts by id and version, audit rows, change events and their
 * webhook deliveries) — the roster import's way (issue 15), without the ORM's unit of work.
 */
export async function upsertContracts(ctx: ServiceContext, source: string | null | undefined, items: readonly ContractUpsertItem[]): Promise<UpsertResult[]> {
  const actor = authorize(ctx.actor, 'contracts:upsert');
  const own = actor.kind === 'TOKEN' ? (actor.partner ?? null) : null;
  const src = own ?? source ?? null;
  if (!src || !/^[a-z][a-z0-9_-]{1,19}$/.test(src)) throw apiError('BAD_USER_INPUT', 'source : la source des identifiants (ex. cfa) est obligatoire.', 'source');
  if (own && source && source !== own) throw apiError('BAD_USER_INPUT', `source : ce jeton n’écrit que la source ${own}.`, 'source');
  if (items.length > MAX_UPSERT_ITEMS) throw apiError('BAD_USER_INPUT', `input : ${items.length} éléments, ${MAX_UPSERT_ITEMS} au plus par appel.`, 'input');
  const data = await ctx.referenceData();
  const today = ctx.clock.today();
  const now = ctx.clock.now();
  const { em } = ctx;

  return unitOfWork(ctx, async () => {
    const keys = [...new Set(items.map((i) => i.externalId).filter((k) => typeof k === 'string' && k.length <= 100))];
    const byKey = await readBoundKeys(em, src, keys);
    const missionIds = [...new Set(items.filter((i) => !byKey.has(i.externalId) && i.missionId && UUID.test(i.missionId)).map((i) => i.missionId!))];
    const contracts = await readUpsertContracts(em, actor, src, [...new Set(byKey.values())], missionIds);
    const byId = new Map(contracts.map((c) => [c.id, c]));
    const byMission = new Map(contracts.map((c) => [c.missionId, c]));
    // Contracts that already carry an identifier of this source (this call's or another).
    const boundIds = new Set([...byKey.values(), ...contracts.filter((c) => c.boundExternalId !== null).map((c) => c.id)]);
    const seen = new Set<string>();
    const results: UpsertResult[] = [];
    const accepted: Accepted[] = [];

    items.forEach((item, index) => {
      const check = checkItem(item, index);
      if (check.errors.length) return results.push(reject(index, item.externalId, check.errors.map((e) => ({ code: e.code, field: e.field ?? null, message: e.message }))));
      const externalId = item.externalId;
      if (seen.has(externalId)) return results.push(reject(index, externalId, [{ code: 'DUPLICATE_ITEM', field: `input.${index}.externalId`, message: `${externalId} figure deux fois dans cet appel.` }]));
      seen.add(externalId);
      const boundId = byKey.get(externalId);
      const contract = boundId ? byId.get(boundId) : item.missionId ? byMission.get(item.missionId) : undefined;
      if (!contract) {
        const field = boundId || !item.missionId ? 'externalId' : 'missionId';
        return results.push(reject(index, externalId, [{ code: 'NOT_FOUND', field: `input.${index}.${field}`, message: boundId ? `Contrat ${externalId} hors de portée de ce jeton.` : item.missionId ? `Aucun contrat (mission validée) à votre portée pour la mission ${item.missionId}.` : `${externalId} inconnu : donnez missionId au premier envoi.` }]));
      }
      if (!boundId && boundIds.has(contract.id)) {
        return results.push(reject(index, externalId, [{ code: 'EXTERNAL_ID_TAKEN', field: `input.${index}.missionId`, message: `Ce contrat porte déjà un autre identifiant de la source ${src}.` }]));
      }
      if (item.version !== undefined && item.version !== null && item.version !== contract.version) {
        return results.push(reject(index, externalId, [{ code: 'CONFLICT', field: `input.${index}.version`, message: `Version ${item.version} périmée : le contrat est à la version ${contract.version}. Relisez-le avant d’envoyer.` }]));
      }
      const next = nextValues(contract, item);
      const fields = PUSH_FIELDS.filter((f) => next[f] !== contract[f]);
      if (next.signed && !next.signingDate) return results.push(reject(index, externalId, [{ code: 'SIGNING_DATE_REQUIRED', field: `input.${index}.signingDate`, message: 'signingDate : la date de signature d’un contrat signé est obligatoire.' }]));
      if (next.signingDate && next.signingDate > today) return results.push(reject(index, externalId, [{ code: 'SIGNING_DATE_IN_FUTURE', field: `input.${index}.signingDate`, message: 'signingDate : un contrat ne peut être signé à une date à venir.' }]));
      if (next.opcoDepositDate && next.signingDate && next.opcoDepositDate < next.signingDate) return results.push(reject(index, externalId, [{ code: 'DEPOSIT_BEFORE_SIGNING', field: `input.${index}.opcoDepositDate`, message: 'opcoDepositDate : le dépôt à l’OPCO suit la signature du contrat.' }]));
      if (fields.some((f) => RULED.includes(f))) {
        // Every rule of the domain, on the contract as it would be: a push may not bring a new
        // error. The contract as it is is checked only when the new one has errors to compare.
        const input = (c: PushValues) => missionContractInput(contract.mission, contract.student, { contractType: contract.contractType, startDate: c.startDate, endDate: c.endDate, monthlyGrossPay: toEuros(c.monthlyGrossPayCents) ?? undefined });
        const after = checkContract(input(next), { referenceData: data, today }).findings.filter((f) => f.severity === 'error');
        if (after.length) {
          const before = new Set(checkContract(input(contract), { referenceData: data, today }).findings.filter((f) => f.severity === 'error').map((f) => f.code));
          const broken = after.filter((f) => !before.has(f.code));
          if (broken.length) return results.push(reject(index, externalId, broken.map((f) => ({ code: f.code, field: fieldOf(f) ? `input.${index}.${fieldOf(f)}` : null, message: f.message }))));
        }
      }
      if (!boundId) boundIds.add(contract.id);
      const result: UpsertResult = { index, externalId, status: !boundId ? 'CREATED' : fields.length ? 'UPDATED' : 'UNCHANGED', missionId: contract.missionId, changedFields: fields.map((f) => FIELD_NAMES[f]), errors: [] };
      accepted.push({ result, row: contract, next, fields, binds: !boundId });
      results.push(result);
    });

    await writeUpsert(ctx, src, accepted, now);
    return results;
  });
}

/** An item accepted: its contract as read, its values after, what changed, and whether it binds the identifier. */
interface Accepted {
  result: UpsertResult;
  row: UpsertContractRow;
  next: PushValues;
  fields: PushField[];
  binds: boolean;
}

/** The call's writes, one multi-row statement per table. */
async function writeUpsert(ctx: ServiceContext, src: string, accepted: readonly Accepted[], now: Date): Promise<void> {
  const { em } = ctx;
  const actor = ctx.actor!;
  const at = dbDate(em, now);
  try {
    await insertRows(
      em,
      'external_id',
      [{ name: 'id', pgType: 'uuid' }, { name: 'entity_id', pgType: 'varchar(36)' }, { name: 'external_id', pgType: 'varchar(100)' }],
      accepted.filter((a) => a.binds).map((a) => ({ id: randomUUID(), entity_id: a.row.id, external_id: a.result.externalId })),
      { fixed: { version: 1, created_at: at, updated_at: at, entity_type: 'CONTRACT', source: src } },
    );
  } catch (error) {
    // Another call bound one of these identifiers or contracts since the read: retry the call.
    if (error instanceof UniqueConstraintViolationException) throw new BusinessError([{ code: 'CONFLICT', field: 'input', message: 'Un autre envoi a lié ces identifiants en même temps : rien n’est écrit, renvoyez l’appel.' }]);
    throw error;
  }
  const updates = accepted.filter((a) => a.fields.length);
  const columns = PUSH_FIELDS.map((f) => ({ name: CONTRACT_PUSH_COLUMNS[f], pgType: SQL_TYPES[f] }));
  const rows = updates.map((u) => ({ id: u.row.id, version: u.row.version, ...Object.fromEntries(PUSH_FIELDS.map((f) => [CONTRACT_PUSH_COLUMNS[f], u.next[f]])) }));
  // PostgreSQL locked the rows at the read, SQLite has one writer: a miss means another writer, never a lost update.
  if ((await updateRowsByVersion(em, 'contract', columns, rows, now)) !== rows.length) throw new BusinessError([{ code: 'CONFLICT', field: 'input', message: 'Des contrats ont été modifiés pendant l’envoi : rien n’est écrit, renvoyez l’appel.' }]);
  const changed = accepted.filter((a) => a.binds || a.fields.length);
  if (!changed.length) return;
  const fieldsOf = (a: Accepted) => [...(a.binds ? ['externalId'] : []), ...a.result.changedFields];
  await insertRows(
    em,
    'audit_event',
    [
      { name: 'id', pgType: 'uuid' },
      { name: 'entity_id', pgType: 'varchar(36)' },
      { name: 'fields', pgType: 'jsonb', json: true },
      { name: 'comment', pgType: 'text' },
    ],
    changed.map((a) => ({ id: randomUUID(), entity_id: a.row.id, fields: fieldsOf(a), comment: `${src} ${a.result.externalId}` })),
    { fixed: { version: 1, created_at: at, updated_at: at, at, actor_type: actor.kind, actor_id: actor.id, actor_label: actor.label, role: actor.role, entity_type: 'Contract', action: 'UPSERT' } },
  );
  await recordChanges(
    em,
    changed.map((a) => ({
      type: 'CONTRACT_UPDATED',
      entityType: 'Contract',
      entityId: a.row.id,
      contractType: a.row.contractType,
      data: { contractId: a.row.id, missionId: a.row.missionId, version: a.fields.length ? a.row.version + 1 : a.row.version, source: src, externalId: a.result.externalId, status: a.result.status, fields: fieldsOf(a) },
    })),
    now,
  );
}
