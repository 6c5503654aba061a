import { addDays, addMonths, minDate } from '../dates/iso-date.js';
import { formatDateFr } from '../dates/format-date.js';
import { makeFinding } from '../findings/make-finding.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { DateWindow, Finding } from './contract-input.js';
import type { ContractFacts } from './contract-facts.js';
import { cohortFacts } from './cohort-lookups.js';

/**
 * DFC rules of Tableau 5: the type window, before the next training year's DDF when the
 * student continues, after the DDC; and a work-study internship lasts between 6 months
 * and 1 year, date to date (note 22: DDC + 6 months is exactly 6 months).
 */
export function checkEndDate(facts: ContractFacts, typeWindow: DateWindow, data: ReferenceData, findings: Finding[] = []): Finding[] {
  const { cohort, startDate, endDate, contractType } = facts;
  if (cohort === null || endDate === null || typeWindow.max === null) return findings;

  if (startDate !== null && endDate < startDate) {
    findings.push(
      makeFinding(
        'DFC_BEFORE_DDC',
        'endDate',
        {
          fr: `La DFC (${formatDateFr(endDate)}) est antérieure à la DDC (${formatDateFr(startDate)}).`,
          en: `The end date (${endDate}) is before the start date (${startDate}).`,
        },
        { min: startDate, max: null },
      ),
    );
  }

  const next = facts.continuing && cohort.nextTrainingStart !== null ? cohort.nextTrainingStart : null;
  const max = next === null ? typeWindow.max : minDate(typeWindow.max, cohortFacts(cohort, data).dayBeforeNextTraining ?? addDays(next, -1));
  if (typeWindow.min !== null && endDate < typeWindow.min) {
    findings.push(
      makeFinding(
        'DFC_TOO_EARLY',
        'endDate',
        {
          fr: `La DFC (${formatDateFr(endDate)}) est trop tôt : pas avant la fin de formation (${formatDateFr(typeWindow.min)}).`,
          en: `The end date (${endDate}) is too early: not before the end of training (${typeWindow.min}).`,
        },
        { min: typeWindow.min, max },
      ),
    );
  }
  if (endDate > max) {
    const reasons: { fr: string; en: string }[] = [];
    if (endDate > typeWindow.max) reasons.push({ fr: `au plus tard le ${formatDateFr(typeWindow.max)}`, en: `at the latest ${typeWindow.max}` });
    if (next !== null && endDate >= next) {
      reasons.push({
        fr: `avant la rentrée de l’année suivante (${formatDateFr(next)})`,
        en: `before the next training year starts (${next})`,
      });
    }
    findings.push(
      makeFinding(
        'DFC_TOO_LATE',
        'endDate',
        {
          fr: `La DFC (${formatDateFr(endDate)}) est trop tard : ${reasons.map((r) => r.fr).join(' ; ')}.`,
          en: `The end date (${endDate}) is too late: ${reasons.map((r) => r.en).join('; ')}.`,
        },
        { min: typeWindow.min, max },
      ),
    );
  }

  if (contractType === 'CSTAGEALT' && startDate !== null && endDate >= startDate) {
    const { min, max: maxMonths } = data.legal.internshipMonths;
    const shortest = addMonths(startDate, min);
    const longest = addMonths(startDate, maxMonths);
    const window: DateWindow = { min: shortest, max: longest };
    if (endDate < shortest) {
      findings.push(
        makeFinding(
          'STAGE_TOO_SHORT',
          'endDate',
          {
            fr: `Le stage en alternance dure moins de ${min} mois de date à date : DFC au plus tôt le ${formatDateFr(shortest)}.`,
            en: `The work-study internship lasts less than ${min} months date to date: end date ${shortest} at the earliest.`,
          },
          window,
        ),
      );
    }
    if (endDate > longest) {
      findings.push(
        makeFinding(
          'STAGE_TOO_LONG',
          'endDate',
          {
            fr: `Le stage en alternance dure plus de ${maxMonths / 12 === 1 ? 'un an' : `${maxMonths} mois`} de date à date : DFC au plus tard le ${formatDateFr(longest)}.`,
            en: `The work-study internship lasts more than ${maxMonths / 12 === 1 ? 'one year' : `${maxMonths} months`} date to date: end date ${longest} at the latest.`,
          },
          window,
        ),
      );
    }
  }
  return findings;
}
