import type { IsoDate } from '../dates/iso-date.js';

/** Morning or afternoon: absences are recorded per half-day of training, like the calendars (§2.2.2). */
export type HalfDay = 'AM' | 'PM';
export const HALF_DAYS: readonly HalfDay[] = ['AM', 'PM'];

/**
 * Why the alternant was away, as the guide sorts the justifications (§4.3): UNKNOWN until
 * someone says; MEDICAL (§4.3.1, a work stoppage validated by the host organisation);
 * PROFESSIONAL (§4.3.2, granted in advance by the direction); OTHER (§4.3.3, the manager
 * decides).
 */
export type AbsenceReason = 'UNKNOWN' | 'MEDICAL' | 'PROFESSIONAL' | 'OTHER';
export const ABSENCE_REASONS: readonly AbsenceReason[] = ['UNKNOWN', 'MEDICAL', 'PROFESSIONAL', 'OTHER'];

/**
 * Where a half-day's justification stands:
 * - RECORDED: the secretariat noted the absence, nobody has justified it yet;
 * - AWAITING_STOPPAGE: declared medical, the host's work stoppage is awaited until its deadline (§4.3.1);
 * - AWAITING_DECISION: another reason was given, the manager decides (§4.3.3);
 * - JUSTIFIED: stoppage received in time, professional absence granted, or reason accepted;
 * - UNJUSTIFIED: definitively — stoppage late or missing (§4.3.1), reason refused (§4.3.3),
 *   or the office closed it so. Reported to the host organisation (§4.3.4).
 */
export type JustificationState = 'RECORDED' | 'AWAITING_STOPPAGE' | 'AWAITING_DECISION' | 'JUSTIFIED' | 'UNJUSTIFIED';
export const JUSTIFICATION_STATES: readonly JustificationState[] = ['RECORDED', 'AWAITING_STOPPAGE', 'AWAITING_DECISION', 'JUSTIFIED', 'UNJUSTIFIED'];

/** Who sent a work stoppage: only the host organisation's (its tutor or HR contact) counts (§4.3.1, « Attention »). */
export type StoppageSender = 'HOST' | 'STUDENT';

/** One half-day of absence, as the rules see it. */
export interface AbsenceHalfDay {
  date: IsoDate;
  half: HalfDay;
  state: JustificationState;
}
