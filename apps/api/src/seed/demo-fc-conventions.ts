import type { EntityManager } from '@mikro-orm/core';
import { addDays, contractChecklist, type IsoDate, type MissionState, type ReferenceData } from '@alternance/domain';
import { DEMO_DAY } from './demo-absences.js';
import { ChecklistItem, Contract } from '../modules/contracts/contract.entities.js';
import { findingCodesColumn, missionFindings } from '../modules/missions/mission-rules.js';
import { Mission, MissionConfirmation } from '../modules/missions/mission.entities.js';
import type { CompanyTutor, HrContact, Organisation} from '../modules/people/people.entities.js';
import { Student } from '../modules/people/people.entities.js';

/**
 * §2.1.1 note 5, §2.1.2 note 7: FC students whose convention de formation is in each state on the
 * demo day (2026-03-02), the office having received every other one before its due date
 * (recordDemoOfficeWork): an FC-CPRO validated this morning whose item « dès validation » falls due
 * on 2026-03-06 (due soon: the dashboard counts it and its reminder goes out on the day), a
 * submitted one due before the M2's start (2026-09-02, to do), one validated on 2026-02-27 whose
 * convention the office recorded that day, and an FC student of the running year without a
 * contract whose convention never came back, late since September (its reminders went out then).
 */
export const DEMO_FC_CONVENTIONS_UNSIGNED: readonly string[] = ['Convention-Proche', 'Convention-Afaire', 'Convention-Retard'];

export async function seedDemoFcConventions(em: EntityManager, data: ReferenceData, n: number, organisation: Organisation, tutor1: CompanyTutor, hrContact: HrContact): Promise<number> {
  const m2 = data.cohorts.find((c) => c.code === 'M2-2026');
  const last = data.cohorts.find((c) => c.code === 'M2-2025');
  if (!m2 || !last) return n;
  const people: { lastName: string; firstName: string; cohort: typeof m2; state: MissionState; contractType: 'CPRO' | 'SANS'; validationDate: IsoDate | null }[] = [
    { firstName: 'Nadia', lastName: 'Convention-Proche', cohort: m2, state: 'VALIDATED', contractType: 'CPRO', validationDate: DEMO_DAY },
    { firstName: 'Yanis', lastName: 'Convention-Afaire', cohort: m2, state: 'SUBMITTED', contractType: 'CPRO', validationDate: null },
    { firstName: 'Sophie', lastName: 'Convention-Signee', cohort: m2, state: 'VALIDATED', contractType: 'CPRO', validationDate: '2026-02-27' },
    { firstName: 'Karim', lastName: 'Convention-Retard', cohort: last, state: 'VALIDATED', contractType: 'SANS', validationDate: '2025-06-26' },
  ];
  for (const p of people) {
    n += 1;
    const group = p.cohort.groups[0] ?? null;
    const student = Object.assign(new Student(), {
      firstName: p.firstName,
      lastName: p.lastName,
      email: `etudiant.demo${n}@etu.example`,
      birthDate: '1991-04-12',
      status: 'FC' as const,
      nationality: 'Française',
      cohort: p.cohort.code,
      group,
      site: data.groups.find((g) => g.code === group)?.site ?? null,
      professionalisationValidated: p.contractType === 'SANS',
    });
    em.persist(student);
    const cpro = p.contractType === 'CPRO';
    const startDate = p.cohort.ddf;
    const endDate = addDays(p.cohort.dff, -1);
    const requestDate = cpro ? '2026-02-20' : '2025-06-20';
    const mission = Object.assign(new Mission(), {
      student,
      state: p.state,
      cohort: p.cohort.code,
      contractType: p.contractType,
      startDate,
      endDate,
      monthlyGrossPayCents: cpro ? 230_000 : null,
      title: cpro ? `Contrat de professionnalisation chez ${organisation.name}` : 'Formation continue sans immersion professionnelle',
      context: 'Reprise d’études en formation continue.',
      objectives: 'Concevoir et faire évoluer le système d’information.',
      deliverables: 'Spécifications, code, documentation.',
      organisation: cpro ? organisation : null,
      tutor1: cpro ? tutor1 : null,
      hrContact: cpro ? hrContact : null,
      cproReason: cpro ? 'Salarié(e) en reprise d’études' : null, // ≤ 40 characters, as the fiche's field (PostgreSQL enforces it)
      requestDate,
      stateSince: new Date(`${requestDate}T08:00:00Z`),
      validationDate: p.validationDate,
    });
    em.persist(mission);
    if (cpro) {
      for (const [party, subjectType, person] of [['COMPANY_TUTOR_1', 'COMPANY_TUTOR', tutor1], ['HR_CONTACT', 'HR_CONTACT', hrContact]] as const) {
        const confirmed = p.state === 'VALIDATED';
        em.persist(Object.assign(new MissionConfirmation(), { mission, party, subjectType, subjectId: person.id, email: person.email, requestedAt: new Date('2026-02-21T09:00:00Z'), confirmedAt: confirmed ? new Date('2026-02-23T09:00:00Z') : null }));
      }
    }
    const findings = await missionFindings(em, mission, data);
    mission.findings = findings;
    mission.findingCodes = findingCodesColumn(findings);
    if (p.state !== 'VALIDATED' || !cpro) continue;
    const contract = Object.assign(new Contract(), { mission, student, contractType: 'CPRO', startDate, endDate, monthlyGrossPayCents: mission.monthlyGrossPayCents });
    em.persist(contract);
    for (const t of contractChecklist({ contractType: 'CPRO', foreign: false, status: 'FC', validationDate: mission.validationDate!, startDate }, { referenceData: data })) {
      // The SFCA item follows the student's convention, recorded by the office (recordDemoOfficeWork); the other steps are still to come.
      em.persist(Object.assign(new ChecklistItem(), { contract, code: t.code, label: t.label, labelEn: t.labelEn, responsible: t.responsible, dueDate: t.dueDate, sansDelai: t.sansDelai, mandatory: t.mandatory, originals: t.originals ?? null, ref: t.ref, done: false, doneAt: null }));
    }
  }
  return n;
}
