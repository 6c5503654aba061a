import { describe, expect, it } from 'vitest';
import { cellBytes, planWriteBatches } from './plan-write-batches.js';

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

  it('cuts by bytes when the texts are long: no request over 4 MB by the bound', () => {
    // 600 rows of one 1,000-character text each: 600 cells, 1.8 MB of bound per 600 rows.
    const texts = { row: 0, column: 0, values: Array.from({ length: 3_000 }, () => ['é'.repeat(1_000)]) };
    const batches = planWriteBatches([texts]);
    const bytesOf = (batch: { values: readonly (readonly (string | number | boolean)[])[] }[]) => batch.reduce((n, b) => n + b.values.flat().reduce((m: number, v) => m + cellBytes(v), 0), 0);
    expect(batches.map((b) => b[0]?.values.length)).toEqual([1_332, 1_332, 336]);
    expect(batches.every((b) => bytesOf(b) <= 4_000_000)).toBe(true);
    expect(bytesOf(batches[0] ?? [])).toBeGreaterThan(4_000_000 - 3_003);
    // Under the bound, cells decide as before.
    expect(planWriteBatches([block(3_000, 6)]).length).toBe(2);
  });

  it('sends a row over the byte limit alone', () => {
    const batches = planWriteBatches([{ row: 0, column: 0, values: [['a'], ['x'.repeat(100)], ['b']] }], { rows: 10, cells: 10, bytes: 50 });
    expect(batches.map((b) => b.map((block) => [block.row, block.values.length]))).toEqual([[[0, 1]], [[1, 1]], [[2, 1]]]);
  });
});
