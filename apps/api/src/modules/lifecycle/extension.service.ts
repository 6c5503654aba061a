import { checkContract, checkExtension, extensionScope, findCohort, formatDateFr, type Finding } from '@alternance/domain';
import { BusinessError } from '../../shared/errors.js';
import { toEuros } from '../../shared/money.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { enqueueMail } from '../mail/outbox.js';
import { missionContractInput } from '../missions/mission-rules.js';
import type { Contract } from '../contracts/contract.entities.js';
import { contractFor, contractRecipients, studentName } from './contract-access.js';
import { contractExtendedMail } from './lifecycle-mails.js';
import { ContractAmendment, YearOutcomeRecord } from './lifecycle.entities.js';

export interface ContractExtensionInput {
  newEndDate: string;
  programme: string;
  cohort?: string | null;
  reason: string;
  signedOn: string;
}

/** Rules an extension re-checks: those about the end date and the pay; the DDC is the original contract's and stays. */
const RECHECKED_FIELDS = new Set(['endDate', 'monthlyGrossPay', 'smcMonthly']);

/** Extensions already granted where this one would be counted: L3I on its own, M1 and M2 together (§4.5). */
async function previousExtensions(ctx: ServiceContext, contract: Contract, scope: string): Promise<number> {
  return ctx.em.count(ContractAmendment, { student: contract.student.id, kind: 'EXTENSION', scope });
}

/**
 * The manager extends a contract by an avenant (prorogation, §4.5): the domain says
 * whether this programme allows it and counts the extensions (one for L3I, one for the
 * whole Master; M1 only with the OPCO's express agreement recorded at the year closure);
 * the contract is re-checked with its new end date — DFC windows of the repeated year's
 * cohort and the pay — and the pay schedule, hours and cost follow the new date.
 */
export async function extendContract(ctx: ServiceContext, contractId: string, version: number, input: ContractExtensionInput): Promise<{ contract: Contract; amendment: ContractAmendment; findings: Finding[] }> {
  return unitOfWork(ctx, async () => {
    const { actor, contract } = await contractFor(ctx, 'contracts:extend', contractId, version);
    const data = await ctx.referenceData();
    const check = new InputCheck('input.');
    const newEndDate = check.date('newEndDate', input.newEndDate);
    const signedOn = check.date('signedOn', input.signedOn);
    const reason = check.text('reason', input.reason, 5_000, { required: true });
    const programme = check.text('programme', input.programme, 10, { required: true });
    const cohort = check.text('cohort', input.cohort, 40);
    if (!newEndDate) check.fail('newEndDate', 'Champ obligatoire : nouvelle date de fin.');
    if (!signedOn) check.fail('signedOn', 'Champ obligatoire : date de signature de l’avenant.');
    if (cohort && !findCohort(data, cohort)) check.fail('cohort', `Formation inconnue : « ${cohort} ».`);
    const scope = programme ? extensionScope(programme) : null;
    if (programme && !scope) check.fail('programme', `Année redoublée : L3I, M1 ou M2 (reçu « ${programme} »).`);
    check.done();
    if (contract.status !== 'ACTIVE') throw new BusinessError([{ code: 'CONTRACT_NOT_ACTIVE', field: 'contractId', message: 'Un contrat rompu ne se proroge pas.' }]);
    const opcoAgreement = (await ctx.em.count(YearOutcomeRecord, { student: contract.student.id, opcoAgreement: true, outcome: 'REPEATS' })) > 0;
    const previous = await previousExtensions(ctx, contract, scope!);
    const ruleFindings = checkExtension({ programme: programme!, contractType: contract.contractType, currentEndDate: contract.endDate, newEndDate: newEndDate!, previousExtensions: previous, opcoAgreement });
    const targetCohort = cohort ?? contract.mission.cohort;
    const rechecked = checkContract(
      missionContractInput(contract.mission, contract.student, {
        cohort: targetCohort,
        contractType: contract.contractType,
        startDate: contract.startDate,
        endDate: newEndDate!,
        monthlyGrossPay: toEuros(contract.monthlyGrossPayCents) ?? undefined,
      }),
      { referenceData: data, today: ctx.clock.today() },
    ).findings.filter((f) => f.field !== undefined && RECHECKED_FIELDS.has(f.field));
    const findings = [...ruleFindings, ...rechecked];
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length) throw new BusinessError(errors.map((f) => ({ code: f.code, field: 'input.newEndDate', message: f.message })), findings);
    const amendment = new ContractAmendment();
    Object.assign(amendment, { contract, student: contract.student, kind: 'EXTENSION', scope: scope!, programme: programme!, previousEndDate: contract.endDate, newEndDate: newEndDate!, reason: reason!, signedOn: signedOn!, createdBy: actor.id });
    ctx.em.persist(amendment);
    const previousEnd = contract.endDate;
    contract.endDate = newEndDate!;
    contract.mission.endDate = newEndDate!;
    // The student follows the repeated year's cohort; the contract keeps its own (its DDC was checked there).
    if (cohort && cohort !== contract.student.cohort) contract.student.cohort = cohort;
    const now = ctx.clock.now();
    for (const r of contractRecipients(contract)) {
      enqueueMail(ctx.em, r.email, 'CONTRACT_EXTENDED', contractExtendedMail({ recipientName: r.name, studentName: studentName(contract), previousEnd: formatDateFr(previousEnd), newEnd: formatDateFr(newEndDate!) }), contract.mission.id, now);
    }
    audit(ctx.em, actor, { entityType: 'Contract', entityId: contract.id, action: 'EXTEND', fields: ['endDate', ...(cohort ? ['cohort'] : [])], comment: `${previousEnd} → ${newEndDate} (${programme}, avenant du ${signedOn})` }, now);
    return { contract, amendment, findings };
  });
}
