import { addDays, addMonthsToParts, type IsoDate } from '../dates/iso-date.js';
import { isoOfDay } from '../dates/civil-days.js';
import { formatDateFr } from '../dates/format-date.js';
import { lazyFinding, type FindingText } from '../findings/lazy-finding.js';
import type { Finding } from './contract-input.js';
import type { ContractFacts } from './contract-facts.js';

/** §2.2: the classic internship lasts « au moins 8 semaines ». */
export const CLASSIC_INTERNSHIP_MIN_WEEKS = 8;
/** §2.2 note 11: « La MIAGE privilégie cependant les stages longs, d'une durée d'environ 4 mois. » */
export const CLASSIC_INTERNSHIP_PREFERRED_MONTHS = 4;

/**
 * The classic internship (CSTAGE) of the rythme de formation classique (§2.2): done « d'un bloc »
 * at a host organisation, « d'une durée d'au moins 8 semaines » — date to date, the DFC at the
 * earliest on DDC + 8 weeks − 1 day (56 days counted both included): CLASSIC_INTERNSHIP_TOO_SHORT,
 * an error. Note 11: the MIAGE prefers long ones, about 4 months: one shorter than 4 months date to
 * date (but of 8 weeks or more) gets CLASSIC_INTERNSHIP_SHORTER_THAN_PREFERRED, an info that blocks
 * nothing. Silent without both dates or with a DFC before the DDC (DFC_BEFORE_DDC's matter). O(1).
 */
export function checkClassicInternship(facts: ContractFacts, findings: Finding[] = []): Finding[] {
  const { contractType, startDate, endDate, startDay, endDay } = facts;
  if (contractType !== 'CSTAGE' || startDate === null || endDate === null || startDay === null || endDay === null) return findings;
  if (endDay < startDay) {
    findings.push(lazyFinding('DFC_BEFORE_DDC', 'endDate', BEFORE_DDC, { endDate, startDate }, { min: startDate, max: null }));
    return findings;
  }
  const days = endDay - startDay + 1;
  if (days < CLASSIC_INTERNSHIP_MIN_WEEKS * 7) {
    const min = addDays(startDate, CLASSIC_INTERNSHIP_MIN_WEEKS * 7 - 1);
    findings.push(lazyFinding('CLASSIC_INTERNSHIP_TOO_SHORT', 'endDate', TOO_SHORT, { weeks: CLASSIC_INTERNSHIP_MIN_WEEKS, min }, { min, max: null }));
    return findings;
  }
  // Compared as day numbers from the DDC's parts, read with the date: the preferred end's
  // text is built only for the finding (two date texts per row were 1.5 % of a roster check, issue 15).
  const [y, m, d] = facts.startParts;
  const preferredDay = addMonthsToParts(y, m, d, CLASSIC_INTERNSHIP_PREFERRED_MONTHS) - 1;
  if (endDay < preferredDay) {
    findings.push(lazyFinding('CLASSIC_INTERNSHIP_SHORTER_THAN_PREFERRED', 'endDate', SHORTER, { months: CLASSIC_INTERNSHIP_PREFERRED_MONTHS, preferred: isoOfDay(preferredDay) }));
  }
  return findings;
}

const BEFORE_DDC: FindingText<{ endDate: IsoDate; startDate: IsoDate }> = {
  fr: ({ endDate, startDate }) => `La DFC (${formatDateFr(endDate)}) est antérieure à la DDC (${formatDateFr(startDate)}).`,
  en: ({ endDate, startDate }) => `The end date (${formatDateFr(endDate)}) is before the start date (${formatDateFr(startDate)}).`,
};

const TOO_SHORT: FindingText<{ weeks: number; min: IsoDate }> = {
  fr: ({ weeks, min }) => `Le stage classique dure au moins ${weeks} semaines (§2.2) : DFC au plus tôt le ${formatDateFr(min)}.`,
  en: ({ weeks, min }) => `A classic internship lasts at least ${weeks} weeks (§2.2): end date ${formatDateFr(min)} at the earliest.`,
};

const SHORTER: FindingText<{ months: number; preferred: IsoDate }> = {
  fr: ({ months, preferred }) => `La MIAGE privilégie les stages longs, d’environ ${months} mois (§2.2, note 11) : jusqu’au ${formatDateFr(preferred)} environ.`,
  en: ({ months, preferred }) => `The MIAGE prefers long internships, of about ${months} months (§2.2, note 11): until about ${preferred}.`,
};
