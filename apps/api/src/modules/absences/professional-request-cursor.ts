import { dayIdCursor, readDayIdCursor } from '../../shared/day-id-cursor.js';

/** The cursor of a professional-absence request in its list, ordered by first day then id. */
export function professionalRequestCursor(request: { firstDay: string; id: string }): string {
  return dayIdCursor(request.firstDay, request.id);
}

/** The position a cursor names; a field error on `after` when it is not one of ours. */
export function readProfessionalRequestCursor(cursor: string): { firstDay: string; id: string } {
  const { day, id } = readDayIdCursor(cursor, 'd’une demande');
  return { firstDay: day, id };
}
