import type { EntityManager } from '@mikro-orm/core';
import { addDays, addMonths, ruptureChecklist, type ReferenceData } from '@alternance/domain';
import { User } from '../modules/auth/auth.entities.js';
import { Contract } from '../modules/contracts/contract.entities.js';
import { ContractAmendment, Mediation, Rupture, RuptureStepRecord, TutorChange, YearClosure, YearOutcomeRecord } from '../modules/lifecycle/lifecycle.entities.js';
import { Livret } from '../modules/livret/livret.entities.js';
import { CompanyTutor, Student } from '../modules/people/people.entities.js';
import { Visit } from '../modules/visits/visit.entity.js';

/**
 * The lifecycle's demo (issue 13): one rupture in progress after a failed mediation, and
 * one repeated year — the M2 year of M2-2025 closed, one student repeating, whose contract
 * is extended by an avenant into the next year (the one extension of the Master, §4.5);
 * and an apprentice's company tutor 1 replaced by an avenant during the contract (§3.1).
 */
export async function seedLifecycleDemo(em: EntityManager, data: ReferenceData): Promise<void> {
  const manager = await em.findOneOrFail(User, { role: 'MANAGER' });
  const contracts = await em.find(Contract, { status: 'ACTIVE' }, { populate: ['mission', 'student'], orderBy: { startDate: 'asc', id: 'asc' } });

  const broken = contracts.find((c) => c.contractType === 'CAPP' && c.mission.cohort === 'MASTER-2025');
  if (broken) {
    const lastDay = addDays(broken.startDate, 240) < broken.endDate ? addDays(broken.startDate, 240) : broken.endDate;
    const startedOn = addDays(lastDay, -20);
    em.persist(Object.assign(new Mediation(), { contract: broken, difficulty: 'Désaccord sur le contenu des missions confiées.', actions: 'Entretien à trois avec le tuteur universitaire, puis avec le responsable de l’alternance.', outcome: 'FAILED', mediatorRole: 'MANAGER', mediatorId: manager.id, mediatorLabel: manager.displayName, heldOn: addDays(startedOn, -7) }));
    const rupture = Object.assign(new Rupture(), { contract: broken, state: 'IN_PROGRESS', requestedByRole: 'STUDENT', requestedById: broken.student.id, requestedByLabel: `${broken.student.firstName} ${broken.student.lastName}`, reason: 'Rupture d’un commun accord après l’échec de la médiation.', lastDay, startedOn, plannedEndDate: broken.endDate });
    em.persist(rupture);
    ruptureChecklist({ contractType: 'CAPP' })!.forEach((s, i) => {
      em.persist(Object.assign(new RuptureStepRecord(), { rupture, key: s.key, document: s.document, action: s.action, fromParty: s.from, toParty: s.to, form: s.form, count: s.count, label: s.label, labelEn: s.labelEn, position: s.position, needsScan: s.needsScan, done: i === 0, doneAt: i === 0 ? new Date(`${startedOn}T10:00:00Z`) : null, doneBy: i === 0 ? manager.id : null }));
    });
  }

  const m2 = await em.find(Student, { cohort: 'M2-2025' }, { orderBy: { lastName: 'asc', id: 'asc' } });
  // Not the alternant who signs in (README: alternant.livret@…, of M2-2025): moved to M2-2026 on the
  // demo's day (March 2026), their year's calendar was gone — no day sheet of their cohort could
  // record their absences of the running year (§4.3), nor their own pages show that year.
  const repeater = m2.find((s) => !s.user && contracts.some((c) => c.student.id === s.id && (c.contractType === 'CAPP' || c.contractType === 'CPRO')));
  if (repeater) {
    const year = data.cohorts.find((c) => c.code === 'M2-2025')?.years[0];
    const closure = Object.assign(new YearClosure(), { cohort: 'M2-2025', programme: 'M2', closedOn: year ? addDays(year.dff, -60) : '2026-07-01', closedBy: manager.id });
    em.persist(closure);
    for (const student of m2) {
      const contract = contracts.find((c) => c.student.id === student.id) ?? null;
      const outcome = student === repeater ? 'REPEATS' : 'PASSES';
      em.persist(Object.assign(new YearOutcomeRecord(), { closure, student, contract, outcome, changes: { contractEnds: outcome === 'PASSES' && contract !== null } }));
    }
    repeater.repeating = true;
    const contract = contracts.find((c) => c.student.id === repeater.id)!;
    const newEndDate = addDays(addMonths(contract.endDate, 12), -1);
    // The repeated M2 is trained in M2-2026's calendar: its hours and cost count (§4.5), its prolonged days are paid +15 points (§4.2.1).
    const repeatedCohort = data.cohorts.some((c) => c.code === 'M2-2026') ? 'M2-2026' : null;
    em.persist(Object.assign(new ContractAmendment(), { contract, student: repeater, kind: 'EXTENSION', scope: 'MASTER', programme: 'M2', cohort: repeatedCohort, previousEndDate: contract.endDate, newEndDate, reason: 'Redoublement du M2 : prorogation avec le même organisme (§4.5).', signedOn: closure.closedOn, createdBy: manager.id }));
    contract.endDate = newEndDate;
    contract.mission.endDate = newEndDate;
    repeater.cohort = repeatedCohort ?? repeater.cohort;
  }
  await seedTutorChange(em, manager, contracts.filter((c) => c !== broken && c.student.id !== repeater?.id));
  await em.flush();
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
