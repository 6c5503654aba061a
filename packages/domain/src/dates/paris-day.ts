import type { IsoDate } from './iso-date.js';

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The programme's day (Paris) at the instant `at`: what apps pass as `today` to the rules. */
export function parisDayOf(at: Date): IsoDate {
  return parisDay.format(at);
}

const HOUR = 3_600_000;

/**
 * The first instant of `day` in Paris (midnight, 23:00 or 22:00 UTC the day before): where
 * "from this day" starts when filtering timestamps. Paris offsets are whole hours, so the
 * first whole UTC hour that is already `day` in Paris is its midnight.
 */
export function startOfParisDay(day: IsoDate): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(utcMidnight)) throw new RangeError(`"${day}" is not a date (YYYY-MM-DD)`);
  for (let hour = -3; hour <= 1; hour++) {
    const at = new Date(utcMidnight + hour * HOUR);
    if (parisDayOf(at) === day) return at;
  }
  throw new RangeError(`No Paris midnight found for ${day}`);
}
