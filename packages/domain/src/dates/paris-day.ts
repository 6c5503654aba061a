import type { IsoDate } from './iso-date.js';

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The programme's day (Paris) at the instant `at`: what apps pass as `today` to the rules. */
export function parisDayOf(at: Date): IsoDate {
  return parisDay.format(at);
}
