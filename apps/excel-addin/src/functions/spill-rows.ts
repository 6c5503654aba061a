import { invalidValue } from './function-error.js';
import { isOmitted } from './read-args.js';

/** A range argument as a list of values: one column, one row, or a single cell. */
export function asList(range: unknown, label: string): unknown[] {
  if (!Array.isArray(range)) return [range];
  if (range.length === 1 && Array.isArray(range[0])) return [...(range[0] as unknown[])];
  if (range.every((row) => Array.isArray(row) && row.length === 1)) return range.map((row) => (row as unknown[])[0]);
  throw invalidValue(`${label} : donnez une seule colonne (ou une seule ligne).`);
}

/**
 * Rows built from column arguments of the same length (a single cell or an omitted
 * optional argument applies to every row).
 */
export function zipColumns(columns: readonly { range: unknown; label: string }[]): ZippedRows {
  const lists = columns.map(({ range, label }) => (range === null || range === undefined ? [null] : asList(range, label)));
  const length = Math.max(...lists.map((list) => list.length));
  lists.forEach((list, i) => {
    if (list.length !== 1 && list.length !== length) {
      throw invalidValue(`${columns[i]?.label} : ${list.length} valeurs au lieu de ${length}, les colonnes doivent avoir la même hauteur.`);
    }
  });
  return {
    rows: Array.from({ length }, (_, row) => lists.map((list) => (list.length === 1 ? list[0] : list[row]))),
    perRow: lists.map((list) => length === 1 || list.length !== 1),
  };
}

export interface ZippedRows {
  rows: unknown[][];
  /** Which arguments vary by row (the others were one cell, applied to every row). */
  perRow: boolean[];
}

/**
 * One result column: `compute` on each row; a row with no value gives '' and a row with
 * a bad value gives #VALUE! in its own cell, so that one bad row does not hide the others.
 */
export function spill<T extends string | number>({ rows, perRow }: ZippedRows, compute: (row: unknown[]) => T): (T | string | Error | CustomFunctions.Error)[][] {
  return rows.map((row) => {
    if (row.every((value, i) => !perRow[i] || isOmitted(value))) return [''];
    try {
      return [compute(row)];
    } catch (error) {
      // Our own #VALUE! errors go in the cell as they are; anything else becomes one.
      return [isFunctionError(error) ? error : invalidValue(error instanceof Error ? error.message : String(error))];
    }
  });
}

function isFunctionError(error: unknown): error is Error | CustomFunctions.Error {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '#VALUE!';
}
