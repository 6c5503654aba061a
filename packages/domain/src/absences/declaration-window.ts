import type { IsoDate } from '../dates/iso-date.js';

/**
 * The first day whose unjustified absences are still declared to the host (§4.3.4): 1 September
 * of the previous training year. An absence settles late (a stoppage deadline in the next
 * month, a reason refused weeks after), so a past month stays open; but a fresh deployment, or
 * an import of old absences, must not mail years of history. Two training years cover every
 * contract still running and its previous year, and nothing older.
 */
export function absenceDeclarationStart(today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  const firstOfYear = Number(today.slice(5, 7)) >= 9 ? year : year - 1;
  return `${firstOfYear - 1}-09-01`;
}

