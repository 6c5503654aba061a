import type { MikroORM } from '@mikro-orm/core';
import type { Clock } from '../../shared/clock.js';
import { every } from '../../shared/periodic.js';
import { loadReferenceData } from '../reference-data/reference-data.service.js';
import { companyContactsBlock } from '../people/company-mail-contacts.js';
import { Mission, MissionConfirmation } from './mission.entities.js';
import { partyOf, reminderDueAt, sendConfirmationLink } from './mission.service.js';

export interface ReminderReport {
  sent: number;
}

/**
 * Reminds the company contacts who have not answered a confirmation request (§3.3.3) once
 * their reminder is due. Safe with several API instances on one database: each reminder is
 * claimed by a conditional UPDATE (still due, same due time, still unanswered) inside the
 * transaction that writes the mail, so exactly one sweep sends it; a concurrent sweep's
 * UPDATE matches no row and moves on. Nothing is decided in memory.
 */
export async function sweepConfirmationReminders(orm: MikroORM, clock: Clock, publicUrl: string, limit = 50): Promise<ReminderReport> {
  const now = clock.now();
  const candidates = await orm.em
    .fork()
    .find(MissionConfirmation, { reminderDueAt: { $lte: now }, confirmedAt: null, errorReportedAt: null }, { fields: ['id', 'reminderDueAt'], orderBy: { reminderDueAt: 'asc', id: 'asc' }, limit });
  let sent = 0;
  for (const candidate of candidates) {
    // A failed transaction rolls its claim back: the next sweep tries that reminder again.
    await orm.em.fork().transactional(async (em) => {
      const claimed = await em.nativeUpdate(
        MissionConfirmation,
        { id: candidate.id, reminderDueAt: candidate.reminderDueAt, confirmedAt: null, errorReportedAt: null },
        { reminderDueAt: null },
      );
      if (claimed !== 1) return;
      const confirmation = await em.findOneOrFail(MissionConfirmation, candidate.id);
      const mission = await em.findOneOrFail(Mission, confirmation.mission.id, { populate: ['student', 'tutor1', 'tutor2', 'hrContact'] });
      // Not awaiting answers any more (returned, error reported…): the claim just ends the reminders.
      if (mission.state !== 'CONFIRMATION_REQUESTED') return;
      const party = partyOf(mission, confirmation.party);
      if (!party) return;
      const data = await loadReferenceData(em);
      sendConfirmationLink({ em, publicUrl }, mission, party, 'CONFIRMATION_REMINDER', now, await companyContactsBlock(em, data, mission.student, mission.contractType));
      confirmation.remindersSent += 1;
      confirmation.reminderDueAt = reminderDueAt(clock.today(), now, confirmation.remindersSent, data);
      sent += 1;
    }).catch(() => undefined);
  }
  return { sent };
}

/** Runs the sweep every `intervalMs` in this process; the database decides what is due and who sends it. */
export function startReminderSweep(orm: MikroORM, clock: Clock, publicUrl: string, intervalMs = 60_000): () => Promise<void> {
  return every(intervalMs, () => sweepConfirmationReminders(orm, clock, publicUrl));
}
