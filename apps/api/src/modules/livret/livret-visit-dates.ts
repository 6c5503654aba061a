import type { EntityManager } from '@mikro-orm/core';
import { visitDatesFor } from '../visits/visit-dates.js';

export interface LivretVisitDates {
  first: string | null;
  second: string | null;
}

/**
 * The alternant's own visit days for the year (§4.6), which close livret periods 1 and 2
 * (§4.7). The one place the livret reads visits from: the days of the visits module (planned
 * or held); a visit without a day leaves the programme's common dates in place.
 */
export async function livretVisitDates(em: EntityManager, studentId: string, academicYear: string): Promise<LivretVisitDates> {
  return visitDatesFor(em, studentId, academicYear);
}
