import { formatDateFr } from '../dates/format-date.js';
import type { HalfDayKind } from '../reference-data/reference-data.js';
import type { HalfDay } from './absence.js';
import { addDays, isIsoDate, type IsoDate } from '../dates/iso-date.js';
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

/** A professional-absence request's period: from a first half-day to a last one, both included. */
export interface ProfessionalAbsencePeriod {
  firstDay: IsoDate;
  firstHalf: HalfDay;
  lastDay: IsoDate;
  lastHalf: HalfDay;
}

/**
 * The training half-days of a period in the alternant's calendar (`kindOf`: the half-day's
 * kind, null outside every calendar), in order, and whether some half-day of the period lies
 * outside every calendar (then nobody knows yet whether it is training).
 */
export function periodTrainingHalfDays(period: ProfessionalAbsencePeriod, kindOf: (date: IsoDate, half: HalfDay) => HalfDayKind | null): { training: { date: IsoDate; half: HalfDay }[]; unknown: boolean } {
  if (!isIsoDate(period.firstDay)) throw new InputError('firstDay', `not an ISO date: ${String(period.firstDay)}`);
  if (!isIsoDate(period.lastDay)) throw new InputError('lastDay', `not an ISO date: ${String(period.lastDay)}`);
  if (period.lastDay < period.firstDay) throw new InputError('lastDay', `before firstDay: ${period.lastDay} < ${period.firstDay}`);
  const training: { date: IsoDate; half: HalfDay }[] = [];
  let unknown = false;
  for (let date = period.firstDay; date <= period.lastDay; date = addDays(date, 1)) {
    for (const half of ['AM', 'PM'] as const) {
      if (date === period.firstDay && period.firstHalf === 'PM' && half === 'AM') continue;
      if (date === period.lastDay && period.lastHalf === 'AM' && half === 'PM') continue;
      const kind = kindOf(date, half);
      if (kind === null) unknown = true;
      else if (kind === 'TRAINING') training.push({ date, half });
    }
  }
  return { training, unknown };
}

/**
 * A company tutor's request for a professional absence (§4.3.2): PROFESSIONAL_ABSENCE_TOO_LATE
 * (an error: the request cannot be filed) when made after the deadline above;
 * PROFESSIONAL_ABSENCE_NO_TRAINING (an error) when the period holds no training half-day of
 * the alternant's calendar (`trainingHalfDays` 0: §4.3.2 is about « absences en formation »,
 * and on company days the alternant is at the host anyway) — not said when the count is not
 * known (omitted, or null: part of the period is outside every calendar). Throws an
 * InputError naming the field on an unreadable date or a period ending before it starts.
 */
export function checkProfessionalAbsenceRequest(input: { requestedOn: IsoDate; firstDay: IsoDate; lastDay: IsoDate; trainingHalfDays?: number | null | undefined }, options: HolidayOptions): WorkflowFinding[] {
  for (const field of ['requestedOn', 'firstDay', 'lastDay'] as const) {
    if (!isIsoDate(input[field])) throw new InputError(field, `not an ISO date: ${String(input[field])}`);
  }
  if (input.lastDay < input.firstDay) throw new InputError('lastDay', `before firstDay: ${input.lastDay} < ${input.firstDay}`);
  const findings: WorkflowFinding[] = [];
  if (input.trainingHalfDays === 0) {
    findings.push(
      workflowFinding(
        'PROFESSIONAL_ABSENCE_NO_TRAINING',
        { subject: 'request.firstDay' },
        {
          fr: `Aucune demi-journée de formation du ${formatDateFr(input.firstDay)} au ${formatDateFr(input.lastDay)} au calendrier d’alternance : l’alternant(e) est déjà en entreprise, il n’y a pas d’absence en formation à demander.`,
          en: `No training half-day from ${formatDateFr(input.firstDay)} to ${formatDateFr(input.lastDay)} in the alternance calendar: the alternant is at the company anyway, there is no absence from training to ask for.`,
        },
      ),
    );
  }
  const deadline = professionalRequestDeadline(input.firstDay, options);
  if (input.requestedOn <= deadline) return findings;
  return [
    ...findings,
    workflowFinding(
      'PROFESSIONAL_ABSENCE_TOO_LATE',
      { subject: 'request.firstDay' },
      {
        fr: `Demande trop tardive : pour une absence à partir du ${formatDateFr(input.firstDay)}, le tuteur devait la faire au plus tard le ${formatDateFr(deadline)} (10 jours ouvrables avant).`,
        en: `Request too late: for an absence from ${formatDateFr(input.firstDay)}, the tutor had to ask by ${formatDateFr(deadline)} (10 working days before).`,
      },
      { min: null, max: deadline },
    ),
  ];
}
