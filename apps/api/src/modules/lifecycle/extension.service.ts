import { addDays, checkContract, checkExtension, contractFigures, contractPaySchedule, extensionProgramme, extensionScope, findCohort, formatDateFr, roleMayRead, type ContractExtension, type ContractInput, type Finding, type PaySegment } from '@alternance/domain';
import { BusinessError } from '../../shared/errors.js';
import { toEuros } from '../../shared/money.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { alternantReferenceData } from '../calendars/calendar-views.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { enqueueMail } from '../mail/outbox.js';
import { missionContractInput } from '../missions/mission-rules.js';
import type { Contract } from '../contracts/contract.entities.js';
import { contractInput } from '../contracts/contract.service.js';
import { recordChange } from '../integration/change-feed.js';
import { contractFor, contractRecipients, studentName } from './contract-access.js';
import { contractExtension } from './extended-contract.js';
import { contractExtendedMail } from './lifecycle-mails.js';
import { ContractAmendment, YearOutcomeRecord } from './lifecycle.entities.js';

export interface ContractExtensionInput {
  newEndDate: string;
  /** Optional: the repeated programme is derived from the contract; a different one is refused. */
  programme?: string | null;
  cohort?: string | null;
  reason: string;
  signedOn: string;
}

/** What an extension would do, before the manager records it: the rules' findings, the new pay schedule, hours and cost. */
export interface ExtensionPreview {
  /** The year the extension repeats, derived from the contract's cohort (§4.5). */
  repeatedProgramme: string;
  extendedFrom: string;
  previousExtensions: number;
  repeatedCohort: string | null;
  findings: Finding[];
  paySegments: PaySegment[];
  billableHoursBefore: number | null;
  costBefore: number | null;
  billableHours: number | null;
  cost: number | null;
}

/** Rules an extension re-checks against the repeated year's cohort: those about the end date; the DDC is the original contract's and stays. */
const END_DATE_FIELDS = new Set(['endDate']);
/** Rules about the pay, checked with the contract's own cohort and the prolonged days' +15 (§4.2.1). */
const PAY_FIELDS = new Set(['monthlyGrossPay', 'smcMonthly']);

/** Extensions already granted where this one would be counted: L3I on its own, M1 and M2 together (§4.5). */
async function previousExtensions(ctx: ServiceContext, contract: Contract, scope: string): Promise<number> {
  return ctx.em.count(ContractAmendment, { student: contract.student.id, kind: 'EXTENSION', scope });
}

interface ExtensionPlan extends ExtensionPreview {
  scope: string;
  programme: string;
  newEndDate: string;
  cohort: string | null;
}

/**
 * The extension of `contract` to `newEndDate` as the rules see it (§4.5): allowed for this
 * programme and not yet used, the new DFC inside the repeated year's windows, the agreed
 * pay above the minimum — +15 points from the first prolonged day (§4.2.1) — and the hours
 * and cost with the repeated year's calendar. Input errors are thrown; rule findings are returned.
 */
async function planExtension(ctx: ServiceContext, contract: Contract, input: { newEndDate: string; programme?: string | null; cohort?: string | null }, check: InputCheck): Promise<ExtensionPlan> {
  const data = await ctx.referenceData();
  const newEndDate = check.date('newEndDate', input.newEndDate);
  const typed = check.text('programme', input.programme, 10);
  const cohort = check.text('cohort', input.cohort, 40);
  if (!newEndDate) check.fail('newEndDate', 'Champ obligatoire : nouvelle date de fin.');
  const namedCohort = cohort ? findCohort(data, cohort) : undefined;
  if (cohort && !namedCohort) check.fail('cohort', `Formation inconnue : « ${cohort} ».`);
  // §4.5's rules depend on the repeated programme: it is the contract's own (its mission's
  // cohort, or the year the closure recorded as repeated), never what the form says.
  const recorded = await ctx.em.findOne(YearOutcomeRecord, { student: contract.student.id, outcome: 'REPEATS' }, { populate: ['closure'], orderBy: { createdAt: 'desc' } });
  const derived = extensionProgramme({
    contractYears: findCohort(data, contract.mission.cohort)?.years ?? [],
    recordedRepeat: recorded?.closure.programme ?? null,
    on: ctx.clock.today(),
    typedProgramme: typed,
    repeatedCohort: namedCohort ? { code: namedCohort.code, programmes: namedCohort.years.map((y) => y.programme) } : null,
  });
  if (!derived.programme) check.fail('programme', `Année redoublée introuvable : la formation du contrat (${contract.mission.cohort}) n’a pas d’année de formation connue.`);
  for (const f of derived.findings) check.errors.push({ code: f.code, field: `input.${f.subject === 'extension.cohort' ? 'cohort' : 'programme'}`, message: f.message });
  const programme = derived.programme;
  const scope = programme ? extensionScope(programme) : null;
  if (programme && !scope) check.fail('programme', `Année redoublée : ${programme}, sans prorogation au §4.5 (L3I, M1 ou M2 seulement).`);
  check.done();
  const opcoAgreement = (await ctx.em.count(YearOutcomeRecord, { student: contract.student.id, opcoAgreement: true, outcome: 'REPEATS' })) > 0;
  const previous = await previousExtensions(ctx, contract, scope!);
  const ruleFindings = checkExtension({ programme: programme!, contractType: contract.contractType, currentEndDate: contract.endDate, newEndDate: newEndDate!, previousExtensions: previous, opcoAgreement });
  // The prolongation starts the day after the DFC the first avenant moved (a contract extended twice keeps it).
  const existing = await contractExtension(ctx, contract);
  const extendedFrom = existing?.from ?? addDays(contract.endDate, 1);
  // The student moved to the cohort of the year they repeat (M2-2025 → M2-2026): that cohort, when it has that year.
  const studentCohort = contract.student.cohort !== contract.mission.cohort && findCohort(data, contract.student.cohort)?.years.some((y) => y.programme === programme) ? contract.student.cohort : null;
  const repeatedCohort = cohort ?? existing?.repeatedCohort ?? studentCohort;
  const extension: ContractExtension = { from: extendedFrom, repeatedCohort, repeatedProgramme: programme! };
  const today = ctx.clock.today();
  const base = missionContractInput(contract.mission, contract.student, { contractType: contract.contractType, startDate: contract.startDate, endDate: newEndDate!, monthlyGrossPay: toEuros(contract.monthlyGrossPayCents) ?? undefined });
  // The new DFC against the repeated year's windows (Tableau 5), the cohort whose hours the extension adds — not the year it prolongs.
  const windows = checkContract({ ...base, cohort: repeatedCohort ?? contract.mission.cohort }, { referenceData: data, today }).findings.filter((f) => f.field !== undefined && END_DATE_FIELDS.has(f.field));
  // Hours, cost and pay with the alternant's calendars in force, like the contract's own figures.
  const inForce = await alternantReferenceData(ctx, contract.student.id);
  const extended: ContractInput = { ...base, extension };
  const pay = newEndDate! > contract.endDate ? checkContract(extended, { referenceData: inForce, today }).findings.filter((f) => f.field !== undefined && PAY_FIELDS.has(f.field)) : [];
  const before = contractFigures(await contractInput(ctx, contract), { referenceData: inForce });
  const after = newEndDate! > contract.endDate ? contractFigures(extended, { referenceData: inForce }) : before;
  return {
    scope: scope!,
    programme: programme!,
    repeatedProgramme: programme!,
    newEndDate: newEndDate!,
    cohort,
    extendedFrom,
    previousExtensions: previous,
    repeatedCohort,
    findings: [...ruleFindings, ...windows, ...pay],
    paySegments: newEndDate! > contract.endDate ? (contractPaySchedule(extended, { referenceData: inForce }) ?? []) : [],
    billableHoursBefore: before.billableHours,
    costBefore: before.cost,
    billableHours: after.billableHours,
    cost: after.cost,
  };
}

/** The manager sees what an extension would do before recording it: same rules and figures as extendContract. */
export async function previewExtension(ctx: ServiceContext, contractId: string, input: { newEndDate: string; programme?: string | null; cohort?: string | null }): Promise<ExtensionPreview> {
  const { contract } = await contractFor(ctx, 'contracts:extend', contractId);
  return planExtension(ctx, contract, input, new InputCheck('input.'));
}

/**
 * The manager extends a contract by an avenant (prorogation, §4.5): the domain says
 * whether this programme allows it and counts the extensions (one for L3I, one for the
 * whole Master; M1 only with the OPCO's express agreement recorded at the year closure);
 * the contract is re-checked with its new end date — DFC windows of the repeated year's
 * cohort, and the pay with its +15 points on the prolonged days (§4.2.1) — and the pay
 * schedule, hours (with the repeated year's calendar) and cost follow. The change feed
 * records CONTRACT_UPDATED in the same transaction.
 */
export async function extendContract(ctx: ServiceContext, contractId: string, version: number, input: ContractExtensionInput): Promise<{ contract: Contract; amendment: ContractAmendment; findings: Finding[] }> {
  return unitOfWork(ctx, async () => {
    const { actor, contract } = await contractFor(ctx, 'contracts:extend', contractId, version);
    const check = new InputCheck('input.');
    const signedOn = check.date('signedOn', input.signedOn);
    const reason = check.text('reason', input.reason, 5_000, { required: true });
    if (!signedOn) check.fail('signedOn', 'Champ obligatoire : date de signature de l’avenant.');
    if (contract.status !== 'ACTIVE') {
      check.done();
      throw new BusinessError([{ code: 'CONTRACT_NOT_ACTIVE', field: 'contractId', message: 'Un contrat rompu ne se proroge pas.' }]);
    }
    const plan = await planExtension(ctx, contract, input, check);
    const { findings } = plan;
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length) throw new BusinessError(errors.map((f) => ({ code: f.code, field: 'input.newEndDate', message: f.message })), findings);
    const amendment = new ContractAmendment();
    Object.assign(amendment, { contract, student: contract.student, kind: 'EXTENSION', scope: plan.scope, programme: plan.programme, cohort: plan.repeatedCohort, previousEndDate: contract.endDate, newEndDate: plan.newEndDate, reason: reason!, signedOn: signedOn!, createdBy: actor.id });
    ctx.em.persist(amendment);
    const previousEnd = contract.endDate;
    contract.endDate = plan.newEndDate;
    contract.mission.endDate = plan.newEndDate;
    // The student follows the repeated year's cohort; the contract keeps its own (its DDC was checked there).
    if (plan.cohort && plan.cohort !== contract.student.cohort) contract.student.cohort = plan.cohort;
    const now = ctx.clock.now();
    const prolonged = plan.paySegments.find((s) => s.extension);
    const contacts = await companyContactsBlock(ctx.em, await ctx.referenceData(), contract.student, contract.contractType);
    for (const r of contractRecipients(contract)) {
      const content = contractExtendedMail({ recipientName: r.name, studentName: studentName(contract), previousEnd: formatDateFr(previousEnd), newEnd: formatDateFr(plan.newEndDate), prolongedFrom: formatDateFr(plan.extendedFrom), prolongedRate: prolonged ? { ratePercent: prolonged.ratePercent, monthlyMinimumGross: prolonged.monthlyMinimumGross } : null, withPay: roleMayRead(r.role, 'PAY') });
      enqueueMail(
        ctx.em,
        r.email,
        'CONTRACT_EXTENDED',
        r.role === 'STUDENT' ? content : withContacts(content, contacts),
        contract.mission.id,
        now,
      );
    }
    const fields = ['endDate', ...(plan.cohort ? ['cohort'] : [])];
    audit(ctx.em, actor, { entityType: 'Contract', entityId: contract.id, action: 'EXTEND', fields, comment: `${previousEnd} → ${plan.newEndDate} (${plan.programme}, avenant du ${signedOn})` }, now);
    // The contract's pay schedule, hours and cost follow its new end date: partners re-read it.
    await recordChange(ctx.em, { type: 'CONTRACT_UPDATED', entityType: 'Contract', entityId: contract.id, contractType: contract.contractType, data: { contractId: contract.id, missionId: contract.mission.id, amendmentId: amendment.id, kind: 'EXTENSION', fields: ['endDate', 'paySegments', 'figures'] } }, now);
    return { contract, amendment, findings };
  });
}
