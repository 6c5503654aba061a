import type { IsoDate } from './iso-date.js';

/*
 * Day numbers (days since 1970-01-01, as toDayNumber) by integer arithmetic, without
 * `Date` objects: the pay schedule runs for every roster row, and `Date` construction
 * dominated its profile. Algorithms from H. Hinnant, "chrono-compatible low-level date
 * algorithms" (proleptic Gregorian calendar).
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function monthLength(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a valid year, month (1–12) and day. */
export function dayFromCivil(year: number, month: number, day: number): number {
  const index = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  if (index >= 0 && index < TABLE_MONTHS && (index | 0) === index) return (monthStarts ?? buildTables())[index] as number + day - 1;
  return computeDayFromCivil(year, month, day);
}

function computeDayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/*
 * Tables for the years a roster holds (1900–2199): the first day of each month, and each
 * day's year, month and day packed in one integer. A roster row converts a dozen dates
 * (ages, pay boundaries, months between dates): a look-up instead of a dozen divisions
 * each. Built on first use: 3,600 + 109,573 integers, about 450 kB.
 */
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
const TABLE_MONTHS = TABLE_YEARS * 12;
const TABLE_FIRST_DAY = computeDayFromCivil(TABLE_FIRST_YEAR, 1, 1);
const TABLE_DAYS = computeDayFromCivil(TABLE_FIRST_YEAR + TABLE_YEARS, 1, 1) - TABLE_FIRST_DAY;
// One entry more than the months: the first day after the table, so that every month's
// length is the difference of two neighbours (no leap-year divisions for a table year).
let monthStarts: Int32Array | null = null;
let packedDays: Int32Array | null = null;

function buildTables(): Int32Array {
  const starts = new Int32Array(TABLE_MONTHS + 1);
  const packed = new Int32Array(TABLE_DAYS);
  let at = 0;
  for (let i = 0; i < TABLE_MONTHS; i += 1) {
    const year = TABLE_FIRST_YEAR + Math.floor(i / 12);
    const month = (i % 12) + 1;
    starts[i] = TABLE_FIRST_DAY + at;
    const length = monthLength(year, month);
    for (let day = 1; day <= length; day += 1) packed[at++] = (year << 9) | (month << 5) | day;
  }
  starts[TABLE_MONTHS] = TABLE_FIRST_DAY + at;
  monthStarts = starts;
  packedDays = packed;
  return starts;
}

/** First year of the month table: month index `(year − MONTH_TABLE_FIRST_YEAR) × 12 + month − 1`. */
export const MONTH_TABLE_FIRST_YEAR = TABLE_FIRST_YEAR;
/** Months in the table; {@link monthStartTable} has one entry more (the first day after the last month). */
export const MONTH_TABLE_MONTHS = TABLE_MONTHS;

/**
 * Day number of the first of each month of 1900–2199 by month index, plus the first day
 * after: month `i` has `table[i + 1] − table[i]` days. For loops over roster rows that
 * need months' first days and lengths (the duration of each contract).
 */
export function monthStartTable(): Int32Array {
  return monthStarts ?? buildTables();
}

/** `[year, month, day]` of a day number. */
export function civilFromDay(dayNumber: number): [number, number, number] {
  const out: [number, number, number] = [0, 0, 0];
  civilInto(dayNumber, out);
  return out;
}

/** {@link civilFromDay} written into `out`, for loops that must not allocate per row. */
export function civilInto(dayNumber: number, out: [number, number, number]): void {
  const offset = dayNumber - TABLE_FIRST_DAY;
  if (offset >= 0 && offset < TABLE_DAYS && (offset | 0) === offset) {
    if (packedDays === null) buildTables();
    const packed = (packedDays as Int32Array)[offset] as number;
    out[0] = packed >> 9;
    out[1] = (packed >> 5) & 15;
    out[2] = packed & 31;
    return;
  }
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  out[0] = yoe + era * 400 + (month <= 2 ? 1 : 0);
  out[1] = month;
  out[2] = day;
}

/** Parts of the last date parsed by {@link dayOfIso} (scratch: not read). */
const PARSED: [number, number, number] = [0, 0, 0];

/** Day number of an ISO date `YYYY-MM-DD`, or null when it is not a real date (same answers as toDayNumber). */
export function dayOfIso(iso: unknown): number | null {
  return dayOfIsoInto(iso, PARSED);
}

/**
 * {@link dayOfIso} that also writes the date's year, month and day into `out` when it is a
 * real date (`out` is left as it was otherwise): a roster row's birth, start and end dates
 * are parsed once, and the age, pay and duration rules use their parts without looking
 * the day number up again.
 */
export function dayOfIsoInto(iso: unknown, out: [number, number, number]): number | null {
  if (typeof iso !== 'string' || iso.length !== 10) return null;
  // Every roster row reads five dates: the characters unrolled and checked by one branch. A
  // digit's value v is in 0–9 exactly when neither v nor 9 − v is negative, so the OR of
  // them all is negative when any character is not a digit (or a dash not a dash).
  const y0 = iso.charCodeAt(0) - 48;
  const y1 = iso.charCodeAt(1) - 48;
  const y2 = iso.charCodeAt(2) - 48;
  const y3 = iso.charCodeAt(3) - 48;
  const dash1 = iso.charCodeAt(4) - 45;
  const m0 = iso.charCodeAt(5) - 48;
  const m1 = iso.charCodeAt(6) - 48;
  const dash2 = iso.charCodeAt(7) - 45;
  const d0 = iso.charCodeAt(8) - 48;
  const d1 = iso.charCodeAt(9) - 48;
  const digits = y0 | (9 - y0) | y1 | (9 - y1) | y2 | (9 - y2) | y3 | (9 - y3) | m0 | (9 - m0) | m1 | (9 - m1) | d0 | (9 - d0) | d1 | (9 - d1);
  if ((digits | dash1 | -dash1 | dash2 | -dash2) < 0) return null;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return null;
  // A year of the tables: the month's first day and length by look-up, no leap-year divisions.
  const index = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  if (index >= 0 && index < TABLE_MONTHS) {
    const starts = monthStarts ?? buildTables();
    const first = starts[index] as number;
    if (day > (starts[index + 1] as number) - first) return null;
    out[0] = year;
    out[1] = month;
    out[2] = day;
    return first + day - 1;
  }
  if (day > monthLength(year, month)) return null;
  out[0] = year;
  out[1] = month;
  out[2] = day;
  return computeDayFromCivil(year, month, day);
}

/** ISO date of a day number (same answers as fromDayNumber, for years 0–9999). */
export function isoOfDay(dayNumber: number): IsoDate {
  const [y, m, d] = civilFromDay(dayNumber);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
