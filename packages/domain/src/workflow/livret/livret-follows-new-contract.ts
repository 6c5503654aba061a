import { isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';

/**
 * Whether a year's livret passes to the contract signed after a rupture (§5 « en signer un
 * nouveau afin de terminer sa formation »): the livret is kept « ainsi que son (ses) tuteur(s)
 * professionnel(s) » (§4.7), so the new contract's tutors keep it when the contract reaches
 * into the livret's year — it starts no later than the soutenance and ends no earlier than
 * the training start, both days included. A livret whose year is over, or not begun before
 * the new contract ends, stays as it is.
 */
export function livretFollowsNewContract(livret: { trainingStart: IsoDate; soutenance: IsoDate }, contract: { startDate: IsoDate; endDate: IsoDate }): boolean {
  for (const [field, value] of [['trainingStart', livret.trainingStart], ['soutenance', livret.soutenance], ['startDate', contract.startDate], ['endDate', contract.endDate]] as const) {
    if (!isIsoDate(value)) throw new InputError(field, `not an ISO date: ${String(value)}`);
  }
  return contract.startDate <= livret.soutenance && contract.endDate >= livret.trainingStart;
}
