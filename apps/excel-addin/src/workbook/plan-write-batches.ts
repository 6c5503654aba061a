import { WRITE_LIMITS, type CellBlock } from './workbook-port.js';

type Cell = CellBlock['values'][number][number];

/**
 * Bytes a cell may take in the JSON request Office.js sends: a bound, not an estimate —
 * a UTF-16 unit is at most 3 bytes of UTF-8 (a `"` or `\` escaped, 2), plus quotes and
 * comma. Numbers and booleans take at most 25.
 */
export function cellBytes(value: Cell): number {
  return typeof value === 'string' ? value.length * 3 + 3 : 25;
}

/**
 * Splits blocks into batches of at most `limits.cells` cells, `limits.rows` rows and
 * `limits.bytes` bytes (by {@link cellBytes}) each: one batch per context.sync, so that
 * no request passes Excel's payload limit. A row over a limit on its own still goes,
 * alone in its batch.
 */
export function planWriteBatches(blocks: readonly CellBlock[], limits: { rows: number; cells: number; bytes: number } = WRITE_LIMITS): CellBlock[][] {
  const batches: CellBlock[][] = [];
  let batch: CellBlock[] = [];
  let cells = 0;
  let rows = 0;
  let bytes = 0;
  const flush = (): void => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    cells = 0;
    rows = 0;
    bytes = 0;
  };
  for (const block of blocks) {
    const width = block.values[0]?.length ?? 0;
    if (width === 0) continue;
    let start = 0;
    for (let offset = 0; offset < block.values.length; offset++) {
      let size = 0;
      for (const value of block.values[offset] ?? []) size += cellBytes(value);
      const fits = cells + width <= limits.cells && rows + 1 <= limits.rows && bytes + size <= limits.bytes;
      if (!fits && rows > 0) {
        if (offset > start) batch.push({ row: block.row + start, column: block.column, values: block.values.slice(start, offset) });
        start = offset;
        flush();
      }
      cells += width;
      rows++;
      bytes += size;
    }
    if (start < block.values.length) batch.push({ row: block.row + start, column: block.column, values: block.values.slice(start) });
  }
  flush();
  return batches;
}
