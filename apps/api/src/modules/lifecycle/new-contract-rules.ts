import type { EntityManager } from '@mikro-orm/core';
import { checkNewContractAfterRupture, replacedContractLastDay, type Finding } from '@alternance/domain';
import { Mission } from '../missions/mission.entities.js';
import { Rupture } from './lifecycle.entities.js';

/**
 * A contract a new fiche may follow (§5 « le nouveau contrat peut démarrer le lendemain de la
 * rupture du premier »): a validated mission whose rupture is COMPLETED (`brokenOn`), or one whose
 * rupture is under way — IN_PROGRESS, its last day fixed by the manager (note 35) — while the
 * office still collects its documents. Both count alike for the new fiche: the paperwork lagging
 * must not push back the request (§3.3's 10 jours ouvrables) nor the new contract's start.
 */
export interface BrokenContract {
  mission: Mission;
  /** The broken contract's last day (inclusive). */
  lastDay: string;
  /** False while the rupture's documents are still being collected (IN_PROGRESS). */
  completed: boolean;
}

/**
 * The broken contracts of these students, latest last day first: completed ruptures and those under
 * way. Their missions come with their OPA and company tutors, unless `contacts` is false (a caller
 * that reads only the last days, such as the roster import, spares those reads).
 */
export async function brokenContractsOf(em: EntityManager, studentIds: readonly string[], { contacts = true }: { contacts?: boolean } = {}): Promise<BrokenContract[]> {
  if (!studentIds.length) return [];
  const completed = await em.find(Mission, { student: { $in: [...studentIds] }, state: 'VALIDATED', brokenOn: { $ne: null } }, contacts ? { populate: ['organisation', 'tutor1', 'tutor2'] } : {});
  const underWay = await em.find(
    Rupture,
    { state: 'IN_PROGRESS', lastDay: { $ne: null }, contract: { student: { $in: [...studentIds] }, mission: { state: 'VALIDATED', brokenOn: null } } },
    { populate: contacts ? ['contract.mission.organisation', 'contract.mission.tutor1', 'contract.mission.tutor2'] : ['contract'] },
  );
  return [
    ...completed.map((mission) => ({ mission, lastDay: mission.brokenOn!, completed: true })),
    ...underWay.map((r) => ({ mission: r.contract.mission, lastDay: r.lastDay!, completed: false })),
  ].sort((a, b) => (a.lastDay === b.lastDay ? a.mission.id.localeCompare(b.mission.id) : a.lastDay < b.lastDay ? 1 : -1));
}

/**
 * Rules of a new contract that only the student's history can tell (§5): after a broken
 * contract, the NEW_CONTRACT_* rules and the earliest start (the day after its last day).
 * Empty while the fiche lacks what they need (dates, OPA), and for a fiche starting after the
 * broken contract's DFC (a later training year's contract: §5 « afin de terminer sa formation »).
 * The training hours of a repeating student's new contract (§4.5) are checkContract's, from `Student.repeating`.
 */
export async function newContractFindings(em: EntityManager, mission: Mission, broken?: BrokenContract | null): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (broken === undefined) broken = await brokenContractBefore(em, mission);
  const previous = broken?.mission;
  if (broken && previous?.organisation && mission.organisation && mission.startDate) {
    findings.push(
      ...checkNewContractAfterRupture({
        previous: { contractType: previous.contractType, opaSiret: previous.organisation.siret, lastDay: broken.lastDay, plannedEndDate: previous.endDate },
        next: { contractType: mission.contractType, opaSiret: mission.organisation.siret, startDate: mission.startDate },
      }).findings,
    );
  }
  return findings;
}

/** The student's latest broken contract (completed or under way, {@link BrokenContract}) other than `mission`'s; null without one. */
export async function brokenContractBefore(em: EntityManager, mission: Mission): Promise<BrokenContract | null> {
  return (await brokenContractsOf(em, [mission.student.id])).find((b) => b.mission.id !== mission.id) ?? null;
}

/** The last day of the broken contract `mission` replaces (§5, domain `replacedContractLastDay`), when it does. */
export function replacementLastDay(mission: Mission, broken: BrokenContract | null): string | undefined {
  return replacedContractLastDay(broken && { cohort: broken.mission.cohort, lastDay: broken.lastDay, plannedEndDate: broken.mission.endDate }, { cohort: mission.cohort, startDate: mission.startDate });
}
