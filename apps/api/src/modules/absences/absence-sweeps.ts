import { formatDateFr, formatHours, medicalAbsenceDeadline } from '@alternance/domain';
import type { MikroORM } from '@mikro-orm/core';
import type { Clock } from '../../shared/clock.js';
import { every } from '../../shared/periodic.js';
import { audit } from '../audit/audit.js';
import { enqueueMail } from '../mail/outbox.js';
import { Organisation } from '../people/people.entities.js';
import { loadReferenceData } from '../reference-data/reference-data.service.js';
import { Absence, AbsenceStatement } from './absence.entities.js';
import { absenceLateMail, absenceStatementMail } from './absence-mails.js';
import { halfDayLabel, personName } from './absence-support.js';
import { statementsOf } from './absence-read.service.js';
import { recordAbsenceChanges } from './absence-change-events.js';
import type { HrContact, CompanyTutor } from '../people/people.entities.js';
import { Mission } from '../missions/mission.entities.js';

/**
 * Medical absences whose host stoppage never came (§4.3.1): past their deadline they become
 * definitively unjustified, and the student and the tutor are told. Each absence is claimed
 * by a conditional UPDATE (still awaiting, same version) inside the transaction that writes
 * its mails: two instances, or the sweep run twice, change and mail it once.
 */
export async function sweepLateMedicalAbsences(orm: MikroORM, clock: Clock, publicUrl: string, limit = 200): Promise<{ unjustified: number }> {
  const today = clock.today();
  // A deadline stored at declaration; the strict "<" leaves the deadline day itself in time.
  const candidates = await orm.em.fork().find(Absence, { state: 'AWAITING_STOPPAGE', deadline: { $lt: today } }, { fields: ['id', 'version', 'date'], orderBy: { deadline: 'asc', id: 'asc' }, limit });
  const options = { whitMondayHoliday: (await loadReferenceData(orm.em.fork())).settings.whitMondayHoliday };
  let unjustified = 0;
  for (const candidate of candidates) {
    await orm.em
      .fork()
      .transactional(async (em) => {
        const now = clock.now();
        const claimed = await em.nativeUpdate(Absence, { id: candidate.id, version: candidate.version, state: 'AWAITING_STOPPAGE' }, { state: 'UNJUSTIFIED', version: candidate.version + 1, updatedAt: now });
        if (claimed !== 1) return;
        const absence = await em.findOneOrFail(Absence, candidate.id, { populate: ['student', 'mission', 'mission.tutor1'], refresh: true });
        const deadline = formatDateFr(absence.deadline ?? medicalAbsenceDeadline(absence.date, options));
        const halfDay = halfDayLabel(absence.date, absence.half);
        const studentName = personName(absence.student);
        enqueueMail(em, absence.student.email, 'ABSENCE_UNJUSTIFIED_LATE', absenceLateMail({ recipientName: studentName, studentName, halfDay, deadline, link: `${publicUrl}/mes-absences` }), absence.mission?.id ?? null, now);
        const tutor = absence.mission?.tutor1;
        if (tutor) enqueueMail(em, tutor.email, 'ABSENCE_UNJUSTIFIED_LATE', absenceLateMail({ recipientName: personName(tutor), studentName, halfDay, deadline }), absence.mission!.id, now);
        audit(em, null, { entityType: 'Absence', entityId: absence.id, action: 'STOPPAGE_DEADLINE_PASSED', fields: ['state'], comment: `Échéance ${absence.deadline}` }, now);
        await recordAbsenceChanges(em, 'ABSENCE_UPDATED', [absence], ['state'], now);
        unjustified += 1;
      })
      .catch(() => undefined);
  }
  return { unjustified };
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
export const monthLabelFr = (month: string): string => `${MONTHS_FR[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** The month before `today`'s, as YYYY-MM. */
export function previousMonth(today: string): string {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The monthly statement of unjustified absences (§4.3.4), once the month is over: one mail
 * per host organisation to its tutors and HR contacts of the alternants concerned. The
 * AbsenceStatement row (unique per organisation and month) is the claim, inserted in the
 * mail's transaction: a second instance's insert fails and it moves on.
 */
export async function sweepAbsenceStatements(orm: MikroORM, clock: Clock): Promise<{ sent: number }> {
  const month = previousMonth(clock.today());
  const em0 = orm.em.fork();
  const referenceData = await loadReferenceData(em0);
  const statements = await statementsOf({ em: em0, referenceData: async () => referenceData }, month);
  const done = new Set((await em0.find(AbsenceStatement, { month }, { fields: ['organisation'] })).map((s) => s.organisation.id));
  let sent = 0;
  for (const statement of statements) {
    if (done.has(statement.organisationId)) continue;
    await orm.em
      .fork()
      .transactional(async (em) => {
        const now = clock.now();
        const row = new AbsenceStatement();
        Object.assign(row, { organisation: em.getReference(Organisation, statement.organisationId), month, absences: statement.lines.length, sentAt: now });
        em.persist(row);
        await em.flush();
        const missions = await em.find(Mission, { organisation: statement.organisationId, state: 'VALIDATED' }, { populate: ['tutor1', 'hrContact'] });
        const students = new Set(statement.lines.map((l) => l.studentId));
        const recipients = new Map<string, string>();
        for (const m of missions) {
          if (!students.has(m.student.id)) continue;
          for (const p of [m.tutor1, m.hrContact] as (CompanyTutor | HrContact | null)[]) if (p) recipients.set(p.email, personName(p));
        }
        const lines = statement.lines.map((l) => `${l.studentName} — ${halfDayLabel(l.date, l.half)} — ${formatHours(l.hours)}`);
        for (const [email, name] of recipients) {
          enqueueMail(em, email, 'ABSENCE_STATEMENT', absenceStatementMail({ recipientName: name, organisationName: statement.organisationName, monthLabel: monthLabelFr(month), lines, totalHours: formatHours(statement.totalHours) }), null, now);
        }
        audit(em, null, { entityType: 'Organisation', entityId: statement.organisationId, action: 'ABSENCE_STATEMENT', fields: [], comment: `${month} : ${statement.lines.length} demi-journée(s)` }, now);
        sent += 1;
      })
      // Another instance's insert won (unique violation) or holds the lock: its mail goes, or
      // its transaction rolls back and the next sweep tries again. Nothing was half-written.
      .catch(() => undefined);
  }
  return { sent };
}

/** Runs both sweeps every `intervalMs` in this process; the database decides what is due and who does it. */
export function startAbsenceSweeps(orm: MikroORM, clock: Clock, publicUrl: string, intervalMs = 5 * 60_000): () => Promise<void> {
  // Once soon after start (an instance started after a deadline acts at once), then on the interval.
  return every(intervalMs, () => sweepLateMedicalAbsences(orm, clock, publicUrl).then(() => sweepAbsenceStatements(orm, clock)), { firstAfterMs: 1_000 });
}
