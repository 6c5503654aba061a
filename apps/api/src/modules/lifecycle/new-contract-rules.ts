import type { EntityManager } from '@mikro-orm/core';
import { checkNewContractAfterRupture, newContractTrainingHours, type Finding, type ReferenceData } from '@alternance/domain';
import { Mission } from '../missions/mission.entities.js';

/**
 * Rules of a new contract that only the student's history can tell (§4.5, §5): after a
 * broken contract, the NEW_CONTRACT_* rules and the earliest start (the day after its last
 * day); for a student repeating the year, the training hours left against the legal
 * minimum of the new contract (TRAINING_HOURS_BELOW_LEGAL_MINIMUM). Empty while the fiche
 * lacks what they need (dates, OPA).
 */
export async function newContractFindings(em: EntityManager, mission: Mission, data: ReferenceData): Promise<Finding[]> {
  const findings: Finding[] = [];
  const broken = await em.findOne(
    Mission,
    { student: mission.student.id, id: { $ne: mission.id }, state: 'VALIDATED', brokenOn: { $ne: null } },
    { populate: ['organisation'], orderBy: { brokenOn: 'desc' } },
  );
  if (broken?.brokenOn && broken.organisation && mission.organisation && mission.startDate) {
    findings.push(
      ...checkNewContractAfterRupture({
        previous: { contractType: broken.contractType, opaSiret: broken.organisation.siret, lastDay: broken.brokenOn },
        next: { contractType: mission.contractType, opaSiret: mission.organisation.siret, startDate: mission.startDate },
      }).findings,
    );
  }
  if (mission.student.repeating && mission.startDate && mission.endDate && mission.endDate >= mission.startDate) {
    const hours = newContractTrainingHours({ cohort: mission.cohort, contractType: mission.contractType, startDate: mission.startDate, endDate: mission.endDate }, data);
    if (hours?.finding) findings.push(hours.finding);
  }
  return findings;
}
