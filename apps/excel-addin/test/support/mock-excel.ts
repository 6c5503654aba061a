import { OfficeMockObject } from 'office-addin-mock';
import { MARK_FORMULA, OfficeWorkbook, type ExcelRun } from '../../src/workbook/office-workbook.js';

export interface Write {
  row: number;
  column: number;
  rows: number;
  columns: number;
  /** context.sync calls made before this write was queued: writes sent by one sync share it. */
  sync: number;
  values?: unknown[][];
  numberFormat?: unknown[][];
}

/**
 * An Excel host built with office-addin-mock: reading a property that was not loaded
 * and synced gives the mock's error text instead of the value, so a missing load or
 * sync shows in the results. Writes and calls are recorded; context.sync is counted.
 */
export function mockExcel(values: unknown[][], options: { table?: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }; ownMarks?: number; userMarks?: number } = {}) {
  const log = { syncs: 0, suspendedCalculation: 0, suspendedScreen: 0, writes: [] as Write[], reads: [] as { row: number; column: number; rows: number; columns: number; sync: number }[], added: [] as { addresses: string; formula?: string; fill?: string }[], deleted: [] as string[], selected: [] as string[], activated: 0, sheetsAdded: [] as string[] };
  const USED = { row: 2, column: 1 };
  /** A range by indexes: writes are recorded; its values are read from the sheet, once loaded and synced. */
  const recorder = (row: number, column: number, rows: number, columns: number) => {
    const write: Write = { row, column, rows, columns, sync: log.syncs };
    let loadedBefore: number | null = null;
    return {
      load(properties: string) {
        if (properties !== 'values') throw new Error(`mock: load of ${properties} not supported`);
        loadedBefore = log.syncs;
        log.reads.push({ row, column, rows, columns, sync: log.syncs });
      },
      get values(): unknown[][] {
        if (loadedBefore === null || log.syncs === loadedBefore) throw new Error('mock: values read before load and sync');
        return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => values[row + r - USED.row]?.[column + c - USED.column] ?? ''));
      },
      set values(v: unknown[][]) {
        write.values = v;
        log.writes.push(write);
      },
      set numberFormat(v: unknown[][]) {
        write.numberFormat = v;
        if (!log.writes.includes(write)) log.writes.push(write);
      },
      select: () => log.selected.push(`${row},${column},${rows},${columns}`),
    };
  };
  const customs: Record<string, { rule: { formula: string } }> = {};
  const formatItems: unknown[] = [];
  const marks = (count: number, formula: string, prefix: string) => {
    for (let i = 0; i < count; i++) {
      const key = `${prefix}${i}`;
      customs[key] = { rule: { formula } };
      formatItems.push({ type: 'Custom', key, get customOrNullObject() { return root.workbook.sheet.whole.customs[key]; }, delete: () => log.deleted.push(key) });
    }
  };
  marks(options.ownMarks ?? 0, MARK_FORMULA, 'own');
  marks(options.userMarks ?? 0, '=A1>10', 'user');
  formatItems.push({ type: 'CellValue', customOrNullObject: { isNullObject: true }, delete: () => log.deleted.push('cellValue') });

  const sheet = {
    name: 'Liste',
    used: { rowIndex: USED.row, columnIndex: USED.column, rowCount: values.length, columnCount: values.reduce((width, row) => Math.max(width, row.length), 0) },
    whole: { conditionalFormats: { items: formatItems }, customs },
    getUsedRangeOrNullObject() { return this.used; },
    getRangeByIndexes: recorder,
    getRange() { return this.whole; },
    getRanges: (addresses: string) => ({
      conditionalFormats: {
        add: () => {
          const added: { addresses: string; formula?: string; fill?: string } = { addresses };
          log.added.push(added);
          return { custom: { rule: { set formula(f: string) { added.formula = f; } }, format: { fill: { set color(c: string) { added.fill = c; } }, font: {} } } };
        },
      },
    }),
    activate: () => log.activated++,
  };
  const root = new OfficeMockObject({
    workbook: {
      sheet,
      tableBounds: options.table ?? { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 },
      selection: { worksheet: sheet, tables: { items: options.table ? [{ name: 'Liste', getRange: () => root.workbook.tableBounds }] : [] }, getTables() { return this.tables; } },
      worksheets: {
        items: [{ name: 'Liste' }, { name: 'Roster API' }],
        getItem: () => root.workbook.sheet,
        add: (name: string) => { log.sheetsAdded.push(name); return root.workbook.sheet; },
      },
      getSelectedRange() { return this.selection; },
    },
    application: {
      suspendApiCalculationUntilNextSync: () => log.suspendedCalculation++,
      suspendScreenUpdatingUntilNextSync: () => log.suspendedScreen++,
    },
  });
  root.workbook.sheet.used.isNullObject = false;
  for (const key of Object.keys(customs)) root.workbook.sheet.whole.customs[key].isNullObject = false;
  const sync = root.sync.bind(root);
  root.sync = async () => {
    log.syncs++;
    await sync();
  };
  const run: ExcelRun = (batch) => batch(root as unknown as Excel.RequestContext);
  return { workbook: new OfficeWorkbook(run), log };
}
