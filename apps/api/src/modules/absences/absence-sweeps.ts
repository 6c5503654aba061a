import { absenceDeclarationStart, formatDateFr, formatHours, medicalAbsenceDeadline } from '@alternance/domain';
import type { MikroORM } from '@mikro-orm/core';
import { parisDayOf, type Clock } from '../../shared/clock.js';
import { every } from '../../shared/periodic.js';
import { audit } from '../audit/audit.js';
import { enqueueMail } from '../mail/outbox.js';
import { Organisation } from '../people/people.entities.js';
import { companyContactsBlock, contactsBlockOf, withContacts } from '../people/company-mail-contacts.js';
import { loadReferenceData } from '../reference-data/reference-data.service.js';
import { Absence, AbsenceStatement } from './absence.entities.js';
import { absenceLateMail, absenceStatementComplementMail, absenceStatementMail } from './absence-mails.js';
import { halfDayLabel, personName } from './absence-support.js';
import { unjustifiedByOrganisationAndMonth } from './absence-read.service.js';
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
        if (tutor) {
          const contacts = await companyContactsBlock(em, await loadReferenceData(em), absence.student, absence.mission!.contractType);
          enqueueMail(em, tutor.email, 'ABSENCE_UNJUSTIFIED_LATE', withContacts(absenceLateMail({ recipientName: personName(tutor), studentName, halfDay, deadline }), contacts), absence.mission!.id, now);
        }
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

/**
 * The statements of unjustified absences (§4.3.4): one mail per host organisation and month to
 * the tutors and HR contacts of the alternants concerned, listing the month's unjustified
 * absences not yet declared, once the month is over. An absence settled later (a stoppage
 * deadline passed in the next month, a reason refused after the 1st) goes in a complement of
 * its month at the next run. Months before absenceDeclarationStart are left alone (a fresh
 * deployment does not mail years of history).
 *
 * The claim, in the transaction that writes the mails: the statement row takes the next
 * sequence of its organisation and month (unique), then a conditional UPDATE declares exactly
 * the lines it lists among those not yet declared. A second instance either fails on the same
 * sequence, or finds the lines declared (fewer rows updated): it rolls back and mails nothing.
 */
export async function sweepAbsenceStatements(orm: MikroORM, clock: Clock): Promise<{ sent: number }> {
  const today = clock.today();
  const em0 = orm.em.fork();
  const referenceData = await loadReferenceData(em0);
  const due = await unjustifiedByOrganisationAndMonth(
    { em: em0, referenceData: async () => referenceData },
    { declaredAt: null, date: { $gte: absenceDeclarationStart(today), $lt: `${today.slice(0, 7)}-01` } },
  );
  // The hosts' contacts of every statement due, read once for the run (not once per organisation).
  const missions = due.length
    ? await em0.find(Mission, { organisation: { $in: [...new Set(due.map((d) => d.organisationId))] }, state: 'VALIDATED' }, { populate: ['tutor1', 'tutor2', 'hrContact', 'student.academicTutor'] })
    : [];
  const missionsOf = new Map<string, Mission[]>();
  for (const m of missions) {
    if (!m.organisation) continue;
    const same = missionsOf.get(m.organisation.id);
    if (same) same.push(m);
    else missionsOf.set(m.organisation.id, [m]);
  }
  let sent = 0;
  for (const statement of due) {
    const { month } = statement;
    await orm.em
      .fork()
      .transactional(async (em) => {
        const now = clock.now();
        const earlier = await em.findOne(AbsenceStatement, { organisation: statement.organisationId, month }, { orderBy: { sequence: 'desc' } });
        const row = Object.assign(new AbsenceStatement(), { organisation: em.getReference(Organisation, statement.organisationId), month, sequence: (earlier?.sequence ?? 0) + 1, absences: statement.lines.length, sentAt: now });
        em.persist(row);
        await em.flush();
        const ids = statement.lines.map((l) => l.absenceId);
        const declared = await em.nativeUpdate(Absence, { id: { $in: ids }, state: 'UNJUSTIFIED', declaredAt: null }, { declaredAt: now });
        if (declared !== ids.length) throw new Error('declared meanwhile: the next sweep lists what is left');
        const students = new Set(statement.lines.map((l) => l.studentId));
        const recipients = new Map<string, string>();
        // §6.1.1: whom to call at the MIAGE for each alternant listed, in the order of the lines.
        const contacts = new Map<string, string>();
        for (const m of missionsOf.get(statement.organisationId) ?? []) {
          if (!students.has(m.student.id)) continue;
          for (const p of [m.tutor1, m.tutor2, m.hrContact] as (CompanyTutor | HrContact | null)[]) if (p) recipients.set(p.email, personName(p));
          if (!contacts.has(m.student.id)) contacts.set(m.student.id, contactsBlockOf(referenceData, m.student, m.contractType));
        }
        const blocks = [...students].map((id) => contacts.get(id)).filter((b): b is string => b !== undefined).join('\n\n');
        const lines = statement.lines.map((l) => `${l.studentName} — ${halfDayLabel(l.date, l.half)} — ${formatHours(l.hours)}`);
        const content = { organisationName: statement.organisationName, monthLabel: monthLabelFr(month), lines, totalHours: formatHours(statement.totalHours) };
        for (const [email, name] of recipients) {
          const mail = earlier
            ? absenceStatementComplementMail({ ...content, recipientName: name, previousSentOn: formatDateFr(parisDayOf(earlier.sentAt)) })
            : absenceStatementMail({ ...content, recipientName: name });
          enqueueMail(em, email, 'ABSENCE_STATEMENT', blocks ? withContacts(mail, blocks) : mail, null, now);
        }
        const complement = earlier ? ` (complément n° ${row.sequence - 1})` : '';
        audit(em, null, { entityType: 'Organisation', entityId: statement.organisationId, action: 'ABSENCE_STATEMENT', fields: [], comment: `${month} : ${statement.lines.length} demi-journée(s)${complement}` }, now);
        sent += 1;
      })
      // Another instance won the claim (unique sequence, or the lines already declared) or holds
      // the lock: its mail goes, or it rolls back and the next sweep tries again. Nothing is half-written.
      .catch(() => undefined);
  }
  return { sent };
}

/** Runs both sweeps every `intervalMs` in this process; the database decides what is due and who does it. */
export function startAbsenceSweeps(orm: MikroORM, clock: Clock, publicUrl: string, intervalMs = 5 * 60_000): () => Promise<void> {
  // Once soon after start (an instance started after a deadline acts at once), then on the interval.
  return every(intervalMs, () => sweepLateMedicalAbsences(orm, clock, publicUrl).then(() => sweepAbsenceStatements(orm, clock)), { firstAfterMs: 1_000 });
}
