import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { unansweredVisitProposal, visitCompanyTutors } from '@alternance/domain';
import type { Clock } from '../../shared/clock.js';
import { every } from '../../shared/periodic.js';
import { User } from '../auth/auth.entities.js';
import { enqueueMail } from '../mail/outbox.js';
import { slotsUnansweredMail } from './visit-mails.js';
import { Visit } from './visit.entity.js';

/**
 * Tells the visitor — the academic tutor, or the managers while one acts as tutor (note 32) — once,
 * that a proposal went unanswered (`unansweredVisitProposal`: every slot past, and no company
 * tutor — neither tutor 1 nor tutor 2, §3.1 — picked one or declined them), so that the appointment is set with the company tutor
 * another way (§4.6, note 34) instead of the visit waiting unseen until it is late. The claim is
 * a conditional update of `unanswered_notified_at` in the transaction that queues the mails: a
 * second sweep, here or on another instance, updates nothing and sends nothing. Offering other
 * slots clears it.
 */
export async function sweepUnansweredVisitProposals(root: EntityManager, clock: Clock, publicUrl: string): Promise<{ sent: number }> {
  const today = clock.today();
  const now = clock.now();
  const reader = root.fork();
  // slotsDeclinedAt is set by the first refusal of either company tutor (§3.1): an answer all the same.
  const candidates = await reader.find(Visit, { state: 'PROPOSED', slotsDeclinedAt: null, unansweredNotifiedAt: null }, { populate: ['student', 'academicTutor', 'companyTutor', 'mission', 'mission.tutor2'], orderBy: { id: 'asc' } });
  let sent = 0;
  for (const visit of candidates) {
    if (!unansweredVisitProposal({ state: visit.state, slotDates: visit.slots.map((s) => s.date), declined: (visit.slotDeclines ?? []).length > 0 }, today)) continue;
    const claimed = await root.fork().transactional(async (em) => {
      // The mark is no edit of the visit: its version (which an update raises unless given) stays
      // what a planner's open page holds; a planner's change meanwhile leaves it for the next run.
      const updated = await em.nativeUpdate(Visit, { id: visit.id, version: visit.version, state: 'PROPOSED', slotsDeclinedAt: null, unansweredNotifiedAt: null }, { unansweredNotifiedAt: now, version: visit.version });
      if (updated !== 1) return false;
      const recipients = visit.academicTutor ? [{ name: visit.academicTutor.displayName, email: visit.academicTutor.email }] : (await em.find(User, { role: 'MANAGER', active: true }, { orderBy: { email: 'asc' } })).map((m) => ({ name: m.displayName, email: m.email }));
      for (const r of recipients) {
        const content = slotsUnansweredMail({
          recipientName: r.name,
          studentName: `${visit.student.firstName} ${visit.student.lastName}`,
          visitNumber: visit.visitNumber,
          companyTutors: visitCompanyTutors(visit.companyTutor, visit.mission.tutor2).map((t) => `${t.firstName} ${t.lastName}`),
          slots: visit.slots,
          link: `${publicUrl}/visites/${visit.id}`,
        });
        enqueueMail(em, r.email, 'VISIT_SLOTS_UNANSWERED', content, visit.mission.id, now);
      }
      return true;
    });
    if (claimed) sent += 1;
  }
  return { sent };
}

/** Runs the sweep every `intervalMs` in this process; the database decides what was sent. */
export function startUnansweredVisitSweep(orm: MikroORM, clock: Clock, publicUrl: string, intervalMs = 15 * 60_000): () => Promise<void> {
  return every(intervalMs, () => sweepUnansweredVisitProposals(orm.em, clock, publicUrl), { firstAfterMs: 3_000 });
}
