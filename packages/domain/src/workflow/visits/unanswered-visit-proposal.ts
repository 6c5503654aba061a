import { isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';

/**
 * Whether a proposal of visit slots went unanswered (§4.6, note 34: the appointment is set with
 * the company tutor): still proposed, the company tutor neither picked a slot nor said that none
 * suits them, and every slot offered is past — from the day after the last one, when the slot
 * link has expired too. The visitor must then offer other slots; until that day the company
 * tutor may still pick the last one.
 */
export function unansweredVisitProposal(visit: { state: 'PROPOSED' | 'SCHEDULED' | 'HELD' | 'CANCELLED'; slotDates: readonly IsoDate[]; declined: boolean }, today: IsoDate): boolean {
  if (!isIsoDate(today)) throw new InputError('today', `not an ISO date: ${String(today)}`);
  const bad = visit.slotDates.find((d) => !isIsoDate(d));
  if (bad !== undefined) throw new InputError('slotDates', `not an ISO date: ${String(bad)}`);
  if (visit.state !== 'PROPOSED' || visit.declined || visit.slotDates.length === 0) return false;
  return visit.slotDates.every((day) => day < today);
}
