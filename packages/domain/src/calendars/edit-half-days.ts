import { toDayNumber, type IsoDate } from '../dates/iso-date.js';
import type { HolidayOptions } from '../holidays/french-public-holidays.js';
import type { CalendarDefinition, HalfDayKind } from '../reference-data/reference-data.js';
import { calendarFromRows } from './calendar-from-rows.js';
import { calendarToRows } from './calendar-to-rows.js';
import { generateCalendar } from './generate-calendar.js';
import type { CalendarRow } from './generated-calendar.js';

/** One half-day of a calendar: a date and its morning or afternoon. */
export interface HalfDayRef {
  date: IsoDate;
  half: 'AM' | 'PM';
}

/** Position of a half-day on a single axis (2 per day), for ordering and ranges. */
export function halfDayIndex(ref: HalfDayRef): number | null {
  const day = toDayNumber(ref.date);
  return day === null ? null : 2 * day + (ref.half === 'AM' ? 0 : 1);
}

/**
 * Rows with every half-day from `from` to `to` inclusive (in either order) set to `kind`,
 * the others unchanged: the editor's "select a range, set its kind" (§2.2.2, footnotes
 * 13–15). Each half-day keeps exactly one kind, so the rows stay a partition of the year.
 */
export function setHalfDaysInRows(rows: readonly CalendarRow[], from: HalfDayRef, to: HalfDayRef, kind: HalfDayKind): CalendarRow[] {
  const a = halfDayIndex(from);
  const b = halfDayIndex(to);
  if (a === null || b === null) throw new RangeError(`Not a date: ${a === null ? from.date : to.date}`);
  const first = Math.min(a, b);
  const last = Math.max(a, b);
  return rows.map((row) => {
    const day = toDayNumber(row.date);
    if (day === null) return row;
    const am = 2 * day >= first && 2 * day <= last ? kind : row.am;
    const pm = 2 * day + 1 >= first && 2 * day + 1 <= last ? kind : row.pm;
    return am === row.am && pm === row.pm ? row : { date: row.date, am, pm };
  });
}

/**
 * The definition whose calendar has the half-days from `from` to `to` set to `kind`, as
 * exceptions over its pattern and periods (so the blocked weeks, vacations and end of
 * year stay readable). Half-days outside the calendar are ignored.
 */
export function setHalfDays(definition: CalendarDefinition, from: HalfDayRef, to: HalfDayRef, kind: HalfDayKind, options: HolidayOptions): CalendarDefinition {
  const rows = calendarToRows(generateCalendar(definition, options));
  return calendarFromRows(definition, setHalfDaysInRows(rows, from, to, kind), options);
}
