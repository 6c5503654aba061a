import { WRITE_LIMITS, type CellBlock } from './workbook-port.js';

/**
 * Splits blocks into batches of at most `limits.cells` cells and `limits.rows` rows
 * each: one batch per context.sync. A block wider than the cell limit still goes one
 * row at a time.
 */
export function planWriteBatches(blocks: readonly CellBlock[], limits: { rows: number; cells: number } = WRITE_LIMITS): CellBlock[][] {
  const batches: CellBlock[][] = [];
  let batch: CellBlock[] = [];
  let cells = 0;
  let rows = 0;
  const flush = (): void => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    cells = 0;
    rows = 0;
  };
  for (const block of blocks) {
    const width = block.values[0]?.length ?? 0;
    if (width === 0) continue;
    let offset = 0;
    while (offset < block.values.length) {
      let room = Math.min(Math.floor((limits.cells - cells) / width), limits.rows - rows, block.values.length - offset);
      if (room <= 0) {
        if (batch.length > 0) {
          flush();
          continue;
        }
        room = 1;
      }
      batch.push({ row: block.row + offset, column: block.column, values: block.values.slice(offset, offset + room) });
      cells += room * width;
      rows += room;
      offset += room;
    }
  }
  flush();
  return batches;
}
