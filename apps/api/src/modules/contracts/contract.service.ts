import type { FilterQuery } from '@mikro-orm/core';
import { checkContract, checklistOverdue, contractFigures, tryMinimumPaySchedule, type ContractCheck, type ContractFigures, type Finding, type PaySegment } from '@alternance/domain';
import { authorize, missionScope } from '../../policy/policy.js';
import { BusinessError, conflict } from '../../shared/errors.js';
import { toEuros } from '../../shared/money.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { audit } from '../audit/audit.js';
import { missionContractInput } from '../missions/mission-rules.js';
import { pageSize } from '../missions/mission.service.js';
import { ChecklistItem, Contract } from './contract.entities.js';

export interface ContractFilterInput {
  cohort?: string | null;
  contractType?: string | null;
  overdue?: boolean | null;
}

const LIST_POPULATE = ['student', 'mission', 'mission.organisation', 'mission.tutor1', 'mission.tutor2', 'mission.hrContact', 'checklist'] as const;

/** Contracts the actor may see, with student, OPA, tutors and checklist loaded in one statement. */
export async function listContracts(ctx: ServiceContext, filter: ContractFilterInput | null | undefined, first?: number | null, offset?: number | null): Promise<Contract[]> {
  const actor = authorize(ctx.actor, 'contracts:read');
  const where: FilterQuery<Contract>[] = [{ mission: missionScope(actor) }];
  if (filter?.cohort) where.push({ mission: { cohort: filter.cohort } });
  if (filter?.contractType) where.push({ contractType: filter.contractType });
  if (filter?.overdue) {
    const warnDays = (await ctx.referenceData()).settings.workflow?.checklistWarnDays ?? 5;
    const limit = new Date(ctx.clock.now().getTime() + warnDays * 86_400_000).toISOString().slice(0, 10);
    where.push({ checklist: { done: false, dueDate: { $lte: limit } } });
  }
  return ctx.em.find(Contract, { $and: where }, {
    populate: LIST_POPULATE,
    orderBy: { startDate: 'asc', id: 'asc' },
    limit: pageSize(first),
    offset: Math.max(0, offset ?? 0),
    strategy: 'joined',
  });
}

export async function findContract(ctx: ServiceContext, id: string): Promise<Contract | null> {
  const actor = authorize(ctx.actor, 'contracts:read');
  return ctx.em.findOne(Contract, { id, mission: missionScope(actor) }, { populate: LIST_POPULATE, strategy: 'joined' });
}

/** The rule view of a contract: the mission's data with the contract's dates and pay. */
async function contractInput(ctx: ServiceContext, contract: Contract) {
  if (!contract.mission.student) await ctx.em.populate(contract, ['mission.student']);
  return missionContractInput(contract.mission, contract.student, {
    contractType: contract.contractType,
    startDate: contract.startDate,
    endDate: contract.endDate,
    monthlyGrossPay: toEuros(contract.monthlyGrossPayCents) ?? undefined,
  });
}

export async function contractCheck(ctx: ServiceContext, contract: Contract): Promise<ContractCheck> {
  return checkContract(await contractInput(ctx, contract), { referenceData: await ctx.referenceData() });
}

export async function contractFindings(ctx: ServiceContext, contract: Contract): Promise<Finding[]> {
  const check = await contractCheck(ctx, contract);
  const overdue = checklistOverdue(contract.checklist.getItems(), ctx.clock.today(), (await ctx.referenceData()).settings.workflow?.checklistWarnDays);
  return [...check.findings, ...overdue];
}

export async function contractPaySegments(ctx: ServiceContext, contract: Contract): Promise<PaySegment[]> {
  if (contract.contractType !== 'CAPP' && contract.contractType !== 'CPRO') return [];
  const input = await contractInput(ctx, contract);
  if (!input.birthDate) return [];
  return (
    tryMinimumPaySchedule(
      {
        cohort: input.cohort,
        contractType: contract.contractType,
        birthDate: input.birthDate,
        startDate: contract.startDate,
        endDate: contract.endDate,
        ...(input.smcMonthly !== undefined ? { smcMonthly: input.smcMonthly } : {}),
        ...(input.previousRatePercent !== undefined ? { previousRatePercent: input.previousRatePercent } : {}),
      },
      { referenceData: await ctx.referenceData() },
    ) ?? []
  );
}

export async function figuresOf(ctx: ServiceContext, contract: Contract): Promise<ContractFigures> {
  return contractFigures(await contractInput(ctx, contract), { referenceData: await ctx.referenceData() });
}

export async function isOverdue(ctx: ServiceContext, item: ChecklistItem): Promise<boolean> {
  return checklistOverdue([item], ctx.clock.today(), (await ctx.referenceData()).settings.workflow?.checklistWarnDays).length > 0;
}

export async function setChecklistItemDone(ctx: ServiceContext, id: string, version: number, done: boolean): Promise<ChecklistItem> {
  const actor = authorize(ctx.actor, 'checklist:edit');
  return unitOfWork(ctx, async () => {
    const item = await ctx.em.findOne(ChecklistItem, id);
    if (!item) throw new BusinessError([{ code: 'NOT_FOUND', field: 'id', message: `Élément de checklist introuvable : ${id}.` }]);
    if (item.version !== version) throw conflict('Cet élément de la checklist');
    item.done = done;
    item.doneAt = done ? ctx.clock.now() : null;
    item.doneBy = done ? actor.id : null;
    audit(ctx.em, actor, { entityType: 'ChecklistItem', entityId: item.id, action: done ? 'DONE' : 'UNDONE', fields: ['done'], comment: item.code }, ctx.clock.now());
    return item;
  });
}
