import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { addDays, livretDueDate, livretReminderKind, livretRequirements, type LivretAuthor, type LivretDocumentCode } from '@alternance/domain';
import type { Clock } from '../../shared/clock.js';
import { every } from '../../shared/periodic.js';
import { sendOnce } from '../../shared/send-once.js';
import { issuePersonalLink } from '../auth/personal-links.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { enqueueMail } from '../mail/outbox.js';
import { loadReferenceData } from '../reference-data/reference-data.service.js';
import { livretTutors } from './livret-access.js';
import { livretLinkExpiry } from './livret-links.js';
import { livretReminderMail } from './livret-mails.js';
import { livretSettingsFor } from './livret-settings.js';
import { livretContext } from './livret-view.js';
import { Mission } from '../missions/mission.entities.js';
import { Livret, LivretReminder } from './livret.entities.js';

/** The mandatory sheets and their authors (§4.7): the ones reminded. */
const REMINDED: readonly { code: LivretDocumentCode; author: LivretAuthor }[] = [
  { code: 'OBJECTIVES', author: 'COMPANY_TUTOR' },
  { code: 'TUTOR_EVALUATION', author: 'COMPANY_TUTOR' },
  { code: 'SELF_EVALUATION', author: 'ALTERNANT' },
];

/**
 * Mails the author of each mandatory sheet not submitted: once before its due date (the
 * period's end + grace, from `reminderDaysBefore` days before) and once after. The
 * LivretReminder row, unique per sheet and kind, is the claim: it is inserted in the
 * transaction that queues the mail, so a second sweep, here or on another instance, fails
 * on the unique key and sends nothing. Nothing is decided in memory.
 */
export async function sweepLivretReminders(root: EntityManager, clock: Clock, publicUrl: string): Promise<{ sent: number }> {
  const today = clock.today();
  const now = clock.now();
  const reader = root.fork();
  const data = await loadReferenceData(reader);
  const livrets = await reader.find(Livret, {}, { populate: ['student', 'companyTutor', 'companyTutor2'], orderBy: { id: 'asc' } });
  const settingsOf = new Map<string, Awaited<ReturnType<typeof livretSettingsFor>>>();
  // §5: past the last day of a broken contract its tutors are no longer the alternant's — not reminded of the livret.
  const formerTutors = new Set<string>();
  for (const m of await reader.find(Mission, { state: 'VALIDATED', brokenOn: { $lt: today } }, { fields: ['student', 'tutor1', 'tutor2', 'brokenOn'] })) {
    for (const tutor of [m.tutor1, m.tutor2]) if (tutor) formerTutors.add(`${m.student.id}|${tutor.id}`);
  }
  let sent = 0;
  for (const livret of livrets) {
    const key = `${livret.cohort}|${livret.academicYear}`;
    if (!settingsOf.has(key)) settingsOf.set(key, await livretSettingsFor(reader, data, livret.cohort, livret.academicYear));
    const known = settingsOf.get(key);
    if (!known) continue;
    // A year long over (two months past its soutenance) is not reminded any more.
    if (today > addDays(livret.soutenanceOverride ?? known.soutenance, 61)) continue;
    const { settings, periods, sheets } = await livretContext(reader, data, livret, known);
    for (const period of periods) {
      if (today < period.from) continue;
      const due = livretDueDate(period, settings.graceDays);
      const kind = livretReminderKind(due, today, settings.reminderDaysBefore);
      if (!kind) continue;
      const requirements = livretRequirements(period);
      for (const slot of REMINDED) {
        if (sheets.some((s) => s.period === period.number && s.code === slot.code && s.author === slot.author && s.submittedAt)) continue;
        const tutors = livretTutors(livret).filter((tutor) => !formerTutors.has(`${livret.student.id}|${tutor.id}`));
        if (slot.author === 'COMPANY_TUTOR' && tutors.length === 0) continue;
        const reminder = Object.assign(new LivretReminder(), { livretId: livret.id, period: period.number, code: slot.code, kind, sentAt: now });
        const claimed = await sendOnce(root, reminder, async (em) => {
          const student = `${livret.student.firstName} ${livret.student.lastName}`;
          const sheet = requirements.find((r) => r.code === slot.code)!.label;
          const common = { studentName: student, kind, sheets: [sheet], period: period.number, dueDate: due.split('-').reverse().join('/') };
          if (slot.author === 'ALTERNANT') {
            enqueueMail(em, livret.student.email, `livret-reminder-${kind.toLowerCase()}`, livretReminderMail({ ...common, recipientName: student, link: `${publicUrl}/livret` }), null, now);
          } else {
            // The tutor's sheets are filled « par le(s) tuteur(s) professionnel(s) » (§4.7): each tutor is reminded, with their own link.
            const contacts = await companyContactsBlock(em, data, livret.student);
            for (const tutor of tutors) {
              const token = issuePersonalLink(em, { purpose: 'LIVRET', subjectType: 'COMPANY_TUTOR', subjectId: tutor.id, missionId: livret.id, expiresAt: livretLinkExpiry(livret.soutenanceOverride ?? settings.soutenance) });
              enqueueMail(em, tutor.email, `livret-reminder-${kind.toLowerCase()}`, withContacts(livretReminderMail({ ...common, recipientName: `${tutor.firstName} ${tutor.lastName}`, link: `${publicUrl}/lien/${token}` }), contacts), null, now, token);
            }
          }
        });
        if (claimed) sent += 1;
      }
    }
  }
  return { sent };
}

/** Runs the sweep every `intervalMs` in this process; the database decides what was sent. */
export function startLivretReminderSweep(orm: MikroORM, clock: Clock, publicUrl: string, intervalMs = 5 * 60_000): () => Promise<void> {
  return every(intervalMs, () => sweepLivretReminders(orm.em, clock, publicUrl));
}
