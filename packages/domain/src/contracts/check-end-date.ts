import { addDays, addMonths, addMonthsToDay, addMonthsToParts, minDate, toDayNumber, type IsoDate } from '../dates/iso-date.js';
import { formatDateFr } from '../dates/format-date.js';
import { lazyFinding, type FindingText } from '../findings/lazy-finding.js';
import type { Cohort, CohortYear, ReferenceData } from '../reference-data/reference-data.js';
import type { DateWindow, Finding } from './contract-input.js';
import type { ContractBounds } from './contract-windows.js';
import type { ContractFacts } from './contract-facts.js';
import { cohortFacts } from './cohort-lookups.js';

/**
 * DFC rules of Tableau 5: the type window, before the next training year's DDF when the
 * student continues, after the DDC; and a work-study internship lasts between 6 months
 * and 1 year, date to date (note 22: DDC + 6 months is exactly 6 months).
 */
export function checkEndDate(facts: ContractFacts, bounds: ContractBounds | null, data: ReferenceData, findings: Finding[] = []): Finding[] {
  const { cohort, startDate, endDate, contractType } = facts;
  if (cohort === null || endDate === null || bounds === null) return findings;
  const typeWindow = bounds.windows.endDate;
  if (typeWindow.max === null) return findings;

  const endDay = facts.endDay ?? (toDayNumber(endDate) as number);
  // Tableau 5: a work-study internship is agreed for one year of a Master ("entre 6 mois et
  // 1 an, chaque année du Master") and, like every contract, ends before the next training
  // year's DDF when the student goes on: the M1's convention before the M2's DDF (note 24).
  const yearNext = contractType === 'CSTAGEALT' && facts.continuing ? nextYearStart(cohort, facts.startDay ?? (startDate === null ? null : toDayNumber(startDate))) : null;
  // The common case, from day numbers only: after the DDC and inside the window; the
  // texts are compared (and the findings worded) only for a DFC outside it.
  if (!(bounds.endByDays && insideByDays(bounds, facts.startDay, endDay, facts.continuing) && (yearNext === null || endDay < yearNext.day))) {
    if (startDate !== null && endDate < startDate) {
      findings.push(lazyFinding('DFC_BEFORE_DDC', 'endDate', BEFORE_DDC, { endDate, startDate }, { min: startDate, max: null }));
    }
    const cohortNext = facts.continuing && cohort.nextTrainingStart !== null ? cohort.nextTrainingStart : null;
    const next = yearNext !== null && (cohortNext === null || yearNext.ddf < cohortNext) ? yearNext.ddf : cohortNext;
    const max =
      next === null
        ? typeWindow.max
        : minDate(typeWindow.max, next === cohortNext ? (cohortFacts(cohort, data).dayBeforeNextTraining ?? addDays(next, -1)) : addDays(next, -1));
    if (typeWindow.min !== null && endDate < typeWindow.min) {
      findings.push(lazyFinding('DFC_TOO_EARLY', 'endDate', DFC_EARLY, { endDate, min: typeWindow.min }, { min: typeWindow.min, max }));
    }
    if (endDate > max) findings.push(lazyFinding('DFC_TOO_LATE', 'endDate', DFC_LATE, { endDate, typeMax: typeWindow.max, next }, { min: typeWindow.min, max }));
  }

  if (contractType === 'CSTAGEALT' && startDate !== null && endDate >= startDate) {
    const { min, max: maxMonths } = data.legal.internshipMonths;
    // Compared as day numbers; the dates and the window are written only for a finding.
    const s = facts.startParts;
    const inside =
      facts.startDay !== null
        ? endDay >= addMonthsToParts(s[0], s[1], s[2], min) && endDay <= addMonthsToParts(s[0], s[1], s[2], maxMonths)
        : endDay >= addMonthsToDay(toDayNumber(startDate) as number, min) && endDay <= addMonthsToDay(toDayNumber(startDate) as number, maxMonths);
    if (inside) return findings;
    const shortest = addMonths(startDate, min);
    const longest = addMonths(startDate, maxMonths);
    const window: DateWindow = { min: shortest, max: longest };
    if (endDate < shortest) findings.push(lazyFinding('STAGE_TOO_SHORT', 'endDate', STAGE_SHORT, { months: min, day: shortest }, window));
    if (endDate > longest) findings.push(lazyFinding('STAGE_TOO_LONG', 'endDate', STAGE_LONG, { months: maxMonths, day: longest }, window));
  }
  return findings;
}

/**
 * The DDF of the cohort's training year after the one the DDC falls in (a DDC before the
 * first DDF is in the first year), as text and day number; null for a one-year cohort, a
 * DDC in its last year, or an unreadable date.
 */
function nextYearStart(cohort: Cohort, startDay: number | null): { ddf: IsoDate; day: number } | null {
  if (startDay === null) return null;
  const years = cohort.years;
  for (let i = 1; i < years.length; i += 1) {
    const ddf = (years[i] as CohortYear).ddf;
    const day = toDayNumber(ddf);
    if (day !== null && day > startDay) return { ddf, day };
  }
  return null;
}

/** Whether a DFC is not before the DDC (when read) and inside its window, the next training year's start included for a student who continues (day numbers). */
function insideByDays(bounds: ContractBounds, startDay: number | null, endDay: number, continuing: boolean): boolean {
  return (
    (startDay === null || endDay >= startDay) &&
    (bounds.endMinDay === null || endDay >= bounds.endMinDay) &&
    endDay <= (continuing ? bounds.endMaxContinuingDay : bounds.endMaxDay)
  );
}

const BEFORE_DDC: FindingText<{ endDate: IsoDate; startDate: IsoDate }> = {
  fr: ({ endDate, startDate }) => `La DFC (${formatDateFr(endDate)}) est antérieure à la DDC (${formatDateFr(startDate)}).`,
  en: ({ endDate, startDate }) => `The end date (${formatDateFr(endDate)}) is before the start date (${formatDateFr(startDate)}).`,
};

const DFC_EARLY: FindingText<{ endDate: IsoDate; min: IsoDate }> = {
  fr: ({ endDate, min }) => `La DFC (${formatDateFr(endDate)}) est trop tôt : pas avant la fin de formation (${formatDateFr(min)}).`,
  en: ({ endDate, min }) => `The end date (${formatDateFr(endDate)}) is too early: not before the end of training (${formatDateFr(min)}).`,
};

interface Late {
  endDate: IsoDate;
  typeMax: IsoDate;
  next: IsoDate | null;
}

function lateReasons({ endDate, typeMax, next }: Late): { fr: string; en: string }[] {
  const reasons: { fr: string; en: string }[] = [];
  if (endDate > typeMax) reasons.push({ fr: `au plus tard le ${formatDateFr(typeMax)}`, en: `at the latest ${formatDateFr(typeMax)}` });
  if (next !== null && endDate >= next) {
    reasons.push({
      fr: `avant la rentrée de l’année suivante (${formatDateFr(next)})`,
      en: `before the next training year starts (${formatDateFr(next)})`,
    });
  }
  return reasons;
}

const DFC_LATE: FindingText<Late> = {
  fr: (a) => `La DFC (${formatDateFr(a.endDate)}) est trop tard : ${lateReasons(a).map((r) => r.fr).join(' ; ')}.`,
  en: (a) => `The end date (${formatDateFr(a.endDate)}) is too late: ${lateReasons(a).map((r) => r.en).join('; ')}.`,
};

const STAGE_SHORT: FindingText<{ months: number; day: IsoDate }> = {
  fr: ({ months, day }) => `Le stage en alternance dure moins de ${months} mois de date à date : DFC au plus tôt le ${formatDateFr(day)}.`,
  en: ({ months, day }) => `The work-study internship lasts less than ${months} months date to date: end date ${formatDateFr(day)} at the earliest.`,
};

const STAGE_LONG: FindingText<{ months: number; day: IsoDate }> = {
  fr: ({ months, day }) => `Le stage en alternance dure plus de ${months / 12 === 1 ? 'un an' : `${months} mois`} de date à date : DFC au plus tard le ${formatDateFr(day)}.`,
  en: ({ months, day }) => `The work-study internship lasts more than ${months / 12 === 1 ? 'one year' : `${months} months`} date to date: end date ${formatDateFr(day)} at the latest.`,
};
