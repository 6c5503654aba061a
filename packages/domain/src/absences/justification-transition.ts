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
