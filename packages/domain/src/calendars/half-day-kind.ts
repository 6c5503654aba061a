import { toDayNumber, type IsoDate } from '../dates/iso-date.js';
import type { HalfDayKind } from '../reference-data/reference-data.js';
import { HALF_DAY_KINDS, type GeneratedCalendar } from './generated-calendar.js';

/** The kind of the morning or afternoon of `date`, or null outside the calendar or for an unreadable date. */
export function halfDayKind(calendar: GeneratedCalendar, date: IsoDate, half: 'AM' | 'PM'): HalfDayKind | null {
  const day = toDayNumber(date);
  if (day === null || day < calendar.fromDay || day > calendar.toDay) return null;
  const index = calendar.kinds[2 * (day - calendar.fromDay) + (half === 'AM' ? 0 : 1)];
  return index === undefined ? null : (HALF_DAY_KINDS[index] ?? null);
}
