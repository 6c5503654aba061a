import { planWriteBatches } from './plan-write-batches.js';
import { READ_LIMITS, type CellBlock, type CellRef, type RegionRead, type WorkbookPort } from './workbook-port.js';

type Value = string | number | boolean;

interface FakeTable {
  name: string;
  sheet: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/**
 * In-memory workbook for tests and the benchmark. It counts the round trips the Office
 * adapter would make (bounds and read chunks, write batches, mark and select calls), so that the check
 * flow's batching shows without Office.
 */
export class FakeWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, Value[][]>();
  readonly tables: FakeTable[] = [];
  /** The add-in's marks: sheet → "row,column" keys. */
  readonly marks = new Map<string, Set<string>>();
  readonly dateColumns = new Map<string, readonly number[]>();
  selection: { sheet: string; row: number; column: number; rows?: number; columns?: number };
  roundTrips = 0;
  /** Set to make the next call fail, as a closed workbook or a host error would. */
  failNext: Error | null = null;

  constructor(sheets: Record<string, Value[][]> = { Feuil1: [] }) {
    for (const [name, values] of Object.entries(sheets)) this.sheets.set(name, values.map((row) => [...row]));
    const first = Object.keys(sheets)[0] ?? 'Feuil1';
    if (!this.sheets.has(first)) this.sheets.set(first, []);
    this.selection = { sheet: first, row: 0, column: 0 };
  }

  addTable(table: FakeTable): void {
    this.tables.push(table);
  }

  /** The sheet's values, blank cells as ''. */
  values(sheet: string): Value[][] {
    return this.sheets.get(sheet) ?? [];
  }

  cell(sheet: string, row: number, column: number): Value | undefined {
    return this.sheets.get(sheet)?.[row]?.[column];
  }

  async readRegion(): Promise<RegionRead | null> {
    this.trip();
    const { sheet, row, column } = this.selection;
    const table = this.tables.find(
      (t) => t.sheet === sheet && row >= t.top && row < t.top + t.rows && column >= t.left && column < t.left + t.columns,
    );
    const cells = this.sheets.get(sheet) ?? [];
    if (table) {
      const values = cells.slice(table.top, table.top + table.rows).map((r) => pad(r.slice(table.left, table.left + table.columns), table.columns));
      this.roundTrips += 1 + readChunks(table.rows, table.columns);
      return { sheet, top: table.top, left: table.left, values, source: 'table' };
    }
    const used = usedRange(cells);
    if (!used) return null;
    const values = cells
      .slice(used.top, used.bottom + 1)
      .map((r) => pad(r.slice(used.left, used.right + 1), used.right - used.left + 1));
    this.roundTrips += readChunks(values.length, used.right - used.left + 1);
    return { sheet, top: used.top, left: used.left, values, source: 'usedRange' };
  }

  async writeBlocks(sheet: string, blocks: readonly CellBlock[]): Promise<void> {
    const cells = this.sheetOrThrow(sheet);
    for (const batch of planWriteBatches(blocks)) {
      this.trip();
      for (const block of batch) write(cells, block);
    }
  }

  async markCells(sheet: string, cells: readonly CellRef[]): Promise<void> {
    this.sheetOrThrow(sheet);
    this.trip();
    this.marks.set(sheet, new Set(cells.map((c) => `${c.row},${c.column}`)));
  }

  async clearMarks(sheet: string): Promise<number> {
    this.trip();
    const had = this.marks.get(sheet)?.size ?? 0;
    this.marks.delete(sheet);
    return had > 0 ? 1 : 0;
  }

  async selectRow(sheet: string, row: number, fromColumn: number, toColumn: number): Promise<void> {
    this.sheetOrThrow(sheet);
    this.trip();
    this.selection = { sheet, row, column: fromColumn, rows: 1, columns: toColumn - fromColumn + 1 };
  }

  async addSheet(name: string, values: readonly (readonly Value[])[], dateColumns: readonly number[]): Promise<string> {
    this.trip();
    let unique = name;
    for (let n = 2; this.sheets.has(unique); n++) unique = `${name} (${n})`;
    this.sheets.set(unique, []);
    await this.writeBlocks(unique, [{ row: 0, column: 0, values }]);
    this.dateColumns.set(unique, dateColumns);
    this.selection = { sheet: unique, row: 0, column: 0 };
    return unique;
  }

  private trip(): void {
    this.roundTrips++;
    const failure = this.failNext;
    if (failure) {
      this.failNext = null;
      throw failure;
    }
  }

  private sheetOrThrow(sheet: string): Value[][] {
    const cells = this.sheets.get(sheet);
    if (!cells) throw new Error(`Feuille introuvable : ${sheet}`);
    return cells;
  }
}

/** The value reads of a rectangle, as OfficeWorkbook makes them (READ_LIMITS cells each). */
function readChunks(rows: number, columns: number): number {
  return Math.ceil(rows / Math.max(1, Math.floor(READ_LIMITS.cells / Math.max(1, columns))));
}

function pad(row: Value[], width: number): unknown[] {
  const out: unknown[] = new Array(width).fill('');
  for (let i = 0; i < Math.min(row.length, width); i++) out[i] = row[i] ?? '';
  return out;
}

function write(cells: Value[][], block: CellBlock): void {
  block.values.forEach((values, r) => {
    const row = (cells[block.row + r] ??= []);
    for (let i = row.length; i < block.column; i++) row[i] = '';
    values.forEach((value, c) => (row[block.column + c] = value));
  });
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
}

function usedRange(cells: Value[][]): { top: number; left: number; bottom: number; right: number } | null {
  let top = -1;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  cells.forEach((row, r) => {
    row?.forEach((value, c) => {
      if (value === '' || value === undefined || value === null) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return top < 0 ? null : { top, left, bottom, right };
}
