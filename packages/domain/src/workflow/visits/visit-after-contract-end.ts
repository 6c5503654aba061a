import { isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';

/**
 * Whether a visit still to hold can no longer take place once the contract ends on `lastDay`
 * (§5, note 35: the last day is included). A visit is held « au sein de l'organisme
 * professionnel d'accueil en présence de l'alternant » (§4.6), « forcément un jour où
 * l'alternant(e) est présent(e) » (note 34): after the last day they are not. A scheduled visit
 * is past saving when its day is after the last day; a proposed one when every slot offered
 * is. A visit held or cancelled is left as it is.
 */
export function visitAfterContractEnd(visit: { state: 'PROPOSED' | 'SCHEDULED' | 'HELD' | 'CANCELLED'; date: IsoDate | null; slotDates: readonly IsoDate[] }, lastDay: IsoDate): boolean {
  if (!isIsoDate(lastDay)) throw new InputError('lastDay', `not an ISO date: ${String(lastDay)}`);
  if (visit.state === 'SCHEDULED') {
    if (!isIsoDate(visit.date)) throw new InputError('date', `a scheduled visit has a day: ${String(visit.date)}`);
    return visit.date > lastDay;
  }
  if (visit.state === 'PROPOSED') return visit.slotDates.length > 0 && visit.slotDates.every((day) => day > lastDay);
  return false;
}
