import type { Finding } from '../contracts/contract-input.js';
import { addDays, monthsBetween, type IsoDate } from '../dates/iso-date.js';
import { contractHoursAndCost } from '../hours/contract-hours-and-cost.js';
import { roundHalfUp } from '../hours/round-half-up.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { checkTrainingHoursMinimum, trainingHoursMinimum } from '../training-minimum/training-hours-minimum.js';

export interface NewContractTrainingHours {
  /** Training hours of the cohort's calendars between the new DDC and DFC, less those already validated. */
  remainingTrainingHours: number;
  contractMonths: number;
  minimumHours: number;
  maximumHours: number | null;
  workHours: number;
  /** TRAINING_HOURS_BELOW_LEGAL_MINIMUM when below; null when enough. */
  finding: Finding | null;
}

/**
 * The §4.5 check of a new contract for a repeated year, with its numbers: the training
 * hours left to validate (the calendar's training hours within the new contract, less the
 * hours the student already validated) against the legal minimum of a contract of that
 * length. Null for a type other than CAPP/CPRO, or when the cohort's calendars cannot
 * price the dates (unknown cohort, no calendar): nothing can be said then.
 */
export function newContractTrainingHours(
  input: { cohort: string; contractType: string; startDate: IsoDate; endDate: IsoDate; validatedHours?: number | undefined },
  referenceData: ReferenceData = defaultReferenceData,
): NewContractTrainingHours | null {
  if (input.contractType !== 'CAPP' && input.contractType !== 'CPRO') return null;
  const hours = contractHoursAndCost(input, { referenceData });
  if (!hours) return null;
  const remainingTrainingHours = roundHalfUp(Math.max(0, hours.billableHours + hours.unbilledHours - (input.validatedHours ?? 0)), 2);
  // The DFC is included: 2026-09-01 … 2027-08-31 is 12 months.
  const contractMonths = roundHalfUp(monthsBetween(input.startDate, addDays(input.endDate, 1)), 2);
  if (contractMonths <= 0) return null;
  const bounds = trainingHoursMinimum({ contractType: input.contractType, contractMonths }, referenceData);
  return {
    remainingTrainingHours,
    contractMonths,
    ...bounds,
    finding: checkTrainingHoursMinimum({ contractType: input.contractType, contractMonths, remainingTrainingHours }, referenceData),
  };
}
