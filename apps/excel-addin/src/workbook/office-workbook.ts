import { cellAddressGroups } from '../roster/cell-address.js';
import { planWriteBatches } from './plan-write-batches.js';
import { READ_LIMITS, type CellBlock, type CellRef, type RegionRead, type WorkbookPort } from './workbook-port.js';

/** `Excel.run`, or a stand-in that hands a mock context to the batch (tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The formula of the add-in's conditional formats: always true, and recognisable, so
 * that removing marks deletes ours and never a rule the user made.
 */
export const MARK_FORMULA = '=N("alternance-marque")=0';
const MARK_TAG = '"alternance-marque"';
const MARK_FILL = '#F8CBAD';
const MARK_FONT = '#9C0006';
const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * The Office.js side of {@link WorkbookPort}. Load/sync discipline: every method is one
 * Excel.run with a fixed number of context.sync calls, plus one per read chunk
 * (READ_LIMITS) and one per write batch of planWriteBatches — never one per row or per cell.
 */
export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly run: ExcelRun) {}

  /**
   * The bounds first (the used range's, then the table's when the selection is in one),
   * then the values in chunks of at most READ_LIMITS.cells, one sync each: Excel on the
   * web answers at most 5 MB per sync, and 50,000 rows of a roster are about 6 MB.
   */
  readRegion(): Promise<RegionRead | null> {
    return this.run(async (context) => {
      const selection = context.workbook.getSelectedRange();
      const worksheet = selection.worksheet;
      worksheet.load('name');
      const tables = selection.getTables(false);
      tables.load('items');
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load(BOUNDS);
      await context.sync();
      if (used.isNullObject) return null;
      const table = tables.items[0];
      if (!table) return { sheet: worksheet.name, top: used.rowIndex, left: used.columnIndex, values: await readValues(context, worksheet, used), source: 'usedRange' };

      const bounds = table.getRange();
      bounds.load(BOUNDS);
      await context.sync();
      return { sheet: worksheet.name, top: bounds.rowIndex, left: bounds.columnIndex, values: await readValues(context, worksheet, bounds), source: 'table' };
    });
  }

  writeBlocks(sheet: string, blocks: readonly CellBlock[]): Promise<void> {
    const batches = planWriteBatches(blocks);
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      for (const batch of batches) {
        suspend(context);
        for (const block of batch) {
          worksheet.getRangeByIndexes(block.row, block.column, block.values.length, block.values[0]?.length ?? 0).values = block.values as unknown[][];
        }
        await context.sync();
      }
    });
  }

  /** Three syncs: find the add-in's rules, read their formulas, then delete them and add the new ones. */
  markCells(sheet: string, cells: readonly CellRef[]): Promise<void> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      await deleteOwnMarks(context, worksheet);
      for (const addresses of cellAddressGroups(cells)) {
        const format = worksheet.getRanges(addresses).conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
        format.custom.rule.formula = MARK_FORMULA;
        format.custom.format.fill.color = MARK_FILL;
        format.custom.format.font.color = MARK_FONT;
      }
      suspend(context);
      await context.sync();
    });
  }

  clearMarks(sheet: string): Promise<number> {
    return this.run(async (context) => {
      const removed = await deleteOwnMarks(context, context.workbook.worksheets.getItem(sheet));
      await context.sync();
      return removed;
    });
  }

  selectRow(sheet: string, row: number, fromColumn: number, toColumn: number): Promise<void> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRangeByIndexes(row, fromColumn, 1, toColumn - fromColumn + 1).select();
      await context.sync();
    });
  }

  addSheet(name: string, values: readonly (readonly (string | number | boolean)[])[], dateColumns: readonly number[]): Promise<string> {
    const batches = planWriteBatches([{ row: 0, column: 0, values }]);
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items');
      await context.sync();
      const taken = new Set(worksheets.items.map((worksheet) => worksheet.name));
      let unique = name;
      for (let n = 2; taken.has(unique); n++) unique = `${name} (${n})`;
      const worksheet = worksheets.add(unique);
      for (const batch of batches) {
        suspend(context);
        for (const block of batch) {
          const width = block.values[0]?.length ?? 0;
          worksheet.getRangeByIndexes(block.row, block.column, block.values.length, width).values = block.values as unknown[][];
          // Dates arrive as serials: give their columns a date format (below the header row).
          const first = Math.max(block.row, 1);
          const rows = block.row + block.values.length - first;
          if (rows <= 0) continue;
          for (const column of dateColumns) {
            worksheet.getRangeByIndexes(first, column, rows, 1).numberFormat = Array.from({ length: rows }, () => [DATE_FORMAT]);
          }
        }
        await context.sync();
      }
      worksheet.activate();
      await context.sync();
      return unique;
    });
  }
}

const BOUNDS = 'rowIndex,columnIndex,rowCount,columnCount';

/** The values of a rectangle, read in row chunks of at most READ_LIMITS.cells, one sync each. */
async function readValues(context: Excel.RequestContext, worksheet: Excel.Worksheet, bounds: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Promise<unknown[][]> {
  const rowsPerChunk = Math.max(1, Math.floor(READ_LIMITS.cells / Math.max(1, bounds.columnCount)));
  const values: unknown[][] = [];
  for (let offset = 0; offset < bounds.rowCount; offset += rowsPerChunk) {
    const chunk = worksheet.getRangeByIndexes(bounds.rowIndex + offset, bounds.columnIndex, Math.min(rowsPerChunk, bounds.rowCount - offset), bounds.columnCount);
    chunk.load('values');
    await context.sync();
    for (const row of chunk.values as unknown[][]) values.push(row);
  }
  return values;
}

/** Calculation and screen updating wait for the next sync (ExcelApi 1.6 and 1.9). */
function suspend(context: Excel.RequestContext): void {
  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
}

/** Deletes the sheet's conditional formats whose formula is {@link MARK_FORMULA}; two syncs, the deletions left for the caller's. */
async function deleteOwnMarks(context: Excel.RequestContext, worksheet: Excel.Worksheet): Promise<number> {
  const formats = worksheet.getRange().conditionalFormats;
  formats.load('items');
  await context.sync();
  const customs = formats.items.filter((format) => format.type === 'Custom').map((format) => ({ format, custom: format.customOrNullObject }));
  for (const { custom } of customs) custom.load('rule/formula');
  await context.sync();
  let removed = 0;
  for (const { format, custom } of customs) {
    if (custom.isNullObject || !custom.rule.formula.includes(MARK_TAG)) continue;
    format.delete();
    removed++;
  }
  return removed;
}
