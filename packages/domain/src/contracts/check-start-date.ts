import { addDays, toDayNumber, type IsoDate } from '../dates/iso-date.js';
import { formatDateFr } from '../dates/format-date.js';
import { lazyFinding, type FindingText } from '../findings/lazy-finding.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { Finding } from './contract-input.js';
import type { ContractBounds } from './contract-windows.js';
import type { ContractFacts } from './contract-facts.js';
import { cohortFacts } from './cohort-lookups.js';

/**
 * DDC rules of Tableau 5 for every alternance contract: the type window, then at least
 * the validation lag after the manager's validation (0 days L3I, one week Master/M2),
 * not after the campaign's closing date, and after the previous year's jury.
 * One DDC_TOO_EARLY / DDC_TOO_LATE at most, with the narrowed window and every bound
 * broken. Messages are built only for a broken bound: this runs on every roster row.
 */
export function checkStartDate(facts: ContractFacts, bounds: ContractBounds | null, data: ReferenceData, findings: Finding[] = []): Finding[] {
  const { cohort, startDate, validationDate } = facts;
  if (cohort === null || startDate === null || bounds === null) return findings;
  const typeWindow = bounds.windows.startDate;
  if (typeWindow.min === null || typeWindow.max === null) return findings;
  const lag = cohort.validationLagDays;
  const startDay = facts.startDay ?? (toDayNumber(startDate) as number);
  const validationDay = validationDate === null ? null : (facts.validationDay ?? (toDayNumber(validationDate) as number));
  // The common case, from day numbers only: inside the type window, not after the campaign,
  // after the validation's lag and after the jury.
  if (bounds.startByDays && insideByDays(bounds, startDay, validationDay, lag)) return findings;
  const typeMin = typeWindow.min;
  const typeMax = typeWindow.max;
  const jury = cohort.previousYearJuryDate;
  const closes = cohortFacts(cohort, data).campaign?.closes ?? null;
  const max = closes !== null && closes < typeMax ? closes : typeMax;
  // Bounds whose text is unreadable: compared as texts, as before.
  if (
    !bounds.startByDays &&
    startDate >= typeMin &&
    startDate <= max &&
    (validationDay === null || startDay >= validationDay + lag) &&
    (jury === null || startDate > jury)
  ) {
    return findings;
  }
  const afterValidation = validationDate === null ? null : lag === 0 ? validationDate : addDays(validationDate, lag);
  const afterJury = jury === null ? null : addDays(jury, 1);

  let min = typeMin;
  if (afterValidation !== null && afterValidation > min) min = afterValidation;
  if (afterJury !== null && afterJury > min) min = afterJury;
  if (startDate >= min && startDate <= max) return findings;

  // The bounds broken are listed when the message is read.
  const args: StartBounds = { startDate, typeMin, typeMax, validationDate, lag, afterValidation, jury, afterJury, closes };
  if (startDate < min) findings.push(lazyFinding('DDC_TOO_EARLY', 'startDate', TOO_EARLY, args, { min, max: max >= min ? max : null }));
  if (startDate > max) findings.push(lazyFinding('DDC_TOO_LATE', 'startDate', TOO_LATE, args, { min: max >= min ? min : null, max }));
  return findings;
}

/** Whether a DDC is inside every bound of its cohort and type, the validation's lag and the jury included (all day numbers). */
function insideByDays(bounds: ContractBounds, startDay: number, validationDay: number | null, lag: number): boolean {
  return (
    startDay >= bounds.startMinDay &&
    startDay <= bounds.startMaxDay &&
    (validationDay === null || startDay >= validationDay + lag) &&
    (bounds.juryDay === null || startDay > bounds.juryDay)
  );
}

interface StartBounds {
  startDate: IsoDate;
  typeMin: IsoDate;
  typeMax: IsoDate;
  validationDate: IsoDate | null;
  lag: number;
  afterValidation: IsoDate | null;
  jury: IsoDate | null;
  afterJury: IsoDate | null;
  closes: IsoDate | null;
}

function earlyReasons(b: StartBounds): { fr: string; en: string }[] {
  const { startDate, typeMin, validationDate, lag, afterValidation, jury, afterJury } = b;
  const broken: { fr: string; en: string }[] = [];
  if (startDate < typeMin) broken.push({ fr: `fenêtre du contrat à partir du ${formatDateFr(typeMin)}`, en: `contract window from ${formatDateFr(typeMin)}` });
  if (afterValidation !== null && validationDate !== null && startDate < afterValidation) {
    broken.push(
      lag === 0
        ? { fr: `pas avant la validation de la mission (${formatDateFr(validationDate)})`, en: `not before the mission's validation (${formatDateFr(validationDate)})` }
        : {
            fr: `au moins ${lag} jours après la validation de la mission (${formatDateFr(validationDate)})`,
            en: `at least ${lag} days after the mission's validation (${formatDateFr(validationDate)})`,
          },
    );
  }
  if (afterJury !== null && jury !== null && startDate < afterJury) {
    broken.push({ fr: `après la proclamation du jury de l’année précédente (${formatDateFr(jury)})`, en: `after the previous year's jury proclamation (${formatDateFr(jury)})` });
  }
  return broken;
}

function lateReasons(b: StartBounds): { fr: string; en: string }[] {
  const { startDate, typeMax, closes } = b;
  const broken: { fr: string; en: string }[] = [];
  if (startDate > typeMax) broken.push({ fr: `fenêtre du contrat jusqu’au ${formatDateFr(typeMax)}`, en: `contract window until ${formatDateFr(typeMax)}` });
  if (closes !== null && startDate > closes) {
    broken.push({ fr: `clôture de la campagne de validation le ${formatDateFr(closes)}`, en: `validation campaign closes on ${formatDateFr(closes)}` });
  }
  return broken;
}

const TOO_EARLY: FindingText<StartBounds> = {
  fr: (b) => `La DDC (${formatDateFr(b.startDate)}) est trop tôt : ${earlyReasons(b).map((r) => r.fr).join(' ; ')}.`,
  en: (b) => `The start date (${formatDateFr(b.startDate)}) is too early: ${earlyReasons(b).map((r) => r.en).join('; ')}.`,
};

const TOO_LATE: FindingText<StartBounds> = {
  fr: (b) => `La DDC (${formatDateFr(b.startDate)}) est trop tard : ${lateReasons(b).map((r) => r.fr).join(' ; ')}.`,
  en: (b) => `The start date (${formatDateFr(b.startDate)}) is too late: ${lateReasons(b).map((r) => r.en).join('; ')}.`,
};
