import { civilFromDay, civilInto, dayFromCivil, dayOfIso, isoOfDay, monthLength, MONTH_TABLE_FIRST_YEAR, MONTH_TABLE_MONTHS, monthStartTable } from './civil-days.js';

// Scratch parts for the day-number functions below, which run on every roster row: no array per call.
const FIRST: [number, number, number] = [0, 0, 0];
const SECOND: [number, number, number] = [0, 0, 0];

/** A calendar date `YYYY-MM-DD`, with no time zone (domain-rules.md, conventions). */
export type IsoDate = string;

/** Days since 1970-01-01 of a valid ISO date, or `null` when the text is not a real date. */
export function toDayNumber(iso: unknown): number | null {
  return dayOfIso(iso);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return toDayNumber(value) !== null;
}

/** ISO date of a day number (inverse of {@link toDayNumber}). */
export function fromDayNumber(day: number): IsoDate {
  return isoOfDay(day);
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
export function dayOfWeek(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(mustDay(iso) + days);
}

/**
 * Calendar month arithmetic with date-fns `addMonths` semantics (2025-09-01 − 3 months =
 * 2025-06-01; the 31st clamps to the month's last day), in integers: it runs several
 * times per roster row, where building `Date`s dominated the profile. A property test
 * holds it equal to date-fns.
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso);
  return isoOfDay(shiftMonths(y, m, d, Math.trunc(months)));
}

/** {@link addMonths} of a day number, as a day number: no date text. */
export function addMonthsToDay(day: number, months: number): number {
  civilInto(day, FIRST);
  return shiftMonths(FIRST[0], FIRST[1], FIRST[2], Math.trunc(months));
}

/** `[year, month, day]` of an ISO date; throws on a non-date (callers validate first). */
export function parts(iso: IsoDate): [number, number, number] {
  const day = dayOfIso(iso);
  if (day === null) throw new RangeError(`Not an ISO date: ${String(iso)}`);
  return civilFromDay(day);
}

export function firstOfNextMonth(iso: IsoDate): IsoDate {
  const [y, m] = parts(iso);
  return m === 12 ? isoFromParts(y + 1, 1, 1) : isoFromParts(y, m + 1, 1);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** Completed years between `birth` and `on` (a person born on 29 February ages on 1 March in common years). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  return ageOnDay(mustDay(birth), mustDay(on));
}

/** {@link ageOn} of day numbers. */
export function ageOnDay(birthDay: number, onDay: number): number {
  civilInto(birthDay, FIRST);
  civilInto(onDay, SECOND);
  return ageFromParts(FIRST[0], FIRST[1], FIRST[2], SECOND[0], SECOND[1], SECOND[2]);
}

/** {@link ageOn} of the two dates' year, month and day. */
export function ageFromParts(by: number, bm: number, bd: number, y: number, m: number, d: number): number {
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Length from `start` to `end`, "date to date" (§3.3.2, note 22): whole months by
 * calendar arithmetic, plus the remaining days as a fraction of the following month.
 * 2025-09-04 → 2026-09-04 is exactly 12.
 */
export function monthsBetween(start: IsoDate, end: IsoDate): number {
  return monthsBetweenDays(mustDay(start), mustDay(end));
}

/** {@link monthsBetween} of day numbers. */
export function monthsBetweenDays(s: number, e: number): number {
  if (e < s) return -monthsBetweenDays(e, s);
  civilInto(s, FIRST);
  civilInto(e, SECOND);
  return monthsBetweenParts(FIRST[0], FIRST[1], FIRST[2], SECOND[0], SECOND[1], e);
}

/**
 * {@link monthsBetweenDays} of a start's year, month and day and an end's year, month and
 * day number, the end not before the start (the rules have the parts of both at hand).
 */
export function monthsBetweenParts(sy: number, sm: number, sd: number, ey: number, em: number, e: number): number {
  monthSpan(sy, sm, sd, ey, em, e);
  const anchor = SPAN[1] as number;
  return (SPAN[0] as number) + (e - anchor) / ((SPAN[2] as number) - anchor);
}

/**
 * `Math.round(monthsBetweenParts(…) × 100)`, the same arithmetic: a whole number, so that
 * the roster check's duration in hundredths of a month is not boxed on its way back.
 */
export function monthsBetweenPartsHundredths(sy: number, sm: number, sd: number, ey: number, em: number, e: number): number {
  monthSpan(sy, sm, sd, ey, em, e);
  const anchor = SPAN[1] as number;
  return Math.round(((SPAN[0] as number) + (e - anchor) / ((SPAN[2] as number) - anchor)) * 100);
}

/** Whole months, the anchor day (start + whole months) and the next month's anchor of monthsBetweenParts. */
const SPAN = new Int32Array(3);

function monthSpan(sy: number, sm: number, sd: number, ey: number, em: number, e: number): void {
  // The end's month, the one before and the one after within the month table (every roster
  // contract's): first days and lengths by look-up, the same days dayFromCivil gives.
  const index = (ey - MONTH_TABLE_FIRST_YEAR) * 12 + em - 1;
  if (index >= 1 && index + 2 <= MONTH_TABLE_MONTHS) {
    const starts = monthStartTable();
    let whole = (ey - sy) * 12 + (em - sm);
    let at = index;
    let first = starts[at] as number;
    let anchor = first + Math.min(sd, (starts[at + 1] as number) - first) - 1;
    if (whole > 0 && anchor > e) {
      whole -= 1;
      at -= 1;
      first = starts[at] as number;
      anchor = first + Math.min(sd, (starts[at + 1] as number) - first) - 1;
    }
    const nextFirst = starts[at + 1] as number;
    SPAN[0] = whole;
    SPAN[1] = anchor;
    SPAN[2] = nextFirst + Math.min(sd, (starts[at + 2] as number) - nextFirst) - 1;
    return;
  }
  monthSpanComputed(sy, sm, sd, ey, em, e);
}

/** {@link monthSpan} outside the month table: each anchor by dayFromCivil. */
function monthSpanComputed(sy: number, sm: number, sd: number, ey: number, em: number, e: number): void {
  let whole = (ey - sy) * 12 + (em - sm);
  // The start shifted by `whole` months falls in the end's month (ey, em): its day is the
  // start's, clamped to that month (addMonths), with no division to find the month.
  let ay = ey;
  let am = em;
  let anchor = dayFromCivil(ay, am, Math.min(sd, monthLength(ay, am)));
  // addMonths clamps to the month's end, so at most one step back is ever needed.
  if (whole > 0 && anchor > e) {
    whole -= 1;
    if (am === 1) {
      ay -= 1;
      am = 12;
    } else {
      am -= 1;
    }
    anchor = dayFromCivil(ay, am, Math.min(sd, monthLength(ay, am)));
  }
  const ny = am === 12 ? ay + 1 : ay;
  const nm = am === 12 ? 1 : am + 1;
  SPAN[0] = whole;
  SPAN[1] = anchor;
  SPAN[2] = dayFromCivil(ny, nm, Math.min(sd, monthLength(ny, nm)));
}

/** {@link addMonthsToDay} of a date's year, month and day. */
export function addMonthsToParts(year: number, month: number, day: number, months: number): number {
  return shiftMonths(year, month, day, Math.trunc(months));
}

/** Day number of (year, month, day) + `months`, the day clamped like addMonths. */
function shiftMonths(year: number, month: number, day: number, months: number): number {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayFromCivil(y, m, Math.min(day, monthLength(y, m)));
}

function mustDay(iso: IsoDate): number {
  const day = toDayNumber(iso);
  if (day === null) throw new RangeError(`Not an ISO date: ${String(iso)}`);
  return day;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
