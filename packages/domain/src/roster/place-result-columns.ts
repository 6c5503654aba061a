import type { HeaderMapping } from './map-headers.js';
import { RESULT_COLUMNS, type ResultColumnKey } from './roster-columns.js';

/**
 * Where to write each result column: over the existing one when the sheet was
 * already checked (French or English header), else in new columns after the last
 * of `width` columns, in the catalogue's order.
 */
export function placeResultColumns(mapping: Pick<HeaderMapping, 'resultColumns'>, width: number): Map<ResultColumnKey, number> {
  const placement = new Map<ResultColumnKey, number>();
  let next = width;
  for (const column of RESULT_COLUMNS) {
    const existing = mapping.resultColumns.get(column.key);
    placement.set(column.key, existing ?? next++);
  }
  return placement;
}
