import type { EntityManager } from '@mikro-orm/core';

export interface LivretVisitDates {
  first: string | null;
  second: string | null;
}

/**
 * The alternant's own visit days for the year (§4.6), which close livret periods 1 and 2
 * (§4.7). The one place the livret reads visits from: until the visits module (issue 12 §2,
 * built in parallel) is merged, no visit is known here and the programme's common dates
 * apply; at the merge, the lead wires this to `visitDatesFor(em, studentId, academicYear)`
 * of apps/api/src/modules/visits.
 */
export async function livretVisitDates(em: EntityManager, studentId: string, academicYear: string): Promise<LivretVisitDates> {
  void em;
  void studentId;
  void academicYear;
  return { first: null, second: null };
}
