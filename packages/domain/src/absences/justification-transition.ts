import type { IsoDate } from '../dates/iso-date.js';
import type { AbsenceReason, JustificationState } from './absence.js';

/** What can happen to an absence's justification (§4.3). */
export type JustificationEvent =
  | 'DECLARE_MEDICAL' // someone says the alternant was ill: the host's stoppage is awaited
  | 'GIVE_OTHER_REASON' // another reason is submitted to the manager (§4.3.3)
  | 'RECEIVE_STOPPAGE' // the host's stoppage arrived in time (§4.3.1)
  | 'RECORD_MAILED_STOPPAGE' // the office records the stoppage the host mailed it in time (§4.3.1 step 3)
  | 'STOPPAGE_DEADLINE_PASSED' // no stoppage within 10 jours ouvrables (§4.3.1)
  | 'ACCEPT' // the manager accepts the reason (§4.3.3)
  | 'REFUSE' // the manager refuses it (§4.3.3)
  | 'GRANT_PROFESSIONAL' // the direction granted the professional absence beforehand (§4.3.2)
  | 'CLOSE_UNJUSTIFIED'; // the office closes an absence nobody justified

const TRANSITIONS: Record<JustificationEvent, { from: readonly JustificationState[]; to: JustificationState; reason?: AbsenceReason }> = {
  DECLARE_MEDICAL: { from: ['RECORDED', 'AWAITING_DECISION'], to: 'AWAITING_STOPPAGE', reason: 'MEDICAL' },
  GIVE_OTHER_REASON: { from: ['RECORDED'], to: 'AWAITING_DECISION', reason: 'OTHER' },
  RECEIVE_STOPPAGE: { from: ['AWAITING_STOPPAGE'], to: 'JUSTIFIED' },
  // The host mailed its stoppage to the manager and the secretariat (§4.3.1 step 3) — maybe before
  // anyone declared the absence medical, and the office may type it in after the deadline: what
  // counts is the day the mail arrived, which checkWorkStoppage judges, not the day it is recorded.
  RECORD_MAILED_STOPPAGE: { from: ['RECORDED', 'AWAITING_DECISION', 'AWAITING_STOPPAGE'], to: 'JUSTIFIED', reason: 'MEDICAL' },
  STOPPAGE_DEADLINE_PASSED: { from: ['AWAITING_STOPPAGE'], to: 'UNJUSTIFIED' },
  ACCEPT: { from: ['AWAITING_DECISION'], to: 'JUSTIFIED' },
  REFUSE: { from: ['AWAITING_DECISION'], to: 'UNJUSTIFIED' },
  GRANT_PROFESSIONAL: { from: ['RECORDED', 'AWAITING_DECISION'], to: 'JUSTIFIED', reason: 'PROFESSIONAL' },
  CLOSE_UNJUSTIFIED: { from: ['RECORDED'], to: 'UNJUSTIFIED' },
};

/**
 * The state (and reason, when the event sets one) after `event`, or null when the event
 * cannot happen in `state`. JUSTIFIED and UNJUSTIFIED are final: "définitivement notée
 * comme injustifiée" (§4.3.1) leaves no way back.
 */
export function justificationTransition(state: JustificationState, event: JustificationEvent): { state: JustificationState; reason?: AbsenceReason } | null {
  const rule = TRANSITIONS[event];
  if (!rule.from.includes(state)) return null;
  return rule.reason ? { state: rule.to, reason: rule.reason } : { state: rule.to };
}

/** True when the justification is settled for good. */
export function isFinalJustification(state: JustificationState): boolean {
  return state === 'JUSTIFIED' || state === 'UNJUSTIFIED';
}

/**
 * The office records the stoppage the host mailed it (§4.3.1 step 3: « par mél au responsable de
 * l'alternance ET au secrétariat pédagogique »), the mail having arrived on `receivedOn`:
 * - on an absence still open, declared medical or not (RECORD_MAILED_STOPPAGE);
 * - on a medical absence the deadline closed (UNJUSTIFIED for want of a stoppage by `deadline`,
 *   reason MEDICAL: only STOPPAGE_DEADLINE_PASSED settles one so) when the mail arrived on or
 *   before that deadline — the host was in time, only its reading came after (a mail of the last
 *   day, a Saturday or after hours): « sinon, l'absence sera définitivement notée comme
 *   injustifiée » does not apply. Not when it arrived later, nor on an absence refused or closed
 *   by the manager.
 * Without `receivedOn`, whether some day of arrival could still count. The stoppage itself is
 * judged by checkWorkStoppage. Null when the office cannot record it.
 */
export function mailedStoppageTransition(absence: { state: JustificationState; reason: AbsenceReason; deadline: IsoDate | null }, receivedOn?: IsoDate): { state: JustificationState; reason: AbsenceReason } | null {
  if (absence.state === 'UNJUSTIFIED' && absence.reason === 'MEDICAL' && absence.deadline !== null) {
    return receivedOn === undefined || receivedOn <= absence.deadline ? { state: 'JUSTIFIED', reason: 'MEDICAL' } : null;
  }
  const next = justificationTransition(absence.state, 'RECORD_MAILED_STOPPAGE');
  return next ? { state: next.state, reason: next.reason ?? absence.reason } : null;
}
