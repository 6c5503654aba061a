import type { IsoDate } from '../../dates/iso-date.js';
import type { MissionState } from './mission-transition.js';
import { workflowFinding, type WorkflowFinding } from '../workflow-finding.js';

/** A mission the student already has, as far as this rule needs it. */
export interface ExistingMission {
  state: MissionState;
  /** Last day (inclusive) of the contract when a rupture ended it (§5); null/absent while it runs. */
  brokenOn?: IsoDate | null | undefined;
}

/**
 * ALREADY_VALIDATED when the student already has a validated mission that no rupture
 * has ended (§3.3, "Attention": a student with a validated mission may NOT ask for
 * another; §5: except after a rupture, to finish the training as an alternant).
 * A recorded rupture counts whatever its last day: the new contract needs a new
 * validation beforehand (§5) and starts at the earliest the day after.
 */
export function checkAlreadyValidated(existingMissions: readonly ExistingMission[]): WorkflowFinding | null {
  const blocking = existingMissions.find((m) => m.state === 'VALIDATED' && (m.brokenOn === null || m.brokenOn === undefined));
  if (!blocking) return null;
  return workflowFinding(
    'ALREADY_VALIDATED',
    { subject: 'mission' },
    {
      fr: 'Une mission est déjà validée pour cet(te) étudiant(e) : une autre ne peut être demandée qu’après la rupture de la première.',
      en: 'This student already has a validated mission: another can be requested only after the first one is broken.',
    },
  );
}
