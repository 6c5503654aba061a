import type { IsoDate } from '../dates/iso-date.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { roundHalfUp } from './round-half-up.js';
import { contractHoursAndCost } from './contract-hours-and-cost.js';

/** The effect of a calendar change on one cohort and contract type (§2.3, §2.5, §3.3.2). */
export interface CalendarHoursEffect {
  cohort: string;
  contractType: 'CAPP' | 'CPRO';
  /** The cohort's contracts of this type given to the function. */
  contracts: number;
  /** TRAINING half-days of the whole calendar (the denominator of every prorata). */
  trainingHalfDaysBefore: number;
  trainingHalfDaysAfter: number;
  /** Billable hours and OPCO cost summed over those contracts, before and after. */
  billableHoursBefore: number;
  billableHoursAfter: number;
  costBefore: number;
  costAfter: number;
}

/** The cohort years whose alternance calendar is `code`. */
export function cohortYearsUsing(data: ReferenceData, code: string): { cohort: string; programme: string; ddf: IsoDate; dff: IsoDate }[] {
  const key = code.trim().toUpperCase();
  return data.cohorts.flatMap((c) => c.years.filter((y) => y.calendar?.trim().toUpperCase() === key).map((y) => ({ cohort: c.code, programme: y.programme, ddf: y.ddf, dff: y.dff })));
}

/**
 * What replacing a calendar (`before` → `after`, two ReferenceData that differ by the
 * calendar `code`) does to the training hours and costs of the cohorts using it, per
 * contract type billed to an OPCO: the year's training half-days, and the sums over the
 * given contracts (each priced with contractHoursAndCost, prorated from its start, so a late
 * CPRO start moves when half-days change before or after it, §3.3.2).
 */
export function calendarHoursEffect(
  before: ReferenceData,
  after: ReferenceData,
  code: string,
  contracts: readonly { cohort: string; contractType: string; startDate: IsoDate; endDate: IsoDate }[],
): CalendarHoursEffect[] {
  const effects: CalendarHoursEffect[] = [];
  for (const use of cohortYearsUsing(before, code)) {
    for (const contractType of ['CAPP', 'CPRO'] as const) {
      const year = { cohort: use.cohort, contractType, startDate: use.ddf, endDate: use.dff };
      const total = (data: ReferenceData) => contractHoursAndCost(year, { referenceData: data })?.years.find((y) => y.programme === use.programme)?.totalTrainingHalfDays ?? 0;
      const effect: CalendarHoursEffect = { cohort: use.cohort, contractType, contracts: 0, trainingHalfDaysBefore: total(before), trainingHalfDaysAfter: total(after), billableHoursBefore: 0, billableHoursAfter: 0, costBefore: 0, costAfter: 0 };
      for (const c of contracts) {
        if (c.cohort !== use.cohort || c.contractType.trim().toUpperCase() !== contractType) continue;
        const a = contractHoursAndCost({ ...c, contractType }, { referenceData: before });
        const b = contractHoursAndCost({ ...c, contractType }, { referenceData: after });
        effect.contracts += 1;
        effect.billableHoursBefore += a?.billableHours ?? 0;
        effect.billableHoursAfter += b?.billableHours ?? 0;
        effect.costBefore += a?.cost ?? 0;
        effect.costAfter += b?.cost ?? 0;
      }
      effects.push({
        ...effect,
        billableHoursBefore: roundHalfUp(effect.billableHoursBefore, 2),
        billableHoursAfter: roundHalfUp(effect.billableHoursAfter, 2),
        costBefore: roundHalfUp(effect.costBefore, 2),
        costAfter: roundHalfUp(effect.costAfter, 2),
      });
    }
  }
  return effects;
}
