import { fromDayNumber, isoFromParts, toDayNumber, type IsoDate } from '../dates/iso-date.js';
import { easterSunday } from './easter-sunday.js';

/** Settings that change which days are public holidays (ReferenceData.settings). */
export interface HolidayOptions {
  /** Whit Monday is a holiday unless the employer makes it the "journée de solidarité". */
  whitMondayHoliday: boolean;
}

export interface PublicHoliday {
  date: IsoDate;
  name: string;
}

const cache = new Map<string, readonly PublicHoliday[]>();

/**
 * The 11 public holidays of metropolitan France in `year` (Code du travail L3133-1),
 * in date order; Whit Monday only when `options.whitMondayHoliday`. Alsace-Moselle's
 * extra days are not included: the programme is in Provence.
 */
export function frenchPublicHolidays(year: number, options: HolidayOptions): PublicHoliday[] {
  const key = `${year}:${options.whitMondayHoliday ? 1 : 0}`;
  let holidays = cache.get(key);
  if (!holidays) {
    const easter = toDayNumber(easterSunday(year));
    if (easter === null) throw new RangeError(`No Easter date for year ${year}`);
    const list: PublicHoliday[] = [
      { date: isoFromParts(year, 1, 1), name: 'Jour de l’an' },
      { date: fromDayNumber(easter + 1), name: 'Lundi de Pâques' },
      { date: isoFromParts(year, 5, 1), name: 'Fête du Travail' },
      { date: isoFromParts(year, 5, 8), name: 'Victoire 1945' },
      { date: fromDayNumber(easter + 39), name: 'Ascension' },
      { date: isoFromParts(year, 7, 14), name: 'Fête nationale' },
      { date: isoFromParts(year, 8, 15), name: 'Assomption' },
      { date: isoFromParts(year, 11, 1), name: 'Toussaint' },
      { date: isoFromParts(year, 11, 11), name: 'Armistice 1918' },
      { date: isoFromParts(year, 12, 25), name: 'Noël' },
    ];
    if (options.whitMondayHoliday) list.push({ date: fromDayNumber(easter + 50), name: 'Lundi de Pentecôte' });
    // Ascension may fall on 1 or 8 May: both names are kept, the date listed twice.
    list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    holidays = Object.freeze(list.map((h) => Object.freeze(h)));
    cache.set(key, holidays);
  }
  return holidays.map((h) => ({ ...h }));
}

const daySets = new Map<string, ReadonlySet<number>>();

/** Day numbers of the public holidays of `year`, memoised (for the per-day loops of calendars). */
export function publicHolidayDays(year: number, options: HolidayOptions): ReadonlySet<number> {
  const key = `${year}:${options.whitMondayHoliday ? 1 : 0}`;
  let days = daySets.get(key);
  if (!days) {
    days = new Set(frenchPublicHolidays(year, options).map((h) => toDayNumber(h.date) as number));
    daySets.set(key, days);
  }
  return days;
}

/** True when `date` is a French public holiday; false for an unreadable date. */
export function isPublicHoliday(date: IsoDate, options: HolidayOptions): boolean {
  const day = toDayNumber(date);
  if (day === null) return false;
  return publicHolidayDays(Number(date.slice(0, 4)), options).has(day);
}
