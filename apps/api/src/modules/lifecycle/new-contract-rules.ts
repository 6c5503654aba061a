import type { EntityManager } from '@mikro-orm/core';
import { checkNewContractAfterRupture, type Finding } from '@alternance/domain';
import { Mission } from '../missions/mission.entities.js';

/**
 * Rules of a new contract that only the student's history can tell (§5): after a broken
 * contract, the NEW_CONTRACT_* rules and the earliest start (the day after its last day).
 * Empty while the fiche lacks what they need (dates, OPA), and for a fiche starting after the
 * broken contract's DFC (a later training year's contract: §5 « afin de terminer sa formation »).
 * The training hours of a repeating student's new contract (§4.5) are checkContract's, from `Student.repeating`.
 */
export async function newContractFindings(em: EntityManager, mission: Mission): Promise<Finding[]> {
  const findings: Finding[] = [];
  const broken = await em.findOne(
    Mission,
    { student: mission.student.id, id: { $ne: mission.id }, state: 'VALIDATED', brokenOn: { $ne: null } },
    { populate: ['organisation'], orderBy: { brokenOn: 'desc' } },
  );
  if (broken?.brokenOn && broken.organisation && mission.organisation && mission.startDate) {
    findings.push(
      ...checkNewContractAfterRupture({
        previous: { contractType: broken.contractType, opaSiret: broken.organisation.siret, lastDay: broken.brokenOn, plannedEndDate: broken.endDate },
        next: { contractType: mission.contractType, opaSiret: mission.organisation.siret, startDate: mission.startDate },
      }).findings,
    );
  }
  return findings;
}
