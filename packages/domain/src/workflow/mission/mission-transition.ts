/**
 * States of a mission validation request (§3.3.3, Figures 13–14):
 * DRAFT → SUBMITTED → CONFIRMATION_REQUESTED → CONFIRMED → VALIDATED, with returns to the
 * student for corrections (RETURNED ↔ SUBMITTED), a company contact reporting an error
 * instead of confirming (ERROR_REPORTED), and the manager's refusal (REJECTED).
 */
export type MissionState =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'RETURNED'
  | 'CONFIRMATION_REQUESTED'
  | 'ERROR_REPORTED'
  | 'CONFIRMED'
  | 'VALIDATED'
  | 'REJECTED';

export type MissionAction =
  /** The student submits (or resubmits after a return) the fiche; submitting confirms their data (note 25). */
  | 'SUBMIT'
  /** The manager sends the fiche back to the student for corrections. */
  | 'RETURN'
  /** The manager, having checked completeness and consistency, asks the tutor(s) and HR contact to confirm. */
  | 'REQUEST_CONFIRMATION'
  /** A tutor or the HR contact answers that something is wrong. */
  | 'REPORT_ERROR'
  /** The last pending party has confirmed: call only when `allPartiesConfirmed` holds. */
  | 'COMPLETE_CONFIRMATION'
  /** The manager validates; all parties are notified. */
  | 'VALIDATE'
  /** The manager refuses the mission. */
  | 'REJECT';

/** Who performs each action, for the API's authorisation checks. */
export const MISSION_ACTION_ACTORS: Readonly<Record<MissionAction, 'STUDENT' | 'MANAGER' | 'COMPANY_CONTACT'>> = {
  SUBMIT: 'STUDENT',
  RETURN: 'MANAGER',
  REQUEST_CONFIRMATION: 'MANAGER',
  REPORT_ERROR: 'COMPANY_CONTACT',
  COMPLETE_CONFIRMATION: 'COMPANY_CONTACT',
  VALIDATE: 'MANAGER',
  REJECT: 'MANAGER',
};

/** The transition table, as data: state → action → next state. VALIDATED and REJECTED are final. */
export const MISSION_TRANSITIONS: Readonly<Record<MissionState, Partial<Record<MissionAction, MissionState>>>> = {
  DRAFT: { SUBMIT: 'SUBMITTED' },
  SUBMITTED: { RETURN: 'RETURNED', REQUEST_CONFIRMATION: 'CONFIRMATION_REQUESTED', REJECT: 'REJECTED' },
  RETURNED: { SUBMIT: 'SUBMITTED', REJECT: 'REJECTED' },
  CONFIRMATION_REQUESTED: {
    COMPLETE_CONFIRMATION: 'CONFIRMED',
    REPORT_ERROR: 'ERROR_REPORTED',
    RETURN: 'RETURNED',
    REJECT: 'REJECTED',
  },
  // Once fixed, the manager asks again (the fix may concern the company) or returns it to the student.
  ERROR_REPORTED: { REQUEST_CONFIRMATION: 'CONFIRMATION_REQUESTED', RETURN: 'RETURNED', REJECT: 'REJECTED' },
  CONFIRMED: { VALIDATE: 'VALIDATED', RETURN: 'RETURNED', REJECT: 'REJECTED' },
  VALIDATED: {},
  REJECTED: {},
};

/**
 * A mission is open while a decision is still to come (it has a next action): a student has
 * at most one open request at a time (§3.3: one fiche per contract, decided before another).
 * VALIDATED and REJECTED are closed.
 */
export function isOpenMission(state: MissionState | string): boolean {
  return Object.hasOwn(MISSION_TRANSITIONS, state) && Object.keys(MISSION_TRANSITIONS[state as MissionState]).length > 0;
}

export type MissionTransitionResult =
  | { ok: true; state: MissionState }
  | { ok: false; error: { code: 'INVALID_TRANSITION'; from: string; action: string; message: string; messageEn: string } };

/**
 * The state after `action` in `state`, or an INVALID_TRANSITION error naming both.
 * Never throws: unknown states or actions (e.g. from a stale client) are invalid transitions.
 */
export function missionTransition(state: MissionState | string, action: MissionAction | string): MissionTransitionResult {
  const row = Object.hasOwn(MISSION_TRANSITIONS, state) ? MISSION_TRANSITIONS[state as MissionState] : undefined;
  const next = row && Object.hasOwn(row, action) ? row[action as MissionAction] : undefined;
  if (next !== undefined) return { ok: true, state: next };
  return {
    ok: false,
    error: {
      code: 'INVALID_TRANSITION',
      from: state,
      action,
      message: `Action ${action} impossible pour une mission à l’état ${state}.`,
      messageEn: `Action ${action} is not allowed on a mission in state ${state}.`,
    },
  };
}
