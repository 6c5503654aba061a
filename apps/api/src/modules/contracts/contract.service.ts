import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { pageOffset } from '../../shared/validate.js';
import { apprenticeSocialBenefits, checkContract, contractGratification, type ContractGratification, checklistAttentionLimit, checklistOverdue, contractFigures, contractPaySchedule, type ApprenticeSocialBenefits, type ContractCheck, type ContractFigures, type Finding, type PaySegment } from '@alternance/domain';
import { authorize, missionScope } from '../../policy/policy.js';
import { conflict, missing } from '../../shared/errors.js';
import { toEuros } from '../../shared/money.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { audit } from '../audit/audit.js';
import { missionContractInput } from '../missions/mission-rules.js';
import { pageSize } from '../missions/mission.service.js';
import { readContractCursor } from './contract-cursor.js';
import { contractListRows, type ContractListProjection } from './contract-list.query.js';
import { ChecklistItem, Contract } from './contract.entities.js';
import { followStudentChecklist } from '../people/people.service.js';
import { alternantReferenceData } from '../calendars/calendar-views.js';
import { contractExtension, extendedContract } from '../lifecycle/extended-contract.js';

export interface ContractFilterInput {
  cohort?: string | null;
  contractType?: string | null;
  overdue?: boolean | null;
}

const ONE_POPULATE = ['student', 'mission', 'mission.organisation', 'mission.workOrganisation', 'mission.tutor1', 'mission.tutor2', 'mission.hrContact'] as const;

/** Contracts the actor may see, with student, mission, OPAs and tutors read in one statement (a read model, not entities). */
export async function listContracts(
  ctx: ServiceContext,
  filter: ContractFilterInput | null | undefined,
  first?: number | null,
  offset?: number | null,
  projection?: ContractListProjection,
  after?: string | null,
): Promise<Contract[]> {
  const actor = authorize(ctx.actor, 'contracts:read');
  const position = after == null ? null : readContractCursor(after);
  // « En retard »: an item due on or before the contract page's own limit (checklistAttentionLimit).
  const dueBy = filter?.overdue ? await checklistDueBy(ctx) : null;
  return contractListRows(ctx.em as SqlEntityManager, actor, { cohort: filter?.cohort ?? null, contractType: filter?.contractType ?? null, dueBy, after: position }, pageSize(first), pageOffset(offset), projection);
}

/** Today's checklistAttentionLimit (§3.4) with the programme's settings: the one day the page, the list and the dashboard compare due dates to. */
export async function checklistDueBy(ctx: Pick<ServiceContext, 'clock' | 'referenceData'>): Promise<string> {
  const data = await ctx.referenceData();
  return checklistAttentionLimit(ctx.clock.today(), data.settings.workflow?.checklistWarnDays, { whitMondayHoliday: data.settings.whitMondayHoliday });
}

/** The checklist's findings of today (CHECKLIST_OVERDUE), against checklistDueBy's limit. */
async function checklistFindings(ctx: ServiceContext, items: Parameters<typeof checklistOverdue>[0]) {
  const data = await ctx.referenceData();
  return checklistOverdue(items, ctx.clock.today(), data.settings.workflow?.checklistWarnDays, { whitMondayHoliday: data.settings.whitMondayHoliday });
}

export async function findContract(ctx: ServiceContext, id: string): Promise<Contract | null> {
  const actor = authorize(ctx.actor, 'contracts:read');
  return ctx.em.findOne(Contract, { id, mission: missionScope(actor) }, { populate: ONE_POPULATE, strategy: 'joined' });
}

/** The rule view of a contract: the mission's data with the contract's dates and pay, and its extension (§4.5: +15 points on the prolonged days, the repeated year's hours). */
export async function contractInput(ctx: ServiceContext, contract: Contract) {
  return missionContractInput(contract.mission, contract.student, {
    contractType: contract.contractType,
    startDate: contract.startDate,
    endDate: contract.endDate,
    monthlyGrossPay: toEuros(contract.monthlyGrossPayCents) ?? undefined,
    extension: await contractExtension(ctx, contract),
  });
}

// A contract's windows and findings come from one check: computed once per contract object (one request's).
const checks = new WeakMap<Contract, Promise<ContractCheck>>();

export function contractCheck(ctx: ServiceContext, contract: Contract): Promise<ContractCheck> {
  let check = checks.get(contract);
  if (!check) {
    check = (async () => checkContract(await contractInput(ctx, contract), { referenceData: await alternantReferenceData(ctx, contract.student.id), today: ctx.clock.today() }))();
    checks.set(contract, check);
  }
  return check;
}

export async function contractFindings(ctx: ServiceContext, contract: Contract): Promise<Finding[]> {
  const check = await contractCheck(ctx, contract);
  const overdue = await checklistFindings(ctx, await ctx.loaders.checklist(contract.id));
  // Issue 13: an extended contract's DFC was checked against the repeated year when its avenant was recorded (§4.5).
  const extended = check.findings.some((f) => f.code === 'DFC_TOO_LATE') && (await extendedContract(ctx, contract.id));
  return [...(extended ? check.findings.filter((f) => f.code !== 'DFC_TOO_LATE') : check.findings), ...overdue];
}

export async function contractPaySegments(ctx: ServiceContext, contract: Contract): Promise<PaySegment[]> {
  return contractPaySchedule(await contractInput(ctx, contract), { referenceData: await alternantReferenceData(ctx, contract.student.id) }) ?? [];
}

/** The social benefits of an apprentice's pay (§4.2.1), from the SMIC of the alternant's reference data; null for a CPRO or an internship. */
export async function contractPayBenefits(ctx: ServiceContext, contract: Contract): Promise<ApprenticeSocialBenefits | null> {
  return apprenticeSocialBenefits(
    { contractType: contract.contractType, startDate: contract.startDate, endDate: contract.endDate, monthlyGrossPay: toEuros(contract.monthlyGrossPayCents) },
    await alternantReferenceData(ctx, contract.student.id),
  );
}

/** The minimum gratification of an internship (§4.2.3) on the alternant's calendar in force; null for a CAPP/CPRO or when it cannot be computed. */
export async function contractGratificationOf(ctx: ServiceContext, contract: Contract): Promise<ContractGratification | null> {
  const input = await contractInput(ctx, contract);
  return contractGratification(
    { contractType: contract.contractType, cohort: input.cohort, startDate: contract.startDate, endDate: contract.endDate, hoursPerDay: input.hoursPerDay ?? null },
    { referenceData: await alternantReferenceData(ctx, contract.student.id) },
  );
}

export async function figuresOf(ctx: ServiceContext, contract: Contract): Promise<ContractFigures> {
  // Issue 11 §2: hours and cost from the alternant's calendar in force, not the reference data's placeholder.
  return contractFigures(await contractInput(ctx, contract), { referenceData: await alternantReferenceData(ctx, contract.student.id) });
}

export async function isOverdue(ctx: ServiceContext, item: ChecklistItem): Promise<boolean> {
  return (await checklistFindings(ctx, [item])).length > 0;
}

export async function setChecklistItemDone(ctx: ServiceContext, id: string, version: number, done: boolean): Promise<ChecklistItem> {
  const actor = authorize(ctx.actor, 'checklist:edit');
  return unitOfWork(ctx, async () => {
    const item = await ctx.em.findOne(ChecklistItem, id);
    if (!item) throw missing('Élément de checklist', id);
    if (item.version !== version) throw conflict('Cet élément de la checklist', 'modifié');
    item.done = done;
    item.doneAt = done ? ctx.clock.now() : null;
    item.doneBy = done ? actor.id : null;
    // §2.1.1 note 5: the SFCA's convention de formation is one per student — their record and their other contracts' items follow.
    if (item.code === 'TRAINING_AGREEMENT_SFCA') {
      const contract = await ctx.em.findOneOrFail(Contract, item.contract.id, { populate: ['student'] });
      const student = contract.student;
      const signedOn = done ? (student.trainingAgreementSignedOn ?? ctx.clock.today()) : null;
      if (student.trainingAgreementSignedOn !== signedOn) {
        student.trainingAgreementSignedOn = signedOn;
        audit(ctx.em, actor, { entityType: 'Student', entityId: student.id, action: done ? 'RECORD_TRAINING_AGREEMENT' : 'WITHDRAW_TRAINING_AGREEMENT', fields: ['trainingAgreementSignedOn'], comment: item.id }, ctx.clock.now());
      }
      await followStudentChecklist(ctx.em, 'TRAINING_AGREEMENT_SFCA', student.id, signedOn, actor.id, ctx.clock.now(), item.id);
    }
    // §3.4, note 26: the APT is the student's, and the rules read it there (APT_MISSING): ticking the contract's step
    // records it — on the day already recorded, else today (the student record corrects the day) — and unticking withdraws it.
    if (item.code === 'WORK_PERMIT') {
      const contract = await ctx.em.findOneOrFail(Contract, item.contract.id, { populate: ['student'] });
      const student = contract.student;
      const obtainedOn = done ? (student.aptObtainedOn ?? ctx.clock.today()) : null;
      if (student.aptObtained !== done || student.aptObtainedOn !== obtainedOn) {
        student.aptObtained = done;
        student.aptObtainedOn = obtainedOn;
        audit(ctx.em, actor, { entityType: 'Student', entityId: student.id, action: done ? 'RECORD_APT' : 'WITHDRAW_APT', fields: ['aptObtained', 'aptObtainedOn'], comment: item.id }, ctx.clock.now());
      }
      await followStudentChecklist(ctx.em, 'WORK_PERMIT', student.id, obtainedOn, actor.id, ctx.clock.now(), item.id);
    }
    audit(ctx.em, actor, { entityType: 'ChecklistItem', entityId: item.id, action: done ? 'DONE' : 'UNDONE', fields: ['done'], comment: item.code }, ctx.clock.now());
    return item;
  });
}
