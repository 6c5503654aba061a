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
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** `[year, month, day]` of a day number. */
export function civilFromDay(dayNumber: number): [number, number, number] {
  const out: [number, number, number] = [0, 0, 0];
  civilInto(dayNumber, out);
  return out;
}

/** {@link civilFromDay} written into `out`, for loops that must not allocate per row. */
export function civilInto(dayNumber: number, out: [number, number, number]): void {
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

/** Day number of an ISO date `YYYY-MM-DD`, or null when it is not a real date (same answers as toDayNumber). */
export function dayOfIso(iso: unknown): number | null {
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return null;
  return dayFromCivil(year, month, day);
}

/** ISO date of a day number (same answers as fromDayNumber, for years 0–9999). */
export function isoOfDay(dayNumber: number): IsoDate {
  const [y, m, d] = civilFromDay(dayNumber);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The number written by the ASCII digits `text[from..to)`, or −1 if one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
