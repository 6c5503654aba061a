import { addDays, toDayNumber, type IsoDate } from '../dates/iso-date.js';
import { formatDateFr } from '../dates/format-date.js';
import { lazyFinding, type FindingText } from '../findings/lazy-finding.js';
import { addJoursOuvrables } from '../holidays/add-jours-ouvrables.js';
import { countWorkingDays } from '../holidays/business-day-index.js';
import type { HolidayOptions } from '../holidays/french-public-holidays.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { Finding } from './contract-input.js';
import type { ContractFacts } from './contract-facts.js';
import { cohortFacts, holidayOptionsOf, type CohortFacts } from './cohort-lookups.js';

/** Monday to Saturday. */
const JOURS_OUVRABLES = 6;

/**
 * The validation request (§3.3–3.3.1): within the campaign (OUTSIDE_CAMPAIGN), and at
 * least 10 jours ouvrables before the wished DDC (VALIDATION_LEAD_TIME). §3.3.3: the
 * process takes up to 10 jours ouvrables counted from the day after the request, so a
 * request is in time when the DDC is at the earliest the 10th jour ouvrable after it —
 * the jours ouvrables from the day after the request up to the DDC included number at
 * least 10. The latest request day given in the message is itself a jour ouvrable.
 */
export function checkValidationRequest(facts: ContractFacts, data: ReferenceData, findings: Finding[] = [], lookups: CohortFacts | null = null): Finding[] {
  const { cohort, requestDate, startDate } = facts;
  if (cohort === null || requestDate === null) return findings;
  // The cohort's lookups when the caller found them with the row's bounds (no second look-up).
  const { campaign, opensDay, closesDay } = lookups ?? cohortFacts(cohort, data);
  // Day numbers when the campaign's dates are readable (the request's is), else the texts as before.
  const requestDay = facts.requestDay ?? (toDayNumber(requestDate) as number);
  const outside =
    campaign !== null &&
    (opensDay !== null && closesDay !== null ? requestDay < opensDay || requestDay > closesDay : requestDate < campaign.opens || requestDate > campaign.closes);
  if (campaign && outside) {
    findings.push(lazyFinding('OUTSIDE_CAMPAIGN', 'requestDate', OUTSIDE, { requestDate, opens: campaign.opens, closes: campaign.closes }, { min: campaign.opens, max: campaign.closes }));
  }
  if (startDate !== null) {
    const options = holidayOptionsOf(data);
    const lead = data.legal.validationLeadJoursOuvrables;
    const start = facts.startDay ?? (toDayNumber(startDate) as number);
    const between = countWorkingDays(requestDay + 1, start, JOURS_OUVRABLES, options);
    if (between < lead) {
      const latest = latestRequestDayOf(start, startDate, lead, options);
      findings.push(lazyFinding('VALIDATION_LEAD_TIME', 'requestDate', LEAD_TIME, { between, startDate, lead, latest }, { min: null, max: latest }));
    }
  }
  return findings;
}

/**
 * The last jour ouvrable on which a request is still in time: the DDC must be at least the
 * `lead`-th jour ouvrable after it. Counting back from the day after the DDC, `lead` jours
 * ouvrables reach the first day of the process; one more reaches the request day, which
 * addJoursOuvrables always lands on a jour ouvrable (never a Sunday or public holiday).
 */
export function latestRequestDay(startDate: IsoDate, lead: number, options: HolidayOptions): IsoDate {
  return addJoursOuvrables(addDays(startDate, 1), -(lead + 1), options);
}

// latestRequestDay by DDC day number, for the last lead and holiday options: a roster's DDCs
// fall on a few dozen days, and each answer is a binary search over working-day counts.
// Bounded: emptied when it grows past a few years of days.
const latestByStart = new Map<number, IsoDate>();
let latestLead = Number.NaN;
let latestOptions: HolidayOptions | null = null;
let latestWhitMonday: boolean | null = null;

function latestRequestDayOf(startDay: number, startDate: IsoDate, lead: number, options: HolidayOptions): IsoDate {
  if (lead !== latestLead || options !== latestOptions || options.whitMondayHoliday !== latestWhitMonday || latestByStart.size > 4096) {
    latestByStart.clear();
    latestLead = lead;
    latestOptions = options;
    latestWhitMonday = options.whitMondayHoliday;
  }
  let latest = latestByStart.get(startDay);
  if (latest === undefined) {
    latest = latestRequestDay(startDate, lead, options);
    latestByStart.set(startDay, latest);
  }
  return latest;
}

const OUTSIDE: FindingText<{ requestDate: IsoDate; opens: IsoDate; closes: IsoDate }> = {
  fr: (a) => `Demande du ${formatDateFr(a.requestDate)} hors de la campagne de validation (du ${formatDateFr(a.opens)} au ${formatDateFr(a.closes)}).`,
  en: (a) => `Request of ${formatDateFr(a.requestDate)} outside the validation campaign (${formatDateFr(a.opens)} to ${formatDateFr(a.closes)}).`,
};

const LEAD_TIME: FindingText<{ between: number; startDate: IsoDate; lead: number; latest: IsoDate }> = {
  fr: (a) =>
    `Demande envoyée ${a.between} jour(s) ouvrable(s) avant la DDC (${formatDateFr(a.startDate)}, comptée) : il en faut au moins ${a.lead} ; demander au plus tard le ${formatDateFr(a.latest)}.`,
  en: (a) => `Request sent ${a.between} working day(s) before the start date (${formatDateFr(a.startDate)}, included): at least ${a.lead} are needed; ask by ${formatDateFr(a.latest)} at the latest.`,
};
