import { checkContracts, type ContractInput, type Finding, type ReferenceData } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import type { Actor } from '../../shared/actor.js';
import { apiError } from '../../shared/errors.js';
import { toCents, toEuros } from '../../shared/money.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { CONTROL_CHARACTERS, InputCheck } from '../../shared/validate.js';
import { missionContractInput } from '../missions/mission-rules.js';
import { readBoundKeys, readUpsertContracts, type PushField, type PushValues, type UpsertContractRow } from './contract-upsert-read.js';
import { PUSH_FIELDS, writeItems, type Accepted } from './contract-upsert-write.js';

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
 * with their missions and students), the rules in memory, then the multi-row writes of
 * contract-upsert-write.ts (identifiers, contracts by id and version, audit rows, change events
 * and their webhook deliveries) — the roster import's way (issue 15), without the ORM's unit of work.
 *
 * A call racing another on the same items loses item by item, never whole: an item whose
 * identifier or contract the other call bound, or whose contract it changed, between this
 * call's read and its write is decided once more against the state the other call committed
 * (its `version`, if given, checked against that state), and only an item that meets another
 * writer again is REJECTED with CONFLICT on its `version` field.
 */
export async function upsertContracts(ctx: ServiceContext, source: string | null | undefined, items: readonly ContractUpsertItem[]): Promise<UpsertResult[]> {
  const actor = authorize(ctx.actor, 'contracts:upsert');
  const own = actor.kind === 'TOKEN' ? (actor.partner ?? null) : null;
  const src = own ?? source ?? null;
  if (!src || !/^[a-z][a-z0-9_-]{1,19}$/.test(src)) throw apiError('BAD_USER_INPUT', 'source : la source des identifiants (ex. cfa) est obligatoire.', 'source');
  if (own && source && source !== own) throw apiError('BAD_USER_INPUT', `source : ce jeton n’écrit que la source ${own}.`, 'source');
  if (items.length > MAX_UPSERT_ITEMS) throw apiError('BAD_USER_INPUT', `input : ${items.length} éléments, ${MAX_UPSERT_ITEMS} au plus par appel.`, 'input');
  const call: Call = { ctx, actor, src, items, data: await ctx.referenceData(), today: ctx.clock.today(), now: ctx.clock.now(), results: new Array<UpsertResult>(items.length) };

  return unitOfWork(ctx, async () => {
    const pending: number[] = [];
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const check = checkItem(item, index);
      if (check.errors.length) return void (call.results[index] = reject(index, item.externalId, check.errors.map((e) => ({ code: e.code, field: e.field ?? null, message: e.message }))));
      if (seen.has(item.externalId)) return void (call.results[index] = reject(index, item.externalId, [{ code: 'DUPLICATE_ITEM', field: `input.${index}.externalId`, message: `${item.externalId} figure deux fois dans cet appel.` }]));
      seen.add(item.externalId);
      pending.push(index);
    });
    // Once more against the other writer's committed state, then CONFLICT: a retry cannot loop.
    let conflicted = await applyItems(call, pending);
    if (conflicted.length) conflicted = await applyItems(call, conflicted);
    for (const index of conflicted) {
      call.results[index] = reject(index, items[index]!.externalId, [{ code: 'CONFLICT', field: `input.${index}.version`, message: 'Un autre envoi a modifié ce contrat pendant celui-ci : relisez-le (version) avant de renvoyer cet élément.' }]);
    }
    return call.results;
  });
}

/** One call's state: its input, what each item came to, and the items written so far. */
interface Call {
  ctx: ServiceContext;
  actor: Actor;
  src: string;
  items: readonly ContractUpsertItem[];
  data: ReferenceData;
  today: string;
  now: Date;
  results: UpsertResult[];
}

/** An item that found its contract: the contract as read, its values after, what changed, and whether it binds the identifier. */
interface Candidate {
  index: number;
  row: UpsertContractRow;
  boundId: string | undefined;
  next: PushValues;
  fields: PushField[];
}

/** The domain's error findings on each input, worded only when read (checkContracts' lazy findings). */
function errorsOf(inputs: readonly ContractInput[], data: ReferenceData, today: string): Finding[][] {
  return checkContracts(inputs, { referenceData: data, today }).map((c) => c.findings.filter((f) => f.severity === 'error'));
}

/**
 * Decides the items of `indexes` against the database as it is now (reads locked on
 * PostgreSQL), writes those accepted, and returns the indexes of the items another writer
 * came between (their results are left to the caller). Results of the others are set.
 *
 * The per-item work is in the synchronous steps below, each a small function: V8 optimizes a
 * loop by compiling its whole function (on-stack replacement), and an async function holding
 * every loop of a 1,000-item call was compiled three times over the bench's ten calls, at
 * 100–300 ms each — more than the items' own work (docs/benchmarks.md).
 */
async function applyItems(call: Call, indexes: readonly number[]): Promise<number[]> {
  const { ctx, actor, src, items } = call;
  const keys = indexes.map((i) => items[i]!.externalId);
  const byKey = await readBoundKeys(ctx.em, src, keys);
  const contracts = await readUpsertContracts(ctx.em, actor, src, [...new Set(byKey.values())], missionIdsToRead(items, indexes, byKey));
  const candidates = findContracts(call, indexes, byKey, contracts);
  const broken = brokenRules(call, candidates);
  const accepted = acceptItems(call, candidates, broken, new Set([...byKey.values(), ...boundContractIds(contracts)]));
  const lost = await writeItems(ctx.em, actor, src, call.now, accepted);
  return indexesOf(accepted, lost);
}

/** The missions of the items whose identifier is new (a well-formed id each), once each. */
function missionIdsToRead(items: readonly ContractUpsertItem[], indexes: readonly number[], byKey: ReadonlyMap<string, string>): string[] {
  const ids = new Set<string>();
  for (const index of indexes) {
    const item = items[index]!;
    if (!byKey.has(item.externalId) && item.missionId && UUID.test(item.missionId)) ids.add(item.missionId);
  }
  return [...ids];
}

/** Contracts that already carry an identifier of this source (this call's or another). */
function boundContractIds(contracts: readonly UpsertContractRow[]): string[] {
  const ids: string[] = [];
  for (const c of contracts) if (c.boundExternalId !== null) ids.push(c.id);
  return ids;
}

/** Each item's contract (by its identifier, or its mission on a first push) and its values after; an item without one is REJECTED. */
function findContracts(call: Call, indexes: readonly number[], byKey: ReadonlyMap<string, string>, contracts: readonly UpsertContractRow[]): Candidate[] {
  const { items, results } = call;
  const byId = new Map<string, UpsertContractRow>();
  const byMission = new Map<string, UpsertContractRow>();
  for (const c of contracts) {
    byId.set(c.id, c);
    byMission.set(c.missionId, c);
  }
  const candidates: Candidate[] = [];
  for (const index of indexes) {
    const item = items[index]!;
    const boundId = byKey.get(item.externalId);
    const row = boundId ? byId.get(boundId) : item.missionId ? byMission.get(item.missionId) : undefined;
    if (!row) {
      const field = boundId || !item.missionId ? 'externalId' : 'missionId';
      results[index] = reject(index, item.externalId, [{ code: 'NOT_FOUND', field: `input.${index}.${field}`, message: boundId ? `Contrat ${item.externalId} hors de portée de ce jeton.` : item.missionId ? `Aucun contrat (mission validée) à votre portée pour la mission ${item.missionId}.` : `${item.externalId} inconnu : donnez missionId au premier envoi.` }]);
      continue;
    }
    const next = nextValues(row, item);
    candidates.push({ index, row, boundId, next, fields: changedFields(row, next) });
  }
  return candidates;
}

/** The push fields whose value the item changes, in PUSH_FIELDS' order. */
function changedFields(row: PushValues, next: PushValues): PushField[] {
  const fields: PushField[] = [];
  for (const f of PUSH_FIELDS) if (next[f] !== row[f]) fields.push(f);
  return fields;
}

const domainInput = (c: Candidate, v: PushValues): ContractInput =>
  missionContractInput(c.row.mission, c.row.student, { contractType: c.row.contractType, startDate: v.startDate, endDate: v.endDate, monthlyGrossPay: toEuros(v.monthlyGrossPayCents) ?? undefined });

/**
 * Every rule of the domain, on the contract as it would be: a push may not bring a new error.
 * The contract as it is is checked only when the new one has errors to compare. Returns the
 * candidates that would break a rule, with the findings they would bring.
 */
function brokenRules(call: Call, candidates: readonly Candidate[]): Map<Candidate, Finding[]> {
  const ruled = candidates.filter((c) => c.fields.some((f) => RULED.includes(f)));
  const after = errorsOf(ruled.map((c) => domainInput(c, c.next)), call.data, call.today);
  const erring = ruled.flatMap((c, k) => (after[k]!.length ? [k] : []));
  const before = errorsOf(erring.map((k) => domainInput(ruled[k]!, ruled[k]!.row)), call.data, call.today);
  const broken = new Map<Candidate, Finding[]>();
  erring.forEach((k, j) => {
    const known = new Set(before[j]!.map((f) => f.code));
    const fresh = after[k]!.filter((f) => !known.has(f.code));
    if (fresh.length) broken.set(ruled[k]!, fresh);
  });
  return broken;
}

/** The API's own rules on each candidate, then its result: REJECTED, or accepted (CREATED, UPDATED; UNCHANGED writes nothing). */
function acceptItems(call: Call, candidates: readonly Candidate[], broken: ReadonlyMap<Candidate, Finding[]>, boundIds: Set<string>): Accepted[] {
  const { items, results, src } = call;
  const accepted: Accepted[] = [];
  for (const candidate of candidates) {
    const { index, row, boundId, next, fields } = candidate;
    const item = items[index]!;
    const externalId = item.externalId;
    const error = (code: string, field: string, message: string) => void (results[index] = reject(index, externalId, [{ code, field: `input.${index}.${field}`, message }]));
    if (!boundId && boundIds.has(row.id)) error('EXTERNAL_ID_TAKEN', 'missionId', `Ce contrat porte déjà un autre identifiant de la source ${src}.`);
    else if (item.version !== undefined && item.version !== null && item.version !== row.version) error('CONFLICT', 'version', `Version ${item.version} périmée : le contrat est à la version ${row.version}. Relisez-le avant d’envoyer.`);
    else if (next.signed && !next.signingDate) error('SIGNING_DATE_REQUIRED', 'signingDate', 'signingDate : la date de signature d’un contrat signé est obligatoire.');
    else if (next.signingDate && next.signingDate > call.today) error('SIGNING_DATE_IN_FUTURE', 'signingDate', 'signingDate : un contrat ne peut être signé à une date à venir.');
    else if (next.opcoDepositDate && next.signingDate && next.opcoDepositDate < next.signingDate) error('DEPOSIT_BEFORE_SIGNING', 'opcoDepositDate', 'opcoDepositDate : le dépôt à l’OPCO suit la signature du contrat.');
    else if (broken.has(candidate)) results[index] = reject(index, externalId, broken.get(candidate)!.map((f) => ({ code: f.code, field: fieldOf(f) ? `input.${index}.${fieldOf(f)}` : null, message: f.message })));
    else {
      if (!boundId) boundIds.add(row.id);
      const result: UpsertResult = { index, externalId, status: !boundId ? 'CREATED' : fields.length ? 'UPDATED' : 'UNCHANGED', missionId: row.missionId, changedFields: fields.map((f) => FIELD_NAMES[f]), errors: [] };
      results[index] = result;
      if (!boundId || fields.length) accepted.push({ index, externalId, status: boundId ? 'UPDATED' : 'CREATED', row, next, fields, changedFields: result.changedFields, binds: !boundId });
    }
  }
  return accepted;
}

/** The indexes of the accepted items another writer came between (written: audit row and event went with them). */
function indexesOf(accepted: readonly Accepted[], lost: ReadonlySet<Accepted>): number[] {
  const again: number[] = [];
  for (const a of accepted) if (lost.has(a)) again.push(a.index);
  return again;
}
