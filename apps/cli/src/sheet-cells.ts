/** One sheet of a roster file as rows of cell values, ready for readRoster. */
export interface SheetCells {
  /** Worksheet name (XLSX); null for a CSV file. */
  name: string | null;
  cells: unknown[][];
  /** 1-based line (CSV) or row (XLSX) number in the file of each entry of `cells`. */
  lines: number[];
}
