/** A cell, 0-based, absolute in its worksheet. */
export interface CellRef {
  row: number;
  column: number;
}

/** A rectangle of values, its top-left cell 0-based and absolute in its worksheet. */
export interface CellBlock extends CellRef {
  values: readonly (readonly (string | number | boolean)[])[];
}

/** The roster region around the selection, read at once. */
export interface RegionRead {
  sheet: string;
  /** Absolute 0-based position of values[0][0]. */
  top: number;
  left: number;
  values: unknown[][];
  /** An Excel table holding the selection, else the sheet's used range. */
  source: 'table' | 'usedRange';
}

/**
 * What the add-in needs from a workbook. Two implementations: the Office.js adapter
 * and an in-memory fake (tests, benchmark). Writes are batched by the implementation:
 * at most {@link WRITE_LIMITS} per round trip, with calculation and screen updating
 * suspended, so the number of round trips grows with cells / 10,000 (or bytes / 4 MB for long
 * texts), never per row.
 */
export interface WorkbookPort {
  /** The table holding the selection, else the used range of the active sheet; null on an empty sheet. */
  readRegion(): Promise<RegionRead | null>;
  writeBlocks(sheet: string, blocks: readonly CellBlock[]): Promise<void>;
  /** Replaces the add-in's error marks on the sheet by marks on these cells. */
  markCells(sheet: string, cells: readonly CellRef[]): Promise<void>;
  /** Removes the add-in's own marks (never the user's formats); returns how many mark groups went. */
  clearMarks(sheet: string): Promise<number>;
  /** Activates the sheet and selects columns `fromColumn..toColumn` of the row. */
  selectRow(sheet: string, row: number, fromColumn: number, toColumn: number): Promise<void>;
  /** Adds a sheet named `name` (or `name (2)`… when taken), writes the values from A1, formats date columns; returns its name. */
  addSheet(name: string, values: readonly (readonly (string | number | boolean)[])[], dateColumns: readonly number[]): Promise<string>;
}

/**
 * Most rows, cells and bytes written per round trip (issue 5 §2). The bytes stay under
 * Excel on the web's 5 MB per request, counted by an upper bound (see cellBytes).
 */
export const WRITE_LIMITS = { rows: 5_000, cells: 10_000, bytes: 4_000_000 } as const;

/**
 * Most cells read per round trip: Excel on the web answers at most 5 MB per sync, so a
 * chunk may hold about 50 bytes a cell (a generated roster takes about 7).
 */
export const READ_LIMITS = { cells: 100_000 } as const;
