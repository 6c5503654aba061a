import { ALTERNANCE_CONTRACT_TYPES } from '../visits/alternance-contract-types.js';

/**
 * What a student can expect of the livret d'alternance (§4.7 « un(e) alternant(e) doit tenir à jour
 * un livret d'alternance »), as the manager opens them (`openLivrets`): only for a validated mission
 * of an alternance contract (apprenticeship, professionalisation, work-study internship).
 * - `ALTERNANT`: a validated alternance mission of their cohort — the manager opens (or opened) its livret;
 * - `NOT_ALTERNANT`: a validated mission of their cohort, none of it an alternance (a classic internship,
 *   no contract): the livret d'alternance does not concern them, nothing is expected of them;
 * - `NO_MISSION`: no validated mission of their cohort yet — they may still find an alternance.
 */
export type LivretExpectation = 'ALTERNANT' | 'NOT_ALTERNANT' | 'NO_MISSION';

export function livretExpectation(cohort: string, missions: readonly { state: string; cohort: string; contractType: string }[]): LivretExpectation {
  const validated = missions.filter((m) => m.state === 'VALIDATED' && m.cohort === cohort);
  if (validated.some((m) => (ALTERNANCE_CONTRACT_TYPES as readonly string[]).includes(m.contractType))) return 'ALTERNANT';
  return validated.length > 0 ? 'NOT_ALTERNANT' : 'NO_MISSION';
}
