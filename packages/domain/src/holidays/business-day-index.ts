import { dayOfWeek, isoFromParts, toDayNumber, type IsoDate } from '../dates/iso-date.js';
import { frenchPublicHolidays, type HolidayOptions } from './french-public-holidays.js';

/** Last day of a working week, Monday-based: 6 → Monday–Saturday (ouvrables), 5 → Monday–Friday (ouvrés). */
export type WorkingWeek = 5 | 6;

interface Index {
  firstYear: number;
  lastYear: number;
  /** Day numbers of 1 January of firstYear and 31 December of lastYear (±Infinity at the 1900/9999 limits). */
  firstDay: number;
  lastDay: number;
  /** Sorted distinct day numbers of the holidays falling Monday–Saturday / Monday–Friday. */
  monToSat: Int32Array;
  monToFri: Int32Array;
  /**
   * Per day of a finite index (null at the 1900/9999 limits or over a century), the count
   * the formula of countWorkingDays gives up to it: `weekdaysBefore(firstDay + i) −
   * holidays before firstDay + i`. A count is then the difference of two entries, the same
   * number as the formula's (a roster counts once per row).
   */
  prefixMonToSat: Int32Array | null;
  prefixMonToFri: Int32Array | null;
}

// One index per Whit Monday setting, widened (rebuilt) when a query leaves its years.
const indexes = new Map<boolean, Index>();
// The same two indexes without the Map look-up, for countWorkingDays (once per roster row).
let withWhitMonday: Index | undefined;
let withoutWhitMonday: Index | undefined;

function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

// Holidays are listed from 1900 to 9999 (the years an ISO date of the product can take);
// outside, every Monday–Saturday counts.
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

function indexFor(queryFromYear: number, queryToYear: number, options: HolidayOptions): Index {
  const fromYear = Math.min(Math.max(queryFromYear, FIRST_YEAR), LAST_YEAR);
  const toYear = Math.min(Math.max(queryToYear, FIRST_YEAR), LAST_YEAR);
  const current = indexes.get(options.whitMondayHoliday);
  if (current && current.firstYear <= fromYear && current.lastYear >= toYear) return current;
  // Widen by a few years so that a roster spanning several years builds once.
  const firstYear = Math.max(FIRST_YEAR, Math.min(current?.firstYear ?? fromYear - 2, fromYear - 2));
  const lastYear = Math.min(LAST_YEAR, Math.max(current?.lastYear ?? toYear + 5, toYear + 5));
  const monToSat: number[] = [];
  const monToFri: number[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const holiday of frenchPublicHolidays(year, options)) {
      const day = toDayNumber(holiday.date) as number;
      if (day === previous) continue; // Ascension on 1 May: one day off, not two.
      previous = day;
      const weekday = dayOfWeek(day);
      if (weekday !== 0) monToSat.push(day);
      if (weekday !== 0 && weekday !== 6) monToFri.push(day);
    }
  }
  const firstDay = firstYear === FIRST_YEAR ? Number.NEGATIVE_INFINITY : (toDayNumber(isoFromParts(firstYear, 1, 1)) as number);
  const lastDay = lastYear === LAST_YEAR ? Number.POSITIVE_INFINITY : (toDayNumber(isoFromParts(lastYear, 12, 31)) as number);
  const sat = Int32Array.from(monToSat);
  const fri = Int32Array.from(monToFri);
  const built: Index = { firstYear, lastYear, firstDay, lastDay, monToSat: sat, monToFri: fri, prefixMonToSat: prefix(firstDay, lastDay, sat, 6), prefixMonToFri: prefix(firstDay, lastDay, fri, 5) };
  indexes.set(options.whitMondayHoliday, built);
  if (options.whitMondayHoliday === true) withWhitMonday = built;
  else if (options.whitMondayHoliday === false) withoutWhitMonday = built;
  return built;
}

/** Entry i: weekdaysBefore(firstDay + i) minus the holidays before that day, for i in 0 … lastDay + 1 − firstDay. */
function prefix(firstDay: number, lastDay: number, holidays: Int32Array, week: WorkingWeek): Int32Array | null {
  if (!Number.isFinite(firstDay) || !Number.isFinite(lastDay) || lastDay - firstDay > 36_600) return null;
  const counts = new Int32Array(lastDay - firstDay + 2);
  let before = lowerBound(holidays, firstDay);
  for (let i = 0; i < counts.length; i += 1) {
    const day = firstDay + i;
    // `before` counts the holidays strictly before `day`.
    while (before < holidays.length && (holidays[before] as number) < day) before += 1;
    counts[i] = weekdaysBefore(day, week) - before;
  }
  return counts;
}

/** Index of the first element ≥ `value` in a sorted array. */
function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Days Monday..(Monday + week − 1) among the day numbers below `end`, counted from a Monday far back. */
function weekdaysBefore(end: number, week: WorkingWeek): number {
  // Day −3 (1969-12-29) is a Monday: shift so that weeks start on it.
  const shifted = end + 3;
  const weeks = Math.floor(shifted / 7);
  return weeks * week + Math.min(shifted - weeks * 7, week);
}

/**
 * Working days (Monday–Saturday or Monday–Friday, minus the public holidays on them) in
 * the inclusive day-number range: O(1) from the index's per-day counts (O(log h) by week
 * arithmetic and a binary search in the sorted holiday list outside them). 0 when `to < from`.
 */
export function countWorkingDays(from: number, to: number, week: WorkingWeek, options: HolidayOptions): number {
  if (to < from) return 0;
  const whit = options.whitMondayHoliday;
  const current = whit === true ? withWhitMonday : whit === false ? withoutWhitMonday : indexes.get(whit);
  const index = current && current.firstDay <= from && current.lastDay >= to ? current : indexFor(yearOf(from), yearOf(to), options);
  const counts = week === 6 ? index.prefixMonToSat : index.prefixMonToFri;
  if (counts !== null && (from | 0) === from && (to | 0) === to) return (counts[to + 1 - index.firstDay] as number) - (counts[from - index.firstDay] as number);
  const holidays = week === 6 ? index.monToSat : index.monToFri;
  const off = lowerBound(holidays, to + 1) - lowerBound(holidays, from);
  return weekdaysBefore(to + 1, week) - weekdaysBefore(from, week) - off;
}

/** The day number of an ISO date; throws a RangeError naming the parameter when it is not a date. */
export function dayOf(date: IsoDate, name: string): number {
  const day = toDayNumber(date);
  if (day === null) throw new RangeError(`${name} is not an ISO date: ${String(date)}`);
  return day;
}
