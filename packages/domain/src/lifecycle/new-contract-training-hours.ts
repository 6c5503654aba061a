import type { Finding } from '../contracts/contract-input.js';
import { monthsBetween, type IsoDate } from '../dates/iso-date.js';
import { contractHoursAndCost } from '../hours/contract-hours-and-cost.js';
import { roundHalfUp } from '../hours/round-half-up.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { checkTrainingHoursMinimum, trainingHoursMinimum } from '../training-minimum/training-hours-minimum.js';

export interface NewContractTrainingHours {
  /** Billable training hours of the cohort's calendars between the new DDC and DFC, less those already validated. */
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
 * hours left to validate (the calendar's billable training hours within the new contract,
 * less the hours the student already validated) against the legal minimum of a contract
 * of that length — the same figures checkContract uses for a repeating student, plus the
 * bounds, for display. Null for a type other than CAPP/CPRO, or when the cohort's calendars cannot
 * price the dates (unknown cohort, no calendar): nothing can be said then.
 */
export function newContractTrainingHours(
  input: { cohort: string; contractType: string; startDate: IsoDate; endDate: IsoDate; validatedHours?: number | undefined },
  referenceData: ReferenceData = defaultReferenceData,
): NewContractTrainingHours | null {
  if (input.contractType !== 'CAPP' && input.contractType !== 'CPRO') return null;
  const hours = contractHoursAndCost(input, { referenceData });
  if (!hours) return null;
  const remainingTrainingHours = roundHalfUp(Math.max(0, hours.billableHours - (input.validatedHours ?? 0)), 2);
  // Counted as checkContract counts them for a repeating student, so that both say the same.
  const months = monthsBetween(input.startDate, input.endDate);
  if (months <= 0) return null;
  const bounds = trainingHoursMinimum({ contractType: input.contractType, contractMonths: months }, referenceData);
  return {
    remainingTrainingHours,
    contractMonths: roundHalfUp(months, 2),
    ...bounds,
    finding: checkTrainingHoursMinimum({ contractType: input.contractType, contractMonths: months, remainingTrainingHours }, referenceData),
  };
}
