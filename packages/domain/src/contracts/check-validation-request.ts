import { addDays, toDayNumber } from '../dates/iso-date.js';
import { formatDateFr } from '../dates/format-date.js';
import { makeFinding } from '../findings/make-finding.js';
import { addJoursOuvrables } from '../holidays/add-jours-ouvrables.js';
import { countWorkingDays } from '../holidays/business-day-index.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { Finding } from './contract-input.js';
import type { ContractFacts } from './contract-facts.js';

/** Monday to Saturday. */
const JOURS_OUVRABLES = 6;

/**
 * The validation request (§3.3–3.3.1): within the campaign (OUTSIDE_CAMPAIGN), and at
 * least 10 jours ouvrables before the wished DDC (VALIDATION_LEAD_TIME). The process
 * takes up to 10 jours ouvrables after the request day, so those 10 days must all fall
 * strictly between the request and the DDC.
 */
export function checkValidationRequest(facts: ContractFacts, data: ReferenceData): Finding[] {
  const { cohort, requestDate, startDate } = facts;
  if (cohort === null || requestDate === null) return [];
  const findings: Finding[] = [];
  const campaign = data.campaigns.find((c) => c.code === cohort.campaign);
  if (campaign && (requestDate < campaign.opens || requestDate > campaign.closes)) {
    findings.push(
      makeFinding(
        'OUTSIDE_CAMPAIGN',
        'requestDate',
        {
          fr: `Demande du ${formatDateFr(requestDate)} hors de la campagne de validation (du ${formatDateFr(campaign.opens)} au ${formatDateFr(campaign.closes)}).`,
          en: `Request of ${requestDate} outside the validation campaign (${campaign.opens} to ${campaign.closes}).`,
        },
        { min: campaign.opens, max: campaign.closes },
      ),
    );
  }
  if (startDate !== null) {
    const options = { whitMondayHoliday: data.settings.whitMondayHoliday };
    const lead = data.legal.validationLeadJoursOuvrables;
    const between = countWorkingDays((toDayNumber(requestDate) as number) + 1, (toDayNumber(startDate) as number) - 1, JOURS_OUVRABLES, options);
    if (between < lead) {
      const latest = addDays(addJoursOuvrables(startDate, -lead, options), -1);
      findings.push(
        makeFinding(
          'VALIDATION_LEAD_TIME',
          'requestDate',
          {
            fr: `Demande envoyée ${between} jour(s) ouvrable(s) avant la DDC (${formatDateFr(startDate)}) : il en faut au moins ${lead} ; demander au plus tard le ${formatDateFr(latest)}.`,
            en: `Request sent ${between} working day(s) before the start date (${startDate}): at least ${lead} are needed; ask by ${latest} at the latest.`,
          },
          { min: null, max: latest },
        ),
      );
    }
  }
  return findings;
}
