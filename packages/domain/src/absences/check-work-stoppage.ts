import { formatDateFr } from '../dates/format-date.js';
import { isIsoDate, type IsoDate } from '../dates/iso-date.js';
import { InputError } from '../findings/input-error.js';
import type { HolidayOptions } from '../holidays/french-public-holidays.js';
import { workflowFinding, type WorkflowFinding } from '../workflow/workflow-finding.js';
import type { StoppageSender } from './absence.js';
import { stoppageTransmissionDeadline } from './medical-deadline.js';

export interface WorkStoppageInput {
  /** Who transmits it: the host organisation (tutor, HR contact, or the office recording the host's mail) or the student. */
  sender: StoppageSender;
  /** Date of établissement of the stoppage. */
  issuedOn: IsoDate;
  /** The days the stoppage covers, inclusive. */
  from: IsoDate;
  to: IsoDate;
  /** The absence it should justify. */
  absenceDate: IsoDate;
  /** The day the programme receives it. */
  transmittedOn: IsoDate;
}

/**
 * A work stoppage offered to justify a medical absence (§4.3.1). Errors, each stopping
 * the stoppage from counting:
 * - STOPPAGE_NOT_FROM_HOST: sent by the student — "purement et simplement ignoré";
 * - STOPPAGE_DOES_NOT_COVER: the absence is not within its days;
 * - ABSENCE_JUSTIFICATION_LATE: received after the 10th jour ouvrable following its issue.
 * Throws an InputError naming the field on an unreadable date or an inverted period.
 */
export function checkWorkStoppage(input: WorkStoppageInput, options: HolidayOptions): WorkflowFinding[] {
  for (const field of ['issuedOn', 'from', 'to', 'absenceDate', 'transmittedOn'] as const) {
    if (!isIsoDate(input[field])) throw new InputError(field, `not an ISO date: ${String(input[field])}`);
  }
  if (input.to < input.from) throw new InputError('to', `before from: ${input.to} < ${input.from}`);
  const findings: WorkflowFinding[] = [];
  if (input.sender !== 'HOST') {
    findings.push(
      workflowFinding('STOPPAGE_NOT_FROM_HOST', { subject: 'stoppage.sender' }, {
        fr: 'Arrêt de travail transmis par l’alternant(e) : seul celui que l’organisme d’accueil a validé et transmet est pris en compte.',
        en: 'Work stoppage sent by the alternant: only the one validated and sent by the host organisation counts.',
      }),
    );
  }
  if (input.absenceDate < input.from || input.absenceDate > input.to) {
    findings.push(
      workflowFinding('STOPPAGE_DOES_NOT_COVER', { subject: 'stoppage.from' }, {
        fr: `L’arrêt (du ${formatDateFr(input.from)} au ${formatDateFr(input.to)}) ne couvre pas l’absence du ${formatDateFr(input.absenceDate)}.`,
        en: `The stoppage (${formatDateFr(input.from)} to ${formatDateFr(input.to)}) does not cover the absence of ${formatDateFr(input.absenceDate)}.`,
      }),
    );
  }
  const deadline = stoppageTransmissionDeadline(input.issuedOn, options);
  if (input.transmittedOn > deadline) {
    findings.push(
      workflowFinding(
        'ABSENCE_JUSTIFICATION_LATE',
        { subject: 'stoppage.issuedOn' },
        {
          fr: `Arrêt établi le ${formatDateFr(input.issuedOn)} : il devait parvenir au plus tard le ${formatDateFr(deadline)} (10 jours ouvrables) ; l’absence reste injustifiée.`,
          en: `Stoppage issued on ${formatDateFr(input.issuedOn)}: it had to arrive by ${formatDateFr(deadline)} (10 working days); the absence stays unjustified.`,
        },
        { min: null, max: deadline },
      ),
    );
  }
  return findings;
}
