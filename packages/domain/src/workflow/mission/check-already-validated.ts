import type { IsoDate } from '../../dates/iso-date.js';
import { findCohort } from '../../reference-data/lookup.js';
import type { ReferenceData } from '../../reference-data/reference-data.js';
import { trainingYearOn } from '../visits/training-year.js';
import type { MissionState } from './mission-transition.js';
import { workflowFinding, type WorkflowFinding } from '../workflow-finding.js';

/** A mission the student already has, as far as this rule needs it. */
export interface ExistingMission {
  state: MissionState;
  /** Last day (inclusive) of the contract when a rupture ended it (§5); null/absent while it runs. */
  brokenOn?: IsoDate | null | undefined;
  /** The contract's DFC as validated; null/absent when unknown (then the mission blocks as long as it is not broken). */
  endDate?: IsoDate | null | undefined;
}

/**
 * The fiche being asked for, as far as this rule needs it: the first day of its training year
 * (the DDF of the cohort year its DDC falls in, see {@link ficheTrainingYearStart}) and its DDC.
 */
export interface NextFiche {
  trainingYearStart: IsoDate | null;
  startDate: IsoDate | null;
}

/**
 * ALREADY_VALIDATED when the student already has a validated mission that no rupture
 * has ended (§3.3, "Attention": a student with a validated mission may NOT ask for
 * another; §5: except after a rupture, to finish the training as an alternant).
 * A recorded rupture counts whatever its last day: the new contract needs a new
 * validation beforehand (§5) and starts at the earliest the day after.
 *
 * The "Attention" is about one alternance: a contract that is over before the training year
 * of the new fiche begins, and before its DDC, no longer blocks (§2.1.2: a student who was
 * « l'année précédente sans contrat d'alternance » — note 9: a convention de stage en
 * alternance is not a contract to continue — « devra suivre le M2 MIAGE avec un nouveau
 * contrat d'alternance »; Figure 2: an L3I apprentice entering M1 signs a new 2-year
 * contract). A contract still running then (an M1 apprenticeship of a Master, which
 * « vous poursuivez forcément » in M2) still blocks.
 */
export function checkAlreadyValidated(existingMissions: readonly ExistingMission[], next?: NextFiche): WorkflowFinding | null {
  const blocking = existingMissions.find((m) => m.state === 'VALIDATED' && (m.brokenOn === null || m.brokenOn === undefined) && !overBefore(m, next));
  if (!blocking) return null;
  return workflowFinding(
    'ALREADY_VALIDATED',
    { subject: 'mission' },
    {
      fr: 'Une mission est déjà validée pour cet(te) étudiant(e) : une autre ne peut être demandée qu’après la rupture de la première, ou pour une année de formation qui commence après la fin de son contrat.',
      en: 'This student already has a validated mission: another can be requested only after the first one is broken, or for a training year that starts after its contract ends.',
    },
  );
}

/**
 * ALREADY_VALIDATED for a roster row (§3.3 « Attention », §5), the office importing its list: a row
 * carries no fiche of its own whose DDC_TOO_EARLY would tell that it starts too soon, so a broken
 * contract — rupture completed or under way, its last day fixed — lets the row in only when the row
 * starts after that last day (« le nouveau contrat peut démarrer le lendemain de la rupture du
 * premier »). A row starting on or before it is the broken contract itself, or overlaps it: refused
 * as a running contract is, to be changed rather than imported. A row without a DDC is let in, as
 * {@link checkAlreadyValidated} does: the fiche's own rules will ask for it.
 */
export function checkRosterRowAlreadyValidated(existingMissions: readonly ExistingMission[], row: NextFiche): WorkflowFinding | null {
  const start = row.startDate;
  return checkAlreadyValidated(
    existingMissions.map((m) => (m.brokenOn && start !== null && start <= m.brokenOn ? { ...m, brokenOn: null } : m)),
    row,
  );
}

/** Whether the validated mission's contract ends before the new fiche's training year and its DDC. */
function overBefore(mission: ExistingMission, next: NextFiche | undefined): boolean {
  const end = mission.endDate;
  if (!next || !end || !next.trainingYearStart) return false;
  return end < next.trainingYearStart && (next.startDate === null || end < next.startDate);
}

/**
 * The DDF of the training year a fiche is for: the cohort's year in progress on its DDC, else
 * the next one to start (a contract may begin up to 3 months before its DDF, Tableau 5); the
 * cohort's first year when the DDC is unknown. Null for an unknown cohort.
 */
export function ficheTrainingYearStart(cohortCode: string, startDate: IsoDate | null, data: ReferenceData): IsoDate | null {
  const cohort = findCohort(data, cohortCode);
  if (!cohort) return null;
  return (startDate === null ? cohort.years[0] : trainingYearOn(cohort, startDate))?.ddf ?? cohort.ddf;
}
