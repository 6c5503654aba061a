import { describe, expect, it } from 'vitest';
import { verifyTable } from '../check/verify-table.js';
import { generateRoster } from '../../test/fixtures/generate-roster.js';
import { mockExcel } from '../../test/support/mock-excel.js';
import { MARK_FORMULA } from './office-workbook.js';
import { cellBytes } from './plan-write-batches.js';
import { READ_LIMITS, WRITE_LIMITS } from './workbook-port.js';

describe('OfficeWorkbook on office-addin-mock', () => {
  it('reads the used range: its bounds, then its values, in two syncs', async () => {
    const { workbook, log } = mockExcel([['Nom', 'Formation'], ['A', 'L3I-2025']]);
    expect(await workbook.readRegion()).toEqual({ sheet: 'Liste', top: 2, left: 1, values: [['Nom', 'Formation'], ['A', 'L3I-2025']], source: 'usedRange' });
    expect(log.reads).toEqual([{ row: 2, column: 1, rows: 2, columns: 2, sync: 1 }]);
    expect(log.syncs).toBe(2);
  });

  it('reads the table holding the selection, not the rest of the used range, after a sync for its bounds', async () => {
    const values = [['titre', '', ''], ['', 'Nom', 'Formation'], ['', 'A', 'L3I-2025'], ['', '', 'note']];
    const { workbook, log } = mockExcel(values, { table: { rowIndex: 3, columnIndex: 2, rowCount: 2, columnCount: 2 } });
    expect(await workbook.readRegion()).toEqual({ sheet: 'Liste', top: 3, left: 2, values: [['Nom', 'Formation'], ['A', 'L3I-2025']], source: 'table' });
    expect(log.syncs).toBe(3);
  });

  it('reads a large region in chunks of at most 100,000 cells, one sync each, rows in order', async () => {
    const values = Array.from({ length: 12_001 }, (_, r) => Array.from({ length: 20 }, (_, c) => (r === 0 ? `C${c}` : r * 20 + c)));
    const { workbook, log } = mockExcel(values);
    const region = await workbook.readRegion();
    expect(region?.values).toEqual(values);
    // 5,000 rows of 20 columns per chunk.
    expect(log.reads.map((r) => [r.row, r.rows, r.columns, r.sync])).toEqual([[2, 5_000, 20, 1], [5_002, 5_000, 20, 2], [10_002, 2_001, 20, 3]]);
    expect(log.syncs).toBe(4);
  });

  it('writes 30,000 cells in 4 syncs of ≤10,000 cells, each with calculation and screen updating suspended', async () => {
    const { workbook, log } = mockExcel([]);
    const values = Array.from({ length: 5_000 }, (_, r) => Array.from({ length: 6 }, (_, c) => r * 6 + c));
    await workbook.writeBlocks('Liste', [{ row: 10, column: 4, values }]);
    expect(log.syncs).toBe(4);
    expect(log.suspendedCalculation).toBe(4);
    expect(log.suspendedScreen).toBe(4);
    expect(log.writes.map((w) => [w.row, w.rows, w.columns])).toEqual([[10, 1_666, 6], [1_676, 1_666, 6], [3_342, 1_666, 6], [5_008, 2, 6]]);
    expect(log.writes.every((w) => w.values?.length === w.rows && w.values[0]?.length === w.columns)).toBe(true);
  });

  it('replaces its own marks only, by one conditional format per address group', async () => {
    const { workbook, log } = mockExcel([], { ownMarks: 2, userMarks: 1 });
    await workbook.markCells('Liste', [{ row: 4, column: 2 }, { row: 5, column: 2 }, { row: 9, column: 0 }]);
    expect(log.deleted.sort()).toEqual(['own0', 'own1']);
    expect(log.added).toEqual([{ addresses: 'A10,C5:C6', formula: MARK_FORMULA, fill: '#F8CBAD' }]);
    expect(log.syncs).toBe(3);
  });

  it('removes its marks and says how many', async () => {
    const { workbook, log } = mockExcel([], { ownMarks: 3, userMarks: 2 });
    expect(await workbook.clearMarks('Liste')).toBe(3);
    expect(log.deleted).toHaveLength(3);
    expect(log.syncs).toBe(3);
  });

  it('selects a row in one sync', async () => {
    const { workbook, log } = mockExcel([]);
    await workbook.selectRow('Liste', 41, 1, 20);
    expect(log.selected).toEqual(['41,1,1,20']);
    expect(log.activated).toBe(1);
    expect(log.syncs).toBe(1);
  });

  it('adds a sheet under a free name, with date formats below the header', async () => {
    const { workbook, log } = mockExcel([]);
    const name = await workbook.addSheet('Roster API', [['Nom', 'DDC'], ['A', 45900], ['B', 45901]], [1]);
    expect(name).toBe('Roster API (2)');
    expect(log.sheetsAdded).toEqual(['Roster API (2)']);
    expect(log.writes[1]).toEqual({ row: 1, column: 1, rows: 2, columns: 1, sync: 1, numberFormat: [['dd/mm/yyyy'], ['dd/mm/yyyy']] });
    expect(log.syncs).toBe(3);
  });

  it('checks a 5,000-row roster with a number of syncs set by the batching, not by the rows', async () => {
    const counts: number[] = [];
    for (const rows of [1_000, 5_000]) {
      const { workbook, log } = mockExcel(generateRoster(rows));
      const outcome = await verifyTable(workbook);
      expect(outcome.ok).toBe(true);
      counts.push(log.syncs);
      if (rows === 5_000) {
        // 1 for the bounds + 1 read chunk (85,170 cells) + 4 write batches (30,060 cells) + 3 for the marks.
        expect(log.syncs).toBe(9);
        expect(log.writes[0]?.values?.[0]?.[0]).toBe('Contrôle');
        expect(log.added.length).toBeGreaterThan(0);
      }
    }
    expect(counts[0]).toBeLessThan(counts[1] as number);
    expect(counts[1] as number).toBeLessThanOrEqual((counts[0] as number) + 3);
  });

  it('checks 50,000 rows with one context.sync per read or write chunk beyond a fixed four, each chunk within the limits', async () => {
    const sheet = generateRoster(50_000);
    const { workbook, log } = mockExcel(sheet);
    const outcome = await verifyTable(workbook);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.counts.rows).toBe(50_000);

    const chunks = new Map<number, typeof log.writes>();
    for (const write of log.writes) chunks.set(write.sync, [...(chunks.get(write.sync) ?? []), write]);
    for (const writes of chunks.values()) {
      expect(writes.reduce((n, w) => n + w.rows * w.columns, 0)).toBeLessThanOrEqual(WRITE_LIMITS.cells);
      expect(writes.reduce((n, w) => n + w.rows, 0)).toBeLessThanOrEqual(WRITE_LIMITS.rows);
      const bytes = writes.reduce((n, w) => n + (w.values ?? []).flat().reduce((m: number, v) => m + cellBytes(v as string | number | boolean), 0), 0);
      expect(bytes).toBeLessThanOrEqual(WRITE_LIMITS.bytes);
    }
    // The six result columns from the header row to the last row: 1,666 rows per 10,000 cells.
    expect(log.writes.reduce((n, w) => n + w.rows, 0)).toBe(sheet.length);
    expect(chunks.size).toBe(Math.ceil(sheet.length / Math.floor(WRITE_LIMITS.cells / 6)));
    // 851,700 cells read by 5,882 rows of 17 columns (≤ 100,000 cells): 9 chunks, one sync each.
    const reads = new Set(log.reads.map((read) => read.sync));
    expect(log.reads.every((read) => read.rows * read.columns <= READ_LIMITS.cells)).toBe(true);
    expect(log.reads.reduce((n, read) => n + read.rows, 0)).toBe(sheet.length);
    expect(reads.size).toBe(log.reads.length);
    expect(reads.size).toBe(Math.ceil(sheet.length / Math.floor(READ_LIMITS.cells / 17)));
    // 1 for the bounds + one per read chunk + one per write chunk + 3 for the marks (find, read formulas, replace).
    expect(log.syncs).toBe(1 + reads.size + chunks.size + 3);
    expect(log.suspendedCalculation).toBe(chunks.size + 1);
    expect(log.added.length).toBeGreaterThan(0);
  });
});
