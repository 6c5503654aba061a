import { describe, expect, it } from 'vitest';
import { planWriteBatches } from './plan-write-batches.js';

const block = (rows: number, width: number, row = 0, column = 0) => ({
  row,
  column,
  values: Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => r * width + c)),
});
const cellsOf = (batch: { values: readonly (readonly unknown[])[] }[]) => batch.reduce((n, b) => n + b.values.length * (b.values[0]?.length ?? 0), 0);

describe('planWriteBatches', () => {
  it('keeps each batch within 10,000 cells and 5,000 rows', () => {
    const batches = planWriteBatches([block(5_001, 6)]);
    expect(batches.map(cellsOf)).toEqual([9_996, 9_996, 9_996, 18]);
    expect(batches.flat().map((b) => b.row)).toEqual([0, 1_666, 3_332, 4_998]);
    const narrow = planWriteBatches([block(12_000, 1)]);
    expect(narrow.map((b) => b[0]?.values.length)).toEqual([5_000, 5_000, 2_000]);
  });

  it('packs several blocks into one batch when they fit, and covers every row once', () => {
    const batches = planWriteBatches([block(10, 1, 3, 2), block(10, 4, 3, 5)]);
    expect(batches).toHaveLength(1);
    const split = planWriteBatches([block(3_000, 2), block(3_000, 2, 0, 4)]);
    expect(split.map(cellsOf)).toEqual([10_000, 2_000]);
    expect(split.flat().reduce((n, b) => n + b.values.length, 0)).toBe(6_000);
  });

  it('writes a row wider than the cell limit alone', () => {
    const batches = planWriteBatches([block(2, 12_000)]);
    expect(batches.map((b) => b.length)).toEqual([1, 1]);
  });
});
