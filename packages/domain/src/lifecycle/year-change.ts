import type { ContractInput, Finding } from '../contracts/contract-input.js';
import { contractPaySchedule } from '../contracts/contract-figures.js';
import { addDays, type IsoDate } from '../dates/iso-date.js';
import { contractHoursAndCost } from '../hours/contract-hours-and-cost.js';
import type { PaySegment } from '../pay/minimum-pay-schedule.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { findCohort } from '../reference-data/lookup.js';
import type { Cohort, CohortYear, ReferenceData } from '../reference-data/reference-data.js';
import { apprenticeGridYears } from '../pay/apprentice-grid-years.js';
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
  /**
   * The student passes to the cohort's following year without a contract that carries on into it
   * (no contract, a classic or work-study internship, a contract ending before it): that year needs a
   * new contract — §2.1.2 « si vous étiez l'année précédente sans contrat d'alternance, vous devrez
   * suivre le M2 MIAGE avec un nouveau contrat d'alternance ».
   */
  newContractNeeded: boolean;
  /**
   * With `newContractNeeded`, the cohort of that year for students entering it (the M2 MIAGE 2026/2027
   * of the Master 2025/2027's M2): the cohort, other than this one, whose first year is the following
   * year (same programme, same DDF), with its campaign and Tableau 5 windows for the new contract.
   * Null when no such cohort is in the reference data (the office creates it) or no new contract is needed.
   */
  nextCohort: string | null;
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
  // §4.2 remark: the grid row changes « dès l'instant où l'alternant(e) passe de M1 en M2 (prendre en compte
  // la date de début de formation du M2 ou le premier jour de mois suivant […]) » — or on the contract's
  // anniversary (the law's setting): the pay is read on each side of that day, not of the DDF alone.
  const lastDay = closingYear.dff < (contract?.endDate ?? closingYear.dff) ? closingYear.dff : (contract?.endDate ?? closingYear.dff);
  const switchDay = nextYear && schedule ? gridSwitchDay(cohort, index + 1, contract, referenceData) : null;
  const payBefore = segmentOn(schedule, switchDay !== null && switchDay <= lastDay ? addDays(switchDay, -1) : lastDay);
  const payAfter = nextYear ? segmentOn(schedule, switchDay !== null && switchDay > nextYear.ddf ? switchDay : nextYear.ddf) : null;
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
  const newContractNeeded = input.outcome === 'PASSES' && following !== null && nextYear === null;
  const nextCohort = newContractNeeded ? (entryCohortOf(following, cohort, referenceData)?.code ?? null) : null;
  const contractEnds = underContract && (input.outcome === 'LEAVES' || (input.outcome === 'PASSES' && nextYear === null) || (repeatedYear?.internshipEnds ?? false));
  return {
    outcome: input.outcome,
    closingYear,
    nextYear,
    newContractNeeded,
    nextCohort,
    payBefore,
    payAfter,
    nextYearHours,
    tutorAssignmentToRedo: input.outcome !== 'LEAVES' && (nextYear !== null || input.outcome === 'REPEATS'),
    contractEnds,
    repeatedYear,
    findings,
  };
}

/**
 * The cohort a student enters `year` with (not `from` itself): its first year is that programme from
 * the same DDF — M2-2026 for the Master 2025/2027's M2 (Tableau 5, notes 23–24: M2 from 03/09/2026).
 */
export function entryCohortOf(year: CohortYear, from: Cohort, referenceData: ReferenceData): Cohort | null {
  return referenceData.cohorts.find((c) => c.code !== from.code && c.years[0]?.programme === year.programme && c.years[0].ddf === year.ddf) ?? null;
}

/**
 * The first day of the apprentice grid year of the cohort's year `yearIndex` for this contract
 * (apprenticeGridYears, `settings.gridYearSwitch`); null for a contract without a grid year (CPRO)
 * or without a readable DDC.
 */
function gridSwitchDay(cohort: Cohort, yearIndex: number, contract: ContractInput | null, referenceData: ReferenceData): IsoDate | null {
  if (contract?.contractType !== 'CAPP' || typeof contract.startDate !== 'string') return null;
  try {
    return apprenticeGridYears(cohort, contract.startDate, referenceData)[yearIndex]?.from ?? null;
  } catch {
    return null;
  }
}

/** The day a training year is over for the cohort: the day after its DFF. */
export function dayAfterYear(year: CohortYear): IsoDate {
  return addDays(year.dff, 1);
}
