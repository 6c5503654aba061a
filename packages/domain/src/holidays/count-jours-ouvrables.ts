import type { IsoDate } from '../dates/iso-date.js';
import { countWorkingDays, dayOf } from './business-day-index.js';
import type { HolidayOptions } from './french-public-holidays.js';

/**
 * Jours ouvrables from `from` to `to` inclusive: Monday–Saturday except French public
 * holidays (glossary of domain-rules.md; §3.3: ask for validation 10 jours ouvrables
 * before the DDC). 0 when `to` precedes `from`; throws a RangeError on an unreadable date.
 * O(log h): safe to call per roster row.
 */
export function countJoursOuvrables(from: IsoDate, to: IsoDate, options: HolidayOptions): number {
  return countWorkingDays(dayOf(from, 'from'), dayOf(to, 'to'), 6, options);
}
