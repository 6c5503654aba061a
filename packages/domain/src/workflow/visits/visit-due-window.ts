import { addDays, isIsoDate, toDayNumber, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';
import type { VisitOptions } from './check-visit.js';
import { visitWindow } from './visit-window.js';

/** The days an alternant's contract runs: its start and its last day (its end, or the rupture's last day, §10 and §5 note 35). */
export interface ContractDays {
  start: IsoDate;
  lastDay: IsoDate;
}

/** The window in which a visit is due for one alternant, and why it differs from the year's. */
export interface VisitDueWindow {
  from: IsoDate;
  to: IsoDate;
  /** The contract ended before the usual window closed: the visit had to take place by its last day. */
  endedByContract: boolean;
  /** The contract started late: the visit gets a window as long as the usual one from the start. */
  shiftedByStart: boolean;
}

/**
 * The window in which visit `visitNumber` is due for an alternant whose contract runs on
 * `contract` (§4.6: two visits a year « au sein de l'organisme professionnel d'accueil en
 * présence de l'alternant », note 34 « forcément un jour où l'alternant(e) est présent(e) »):
 *
 * - the training year's usual window (visitWindow) when the contract runs through it;
 * - none (null: no visit is asked for) when the contract's last day is before the window opens;
 * - from the contract's start, for as many days as the usual window lasts, when the contract
 *   starts so late that less is left of the window (a 1st visit cannot be due before the
 *   alternant has arrived);
 * - up to the contract's last day when it ends before the window closes (after it the visit
 *   can no longer take place: visitAfterContractEnd).
 *
 * Without a contract (null) the usual window. Null too when the programme has no usual months.
 */
export function visitDueWindow(visitNumber: 1 | 2, programme: string, yearDdf: IsoDate, contract: ContractDays | null, options?: VisitOptions): VisitDueWindow | null {
  const usual = visitWindow(visitNumber, programme, yearDdf, options);
  if (!usual) return null;
  if (!contract) return { ...usual, endedByContract: false, shiftedByStart: false };
  if (!isIsoDate(contract.start)) throw new InputError('contract.start', `not an ISO date: ${String(contract.start)}`);
  if (!isIsoDate(contract.lastDay)) throw new InputError('contract.lastDay', `not an ISO date: ${String(contract.lastDay)}`);
  if (contract.lastDay < contract.start) throw new InputError('contract.lastDay', `before the start ${contract.start}: ${contract.lastDay}`);
  if (contract.lastDay < usual.from) return null;
  const length = toDayNumber(usual.to)! - toDayNumber(usual.from)! + 1;
  const from = contract.start > usual.from ? contract.start : usual.from;
  const shiftedTo = addDays(contract.start, length - 1);
  const shiftedByStart = shiftedTo > usual.to;
  const to = shiftedByStart ? shiftedTo : usual.to;
  if (contract.lastDay < to) return { from, to: contract.lastDay, endedByContract: true, shiftedByStart };
  return { from, to, endedByContract: false, shiftedByStart };
}

/**
 * VISIT_LATE for `today` as conditions on a contract's start `S` and last day `L`, for a store
 * that holds many contracts (the API's SQL): a visit not held is late iff
 * `L >= lastDayFrom and (L < lastDayBefore or (startBefore !== null and S < startBefore))` —
 * the same answer as checkLateVisit with visitDueWindow, worked out once per training year.
 * Null when no visit can be late on `today`: the programme has no usual months, or the usual
 * window has not opened yet (so that the store tests nothing then).
 */
export function lateVisitContractBounds(visitNumber: 1 | 2, programme: string, yearDdf: IsoDate, today: IsoDate, options?: VisitOptions): { lastDayFrom: IsoDate; lastDayBefore: IsoDate; startBefore: IsoDate | null } | null {
  if (!isIsoDate(today)) throw new InputError('today', `not an ISO date: ${String(today)}`);
  const usual = visitWindow(visitNumber, programme, yearDdf, options);
  // Until the usual window has opened no contract's visit can be late (a due window never ends before it opens).
  if (!usual || today <= usual.from) return null;
  // Late iff today > min(max(usual.to, S + length − 1), L), with L >= usual.from.
  const length = toDayNumber(usual.to)! - toDayNumber(usual.from)! + 1;
  return { lastDayFrom: usual.from, lastDayBefore: today, startBefore: usual.to < today ? addDays(today, -(length - 1)) : null };
}
