import { toDayNumber } from '../dates/iso-date.js';
import type { HolidayOptions } from '../holidays/french-public-holidays.js';
import type { CalendarDefinition, CalendarException, HalfDayKind } from '../reference-data/reference-data.js';
import { generateCalendar } from './generate-calendar.js';
import { HALF_DAY_KINDS, type CalendarRow } from './generated-calendar.js';

/**
 * The definition whose generated calendar matches edited `rows` (e.g. an imported
 * spreadsheet): `definition` with its exceptions replaced by the half-days where the rows
 * differ from its pattern, blocked weeks, vacations, end of year and holidays — a whole
 * day as one `DAY` exception when both halves changed to the same kind. Days absent from
 * the rows keep the generated kind; labels of unchanged exceptions are kept. All or
 * nothing: a row with an unreadable date or kind, or outside the calendar, throws a
 * RangeError naming the row (1-based).
 */
export function calendarFromRows(definition: CalendarDefinition, rows: readonly CalendarRow[], options: HolidayOptions): CalendarDefinition {
  const base = generateCalendar({ ...definition, exceptions: [] }, options);
  const known = new Set<string>(HALF_DAY_KINDS);
  const byDay = new Map<number, CalendarRow>();
  rows.forEach((row, i) => {
    const day = toDayNumber(row.date);
    if (day === null) throw new RangeError(`Row ${i + 1}: not a date: ${String(row.date)}`);
    if (day < base.fromDay || day > base.toDay) throw new RangeError(`Row ${i + 1}: ${row.date} is outside the calendar ${definition.from}–${definition.to}`);
    if (!known.has(row.am) || !known.has(row.pm)) throw new RangeError(`Row ${i + 1}: unknown half-day kind`);
    byDay.set(day, row);
  });
  const labels = new Map(definition.exceptions.map((e) => [`${e.date}|${e.half}|${e.kind}`, e.label]));
  const exception = (date: string, half: CalendarException['half'], kind: HalfDayKind): CalendarException => {
    const label = labels.get(`${date}|${half}|${kind}`);
    return label === undefined ? { date, half, kind } : { date, half, kind, label };
  };
  const exceptions: CalendarException[] = [];
  for (const [day, row] of [...byDay].sort((a, b) => a[0] - b[0])) {
    const at = 2 * (day - base.fromDay);
    const am = HALF_DAY_KINDS[base.kinds[at] as number] as HalfDayKind;
    const pm = HALF_DAY_KINDS[base.kinds[at + 1] as number] as HalfDayKind;
    if (row.am !== am && row.pm !== pm && row.am === row.pm) exceptions.push(exception(row.date, 'DAY', row.am));
    else {
      if (row.am !== am) exceptions.push(exception(row.date, 'AM', row.am));
      if (row.pm !== pm) exceptions.push(exception(row.date, 'PM', row.pm));
    }
  }
  return { ...definition, exceptions };
}
