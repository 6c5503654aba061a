import { toDayNumber, type IsoDate } from '../dates/iso-date.js';
import { COMPANY_FOR_ALTERNANT_COLUMN, PREFIX_COLUMNS, type GeneratedCalendar, type HalfDayCounts } from './generated-calendar.js';

const ZERO: Readonly<HalfDayCounts> = { training: 0, company: 0, revision: 0, vacation: 0, publicHoliday: 0, rest: 0, total: 0, companyForAlternant: 0 };

/**
 * Half-days of each kind from `from` to `to` inclusive, clamped to the calendar, in O(1)
 * from the prefix sums. A range outside the calendar, an inverted range or an
 * unreadable date counts zero everywhere.
 */
export function countHalfDays(calendar: GeneratedCalendar, from: IsoDate, to: IsoDate): HalfDayCounts {
  const fromDay = toDayNumber(from);
  const toDay = toDayNumber(to);
  if (fromDay === null || toDay === null) return { ...ZERO };
  return countHalfDaysInDays(calendar, fromDay, toDay);
}

/** {@link countHalfDays} for day numbers (toDayNumber), for callers that already hold them. */
export function countHalfDaysInDays(calendar: GeneratedCalendar, fromDay: number, toDay: number): HalfDayCounts {
  const first = Math.max(fromDay, calendar.fromDay);
  const last = Math.min(toDay, calendar.toDay);
  if (last < first) return { ...ZERO };
  const { prefix } = calendar;
  const start = 2 * (first - calendar.fromDay) * PREFIX_COLUMNS;
  const end = 2 * (last - calendar.fromDay + 1) * PREFIX_COLUMNS;
  const column = (c: number): number => (prefix[end + c] as number) - (prefix[start + c] as number);
  return {
    training: column(0),
    company: column(1),
    revision: column(2),
    vacation: column(3),
    publicHoliday: column(4),
    rest: column(5),
    total: 2 * (last - first + 1),
    companyForAlternant: column(COMPANY_FOR_ALTERNANT_COLUMN),
  };
}
