import type { EntityManager } from '@mikro-orm/core';
import { addDays, ruptureChecklist } from '@alternance/domain';
import { User } from '../modules/auth/auth.entities.js';
import { Contract } from '../modules/contracts/contract.entities.js';
import { Mediation, Rupture, RuptureStepRecord, TutorChange } from '../modules/lifecycle/lifecycle.entities.js';
import { Livret } from '../modules/livret/livret.entities.js';
import { CompanyTutor } from '../modules/people/people.entities.js';
import { Visit } from '../modules/visits/visit.entity.js';
import { DEMO_DAY } from './demo-absences.js';

/**
 * The lifecycle's demo (issue 13), as on the demo's day: one rupture in progress after a
 * failed mediation, and an apprentice's company tutor 1 replaced by an avenant during the
 * contract (§3.1). No year is closed yet (the running year ends in summer 2026).
 */
export async function seedLifecycleDemo(em: EntityManager): Promise<void> {
  const manager = await em.findOneOrFail(User, { role: 'MANAGER' });
  const contracts = await em.find(Contract, { status: 'ACTIVE' }, { populate: ['mission', 'student'], orderBy: { startDate: 'asc', id: 'asc' } });

  const broken = contracts.find((c) => c.contractType === 'CAPP' && c.mission.cohort === 'MASTER-2025');
  if (broken) {
    // As on the demo's day: the mediation held and the rupture started before it (recordMediation
    // refuses a day to come), the exact last day (note 35) still ahead, so the rupture is in progress.
    const { lastDay, startedOn, heldOn } = demoRuptureDays(broken.endDate);
    em.persist(Object.assign(new Mediation(), { contract: broken, difficulty: 'Désaccord sur le contenu des missions confiées.', actions: 'Entretien à trois avec le tuteur universitaire, puis avec le responsable de l’alternance.', outcome: 'FAILED', mediatorRole: 'MANAGER', mediatorId: manager.id, mediatorLabel: manager.displayName, heldOn }));
    const rupture = Object.assign(new Rupture(), { contract: broken, state: 'IN_PROGRESS', requestedByRole: 'STUDENT', requestedById: broken.student.id, requestedByLabel: `${broken.student.firstName} ${broken.student.lastName}`, reason: 'Rupture d’un commun accord après l’échec de la médiation.', lastDay, startedOn, plannedEndDate: broken.endDate });
    em.persist(rupture);
    ruptureChecklist({ contractType: 'CAPP' })!.forEach((s, i) => {
      em.persist(Object.assign(new RuptureStepRecord(), { rupture, key: s.key, document: s.document, action: s.action, fromParty: s.from, toParty: s.to, form: s.form, count: s.count, label: s.label, labelEn: s.labelEn, position: s.position, needsScan: s.needsScan, done: i === 0, doneAt: i === 0 ? new Date(`${startedOn}T10:00:00Z`) : null, doneBy: i === 0 ? manager.id : null }));
    });
  }

  // No year closed (§4.5): on the demo's day (README: 2 March 2026) every year of the running one
  // is under way — the M2 2025/2026 ends in September 2026, its closure, repeaters and their
  // extensions come then, on the manager's « Fin d'année » page, not before.
  await seedTutorChange(em, manager, contracts.filter((c) => c !== broken));
  await em.flush();
}

/**
 * The demo rupture's days around the demo's day (README: 2 March 2026): the failed mediation three
 * weeks before, the rupture started two weeks before, its last day at the end of the month (within
 * the contract).
 */
export function demoRuptureDays(contractEnd: string): { heldOn: string; startedOn: string; lastDay: string } {
  const end = addDays(DEMO_DAY, 29);
  return { heldOn: addDays(DEMO_DAY, -21), startedOn: addDays(DEMO_DAY, -14), lastDay: end < contractEnd ? end : contractEnd };
}

/**
 * §3.1 « Attention »: an apprentice's tutor 1 leaves; the avenant names their successor. The
 * livret and the visits still to hold follow the new tutor, as changeCompanyTutor does.
 */
async function seedTutorChange(em: EntityManager, manager: User, contracts: Contract[]): Promise<void> {
  const contract = contracts.find((c) => c.contractType === 'CAPP' && c.mission.tutor1);
  if (!contract) return;
  await em.populate(contract, ['mission.tutor1', 'mission.organisation']);
  const previous = contract.mission.tutor1!;
  const effectiveOn = addDays(contract.startDate, 120) < contract.endDate ? addDays(contract.startDate, 120) : contract.endDate;
  const organisation = contract.mission.organisation ?? previous.organisation;
  const next = Object.assign(new CompanyTutor(), { firstName: 'Mathis', lastName: 'Roux', email: `mathis.roux.${organisation.siret}@demo-opa.example`, jobTitle: 'Responsable d’équipe', organisation });
  em.persist(next);
  em.persist(Object.assign(new TutorChange(), { contract, slot: 1, kind: 'MODIFICATION', previousTutor: previous, newTutor: next, effectiveOn, avenantSignedOn: addDays(effectiveOn, -7), reason: 'Départ du tuteur de l’entreprise : avenant au contrat d’apprentissage (§3.1).', createdBy: manager.id, createdByLabel: manager.displayName }));
  contract.mission.tutor1 = next;
  for (const visit of await em.find(Visit, { mission: contract.mission.id, companyTutor: previous.id, state: { $in: ['PROPOSED', 'SCHEDULED'] } })) visit.companyTutor = next;
  for (const livret of await em.find(Livret, { student: contract.student.id, companyTutor: previous.id })) livret.companyTutor = next;
}
