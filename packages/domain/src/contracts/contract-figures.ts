import { contractHoursAndCost } from '../hours/contract-hours-and-cost.js';
import { tryMinimumPaySchedule, type PaySegment } from '../pay/minimum-pay-schedule.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { ContractInput } from './contract-input.js';

/** What a roster shows beside a row's findings (interfaces.md §3 result columns); null where it does not apply or cannot be computed. */
export interface ContractFigures {
  billableHours: number | null;
  cost: number | null;
  unbilledHours: number | null;
  /** Minimum gross pay of the first month (the first pay segment), CAPP and CPRO only. */
  minimumPay: number | null;
}

/**
 * The monthly minimum pay schedule of one contract, read from the same inputs as
 * checkContract (SMC, previous rate, prolongation, the diploma and disability additions); null for internships, without a birth date or dates,
 * or when the schedule cannot be computed (checkContract says why).
 */
export function contractPaySchedule(input: ContractInput, options?: { referenceData?: ReferenceData }): PaySegment[] | null {
  const { cohort, contractType, birthDate, startDate, endDate } = input;
  if ((contractType !== 'CAPP' && contractType !== 'CPRO') || typeof birthDate !== 'string' || typeof startDate !== 'string' || typeof endDate !== 'string') return null;
  return tryMinimumPaySchedule(
    {
      cohort,
      contractType,
      birthDate,
      startDate,
      endDate,
      ...(typeof input.smcMonthly === 'number' ? { smcMonthly: input.smcMonthly } : {}),
      ...(typeof input.previousRatePercent === 'number' ? { previousRatePercent: input.previousRatePercent } : {}),
      ...(input.extension ? { extendedFrom: input.extension.from } : {}),
      // §4.2.1 and note 27: the apprentice's +15-point additions recorded with the contract.
      ...(input.higherEducationDiploma === true || input.disabilityExtraYear === true
        ? { additions: { higherEducationDiploma: input.higherEducationDiploma === true, disabilityExtraYear: input.disabilityExtraYear === true } }
        : {}),
    },
    options,
  );
}

/** The repeated year an extended contract's hours also cover (§4.5), when its avenant names it. */
export function repeatedYearOf(input: Pick<ContractInput, 'extension'>): { cohort: string; programme: string } | null {
  const extension = input.extension;
  return extension?.repeatedCohort && extension.repeatedProgramme ? { cohort: extension.repeatedCohort, programme: extension.repeatedProgramme } : null;
}

/**
 * Billable hours, cost, unbilled hours and first-month minimum pay of one contract, with
 * the same inputs as checkContract (SMC, previous rate); an extended contract's hours and
 * cost include its repeated year (see ContractExtension). Never throws: a row whose data
 * cannot give a figure gets null, and checkContract reports why.
 */
export function contractFigures(input: ContractInput, options?: { referenceData?: ReferenceData }): ContractFigures {
  const { cohort, contractType, startDate, endDate } = input;
  const none: ContractFigures = { billableHours: null, cost: null, unbilledHours: null, minimumPay: null };
  if (typeof cohort !== 'string' || typeof startDate !== 'string' || typeof endDate !== 'string') return none;
  try {
    const hours = contractHoursAndCost({ cohort, contractType, startDate, endDate, repeatedYear: repeatedYearOf(input) }, options);
    const pay = contractPaySchedule(input, options);
    return {
      billableHours: hours?.billableHours ?? null,
      cost: hours?.cost ?? null,
      unbilledHours: hours?.unbilledHours ?? null,
      minimumPay: pay?.[0]?.monthlyMinimumGross ?? null,
    };
  } catch {
    // Reference data edited into an inconsistent state: the figures are extras, the findings say what is wrong.
    return none;
  }
}
