import type { CellParse } from './cell-parse.js';
import { parseBooleanCell } from './parse-boolean-cell.js';
import { parseDateCell } from './parse-date-cell.js';
import { parseEnumCell } from './parse-enum-cell.js';
import { parseNumberCell } from './parse-number-cell.js';
import { parsePermitCell } from './parse-permit-cell.js';
import { parseTextCell } from './parse-text-cell.js';
import type { RosterColumnKind } from './roster-columns.js';

/** What each kind of roster column reads to. */
export interface CellValueOfKind {
  text: string;
  enum: string;
  date: string;
  boolean: boolean;
  number: number;
  /** Yes/no, or the ISO day it was obtained (the APT, §3.4 note 26). */
  permit: boolean | string;
}

export const CELL_PARSERS: { readonly [K in RosterColumnKind]: (value: unknown) => CellParse<CellValueOfKind[K]> } = {
  text: parseTextCell,
  enum: parseEnumCell,
  date: parseDateCell,
  boolean: parseBooleanCell,
  number: parseNumberCell,
  permit: parsePermitCell,
};

/** A cell read as a column of `kind` would read it (interfaces.md §3). Never throws. */
export function parseCell<K extends RosterColumnKind>(kind: K, value: unknown): CellParse<CellValueOfKind[K]> {
  return CELL_PARSERS[kind](value);
}
