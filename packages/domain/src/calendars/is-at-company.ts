import type { IsoDate } from '../dates/iso-date.js';
import type { GeneratedCalendar } from './generated-calendar.js';
import { halfDayKind } from './half-day-kind.js';

/**
 * Whether the alternant is at the OPA on that half-day per their alternance calendar (note
 * 34: a visit is "forcément un jour où l'alternant(e) est présent(e)"): COMPANY only, not
 * training, holidays or vacation. Null outside the calendar (nothing can be said).
 */
export function isAtCompany(calendar: GeneratedCalendar, date: IsoDate, half: 'AM' | 'PM'): boolean | null {
  const kind = halfDayKind(calendar, date, half);
  return kind === null ? null : kind === 'COMPANY';
}
