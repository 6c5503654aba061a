import type { IsoDate } from '../dates/iso-date.js';
import { countWorkingDays, dayOf } from './business-day-index.js';
import type { HolidayOptions } from './french-public-holidays.js';

/**
 * Jours ouvrés from `from` to `to` inclusive: Monday–Friday except French public holidays.
 * 0 when `to` precedes `from`; throws a RangeError on an unreadable date. O(log h).
 */
export function countJoursOuvres(from: IsoDate, to: IsoDate, options: HolidayOptions): number {
  return countWorkingDays(dayOf(from, 'from'), dayOf(to, 'to'), 5, options);
}
