import type { IsoDate } from '../../dates/iso-date.js';

/** Why the slots of a visit cannot be sent again to its company tutors; null when they can. */
export type SlotsReminderRefusal =
  /** The visit is no longer proposed (scheduled, held or cancelled). */
  | 'NOT_PROPOSED'
  /** Every slot is past: other slots must be offered instead. */
  | 'SLOTS_PAST'
  /** Every company tutor declined the slots: other slots must be offered instead. */
  | 'ALL_DECLINED';

/**
 * The company tutors to whom a proposal's slots may be sent again (§4.6 note 34: the academic
 * tutor proposes, the appointment is set with « le(s) » tutor(s)): those of `tutorIds` who have
 * not declined them, while the visit is proposed and one slot is still to come (on `today` or
 * later: a slot of today may still be picked). Otherwise the refusal, and the planner offers other slots.
 */
export function slotsReminderRecipients(visit: { state: 'PROPOSED' | 'SCHEDULED' | 'HELD' | 'CANCELLED'; slotDates: readonly IsoDate[]; declinedBy: readonly string[] }, tutorIds: readonly string[], today: IsoDate): { recipients: string[] } | { refusal: SlotsReminderRefusal } {
  if (visit.state !== 'PROPOSED') return { refusal: 'NOT_PROPOSED' };
  if (!visit.slotDates.some((day) => day >= today)) return { refusal: 'SLOTS_PAST' };
  const recipients = tutorIds.filter((id) => !visit.declinedBy.includes(id));
  return recipients.length ? { recipients } : { refusal: 'ALL_DECLINED' };
}
