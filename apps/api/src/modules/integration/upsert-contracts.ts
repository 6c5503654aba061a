import { checkContract, type Finding } from '@alternance/domain';
import { authorize, missionScope } from '../../policy/policy.js';
import { apiError } from '../../shared/errors.js';
import { toCents, toEuros } from '../../shared/money.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck } from '../../shared/validate.js';
import { auditEvent } from '../audit/audit.js';
import { Contract } from '../contracts/contract.entities.js';
import { missionContractInput } from '../missions/mission-rules.js';
import { recordChange } from './change-feed.js';
import { ExternalId } from './external-id.entity.js';

export const MAX_UPSERT_ITEMS = 1000;

export interface ContractUpsertItem {
  externalId: string;
  /** First push of a contract: the mission (validated, with its contract) it belongs to. */
  missionId?: string | null;
  /** Optimistic lock: the contract's version the partner last read. */
  version?: number | null;
  startDate?: string | null;
  endDate?: string | null;
  monthlyGrossPay?: number | null;
}

export type UpsertStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';
export interface UpsertResult {
  index: number;
  externalId: string;
  status: UpsertStatus;
  contract: Contract | null;
  errors: { code: string; field: string | null; message: string }[];
}

const fieldOf = (finding: Finding) => finding.field ?? null;
const reject = (index: number, externalId: string, errors: UpsertResult['errors']): UpsertResult => ({ index, externalId, status: 'REJECTED', contract: null, errors });

/**
 * A partner pushes what it knows of its contracts (issue 14), keyed by its own identifiers:
 * each item binds (CREATED: the identifier is new, the contract is the mission's) or changes
 * (UPDATED) our contract, or changes nothing (UNCHANGED); an item that breaks a rule of the
 * domain, names a stale version or a record out of reach is REJECTED with its code and field,
 * and nothing of it is written — the other items are. The statements sent do not depend on
 * the number of items: identifiers, contracts and missions are each read in one query, and
 * the writes are flushed in batches.
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

  return unitOfWork(ctx, async () => {
    const keys = [...new Set(items.map((i) => i.externalId))];
    const known = keys.length ? await ctx.em.find(ExternalId, { source: src, entityType: 'CONTRACT', externalId: { $in: keys } }) : [];
    const byKey = new Map(known.map((k) => [k.externalId, k.entityId]));
    const missionIds = [...new Set(items.filter((i) => !byKey.has(i.externalId) && i.missionId).map((i) => i.missionId!))].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const scope = { mission: missionScope(actor) };
    const contracts = keys.length
      ? await ctx.em.find(Contract, { $and: [scope, { $or: [{ id: { $in: [...byKey.values()] } }, { mission: { $in: missionIds } }] }] }, { populate: ['mission', 'student'], strategy: 'joined' })
      : [];
    const byId = new Map(contracts.map((c) => [c.id, c]));
    const byMission = new Map(contracts.map((c) => [c.mission.id, c]));
    const boundIds = new Set(byKey.values());
    const seen = new Set<string>();
    const results: UpsertResult[] = [];

    items.forEach((item, index) => {
      const check = new InputCheck(`input.${index}.`);
      const externalId = check.text('externalId', item.externalId, 100, { required: true }) ?? '';
      check.date('startDate', item.startDate);
      check.date('endDate', item.endDate);
      check.dateOrder('startDate', item.startDate, 'endDate', item.endDate);
      if (item.monthlyGrossPay !== undefined && item.monthlyGrossPay !== null && !(item.monthlyGrossPay >= 0 && item.monthlyGrossPay < 100_000)) check.fail('monthlyGrossPay', 'monthlyGrossPay : un salaire mensuel brut en euros, de 0 à 99 999.');
      if (check.errors.length) return results.push(reject(index, item.externalId, check.errors.map((e) => ({ code: e.code, field: e.field ?? null, message: e.message }))));
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
      const next = {
        startDate: item.startDate ?? contract.startDate,
        endDate: item.endDate ?? contract.endDate,
        monthlyGrossPayCents: item.monthlyGrossPay === undefined || item.monthlyGrossPay === null ? contract.monthlyGrossPayCents : toCents(item.monthlyGrossPay),
      };
      const fields = (['startDate', 'endDate', 'monthlyGrossPayCents'] as const).filter((f) => next[f] !== contract[f]);
      if (fields.length) {
        // Every rule of the domain, on the contract as it would be: a push may not bring a new error.
        const input = (c: typeof next) => missionContractInput(contract.mission, contract.student, { contractType: contract.contractType, startDate: c.startDate, endDate: c.endDate, monthlyGrossPay: toEuros(c.monthlyGrossPayCents) ?? undefined });
        const before = new Set(checkContract(input(contract), { referenceData: data, today }).findings.filter((f) => f.severity === 'error').map((f) => f.code));
        const broken = checkContract(input(next), { referenceData: data, today }).findings.filter((f) => f.severity === 'error' && !before.has(f.code));
        if (broken.length) return results.push(reject(index, externalId, broken.map((f) => ({ code: f.code, field: fieldOf(f) ? `input.${index}.${fieldOf(f)}` : null, message: f.message }))));
      }
      if (!boundId) {
        ctx.em.persist(Object.assign(new ExternalId(), { entityType: 'CONTRACT', entityId: contract.id, source: src, externalId }));
        boundIds.add(contract.id);
      }
      if (fields.length) Object.assign(contract, next);
      results.push({ index, externalId, status: !boundId ? 'CREATED' : fields.length ? 'UPDATED' : 'UNCHANGED', contract, errors: [] });
    });

    const changed = results.filter((r) => r.status === 'CREATED' || r.status === 'UPDATED');
    for (const r of changed) {
      const c = r.contract!;
      ctx.em.persist(auditEvent(actor, { entityType: 'Contract', entityId: c.id, action: 'UPSERT', fields: ['externalId', 'startDate', 'endDate', 'monthlyGrossPay'], comment: `${src} ${r.externalId}` }, now));
      await recordChange(ctx.em, { type: 'CONTRACT_UPDATED', entityType: 'Contract', entityId: c.id, contractType: c.contractType, data: { contractId: c.id, missionId: c.mission.id, source: src, externalId: r.externalId, status: r.status } }, now);
    }
    return results;
  });
}
