import type { MissionState } from './mission-transition.js';

/**
 * What each state is called on screen, in the guide's words (§3.3.3): the portal and the
 * add-in show these, never the codes.
 */
export const MISSION_STATE_LABELS: Readonly<Record<MissionState, { fr: string; en: string }>> = {
  DRAFT: { fr: 'Brouillon', en: 'Draft' },
  SUBMITTED: { fr: 'Soumise', en: 'Submitted' },
  RETURNED: { fr: 'Renvoyée à l’alternant(e)', en: 'Returned to the student' },
  CONFIRMATION_REQUESTED: { fr: 'Confirmations demandées', en: 'Confirmations requested' },
  ERROR_REPORTED: { fr: 'Erreur signalée', en: 'Error reported' },
  CONFIRMED: { fr: 'Confirmée', en: 'Confirmed' },
  VALIDATED: { fr: 'Validée', en: 'Validated' },
  REJECTED: { fr: 'Refusée', en: 'Rejected' },
};

/** The labels of every state in one language, keyed by state code. */
export function missionStateLabels(language: 'fr' | 'en'): Record<MissionState, string> {
  return Object.fromEntries(Object.entries(MISSION_STATE_LABELS).map(([state, label]) => [state, label[language]])) as Record<MissionState, string>;
}
