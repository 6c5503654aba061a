import { addDays, maxDate, minDate } from '../dates/iso-date.js';
import { formatDateFr } from '../dates/format-date.js';
import { makeFinding } from '../findings/make-finding.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { DateWindow, Finding } from './contract-input.js';
import type { ContractFacts } from './contract-facts.js';

interface Bound {
  date: string;
  fr: string;
  en: string;
}

/**
 * DDC rules of Tableau 5 for every alternance contract: the type window, then at least
 * the validation lag after the manager's validation (0 days L3I, one week Master/M2),
 * not after the campaign's closing date, and after the previous year's jury.
 * One DDC_TOO_EARLY / DDC_TOO_LATE at most, with the narrowed window and the binding reason.
 */
export function checkStartDate(facts: ContractFacts, typeWindow: DateWindow, data: ReferenceData): Finding[] {
  const { cohort, startDate } = facts;
  if (cohort === null || startDate === null || typeWindow.min === null || typeWindow.max === null) return [];

  const lower: Bound[] = [
    { date: typeWindow.min, fr: `fenêtre du contrat à partir du ${formatDateFr(typeWindow.min)}`, en: `contract window from ${typeWindow.min}` },
  ];
  if (facts.validationDate !== null) {
    const earliest = addDays(facts.validationDate, cohort.validationLagDays);
    lower.push({
      date: earliest,
      fr:
        cohort.validationLagDays === 0
          ? `pas avant la validation de la mission (${formatDateFr(facts.validationDate)})`
          : `au moins ${cohort.validationLagDays} jours après la validation de la mission (${formatDateFr(facts.validationDate)})`,
      en:
        cohort.validationLagDays === 0
          ? `not before the mission's validation (${facts.validationDate})`
          : `at least ${cohort.validationLagDays} days after the mission's validation (${facts.validationDate})`,
    });
  }
  if (cohort.previousYearJuryDate !== null) {
    lower.push({
      date: addDays(cohort.previousYearJuryDate, 1),
      fr: `après la proclamation du jury de l’année précédente (${formatDateFr(cohort.previousYearJuryDate)})`,
      en: `after the previous year's jury proclamation (${cohort.previousYearJuryDate})`,
    });
  }
  const upper: Bound[] = [
    { date: typeWindow.max, fr: `fenêtre du contrat jusqu’au ${formatDateFr(typeWindow.max)}`, en: `contract window until ${typeWindow.max}` },
  ];
  const campaign = data.campaigns.find((c) => c.code === cohort.campaign);
  if (campaign) {
    upper.push({
      date: campaign.closes,
      fr: `clôture de la campagne de validation le ${formatDateFr(campaign.closes)}`,
      en: `validation campaign closes on ${campaign.closes}`,
    });
  }

  const min = lower.map((b) => b.date).reduce(maxDate);
  const max = upper.map((b) => b.date).reduce(minDate);
  const window: DateWindow = { min, max: max >= min ? max : null };
  const findings: Finding[] = [];
  if (startDate < min) {
    const broken = lower.filter((b) => startDate < b.date);
    findings.push(
      makeFinding(
        'DDC_TOO_EARLY',
        'startDate',
        {
          fr: `La DDC (${formatDateFr(startDate)}) est trop tôt : ${broken.map((b) => b.fr).join(' ; ')}.`,
          en: `The start date (${startDate}) is too early: ${broken.map((b) => b.en).join('; ')}.`,
        },
        window,
      ),
    );
  }
  if (startDate > max) {
    const broken = upper.filter((b) => startDate > b.date);
    findings.push(
      makeFinding(
        'DDC_TOO_LATE',
        'startDate',
        {
          fr: `La DDC (${formatDateFr(startDate)}) est trop tard : ${broken.map((b) => b.fr).join(' ; ')}.`,
          en: `The start date (${startDate}) is too late: ${broken.map((b) => b.en).join('; ')}.`,
        },
        { min: max >= min ? min : null, max },
      ),
    );
  }
  return findings;
}
