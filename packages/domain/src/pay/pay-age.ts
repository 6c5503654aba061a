import type { IsoDate } from '../dates/iso-date.js';
import { civilFromDay, dayFromCivil, dayOfIso, isLeapYear, isoOfDay, monthLength } from '../dates/civil-days.js';

/**
 * The age that sets the pay bracket on `date`: the age reached on the last day of the
 * month before `date`'s month, so that a bracket changes on the first day of the month
 * after the birthday that changes it (§4.2, "Remarque concernant l'évolution de la
 * rémunération"). Born 29 February: the birthday is 1 March in common years, as `ageOn`.
 * Throws a RangeError on an unreadable date.
 */
export function payAge(birthDate: IsoDate, date: IsoDate): number {
  const [by, bm, bd] = civilFromDay(mustDay(birthDate));
  const [y, m] = civilFromDay(mustDay(date));
  return payAgeFromParts(by, bm, bd, y, m);
}

/** {@link payAge} from already-parsed parts: `year`/`month` are those of the day priced. */
export function payAgeFromParts(by: number, bm: number, bd: number, year: number, month: number): number {
  const py = month === 1 ? year - 1 : year;
  const pm = month === 1 ? 12 : month - 1;
  // The last day of a month is before the birthday only for a 29 February birth in a common year.
  return py - by - (pm < bm || (pm === bm && monthLength(py, pm) < bd) ? 1 : 0);
}

/**
 * The first day on which {@link payAge} is at least `age`: the first of the month after
 * the birthday (1 April for someone born 29 February turning `age` in a common year).
 */
export function payAgeReachedOn(birthDate: IsoDate, age: number): IsoDate {
  const [by, bm, bd] = civilFromDay(mustDay(birthDate));
  return isoOfDay(payAgeReachedDay(by, bm, bd, age));
}

/** {@link payAgeReachedOn} as a day number, from the birth date's parts. */
export function payAgeReachedDay(by: number, bm: number, bd: number, age: number): number {
  const index = payAgeReachedMonth(by, bm, bd, age);
  const year = Math.floor(index / 12);
  return dayFromCivil(year, index - year * 12 + 1, 1);
}

/**
 * The month of {@link payAgeReachedDay} (whose day is always the 1st) as `year × 12 +
 * month − 1`: the pay check needs its year and month as well as its day number.
 */
export function payAgeReachedMonth(by: number, bm: number, bd: number, age: number): number {
  const year = by + age;
  const birthdayMonth = bm === 2 && bd === 29 && !isLeapYear(year) ? 3 : bm;
  // The month after the birthday's: index year × 12 + (birthdayMonth − 1) + 1.
  return year * 12 + birthdayMonth;
}

function mustDay(iso: IsoDate): number {
  const day = dayOfIso(iso);
  if (day === null) throw new RangeError(`Not an ISO date: ${String(iso)}`);
  return day;
}
