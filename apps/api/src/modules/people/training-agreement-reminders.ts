import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { fcTrainingAgreement, fcTrainingAgreementAttentionLimit, fcTrainingAgreementReminderKind, findCohort, formatDateFr } from '@alternance/domain';
import type { Clock } from '../../shared/clock.js';
import { every } from '../../shared/periodic.js';
import { sendOnce } from '../../shared/send-once.js';
import { User } from '../auth/auth.entities.js';
import { enqueueMail } from '../mail/outbox.js';
import { loadReferenceData } from '../reference-data/reference-data.service.js';
import { Student } from './people.entities.js';
import { fcAgreementsDueBy, trainingAgreementItemDueDates } from './training-agreement-due.js';
import { trainingAgreementOfficeReminderMail, trainingAgreementStudentReminderMail } from './training-agreement-mails.js';
import { TrainingAgreementReminder } from './training-agreement-reminder.entity.js';

/**
 * Reminds the FC students whose convention de formation (§2.1.1 note 5, §2.1.2 note 7) is not
 * recorded — once within the warning days before its due date (BEFORE), once late (AFTER) — and
 * tells the office (manager and secretariat), through the mail outbox. The TrainingAgreementReminder
 * row, unique per student, due date and step, is the claim: inserted in the transaction that queues
 * the mails, so a second sweep, here or on another instance, fails on the key and sends nothing.
 * A student whose training is over (past the cohort's DFF) or whose data was erased is not reminded.
 */
export async function sweepTrainingAgreementReminders(root: EntityManager, clock: Clock, publicUrl: string): Promise<{ sent: number }> {
  const today = clock.today();
  const now = clock.now();
  const reader = root.fork();
  const data = await loadReferenceData(reader);
  const warnDays = data.settings.workflow?.checklistWarnDays;
  const holidays = { whitMondayHoliday: data.settings.whitMondayHoliday };
  const students = await reader.find(Student, await fcAgreementsDueBy(reader, data, fcTrainingAgreementAttentionLimit(today, warnDays, holidays)), { orderBy: { id: 'asc' } });
  if (students.length === 0) return { sent: 0 };
  const itemDueDates = await trainingAgreementItemDueDates(reader, students.map((s) => s.id));
  const office = (await reader.find(User, { role: { $in: ['MANAGER', 'SECRETARIAT'] }, active: true }, { fields: ['email'], orderBy: { email: 'asc' } })).map((u) => u.email);
  let sent = 0;
  for (const student of students) {
    const cohort = findCohort(data, student.cohort);
    if ((cohort && today > cohort.dff) || student.email.endsWith('@invalid.example')) continue;
    const follow = fcTrainingAgreement({ status: student.status, signedOn: student.trainingAgreementSignedOn, trainingStart: cohort?.ddf ?? null, itemDueDates: itemDueDates.get(student.id) ?? [] }, today, warnDays, holidays);
    const kind = fcTrainingAgreementReminderKind(follow);
    if (!kind || !follow?.dueDate) continue;
    const dueDate = follow.dueDate;
    const reminder = Object.assign(new TrainingAgreementReminder(), { studentId: student.id, dueDate, kind, sentAt: now });
    const claimed = await sendOnce(root, reminder, (em) => {
      const name = `${student.firstName} ${student.lastName}`;
      const template = `training-agreement-reminder-${kind.toLowerCase()}`;
      enqueueMail(em, student.email, template, trainingAgreementStudentReminderMail({ studentName: name, kind, dueDate: formatDateFr(dueDate), link: `${publicUrl}/contacts` }), null, now);
      const content = trainingAgreementOfficeReminderMail({ studentName: name, cohort: cohort?.label ?? student.cohort, kind, dueDate: formatDateFr(dueDate), link: `${publicUrl}/etudiants/${student.id}` });
      for (const email of office) enqueueMail(em, email, `${template}-office`, content, null, now);
    });
    if (claimed) sent += 1;
  }
  return { sent };
}

/** Runs the sweep every `intervalMs` in this process; the database decides what was sent. */
export function startTrainingAgreementReminderSweep(orm: MikroORM, clock: Clock, publicUrl: string, intervalMs = 5 * 60_000): () => Promise<void> {
  // A first run soon after start: a reminder due today does not wait for the first interval.
  return every(intervalMs, () => sweepTrainingAgreementReminders(orm.em, clock, publicUrl), { firstAfterMs: 2_000 });
}
