import { fromDayNumber } from '../dates/iso-date.js';
import type { HalfDayKind } from '../reference-data/reference-data.js';
import { HALF_DAY_KINDS, type CalendarRow, type GeneratedCalendar } from './generated-calendar.js';

/** One row per day `{ date, am, pm }`, in date order, for export and half-day editing (§2.2.2). */
export function calendarToRows(calendar: GeneratedCalendar): CalendarRow[] {
  const rows: CalendarRow[] = [];
  for (let day = calendar.fromDay; day <= calendar.toDay; day += 1) {
    const at = 2 * (day - calendar.fromDay);
    rows.push({
      date: fromDayNumber(day),
      am: HALF_DAY_KINDS[calendar.kinds[at] as number] as HalfDayKind,
      pm: HALF_DAY_KINDS[calendar.kinds[at + 1] as number] as HalfDayKind,
    });
  }
  return rows;
}
