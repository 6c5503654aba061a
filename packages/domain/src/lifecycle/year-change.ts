import type { ContractInput, Finding } from '../contracts/contract-input.js';
import { contractPaySchedule } from '../contracts/contract-figures.js';
import { addDays, type IsoDate } from '../dates/iso-date.js';
import { contractHoursAndCost } from '../hours/contract-hours-and-cost.js';
import type { PaySegment } from '../pay/minimum-pay-schedule.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { findCohort } from '../reference-data/lookup.js';
import type { CohortYear, ReferenceData } from '../reference-data/reference-data.js';
import { checkRepeatedYearContract, repeatedYearOptions, type RepeatedYearOptions, type YearOutcome } from './repeated-year.js';

export interface YearChangeInput {
  outcome: YearOutcome;
  /** The student's contract as the rules read it; null for a student without one. */
  contract: ContractInput | null;
  /** The closing year's programme (L3I, M1, M2…). */
  programme: string;
  opcoAgreement?: boolean | undefined;
}

export interface YearChange {
  outcome: YearOutcome;
  closingYear: CohortYear;
  /** The year the alternant goes on to with the same contract (M1 → M2); null when the cohort ends or for another outcome. */
  nextYear: CohortYear | null;
  /** Minimum pay on the closing year's last day and on the next year's first day (CAPP/CPRO with a birth date). */
  payBefore: PaySegment | null;
  payAfter: PaySegment | null;
  /** Billable training hours of the contract in the next year, from that year's calendar. */
  nextYearHours: number | null;
  /** Academic-tutor assignments are made per year (§4.6): to redo for whoever stays. */
  tutorAssignmentToRedo: boolean;
  /** The contract ends at the closing year: no next year in the cohort, the student leaves, or an internship of a repeated year. */
  contractEnds: boolean;
  repeatedYear: RepeatedYearOptions | null;
  findings: Finding[];
}

const segmentOn = (segments: PaySegment[] | null, day: IsoDate): PaySegment | null => segments?.find((s) => s.from <= day && day <= s.to) ?? null;

/**
 * What closing a training year changes for one alternant (issue 13 §1): passing M1 → M2
 * keeps the contract, whose minimum pay switches on the M2 DDF as the pay schedule says
 * (Tableau 6's row follows the contract's year), and the M2 calendar applies; repeating
 * opens the §4.5 options (an M1 contract must be broken unless the OPCO agrees); leaving
 * ends the alternance. Throws a RangeError for an unknown cohort or programme.
 */
export function yearChange(input: YearChangeInput, referenceData: ReferenceData = defaultReferenceData): YearChange {
  const cohortCode = input.contract?.cohort;
  const cohort = cohortCode ? findCohort(referenceData, cohortCode) : undefined;
  if (!cohort) throw new RangeError(`unknown cohort: ${String(cohortCode)}`);
  const index = cohort.years.findIndex((y) => y.programme === input.programme);
  if (index < 0) throw new RangeError(`programme ${input.programme} is not a year of ${cohort.code}`);
  const closingYear = cohort.years[index]!;
  const following = cohort.years[index + 1] ?? null;
  const contract = input.contract;
  const type = String(contract?.contractType ?? 'SANS');
  const underContract = type !== 'SANS';
  const nextYear = input.outcome === 'PASSES' && following && underContract && contract?.endDate && contract.endDate >= following.ddf ? following : null;
  const schedule = contract ? contractPaySchedule(contract, { referenceData }) : null;
  const payBefore = segmentOn(schedule, closingYear.dff < (contract?.endDate ?? closingYear.dff) ? closingYear.dff : (contract?.endDate ?? closingYear.dff));
  const payAfter = nextYear ? segmentOn(schedule, nextYear.ddf) : null;
  let nextYearHours: number | null = null;
  if (nextYear && contract?.startDate && contract.endDate) {
    const hours = contractHoursAndCost({ cohort: cohort.code, contractType: type, startDate: contract.startDate, endDate: contract.endDate }, { referenceData });
    nextYearHours = hours?.years.find((y) => y.programme === nextYear.programme)?.hours ?? null;
  }
  const repeatedYear = input.outcome === 'REPEATS' ? repeatedYearOptions(input.programme, type) : null;
  const findings: Finding[] = [];
  if (input.outcome === 'REPEATS') {
    const mustBreak = checkRepeatedYearContract({ programme: input.programme, contractType: type, opcoAgreement: input.opcoAgreement === true });
    if (mustBreak) findings.push(mustBreak);
  }
  const contractEnds = underContract && (input.outcome === 'LEAVES' || (input.outcome === 'PASSES' && nextYear === null) || (repeatedYear?.internshipEnds ?? false));
  return {
    outcome: input.outcome,
    closingYear,
    nextYear,
    payBefore,
    payAfter,
    nextYearHours,
    tutorAssignmentToRedo: input.outcome !== 'LEAVES' && (nextYear !== null || input.outcome === 'REPEATS'),
    contractEnds,
    repeatedYear,
    findings,
  };
}

/** The day a training year is over for the cohort: the day after its DFF. */
export function dayAfterYear(year: CohortYear): IsoDate {
  return addDays(year.dff, 1);
}
