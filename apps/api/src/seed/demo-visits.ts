import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { ALTERNANCE_CONTRACT_TYPES, addDays, calendarFor, findCohort, isAtCompany, trainingYearOf, type ReferenceData } from '@alternance/domain';
import { calendarsInForceFor } from '../modules/calendars/calendar-in-force.js';
import { User } from '../modules/auth/auth.entities.js';
import { Contract } from '../modules/contracts/contract.entities.js';
import { Visit, type VisitHalf, type VisitSlot } from '../modules/visits/visit.entity.js';

const YEAR = '2025-2026';

/** The first day from `from` (up to 60 days on) whose half-day the alternant spends at the company (note 34). */
function companyDay(data: ReferenceData, cohortCode: string, from: string, half: VisitHalf): string | null {
  const year = findCohort(data, cohortCode);
  const calendarCode = year ? trainingYearOf(year, YEAR)?.calendar : null;
  const calendar = calendarCode ? calendarFor(data, calendarCode) : null;
  if (!calendar) return null;
  for (let d = from, i = 0; i < 60; d = addDays(d, 1), i += 1) if (isAtCompany(calendar, d, half)) return d;
  return null;
}

const slot = (date: string, half: VisitHalf, remote: boolean, address: string | null): VisitSlot => ({
  id: randomUUID(),
  date,
  half,
  format: remote ? 'REMOTE' : 'ON_SITE',
  location: remote ? 'https://visio.univ-amu.fr/miage-alternance' : (address ?? 'Dans les locaux de l’OPA'),
  findings: [],
});

/**
 * The demo's visits of 2025-2026 (§4.6), so that the year looks lived in: 1st visits held in
 * January/February with their reports (a few asking for follow-up), 2nd visits scheduled,
 * proposed or cancelled in April/May, and some alternants with none (late once February is
 * over; some 1st visits offered again, half of them declined by the company tutor with their
 *  * availability, the others unanswered; 2nd visits offered for April (up to two) declined by tutor 1 while
 * tutor 2 has not answered, to chase). Explore with FIXED_TODAY=2026-03-02. A second academic tutor takes every third
 * assigned alternant, so that the tutors' loads differ; every alternant of the year has one
 * (§4.6: assigned by early November) but two, late on purpose.
 */
export async function seedDemoVisits(em: EntityManager, data: ReferenceData): Promise<number> {
  const tutors = await em.find(User, { role: 'ACADEMIC_TUTOR' }, { orderBy: { email: 'desc' } });
  const contracts = await em.find(Contract, { mission: { state: 'VALIDATED', tutor1: { $ne: null } }, contractType: { $in: [...ALTERNANCE_CONTRACT_TYPES] } }, { populate: ['student', 'student.academicTutor', 'mission', 'mission.tutor1', 'mission.organisation'], orderBy: { student: { lastName: 'asc' } } });
  // Each alternant's calendar in force (published versions and their own half-days, seeded just before): the visits fall on their company days.
  await em.flush();
  const inForce = await calendarsInForceFor(em, contracts.map((c) => c.student.id), data);
  let count = 0;
  let assigned = 0;
  let waiting = 0;
  let late = 0;
  let chased = 0;
  for (const [i, contract] of contracts.entries()) {
    const student = contract.student;
    if (student.academicTutor && tutors.length > 1 && assigned++ % 3 === 2) student.academicTutor = tutors.find((t) => t.id !== student.academicTutor!.id) ?? student.academicTutor;
    const cohort = findCohort(data, student.cohort);
    const year = cohort ? trainingYearOf(cohort, YEAR) : null;
    if (!year || contract.startDate > year.dff || contract.endDate < year.ddf) continue;
    if (!student.academicTutor) {
      // §4.6: the assignments are made « courant octobre, au plus tard début novembre » — months past on the
      // demo's day (2 March 2026). Two alternants are still waiting for theirs, late on purpose (the
      // dashboard shows them, the manager acts as tutor meanwhile, note 32): no visit yet. Not the M2-2025
      // alternant who signs in (alternant.livret@…), whose tutor is named in « Qui contacter ? » (§6).
      if (waiting < 2 && student.cohort !== 'M2-2025') {
        waiting += 1;
        continue;
      }
      // The others were assigned in October, in turn to the demo's two academic tutors.
      if (tutors.length) student.academicTutor = tutors[late++ % tutors.length]!;
    }
    const address = contract.mission.organisation?.address ?? null;
    const make = (visitNumber: 1 | 2, state: Visit['state'], slots: VisitSlot[], extra: Partial<Visit> = {}): Visit => {
      const chosen = state === 'PROPOSED' ? null : slots[0]!;
      const visit = Object.assign(new Visit(), {
        student,
        mission: contract.mission,
        companyTutor: contract.mission.tutor1!,
        academicTutor: student.academicTutor,
        academicYear: YEAR,
        visitNumber,
        state,
        slots,
        date: chosen?.date ?? null,
        half: chosen?.half ?? null,
        format: chosen?.format ?? null,
        location: chosen?.location ?? null,
        icsUid: `visite-${randomUUID()}@alternance.miage.univ-amu.fr`,
        ...extra,
      });
      em.persist(visit);
      count += 1;
      return visit;
    };
    const first = companyDay(inForce.get(student.id) ?? data, student.cohort, `2026-01-${String(5 + (i % 20)).padStart(2, '0')}`, i % 2 ? 'PM' : 'AM');
    const second = companyDay(inForce.get(student.id) ?? data, student.cohort, `2026-04-${String(6 + (i % 20)).padStart(2, '0')}`, 'AM');
    if (!first || !second) continue;
    const kind = i % 5;
    if (kind === 4) continue; // none yet: late once the 1st window is over
    if (kind === 3) make(1, 'CANCELLED', [slot(first, i % 2 ? 'PM' : 'AM', false, address)], { cancelReason: 'Tuteur en entreprise indisponible', cancelledAt: new Date(`${addDays(first, -7)}T09:00:00Z`), icsSequence: 1 });
    const held = make(1, kind === 2 ? 'SCHEDULED' : kind === 3 ? 'PROPOSED' : 'HELD', [slot(kind === 3 ? addDays(first, 14) : first, i % 2 ? 'PM' : 'AM', i % 4 === 1, address)]);
    // Half the slots offered again were declined by the company tutor, with their availability (note 34):
    // the office's visits overview shows it next to the proposals left unanswered.
    if (kind === 3 && i % 2 === 0) {
      const tutor = contract.mission.tutor1!;
      const at = new Date(`${addDays(held.slots[0]!.date, -5)}T10:00:00Z`);
      const availability = 'Plutôt les mardis de mars, le matin';
      Object.assign(held, { slotsDeclinedAt: at, slotsDeclinedNote: availability, slotDeclines: [{ companyTutorId: tutor.id, name: `${tutor.firstName} ${tutor.lastName}`, at: at.toISOString(), availability }] });
    }
    if (held.state === 'HELD') {
      const followUp = i % 10 === 0;
      Object.assign(held, {
        report: {
          attendees: `${student.firstName} ${student.lastName}, ${contract.mission.tutor1!.firstName} ${contract.mission.tutor1!.lastName}, tuteur universitaire`,
          activities: 'Développement et maintenance d’applications du SI, participation aux cérémonies agiles.',
          progress: followUp ? 'Progression lente sur les sujets techniques.' : 'Bonne montée en compétences, autonomie croissante.',
          pointsOfAttention: followUp ? 'Charge de travail élevée en période d’examens.' : '',
          tutorOpinion: followUp ? 'Réservé : à revoir avant la 2de visite.' : 'Très favorable.',
          followUpNeeded: followUp,
          followUpNote: followUp ? 'Appeler la tutrice en mars pour faire le point.' : '',
        },
        reportedAt: new Date(`${held.date!}T17:00:00Z`),
        followUpNeeded: followUp,
      });
      if (kind === 0) make(2, 'SCHEDULED', [slot(second, 'AM', false, address)]);
      if (kind === 1) {
        const proposed = make(2, 'PROPOSED', [slot(second, 'AM', false, address), slot(companyDay(inForce.get(student.id) ?? data, student.cohort, addDays(second, 7), 'PM') ?? addDays(second, 7), 'PM', true, null)]);
        // §3.1, §4.6 note 34: with two company tutors, tutor 1 declined the April slots and tutor 2 has
        // not answered — « à relancer » on the visits overview, and « Relancer » sends the slots to tutor 2.
        const tutor1 = contract.mission.tutor1!;
        const tutor2 = contract.mission.tutor2;
        if (tutor2 && tutor2.id !== tutor1.id && chased < 2) {
          chased += 1;
          const at = new Date('2026-02-20T10:00:00Z');
          const availability = 'Plutôt en mai, le jeudi matin';
          Object.assign(proposed, { slotsDeclinedAt: at, slotsDeclinedNote: availability, slotDeclines: [{ companyTutorId: tutor1.id, name: `${tutor1.firstName} ${tutor1.lastName}`, at: at.toISOString(), availability }] });
        }
      }
    }
  }
  return count;
}
