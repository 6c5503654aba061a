import { addMonths as addMonthsFns } from 'date-fns';

/** A calendar date `YYYY-MM-DD`, with no time zone (domain-rules.md, conventions). */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a valid ISO date, or `null` when the text is not a real date. */
export function toDayNumber(iso: unknown): number | null {
  if (typeof iso !== 'string') return null;
  const m = ISO.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return Date.UTC(y, mo - 1, d) / MS_PER_DAY;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return toDayNumber(value) !== null;
}

/** ISO date of a day number (inverse of {@link toDayNumber}). */
export function fromDayNumber(day: number): IsoDate {
  const date = new Date(day * MS_PER_DAY);
  return `${pad4(date.getUTCFullYear())}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
export function dayOfWeek(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(mustDay(iso) + days);
}

/**
 * Calendar month arithmetic, as date-fns `addMonths` (2025-09-01 − 3 months =
 * 2025-06-01; the 31st clamps to the month's last day). Noon local time keeps any
 * daylight-saving jump away from the date.
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso);
  const shifted = addMonthsFns(new Date(y, m - 1, d, 12), months);
  return isoFromParts(shifted.getFullYear(), shifted.getMonth() + 1, shifted.getDate());
}

/** `[year, month, day]` of an ISO date; throws on a non-date (callers validate first). */
export function parts(iso: IsoDate): [number, number, number] {
  if (toDayNumber(iso) === null) throw new RangeError(`Not an ISO date: ${String(iso)}`);
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

export function firstOfNextMonth(iso: IsoDate): IsoDate {
  const [y, m] = parts(iso);
  return m === 12 ? isoFromParts(y + 1, 1, 1) : isoFromParts(y, m + 1, 1);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Completed years between `birth` and `on` (a person born on 29 February ages on 1 March in common years). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Length from `start` to `end`, "date to date" (§3.3.2, note 22): whole months by
 * calendar arithmetic, plus the remaining days as a fraction of the following month.
 * 2025-09-04 → 2026-09-04 is exactly 12.
 */
export function monthsBetween(start: IsoDate, end: IsoDate): number {
  const s = mustDay(start);
  const e = mustDay(end);
  if (e < s) return -monthsBetween(end, start);
  const [sy, sm] = parts(start);
  const [ey, em] = parts(end);
  let whole = (ey - sy) * 12 + (em - sm);
  while (whole > 0 && mustDay(addMonths(start, whole)) > e) whole -= 1;
  const anchor = mustDay(addMonths(start, whole));
  const next = mustDay(addMonths(start, whole + 1));
  return whole + (e - anchor) / (next - anchor);
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
