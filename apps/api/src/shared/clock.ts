import { isIsoDate, type IsoDate } from '@alternance/domain';

/** Time as the API sees it: injectable so that tests and demos can run on a chosen day. */
export interface Clock {
  now(): Date;
  /** Today in Paris (the programme's days), as YYYY-MM-DD. */
  today(): IsoDate;
}

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Paris day of an instant, as YYYY-MM-DD (a mail saying when something was sent). */
export const parisDayOf = (instant: Date): IsoDate => parisDay.format(instant);

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => parisDay.format(new Date()),
};

/** A clock stopped on `today` (noon UTC), for tests and for the FIXED_TODAY setting. */
export function fixedClock(today: IsoDate): Clock {
  if (!isIsoDate(today)) throw new Error(`not an ISO date: ${today}`);
  return { now: () => new Date(`${today}T12:00:00Z`), today: () => today };
}

/**
 * FIXED_TODAY for demos and browser tests: the day stays `today`, but its time starts at noon UTC and flows,
 * so that what counts real time (session idle expiry, per-minute limits, sign-in delays)
 * behaves as in production instead of being stopped forever.
 */
export function runningClock(today: IsoDate, started: number = Date.now()): Clock {
  const noon = fixedClock(today).now().getTime();
  return { now: () => new Date(noon + (Date.now() - started)), today: () => today };
}
