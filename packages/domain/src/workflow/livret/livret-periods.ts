import { addDays, isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';

export type LivretPeriodNumber = 1 | 2 | 3;

/** One period of a livret d'alternance, dates inclusive. */
export interface LivretPeriod {
  number: LivretPeriodNumber;
  from: IsoDate;
  to: IsoDate;
  /** True when its end is the programme-wide default visit date rather than the alternant's own visit. */
  usesDefault: boolean;
}

export interface LivretPeriodsInput {
  /** DDF of the year. */
  trainingStart: IsoDate;
  /** The alternant's own visits, once scheduled. */
  firstVisit?: IsoDate | null | undefined;
  secondVisit?: IsoDate | null | undefined;
  /** Day of the end-of-year defence (soutenance). */
  finalDefence: IsoDate;
  /** Programme-wide visit dates used until the alternant's own are known. */
  defaults: { firstVisit: IsoDate; secondVisit: IsoDate };
}

/**
 * The 3 periods of the year's livret (§4.7): P1 from the training start to the 1st visit,
 * P2 to the 2nd visit, P3 to the final defence — from each alternant's own visits, falling
 * back to the programme's defaults (the current platform's limitation, §4.7 "En pratique",
 * that this product lifts). A visit day closes its period (the grids are filled "en fin
 * de période", at the visit), so the next one starts the day after: the periods
 * partition the year. Throws a InputError naming the first date out of order.
 */
export function livretPeriods(input: LivretPeriodsInput): [LivretPeriod, LivretPeriod, LivretPeriod] {
  const start = readDate(input.trainingStart, 'trainingStart');
  const ownFirst = input.firstVisit ?? null;
  const ownSecond = input.secondVisit ?? null;
  const first = ownFirst === null ? readDate(input.defaults.firstVisit, 'defaults.firstVisit') : readDate(ownFirst, 'firstVisit');
  const second = ownSecond === null ? readDate(input.defaults.secondVisit, 'defaults.secondVisit') : readDate(ownSecond, 'secondVisit');
  const defence = readDate(input.finalDefence, 'finalDefence');
  const firstField = ownFirst === null ? 'defaults.firstVisit' : 'firstVisit';
  const secondField = ownSecond === null ? 'defaults.secondVisit' : 'secondVisit';
  if (first < start) throw new InputError(firstField, `${first} is before the training start ${start}`);
  if (second <= first) throw new InputError(secondField, `${second} is not after the first visit ${first}`);
  if (defence <= second) throw new InputError('finalDefence', `${defence} is not after the second visit ${second}`);
  return [
    { number: 1, from: start, to: first, usesDefault: ownFirst === null },
    { number: 2, from: addDays(first, 1), to: second, usesDefault: ownSecond === null },
    { number: 3, from: addDays(second, 1), to: defence, usesDefault: false },
  ];
}

function readDate(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) throw new InputError(field, `not an ISO date: ${String(value)}`);
  return value;
}
