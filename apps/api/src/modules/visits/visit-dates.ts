import type { EntityManager } from '@mikro-orm/core';
import { Visit } from './visit.entity.js';

/**
 * The days of an alternant's 1st and 2nd visits of `academicYear` ('2025-2026'), planned
 * (SCHEDULED) or held; null while a visit has no day yet (none proposed, or slots not picked).
 * The livret's periods follow them (§4.7: period 1 ends at the 1st visit, period 2 at the 2nd).
 * No authorization: the caller has already checked who asks.
 */
export async function visitDatesFor(em: EntityManager, studentId: string, academicYear: string): Promise<{ first: string | null; second: string | null }> {
  const visits = await em.find(Visit, { student: studentId, academicYear, state: { $in: ['SCHEDULED', 'HELD'] } }, { fields: ['visitNumber', 'date'] });
  const dayOf = (n: 1 | 2): string | null => visits.find((v) => v.visitNumber === n)?.date ?? null;
  return { first: dayOf(1), second: dayOf(2) };
}
