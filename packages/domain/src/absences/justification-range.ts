import { formatDateFr } from '../dates/format-date.js';
import { isIsoDate, type IsoDate } from '../dates/iso-date.js';
import { InputError } from '../findings/input-error.js';
import type { HalfDay, JustificationState } from './absence.js';

/**
 * The half-days one justification document covers, from a day's morning or afternoon to
 * another's (§4.3): a work stoppage (§4.3.1) or a justification given to the manager
 * (§4.3.3) usually spans several half-days, and is given once for all of them.
 */
export interface JustificationRange {
  from: IsoDate;
  fromHalf: HalfDay;
  to: IsoDate;
  toHalf: HalfDay;
}

/** An absence as the coverage rule sees it. */
export interface CoverableAbsence {
  studentId: string;
  date: IsoDate;
  half: HalfDay;
  state: JustificationState;
}

const HALF_LABEL = { AM: 'matin', PM: 'après-midi' } as const;
const HALF_LABEL_EN = { AM: 'morning', PM: 'afternoon' } as const;

/** Orders half-days: a date's morning comes before its afternoon. */
export const halfDayOrder = (date: IsoDate, half: HalfDay): string => `${date}${half === 'AM' ? '0' : '1'}`;

/** True when the half-day (date, half) lies within the range, both ends included. */
export function rangeHolds(range: JustificationRange, date: IsoDate, half: HalfDay): boolean {
  const at = halfDayOrder(date, half);
  return halfDayOrder(range.from, range.fromHalf) <= at && at <= halfDayOrder(range.to, range.toHalf);
}

/** A work stoppage's days, inclusive, as a range of half-days (a stoppage covers whole days). */
export const wholeDays = (from: IsoDate, to: IsoDate): JustificationRange => ({ from, fromHalf: 'AM', to, toHalf: 'PM' });

/** Why a range justifies nothing: the field at fault and the message, in French and English. */
export interface CoverageError {
  field: 'from' | 'fromHalf' | 'to' | 'toHalf';
  code: 'BAD_USER_INPUT' | 'JUSTIFICATION_COVERS_NONE';
  fr: string;
  en: string;
}

/**
 * The absences one justification covers (§4.3): the student's own — never another's, even
 * within the dates — whose half-day lies in the range and which the justification can still
 * settle (`open`: nobody justified it yet, e.g. RECORDED for a reason given to the manager,
 * §4.3.3; the states a stoppage may justify, §4.3.1), in date order. An error naming the field
 * when a date is unreadable (`from`, `to`), the range reversed (`to`/`toHalf` before
 * `from`/`fromHalf`), or when it covers no such absence (`from`).
 */
export function absencesCoveredBy<T extends CoverableAbsence>(
  range: JustificationRange,
  studentId: string,
  absences: readonly T[],
  open: (absence: T) => boolean,
): { covered: T[] } | { error: CoverageError } {
  for (const field of ['from', 'to'] as const) {
    if (!isIsoDate(range[field])) throw new InputError(field, `not an ISO date: ${String(range[field])}`);
  }
  for (const field of ['fromHalf', 'toHalf'] as const) {
    if (range[field] !== 'AM' && range[field] !== 'PM') throw new InputError(field, `not a half-day: ${String(range[field])}`);
  }
  const start = halfDayOrder(range.from, range.fromHalf);
  const end = halfDayOrder(range.to, range.toHalf);
  const period = `du ${formatDateFr(range.from)} (${HALF_LABEL[range.fromHalf]}) au ${formatDateFr(range.to)} (${HALF_LABEL[range.toHalf]})`;
  const periodEn = `${range.from} (${HALF_LABEL_EN[range.fromHalf]}) to ${range.to} (${HALF_LABEL_EN[range.toHalf]})`;
  if (end < start) {
    return {
      error: {
        field: range.to < range.from ? 'to' : 'toHalf',
        code: 'BAD_USER_INPUT',
        fr: `La période ${period} finit avant de commencer : la fin doit venir après le début.`,
        en: `The period ${periodEn} ends before it starts: the end must come after the start.`,
      },
    };
  }
  const covered = absences
    .filter((a) => a.studentId === studentId && rangeHolds(range, a.date, a.half) && open(a))
    .sort((a, b) => (halfDayOrder(a.date, a.half) < halfDayOrder(b.date, b.half) ? -1 : 1));
  if (covered.length === 0) {
    return {
      error: {
        field: 'from',
        code: 'JUSTIFICATION_COVERS_NONE',
        fr: `Aucune absence à justifier ${period} : la période ne couvre aucune de vos absences encore sans justification.`,
        en: `No absence to justify from ${periodEn}: the period covers none of the absences still without a justification.`,
      },
    };
  }
  return { covered };
}
