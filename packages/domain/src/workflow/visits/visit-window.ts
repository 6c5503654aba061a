import { monthLength } from '../../dates/civil-days.js';
import { isIsoDate, isoFromParts, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';
import { usualVisitMonths, type VisitOptions } from './check-visit.js';

/**
 * The usual window of visit `visitNumber` (§4.6) in the training year that starts on
 * `yearDdf`: from the 1st of its first usual month to the last day of its last one. Months
 * before the DDF's month fall in the following calendar year (January comes after September).
 * Null when the programme has no usual months.
 */
export function visitWindow(visitNumber: 1 | 2, programme: string, yearDdf: IsoDate, options?: VisitOptions): { from: IsoDate; to: IsoDate } | null {
  if (!isIsoDate(yearDdf)) throw new InputError('ddf', `not an ISO date: ${String(yearDdf)}`);
  const months = [...usualVisitMonths(visitNumber, programme, options)];
  if (months.length === 0) return null;
  const startYear = Number(yearDdf.slice(0, 4));
  const ddfMonth = Number(yearDdf.slice(5, 7));
  const yearOf = (m: number): number => (m < ddfMonth ? startYear + 1 : startYear);
  // Order by position in the training year, not by calendar month.
  const ordered = months.sort((a, b) => yearOf(a) * 12 + a - (yearOf(b) * 12 + b));
  const first = ordered[0]!;
  const last = ordered[ordered.length - 1]!;
  return { from: isoFromParts(yearOf(first), first, 1), to: isoFromParts(yearOf(last), last, monthLength(yearOf(last), last)) };
}
