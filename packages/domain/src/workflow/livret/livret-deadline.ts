import { addDays, isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';
import type { LivretPeriod } from './livret-periods.js';

/** Settings of the livret's deadlines, reference data per cohort. */
export interface LivretDeadlineSettings {
  /** Calendar days after the period's end during which its sheets are still on time. */
  graceDays: number;
  /** Calendar days before the due date when the first reminder goes out. */
  reminderDaysBefore: number;
}

/**
 * Last day to submit a period's mandatory sheets: the grids are filled "en fin de
 * période" (§4.7), so the period's last day, plus the programme's grace period.
 */
export function livretDueDate(period: Pick<LivretPeriod, 'to'>, graceDays: number): IsoDate {
  if (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > 90) throw new InputError('graceDays', `between 0 and 90 days: ${graceDays}`);
  return addDays(period.to, graceDays);
}

export type LivretReminderKind = 'BEFORE' | 'AFTER';

/**
 * Which reminder a missing sheet is due for on `today`: BEFORE from `reminderDaysBefore`
 * days before its due date through the due date itself, AFTER from the day after; null
 * earlier. Each kind is sent once per sheet (the API keeps that in the database).
 */
export function livretReminderKind(dueDate: IsoDate, today: IsoDate, reminderDaysBefore: number): LivretReminderKind | null {
  if (!isIsoDate(today)) throw new InputError('today', `not an ISO date: ${String(today)}`);
  if (!Number.isInteger(reminderDaysBefore) || reminderDaysBefore < 0 || reminderDaysBefore > 90) throw new InputError('reminderDaysBefore', `between 0 and 90 days: ${reminderDaysBefore}`);
  if (today > dueDate) return 'AFTER';
  if (today >= addDays(dueDate, -reminderDaysBefore)) return 'BEFORE';
  return null;
}
