import { civilFromDay, isoOfDay, monthLength } from '../dates/civil-days.js';
import { isoFromParts, type IsoDate } from '../dates/iso-date.js';

/** The ISO date of a year, month and day read from a cell, or null when it is not a real date of years 1–9999. */
export function civilDate(year: number, month: number, day: number): IsoDate | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return null;
  return isoFromParts(year, month, day);
}

/** ISO date of a day number (days since 1970-01-01), or null outside years 1–9999. */
export function civilDateOfDay(dayNumber: number): IsoDate | null {
  const [year] = civilFromDay(dayNumber);
  return year < 1 || year > 9999 ? null : isoOfDay(dayNumber);
}
