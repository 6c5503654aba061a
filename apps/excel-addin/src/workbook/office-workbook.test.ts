import { describe, expect, it } from 'vitest';
import { verifyTable } from '../check/verify-table.js';
import { generateRoster } from '../../test/fixtures/generate-roster.js';
import { mockExcel } from '../../test/support/mock-excel.js';
import { MARK_FORMULA } from './office-workbook.js';

describe('OfficeWorkbook on office-addin-mock', () => {
  it('reads the used range in one sync, values as loaded', async () => {
    const { workbook, log } = mockExcel([['Nom', 'Formation'], ['A', 'L3I-2025']]);
    expect(await workbook.readRegion()).toEqual({ sheet: 'Liste', top: 2, left: 1, values: [['Nom', 'Formation'], ['A', 'L3I-2025']], source: 'usedRange' });
    expect(log.syncs).toBe(1);
  });

  it('cuts the table holding the selection out of the used range, in a second sync', async () => {
    const values = [['titre', '', ''], ['', 'Nom', 'Formation'], ['', 'A', 'L3I-2025'], ['', '', 'note']];
    const { workbook, log } = mockExcel(values, { table: { rowIndex: 3, columnIndex: 2, rowCount: 2, columnCount: 2 } });
    expect(await workbook.readRegion()).toEqual({ sheet: 'Liste', top: 3, left: 2, values: [['Nom', 'Formation'], ['A', 'L3I-2025']], source: 'table' });
    expect(log.syncs).toBe(2);
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
    expect(log.writes[1]).toEqual({ row: 1, column: 1, rows: 2, columns: 1, numberFormat: [['dd/mm/yyyy'], ['dd/mm/yyyy']] });
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
        // 1 read + 4 write batches (30,060 cells) + 3 for the marks.
        expect(log.syncs).toBe(8);
        expect(log.writes[0]?.values?.[0]?.[0]).toBe('Contrôle');
        expect(log.added.length).toBeGreaterThan(0);
      }
    }
    expect(counts[0]).toBeLessThan(counts[1] as number);
    expect(counts[1] as number).toBeLessThanOrEqual((counts[0] as number) + 3);
  });
});
