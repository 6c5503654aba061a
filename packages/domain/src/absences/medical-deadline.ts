import { isIsoDate, type IsoDate } from '../dates/iso-date.js';
import { InputError } from '../findings/input-error.js';
import { addJoursOuvrables } from '../holidays/add-jours-ouvrables.js';
import type { HolidayOptions } from '../holidays/french-public-holidays.js';

/** §4.3.1 step 3: the host transmits the validated stoppage "dans les 10 jours ouvrables après l'établissement de l'arrêt". */
export const STOPPAGE_TRANSMISSION_JOURS_OUVRABLES = 10;

/**
 * The last day on which the host organisation may transmit a work stoppage issued on
 * `issuedOn`: 10 jours ouvrables after it, the issue day itself not counted ("après
 * l'établissement"), public holidays skipped. A stoppage received that day is in time.
 */
export function stoppageTransmissionDeadline(issuedOn: IsoDate, options: HolidayOptions): IsoDate {
  if (!isIsoDate(issuedOn)) throw new InputError('issuedOn', `not an ISO date: ${String(issuedOn)}`);
  return addJoursOuvrables(issuedOn, STOPPAGE_TRANSMISSION_JOURS_OUVRABLES, options);
}

/**
 * The day after which a medical absence still without a stoppage is definitively
 * unjustified. A stoppage that covers the absence is issued on or before its date (a
 * work stoppage is not backdated), so its deadline is at the latest 10 jours ouvrables
 * after the absence: past that day, no stoppage can arrive in time.
 */
export function medicalAbsenceDeadline(absenceDate: IsoDate, options: HolidayOptions): IsoDate {
  if (!isIsoDate(absenceDate)) throw new InputError('date', `not an ISO date: ${String(absenceDate)}`);
  return addJoursOuvrables(absenceDate, STOPPAGE_TRANSMISSION_JOURS_OUVRABLES, options);
}

/** True when `today` is past the medical absence's deadline (ISO dates compare as strings). */
export function isMedicalAbsenceLate(absenceDate: IsoDate, today: IsoDate, options: HolidayOptions): boolean {
  return today > medicalAbsenceDeadline(absenceDate, options);
}
