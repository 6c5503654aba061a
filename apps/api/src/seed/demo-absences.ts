import type { EntityManager } from '@mikro-orm/core';
import { cohortTrainingHours, medicalAbsenceDeadline, professionalRequestDeadline, type HalfDay, type JustificationState, type ReferenceData } from '@alternance/domain';
import { Absence, AbsenceDocument, AbsenceStatement, ProfessionalAbsenceRequest } from '../modules/absences/absence.entities.js';
import { monthEnd } from '../modules/absences/absence-read.service.js';
import { Mission } from '../modules/missions/mission.entities.js';

// A one-page PDF, so that the demo's justified medical absence has a stoppage to show.
const DEMO_STOPPAGE = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

// The demo's professional-absence requests: asked a few days before the demo's day, for a day after it.
const REQUESTED_ON = '2026-02-25';
const REQUESTS_FROM = '2026-03-23';
const later = (a: string, b: string): string => (a > b ? a : b);

/** The first training half-days of the alternant's calendar from `from` on. */
function trainingHalfDays(data: ReferenceData, cohort: string, from: string, count: number): { date: string; half: HalfDay }[] {
  const source = cohortTrainingHours(data, cohort);
  const out: { date: string; half: HalfDay }[] = [];
  if (!source) return out;
  for (let d = new Date(`${from}T00:00:00Z`), guard = 0; out.length < count && guard < 400; d.setUTCDate(d.getUTCDate() + 1), guard += 1) {
    const date = d.toISOString().slice(0, 10);
    for (const half of ['AM', 'PM'] as const) if (out.length < count && source.kindOf(date, half) === 'TRAINING') out.push({ date, half });
  }
  return out;
}

/**
 * Absences in every justification state (§4.3) for the first validated alternants with an
 * account: recorded, awaiting the host's stoppage, awaiting the manager's decision, justified
 * by a stoppage, definitively unjustified (late), granted professional, and two professional
 * requests waiting for the direction (one through the tutor's link, one mailed to it).
 */
export async function seedDemoAbsences(em: EntityManager, data: ReferenceData): Promise<number> {
  // Contracts of the demo's year, the guide's 2025/2026 (README): an M2-2026 contract starts in
  // September 2026, and its absences would lie in the future of the days the README suggests.
  const missions = (await em.find(Mission, { state: 'VALIDATED', contractType: { $in: ['CAPP', 'CPRO'] }, startDate: { $lt: '2026-09-01' } }, { populate: ['student', 'student.user', 'organisation', 'tutor1'], orderBy: { student: { email: 'asc' } } }))
    .filter((m) => m.organisation && m.tutor1 && m.startDate)
    // Students who can sign in first, so that "Mes absences" has something to show.
    .sort((a, b) => Number(!a.student.user) - Number(!b.student.user))
    .slice(0, 3);
  const options = { whitMondayHoliday: data.settings.whitMondayHoliday };
  let count = 0;
  const unjustified: Absence[] = [];
  const documents: AbsenceDocument[] = [];
  for (const [i, mission] of missions.entries()) {
    const halfDays = trainingHalfDays(data, mission.student.cohort, mission.startDate!, 7);
    const all: { state: JustificationState; reason: Absence['reason']; comment?: string }[] = [
      { state: 'RECORDED', reason: 'UNKNOWN' },
      { state: 'AWAITING_STOPPAGE', reason: 'MEDICAL' },
      { state: 'AWAITING_DECISION', reason: 'OTHER', comment: 'Convocation à l’examen du permis de conduire.' },
      { state: 'JUSTIFIED', reason: 'MEDICAL' },
      { state: 'UNJUSTIFIED', reason: 'MEDICAL' },
      { state: 'UNJUSTIFIED', reason: 'UNKNOWN' },
    ];
    const states = all.slice(0, 6 - i);
    states.forEach((s, k) => {
      const slot = halfDays[k];
      if (!slot) return;
      const absence = Object.assign(new Absence(), { student: mission.student, date: slot.date, half: slot.half, state: s.state, reason: s.reason, comment: s.comment ?? null, mission, organisation: mission.organisation, recordedBy: 'Secrétariat (démo)' });
      if (s.reason === 'MEDICAL') absence.deadline = medicalAbsenceDeadline(slot.date, options);
      if (s.state === 'JUSTIFIED') {
        Object.assign(absence, { stoppageIssuedOn: slot.date, stoppageFrom: slot.date, stoppageTo: slot.date, stoppageReceivedOn: absence.deadline, stoppageSentBy: `${mission.tutor1!.firstName} ${mission.tutor1!.lastName}` });
        const document = Object.assign(new AbsenceDocument(), { absence, fileName: 'arret-de-travail.pdf', mediaType: 'application/pdf', size: DEMO_STOPPAGE.length, content: DEMO_STOPPAGE });
        em.persist(document);
        documents.push(document);
      }
      em.persist(absence);
      if (s.state === 'UNJUSTIFIED') unjustified.push(absence);
      count += 1;
    });
    const [requested] = trainingHalfDays(data, mission.student.cohort, later(mission.startDate!, REQUESTS_FROM), 1);
    if (i <= 1 && requested) {
      // A request made in time for a training day after the demo's day (README: 2 March 2026), so that
      // the direction can still decide it there: the first through the tutor's link, the second mailed
      // to the direction (§4.3.2 step 1), recorded by it and sent for an opinion to a teacher of the
      // period (step 2).
      const first = requested.date;
      const deadline = professionalRequestDeadline(first, options);
      em.persist(
        Object.assign(new ProfessionalAbsenceRequest(), {
          student: mission.student,
          mission,
          firstDay: first,
          firstHalf: 'AM',
          lastDay: first,
          lastHalf: 'PM',
          reason: 'Mise en production du nouveau portail client : présence de l’alternant(e) indispensable.',
          requestedById: mission.tutor1!.id,
          requestedByLabel: `${mission.tutor1!.firstName} ${mission.tutor1!.lastName}`,
          requestedOn: deadline < REQUESTED_ON ? deadline : REQUESTED_ON,
          ...(i === 1 ? { reason: 'Salon professionnel : l’alternant(e) présente le démonstrateur sur notre stand.', recordedBy: 'Direction de la MIAGE (démo)', teacherEmails: 'tuteur.academique@demo.alternance.test' } : {}),
        }),
      );
    }
  }
  declareAsInService(em, unjustified);
  // The absence and its document point to each other: the absences are written first, then
  // each points to its stoppage (one batch of inserts cannot hold the cycle on PostgreSQL).
  await em.flush();
  for (const document of documents) document.absence.document = document;
  return count;
}

/**
 * The demo's unjustified absences are of its alternants' first weeks, months over when the demo
 * runs: their statements (§4.3.4) went out at each month's turn, as in service, so that the
 * sweep does not mail them at the demo's start.
 */
function declareAsInService(em: EntityManager, absences: Absence[]): void {
  const statements = new Map<string, AbsenceStatement>();
  for (const absence of absences) {
    const month = absence.date.slice(0, 7);
    const key = `${absence.organisation!.id} ${month}`;
    const statement = statements.get(key) ?? Object.assign(new AbsenceStatement(), { organisation: absence.organisation!, month, sentAt: new Date(`${monthEnd(month)}T06:00:00Z`) });
    statement.absences += 1;
    statements.set(key, statement);
    absence.declaredAt = statement.sentAt;
  }
  for (const statement of statements.values()) em.persist(statement);
}
