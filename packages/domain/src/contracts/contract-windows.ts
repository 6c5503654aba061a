import { addMonths, minDate, type IsoDate } from '../dates/iso-date.js';
import { dayOfIso } from '../dates/civil-days.js';
import type { Cohort, ReferenceData } from '../reference-data/reference-data.js';
import { IdentityMap } from '../reference-data/identity-map.js';
import { cohortFacts, holidayOptionsOf, type CohortFacts } from './cohort-lookups.js';
import { latestRequestDay } from './check-validation-request.js';
import type { ContractType, DateWindow } from './contract-input.js';

export interface ContractWindows {
  startDate: DateWindow;
  endDate: DateWindow;
}

/**
 * The windows of a cohort and alternance type, with the bounds the DDC and DFC rules
 * compare a row's dates with as day numbers: a roster compares each row's DDC and DFC with
 * them, and comparing ISO texts cost a string comparison each (issue 15). Where a bound's
 * text is unreadable, or the cohort's lookups would throw, `startByDays`/`endByDays` is
 * false and the rule compares the texts as before (same findings, same errors).
 */
export interface ContractBounds {
  windows: ContractWindows;
  /** The DDC's window as days: the type window's first day, and its last day or the campaign's closing when earlier. */
  startByDays: boolean;
  startMinDay: number;
  startMaxDay: number;
  /** The previous year's jury proclamation (the DDC must follow it), null without one. */
  juryDay: number | null;
  /** The DFC's window as days: the type window (no first day: null), its last day for a student who continues (before the next training year) or not. */
  endByDays: boolean;
  endMinDay: number | null;
  endMaxDay: number;
  endMaxContinuingDay: number;
  /** The cohort's DDF (a CPRO starting after it is late), null when unreadable. */
  ddfDay: number | null;
  /** The cohort's lookups (campaign, …), null where computing them throws (each rule then calls cohortFacts and throws as before). */
  lookups: CohortFacts | null;
}

const OPEN: DateWindow = { min: null, max: null };
const OPEN_WINDOWS: ContractWindows = { startDate: OPEN, endDate: OPEN };

/** Bounds per ReferenceData, cohort and type (CAPP, CPRO, CSTAGEALT by index): they depend on nothing else, and a roster asks for them on every row. */
const cache = new WeakMap<ReferenceData, IdentityMap<Cohort, (ContractBounds | undefined)[]>>();
// The last ReferenceData, compared by identity before the WeakMap: a roster asks with the same one on every row.
let lastData: ReferenceData | null = null;
let lastByCohort: IdentityMap<Cohort, (ContractBounds | undefined)[]> | null = null;

/**
 * The type windows of Tableau 5 for a cohort and contract type — the tightest bounds
 * from the type rule alone, before the campaign, validation and jury narrowing.
 * MASTER-2025 CAPP → DDC 2025-06-01..2025-12-01, DFC 2027-09-03..2027-11-03.
 */
export function contractWindows(cohort: Cohort, contractType: ContractType | null, data: ReferenceData): ContractWindows {
  return contractBounds(cohort, contractType, data)?.windows ?? OPEN_WINDOWS;
}

/**
 * The windows a student reads on the fiche de validation (§3.3.2, Tableau 5): the type
 * windows, with the DDC's last day brought back to the campaign's closing when earlier —
 * « Date de validation ≤ DDC ≤ Date fin processus » — the same last day DDC_TOO_LATE
 * names. Bounds that do not exist stay null (a work-study internship's DFC has no first
 * day); a type without windows (CSTAGE, SANS) has none.
 * MASTER-2025 CAPP → DDC 2025-06-01..2025-10-31, DFC 2027-09-03..2027-11-03.
 */
export function ficheWindows(cohort: Cohort, contractType: ContractType | null, data: ReferenceData): ContractWindows {
  const bounds = contractBounds(cohort, contractType, data);
  if (!bounds) return OPEN_WINDOWS;
  const { startDate, endDate } = bounds.windows;
  const closes = bounds.lookups?.campaign?.closes ?? null;
  const max = closes !== null && startDate.max !== null && closes < startDate.max ? closes : startDate.max;
  return { startDate: { min: startDate.min, max }, endDate };
}

/** By when a fiche de validation must be submitted (§3.3, §3.3.1, Figure 14). */
export interface FicheDeadline {
  /** Jours ouvrables the request must come before the DDC (10 in the guide). */
  lead: number;
  /** The last day still in time for this DDC (null without a DDC typed). */
  beforeStart: IsoDate | null;
  /** The closing of the cohort's validation campaign (null without a campaign). */
  campaignCloses: IsoDate | null;
  /** The earlier of the two: the day to submit by (null when neither is known). */
  latest: IsoDate | null;
}

/**
 * The day a student must submit their fiche by: « au moins 10 jours (ouvrables) avant la
 * date souhaitée de début » (§3.3, the day VALIDATION_LEAD_TIME names) and within the
 * validation campaign (§3.3.1, OUTSIDE_CAMPAIGN). What the fiche says before anything is sent.
 */
export function ficheDeadline(cohort: Cohort, startDate: IsoDate | null, data: ReferenceData): FicheDeadline {
  const lead = data.legal.validationLeadJoursOuvrables;
  const campaignCloses = data.campaigns.find((c) => c.code === cohort.campaign)?.closes ?? null;
  const beforeStart = startDate !== null && dayOfIso(startDate) !== null ? latestRequestDay(startDate, lead, holidayOptionsOf(data)) : null;
  const latest = beforeStart !== null && campaignCloses !== null ? minDate(beforeStart, campaignCloses) : (beforeStart ?? campaignCloses);
  return { lead, beforeStart, campaignCloses, latest };
}

/** {@link contractWindows} with their bounds as day numbers; null for a type without windows (not an alternance contract). */
export function contractBounds(cohort: Cohort, contractType: ContractType | null, data: ReferenceData): ContractBounds | null {
  const type = contractType === 'CAPP' ? 0 : contractType === 'CPRO' ? 1 : contractType === 'CSTAGEALT' ? 2 : -1;
  if (type < 0) return null;
  let byCohort = data === lastData ? lastByCohort : cache.get(data);
  if (!byCohort) cache.set(data, (byCohort = new IdentityMap()));
  lastData = data;
  lastByCohort = byCohort;
  let byType = byCohort.get(cohort);
  if (!byType) byCohort.set(cohort, (byType = [undefined, undefined, undefined]));
  let bounds = byType[type];
  if (!bounds) byType[type] = bounds = computeBounds(cohort, contractType as 'CAPP' | 'CPRO' | 'CSTAGEALT', data);
  return bounds;
}

function computeWindows(cohort: Cohort, contractType: 'CAPP' | 'CPRO' | 'CSTAGEALT', data: ReferenceData): ContractWindows {
  const rule = data.contractDateRules[contractType];
  return {
    startDate: { min: addMonths(cohort.ddf, -rule.startMonthsBeforeDdf), max: addMonths(cohort.ddf, rule.startMonthsAfterDdf) },
    endDate: {
      min: rule.endMinMonthsAfterDff === null ? null : addMonths(cohort.dff, rule.endMinMonthsAfterDff),
      max: addMonths(cohort.dff, rule.endMaxMonthsAfterDff),
    },
  };
}

function computeBounds(cohort: Cohort, contractType: 'CAPP' | 'CPRO' | 'CSTAGEALT', data: ReferenceData): ContractBounds {
  // Throws as before for an unreadable DDF or DFF: every row of this cohort and type did.
  const windows = computeWindows(cohort, contractType, data);
  const lookups = cohortFactsOrNull(cohort, data);
  const typeMin = windows.startDate.min as IsoDate;
  const typeMax = windows.startDate.max as IsoDate;
  // The same texts, compared the same way, as checkStartDate's and checkEndDate's.
  const closes = lookups?.campaign?.closes ?? null;
  const startMax = closes !== null && closes < typeMax ? closes : typeMax;
  const jury = cohort.previousYearJuryDate;
  const startMinDay = dayOfIso(typeMin);
  const startMaxDay = dayOfIso(startMax);
  const juryDay = jury === null ? null : dayOfIso(jury);
  const endMin = windows.endDate.min;
  const endMax = windows.endDate.max as IsoDate;
  const endMinDay = endMin === null ? null : dayOfIso(endMin);
  const endMaxDay = dayOfIso(endMax);
  const beforeNext = lookups?.dayBeforeNextTraining ?? null;
  const endMaxContinuingDay = beforeNext === null ? endMaxDay : dayOfIso(minDate(endMax, beforeNext));
  return {
    windows,
    startByDays: lookups !== null && startMinDay !== null && startMaxDay !== null && (jury === null || juryDay !== null),
    startMinDay: startMinDay ?? 0,
    startMaxDay: startMaxDay ?? 0,
    juryDay,
    endByDays: lookups !== null && (endMin === null || endMinDay !== null) && endMaxDay !== null && endMaxContinuingDay !== null,
    endMinDay,
    endMaxDay: endMaxDay ?? 0,
    endMaxContinuingDay: endMaxContinuingDay ?? 0,
    ddfDay: dayOfIso(cohort.ddf),
    lookups,
  };
}

/** The cohort's lookups, or null where they throw (an unreadable next training start): the rules then call them and throw as before. */
function cohortFactsOrNull(cohort: Cohort, data: ReferenceData): CohortFacts | null {
  try {
    return cohortFacts(cohort, data);
  } catch {
    return null;
  }
}
