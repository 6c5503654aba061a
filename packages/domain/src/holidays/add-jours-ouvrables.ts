import { fromDayNumber, type IsoDate } from '../dates/iso-date.js';
import { countWorkingDays, dayOf } from './business-day-index.js';
import type { HolidayOptions } from './french-public-holidays.js';

/**
 * The date `n` jours ouvrables after `date` (`date` itself not counted): +1 from a Friday
 * is the Saturday, from a Saturday the Monday, skipping public holidays. A negative `n`
 * goes back the same way; 0 returns `date` even when it is not ouvrable. Throws a
 * RangeError on an unreadable date or a non-integer `n`. O(log² h) by binary search on
 * the O(log h) count.
 */
export function addJoursOuvrables(date: IsoDate, n: number, options: HolidayOptions): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer: ${n}`);
  const start = dayOf(date, 'date');
  if (n === 0) return date;
  const wanted = Math.abs(n);
  // Working days between `start` and `start ± distance`, `start` excluded.
  const reached = n > 0
    ? (distance: number): number => countWorkingDays(start + 1, start + distance, 6, options)
    : (distance: number): number => countWorkingDays(start - distance, start - 1, 6, options);
  // At most 7 days per 6 working days, plus holidays: double from there until enough.
  let high = Math.ceil((wanted * 7) / 6);
  while (reached(high) < wanted) high *= 2;
  let low = 1;
  // Smallest distance reaching `wanted`: that day is itself ouvrable (the count just stepped).
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (reached(mid) >= wanted) high = mid;
    else low = mid + 1;
  }
  return fromDayNumber(n > 0 ? start + high : start - high);
}
