import type { CalendarDefinition, ReferenceData } from '../reference-data/reference-data.js';

/**
 * The reference data with the calendars of the same codes replaced by `calendars` (the
 * versions in force, or one alternant's own calendar): every figure computed from the
 * result reads them (§2.2.1: only the alternance calendars are authoritative). Returns
 * a new object, so the caches keyed by ReferenceData (calendarFor, the pricing plans)
 * never mix two versions.
 */
export function withCalendars(referenceData: ReferenceData, calendars: readonly CalendarDefinition[]): ReferenceData {
  if (calendars.length === 0) return referenceData;
  const byCode = new Map(calendars.map((c) => [c.code.trim().toUpperCase(), c]));
  const replaced = referenceData.calendars.map((c) => byCode.get(c.code.trim().toUpperCase()) ?? c);
  const known = new Set(replaced.map((c) => c.code.trim().toUpperCase()));
  const added = calendars.filter((c) => !known.has(c.code.trim().toUpperCase()));
  return { ...referenceData, calendars: [...replaced, ...added] };
}
