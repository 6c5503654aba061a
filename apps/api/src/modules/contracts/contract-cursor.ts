import { dayIdCursor, readDayIdCursor } from '../../shared/day-id-cursor.js';

/** The cursor of a contract in the contracts list, ordered by DDC then id. */
export function contractCursor(contract: { startDate: string; id: string }): string {
  return dayIdCursor(contract.startDate, contract.id);
}

/** The position a cursor names; a field error on `after` when it is not one of ours. */
export function readContractCursor(cursor: string): { startDate: string; id: string } {
  const { day, id } = readDayIdCursor(cursor, 'd’un contrat');
  return { startDate: day, id };
}
