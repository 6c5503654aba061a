import type { EntityManager } from '@mikro-orm/core';
import { addDays, cohortTrainingHours, medicalAbsenceDeadline, professionalRequestDeadline, type HalfDay, type JustificationState, type ReferenceData } from '@alternance/domain';
import { Absence, AbsenceDocument, AbsenceStatement, ProfessionalAbsenceRequest } from '../modules/absences/absence.entities.js';
import { monthEnd } from '../modules/absences/absence-read.service.js';
import { Mission } from '../modules/missions/mission.entities.js';
import { audit } from '../modules/audit/audit.js';

// A one-page PDF, so that the demo's justified medical absence has a stoppage to show.
const DEMO_STOPPAGE = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

// The demo's day (README: `pnpm start` runs on 2 March 2026).
export const DEMO_DAY = '2026-03-02';
// The demo's professional-absence requests: asked a few days before the demo's day, for a day after it.
const REQUESTED_ON = '2026-02-25';
const REQUESTS_FROM = '2026-03-23';
const later = (a: string, b: string): string => (a > b ? a : b);

/** The first training half-days of the alternant's calendar from `from` on (before `before`, when given). */
function trainingHalfDays(data: ReferenceData, cohort: string, from: string, count: number, before?: string): { date: string; half: HalfDay }[] {
  const source = cohortTrainingHours(data, cohort);
  const out: { date: string; half: HalfDay }[] = [];
  if (!source) return out;
  for (let d = new Date(`${from}T00:00:00Z`), guard = 0; out.length < count && guard < 400; d.setUTCDate(d.getUTCDate() + 1), guard += 1) {
    const date = d.toISOString().slice(0, 10);
    if (before !== undefined && date >= before) break;
    for (const half of ['AM', 'PM'] as const) if (out.length < count && source.kindOf(date, half) === 'TRAINING') out.push({ date, half });
  }
  return out;
}

/**
 * The training half-days of the days just before the demo's day whose absence, medical, would
 * still be in time for its stoppage there (§4.3.1: 10 jours ouvrables): the latest first.
 */
function recentTrainingHalfDays(data: ReferenceData, cohort: string, options: { whitMondayHoliday: boolean }): { date: string; half: HalfDay }[] {
  let from = DEMO_DAY;
  while (medicalAbsenceDeadline(addDays(from, -1), options) >= DEMO_DAY) from = addDays(from, -1);
  return trainingHalfDays(data, cohort, from, 20, DEMO_DAY).reverse();
}

/**
 * Absences in every justification state (§4.3) for the first validated alternants with an
 * account: recorded, awaiting the host's stoppage, awaiting the manager's decision, justified
 * by a stoppage, definitively unjustified (late), granted professional, and two professional
 * requests waiting for the direction (one through the tutor's link, one mailed to it).
 *
 * As on the demo's day (2 March 2026): the absences still waiting for something (a reason, a
 * stoppage, a decision) are of the days just before it, their stoppage still in time (§4.3.1);
 * the settled ones (justified, unjustified) are of the alternant's first weeks, their month's
 * statement sent at the month's turn (§4.3.4). So the sweeps, at the demo's start, have nothing
 * to turn late nor to mail that service would not already have mailed.
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
    const recent = recentTrainingHalfDays(data, mission.student.cohort, options);
    const all: { state: JustificationState; reason: Absence['reason']; comment?: string }[] = [
      { state: 'RECORDED', reason: 'UNKNOWN' },
      { state: 'AWAITING_STOPPAGE', reason: 'MEDICAL' },
      { state: 'AWAITING_DECISION', reason: 'OTHER', comment: 'Convocation à l’examen du permis de conduire.' },
      { state: 'JUSTIFIED', reason: 'MEDICAL' },
      { state: 'UNJUSTIFIED', reason: 'MEDICAL' },
      { state: 'UNJUSTIFIED', reason: 'UNKNOWN' },
    ];
    const states = all.slice(0, 6 - i);
    const pending = (state: JustificationState) => state === 'RECORDED' || state === 'AWAITING_STOPPAGE' || state === 'AWAITING_DECISION';
    states.forEach((s, k) => {
      // The pending ones on the latest training half-days before the demo's day, the settled ones from the contract's start.
      const slot = pending(s.state) ? recent[k] : halfDays[k];
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
  for (const statement of statements.values()) {
    em.persist(statement);
    // The journal's line of that sending, as the sweep writes it (absence-sweeps.ts).
    audit(em, null, { entityType: 'Organisation', entityId: statement.organisation.id, action: 'ABSENCE_STATEMENT', fields: [], comment: `${statement.month} : ${statement.absences} demi-journée(s)` }, statement.sentAt);
  }
}
