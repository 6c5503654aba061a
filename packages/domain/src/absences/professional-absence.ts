import { formatDateFr } from '../dates/format-date.js';
import { isIsoDate, type IsoDate } from '../dates/iso-date.js';
import { InputError } from '../findings/input-error.js';
import { addJoursOuvrables } from '../holidays/add-jours-ouvrables.js';
import type { HolidayOptions } from '../holidays/french-public-holidays.js';
import { workflowFinding, type WorkflowFinding } from '../workflow/workflow-finding.js';

/** §4.3.2 step 1: the tutor asks "au moins 10 jours ouvrables avant le premier jour de la période visée". */
export const PROFESSIONAL_REQUEST_JOURS_OUVRABLES = 10;

/**
 * The last day a professional-absence request for a period starting on `firstDay` can be
 * made: 10 jours ouvrables before it (the first day not counted), so that from that day
 * to the first day there are exactly 10 jours ouvrables.
 */
export function professionalRequestDeadline(firstDay: IsoDate, options: HolidayOptions): IsoDate {
  if (!isIsoDate(firstDay)) throw new InputError('firstDay', `not an ISO date: ${String(firstDay)}`);
  return addJoursOuvrables(firstDay, -PROFESSIONAL_REQUEST_JOURS_OUVRABLES, options);
}

/**
 * A company tutor's request for a professional absence (§4.3.2): PROFESSIONAL_ABSENCE_TOO_LATE
 * (an error: the request cannot be filed) when made after the deadline above. Throws an
 * InputError naming the field on an unreadable date or a period ending before it starts.
 */
export function checkProfessionalAbsenceRequest(input: { requestedOn: IsoDate; firstDay: IsoDate; lastDay: IsoDate }, options: HolidayOptions): WorkflowFinding[] {
  for (const field of ['requestedOn', 'firstDay', 'lastDay'] as const) {
    if (!isIsoDate(input[field])) throw new InputError(field, `not an ISO date: ${String(input[field])}`);
  }
  if (input.lastDay < input.firstDay) throw new InputError('lastDay', `before firstDay: ${input.lastDay} < ${input.firstDay}`);
  const deadline = professionalRequestDeadline(input.firstDay, options);
  if (input.requestedOn <= deadline) return [];
  return [
    workflowFinding(
      'PROFESSIONAL_ABSENCE_TOO_LATE',
      { subject: 'request.firstDay' },
      {
        fr: `Demande trop tardive : pour une absence à partir du ${formatDateFr(input.firstDay)}, le tuteur devait la faire au plus tard le ${formatDateFr(deadline)} (10 jours ouvrables avant).`,
        en: `Request too late: for an absence from ${input.firstDay}, the tutor had to ask by ${deadline} (10 working days before).`,
      },
      { min: null, max: deadline },
    ),
  ];
}
