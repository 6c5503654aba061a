import { fromDayNumber, type IsoDate } from '../dates/iso-date.js';
import type { HalfDayKind } from '../reference-data/reference-data.js';
import { HALF_DAY_KINDS, type GeneratedCalendar } from './generated-calendar.js';

/** A half-day whose kind differs between two versions of a calendar. */
export interface HalfDayChange {
  date: IsoDate;
  half: 'AM' | 'PM';
  /** Null when the half-day was outside the previous version. */
  before: HalfDayKind | null;
  /** Null when the half-day is outside the new version. */
  after: HalfDayKind | null;
}

/**
 * Exactly the half-days whose kind changed from `before` to `after`, in date order: what
 * a publication tells the alternants and their tutors (footnotes 13–15). Half-days
 * present in only one version count as changed.
 */
export function diffCalendars(before: GeneratedCalendar, after: GeneratedCalendar): HalfDayChange[] {
  const changes: HalfDayChange[] = [];
  const first = Math.min(before.fromDay, after.fromDay);
  const last = Math.max(before.toDay, after.toDay);
  const kindAt = (calendar: GeneratedCalendar, day: number, h: 0 | 1): HalfDayKind | null => {
    if (day < calendar.fromDay || day > calendar.toDay) return null;
    return HALF_DAY_KINDS[calendar.kinds[2 * (day - calendar.fromDay) + h] as number] ?? null;
  };
  for (let day = first; day <= last; day += 1) {
    for (const h of [0, 1] as const) {
      const was = kindAt(before, day, h);
      const is = kindAt(after, day, h);
      if (was !== is) changes.push({ date: fromDayNumber(day), half: h === 0 ? 'AM' : 'PM', before: was, after: is });
    }
  }
  return changes;
}

/** The changes between `from` and `to` inclusive (e.g. inside one contract). */
export function calendarChangesWithin(changes: readonly HalfDayChange[], from: IsoDate, to: IsoDate): HalfDayChange[] {
  return changes.filter((c) => c.date >= from && c.date <= to);
}
