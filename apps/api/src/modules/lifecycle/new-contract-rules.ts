import type { EntityManager } from '@mikro-orm/core';
import { checkNewContractAfterRupture, replacedContractLastDay, type Finding } from '@alternance/domain';
import { Mission } from '../missions/mission.entities.js';

/**
 * Rules of a new contract that only the student's history can tell (§5): after a broken
 * contract, the NEW_CONTRACT_* rules and the earliest start (the day after its last day).
 * Empty while the fiche lacks what they need (dates, OPA), and for a fiche starting after the
 * broken contract's DFC (a later training year's contract: §5 « afin de terminer sa formation »).
 * The training hours of a repeating student's new contract (§4.5) are checkContract's, from `Student.repeating`.
 */
export async function newContractFindings(em: EntityManager, mission: Mission, broken?: Mission | null): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (broken === undefined) broken = await brokenContractBefore(em, mission);
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

/** The student's last validated mission whose contract was broken, other than `mission`; null without one. */
export function brokenContractBefore(em: EntityManager, mission: Mission): Promise<Mission | null> {
  return em.findOne(Mission, { student: mission.student.id, id: { $ne: mission.id }, state: 'VALIDATED', brokenOn: { $ne: null } }, { populate: ['organisation'], orderBy: { brokenOn: 'desc' } });
}

/** The last day of the broken contract `mission` replaces (§5, domain `replacedContractLastDay`), when it does. */
export function replacementLastDay(mission: Mission, broken: Mission | null): string | undefined {
  return replacedContractLastDay(broken && { cohort: broken.cohort, lastDay: broken.brokenOn, plannedEndDate: broken.endDate }, { cohort: mission.cohort, startDate: mission.startDate });
}
