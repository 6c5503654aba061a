import { addDays } from '../dates/iso-date.js';
import { formatDateFr } from '../dates/format-date.js';
import { makeFinding } from '../findings/make-finding.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { DateWindow, Finding } from './contract-input.js';
import type { ContractFacts } from './contract-facts.js';

/** A bound on the DDC and, built only when it is broken, why. */
interface Bound {
  date: string;
  reason: () => { fr: string; en: string };
}

/**
 * DDC rules of Tableau 5 for every alternance contract: the type window, then at least
 * the validation lag after the manager's validation (0 days L3I, one week Master/M2),
 * not after the campaign's closing date, and after the previous year's jury.
 * One DDC_TOO_EARLY / DDC_TOO_LATE at most, with the narrowed window and the binding reason.
 */
export function checkStartDate(facts: ContractFacts, typeWindow: DateWindow, data: ReferenceData): Finding[] {
  const { cohort, startDate, validationDate } = facts;
  if (cohort === null || startDate === null || typeWindow.min === null || typeWindow.max === null) return [];
  const typeMin = typeWindow.min;
  const typeMax = typeWindow.max;

  const lower: Bound[] = [{ date: typeMin, reason: () => ({ fr: `fenêtre du contrat à partir du ${formatDateFr(typeMin)}`, en: `contract window from ${typeMin}` }) }];
  if (validationDate !== null) {
    const lag = cohort.validationLagDays;
    lower.push({
      date: lag === 0 ? validationDate : addDays(validationDate, lag),
      reason: () =>
        lag === 0
          ? { fr: `pas avant la validation de la mission (${formatDateFr(validationDate)})`, en: `not before the mission's validation (${validationDate})` }
          : {
              fr: `au moins ${lag} jours après la validation de la mission (${formatDateFr(validationDate)})`,
              en: `at least ${lag} days after the mission's validation (${validationDate})`,
            },
    });
  }
  const jury = cohort.previousYearJuryDate;
  if (jury !== null) {
    lower.push({
      date: addDays(jury, 1),
      reason: () => ({ fr: `après la proclamation du jury de l’année précédente (${formatDateFr(jury)})`, en: `after the previous year's jury proclamation (${jury})` }),
    });
  }
  const upper: Bound[] = [{ date: typeMax, reason: () => ({ fr: `fenêtre du contrat jusqu’au ${formatDateFr(typeMax)}`, en: `contract window until ${typeMax}` }) }];
  const campaign = data.campaigns.find((c) => c.code === cohort.campaign);
  if (campaign) {
    upper.push({
      date: campaign.closes,
      reason: () => ({ fr: `clôture de la campagne de validation le ${formatDateFr(campaign.closes)}`, en: `validation campaign closes on ${campaign.closes}` }),
    });
  }

  let min = typeMin;
  for (const b of lower) if (b.date > min) min = b.date;
  let max = typeMax;
  for (const b of upper) if (b.date < max) max = b.date;
  if (startDate >= min && startDate <= max) return [];

  const findings: Finding[] = [];
  if (startDate < min) {
    const broken = lower.filter((b) => startDate < b.date).map((b) => b.reason());
    findings.push(
      makeFinding(
        'DDC_TOO_EARLY',
        'startDate',
        {
          fr: `La DDC (${formatDateFr(startDate)}) est trop tôt : ${broken.map((b) => b.fr).join(' ; ')}.`,
          en: `The start date (${startDate}) is too early: ${broken.map((b) => b.en).join('; ')}.`,
        },
        { min, max: max >= min ? max : null },
      ),
    );
  }
  if (startDate > max) {
    const broken = upper.filter((b) => startDate > b.date).map((b) => b.reason());
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
