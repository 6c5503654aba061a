import type { MissionState } from './mission-transition.js';

/** Who the next step of a mission in each state is waiting for (§3.3.3, Figures 13–14). */
export const MISSION_AWAITS: Readonly<Record<MissionState, 'STUDENT' | 'MANAGER' | 'COMPANY_CONTACT' | null>> = {
  DRAFT: 'STUDENT',
  RETURNED: 'STUDENT',
  // The manager checks the fiche, then asks the company to confirm (or returns it).
  SUBMITTED: 'MANAGER',
  CONFIRMATION_REQUESTED: 'COMPANY_CONTACT',
  // The error is fixed with the student or the company, then the manager asks again.
  ERROR_REPORTED: 'MANAGER',
  CONFIRMED: 'MANAGER',
  VALIDATED: null,
  REJECTED: null,
};

/** The states in which a mission waits for this party's action: the "À traiter" list. */
export function statesAwaiting(party: 'STUDENT' | 'MANAGER' | 'COMPANY_CONTACT'): MissionState[] {
  return (Object.keys(MISSION_AWAITS) as MissionState[]).filter((s) => MISSION_AWAITS[s] === party);
}
