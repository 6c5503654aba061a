import { isOpenMission, type MissionState } from '../workflow/mission/mission-transition.js';

/**
 * What « Commencer la fiche du nouveau contrat » does after a rupture (§5: « il faudra tout de
 * même auparavant refaire une validation de mission, cf. §3 »), given the student's one open
 * fiche (§3.3: one request at a time) and the training their record says they follow:
 * - START: no open fiche — a new one is drafted;
 * - RESUME: an open fiche of that training still the student's to write — a draft, or a fiche
 *   the office sent back for corrections (RETURNED) — is given back to be finished or corrected;
 * - FOLLOW: an open fiche of that training already sent (submitted, awaiting the company's
 *   confirmation or the manager's validation): nothing to write, the student follows it;
 * - OTHER_TRAINING: the open fiche is another training's: not this contract's fiche.
 */
export type FicheAfterRupture = 'START' | 'RESUME' | 'FOLLOW' | 'OTHER_TRAINING';

/** The states in which the fiche is the student's to write (§3.3.3: the draft, and the fiche returned for corrections). */
const STUDENT_WRITES: ReadonlySet<string> = new Set<MissionState>(['DRAFT', 'RETURNED']);

export function ficheAfterRupture(open: { state: MissionState | string; cohort: string | null } | null, studentCohort: string | null): FicheAfterRupture {
  if (!open || !isOpenMission(open.state)) return 'START';
  if (open.cohort !== studentCohort) return 'OTHER_TRAINING';
  return STUDENT_WRITES.has(open.state) ? 'RESUME' : 'FOLLOW';
}
