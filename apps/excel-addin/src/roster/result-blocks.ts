import type { PlacedResultColumn, SheetCheck } from './check-sheet.js';

/** A rectangle of values to write, 0-based within the region read. */
export interface RegionBlock {
  row: number;
  column: number;
  values: (string | number)[][];
}

/**
 * The result columns as rectangles to write: one per run of adjacent columns, from the
 * header row to the last row of the region, so that rows left blank or removed since a
 * previous check lose their stale results. Empty figures are written as '' (a blank cell).
 */
export function resultBlocks(check: Extract<SheetCheck, { ok: true }>): RegionBlock[] {
  const byRow = new Map(check.rows.map((row) => [row.rowIndex, row]));
  const blocks: RegionBlock[] = [];
  for (const run of adjacentRuns(check.resultColumns)) {
    const values: (string | number)[][] = [run.map((column) => column.header)];
    for (let rowIndex = check.headerRowIndex + 1; rowIndex < check.height; rowIndex++) {
      const row = byRow.get(rowIndex);
      values.push(run.map((column) => (row ? (row.result[column.header] ?? '') : '')));
    }
    blocks.push({ row: check.headerRowIndex, column: run[0]?.index ?? 0, values });
  }
  return blocks;
}

function adjacentRuns(columns: readonly PlacedResultColumn[]): PlacedResultColumn[][] {
  const sorted = [...columns].sort((a, b) => a.index - b.index);
  const runs: PlacedResultColumn[][] = [];
  for (const column of sorted) {
    const last = runs.at(-1);
    const previous = last?.at(-1);
    if (last && previous && previous.index + 1 === column.index) last.push(column);
    else runs.push([column]);
  }
  return runs;
}
