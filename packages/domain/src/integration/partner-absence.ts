import type { AbsenceReason, JustificationState } from '../absences/absence.js';
import { justificationTransition, type JustificationEvent } from '../absences/justification-transition.js';
import { medicalAbsenceDeadline } from '../absences/medical-deadline.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { HolidayOptions } from '../holidays/french-public-holidays.js';

/** Where an absence stands, as a partner's push may move it. */
export interface PartnerAbsenceState {
  state: JustificationState;
  reason: AbsenceReason;
  deadline: IsoDate | null;
}

export type PartnerAbsenceOutcome =
  | { ok: true; next: PartnerAbsenceState; event: JustificationEvent | null }
  | { ok: false; code: 'PROFESSIONAL_NOT_PARTNER' | 'REASON_ALREADY_GIVEN' | 'INVALID_TRANSITION' | 'ABSENCE_JUSTIFICATION_LATE'; message: string };

/** A half-day a partner reports, before it knows why. */
export const NEW_PARTNER_ABSENCE: PartnerAbsenceState = { state: 'RECORDED', reason: 'UNKNOWN', deadline: null };

/**
 * What a partner (the CFA, the SFCA) may say of an absence's reason (issue 14), through the
 * same justification path as the office and the student (§4.3): MEDICAL opens the wait for the
 * host's work stoppage until 10 jours ouvrables after the absence (§4.3.1) — refused once that
 * day is past; OTHER puts the reason before the manager (§4.3.3). PROFESSIONAL is never the
 * partner's to say: only the direction grants it beforehand (§4.3.2). A reason once given is
 * not withdrawn (UNKNOWN again), and a settled justification is final.
 */
export function partnerAbsenceReason(current: PartnerAbsenceState, given: AbsenceReason | null | undefined, absence: { date: IsoDate; today: IsoDate; holidays: HolidayOptions }): PartnerAbsenceOutcome {
  if (given === null || given === undefined || given === current.reason) return { ok: true, next: current, event: null };
  if (given === 'PROFESSIONAL') return { ok: false, code: 'PROFESSIONAL_NOT_PARTNER', message: 'reason : une absence professionnelle est accordée à l’avance par la direction (§4.3.2), pas déclarée par un partenaire.' };
  if (given === 'UNKNOWN') return { ok: false, code: 'REASON_ALREADY_GIVEN', message: `reason : le motif ${current.reason} est déjà donné, il ne redevient pas inconnu.` };
  const event: JustificationEvent = given === 'MEDICAL' ? 'DECLARE_MEDICAL' : 'GIVE_OTHER_REASON';
  const moved = justificationTransition(current.state, event);
  if (!moved) return { ok: false, code: 'INVALID_TRANSITION', message: `reason : impossible dans l’état actuel de l’absence (${current.state}).` };
  let deadline = current.deadline;
  if (event === 'DECLARE_MEDICAL') {
    deadline = medicalAbsenceDeadline(absence.date, absence.holidays);
    if (deadline < absence.today) return { ok: false, code: 'ABSENCE_JUSTIFICATION_LATE', message: `reason : trop tard, l’arrêt de travail devait parvenir au plus tard le ${deadline} (10 jours ouvrables, §4.3.1).` };
  }
  return { ok: true, next: { state: moved.state, reason: moved.reason ?? current.reason, deadline }, event };
}
