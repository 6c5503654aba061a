import {
  checkContracts,
  parisDayOf,
  checkLevel,
  contractFigures,
  formatRowResult,
  placeResultColumns,
  readRoster,
  RESULT_COLUMNS,
  rowFindings,
  type CheckLevel,
  type Finding,
  type ReferenceData,
  type ResultColumnHeader,
  type ResultColumnKey,
  type RosterError,
  type RosterField,
  type RowResult,
} from '@alternance/domain';
import { markedColumns } from './marked-columns.js';
import { referenceDataInUse } from '../reference/reference-data-in-use.js';

/** A result column and where it goes, 0-based within the region read. */
export interface PlacedResultColumn {
  key: ResultColumnKey;
  header: ResultColumnHeader;
  index: number;
}

export interface CheckedRow {
  /** 0-based index of the row within the region read. */
  rowIndex: number;
  level: CheckLevel;
  findings: Finding[];
  result: RowResult;
  /** 0-based columns (within the region) of the cells to mark in error. */
  marks: number[];
}

export type SheetCheck =
  | {
      ok: true;
      headerRowIndex: number;
      /** Number of rows of the region, header and blank rows included. */
      height: number;
      resultColumns: PlacedResultColumn[];
      rows: CheckedRow[];
      unknownColumns: { index: number; header: string }[];
    }
  | { ok: false; error: RosterError };

/**
 * Checks a roster region given as rows of raw cell values (interfaces.md §3): the whole
 * computation of "Vérifier le tableau", without Office. Never throws (readRoster and the
 * rule engine don't). The reference data is the one in use (the programme's when connected).
 */
export function checkSheet(values: readonly (readonly unknown[])[], referenceData: ReferenceData = referenceDataInUse().data): SheetCheck {
  const roster = readRoster(values, { referenceData });
  if (!roster.ok) return { ok: false, error: roster.error };
  let width = 0;
  for (const row of values) if (Array.isArray(row) && row.length > width) width = row.length;
  const placement = placeResultColumns(roster, width);
  const resultColumns = RESULT_COLUMNS.map((column) => ({ key: column.key, header: column.fr, index: placement.get(column.key) as number }));
  const checkIndex = placement.get('check') as number;
  const fieldColumns: ReadonlyMap<RosterField, number> = roster.columns;

  // Today (Paris): APT_MISSING speaks only once a row's DDC is reached (§3.4, note 26).
  const checks = checkContracts(roster.rows.map((row) => row.input), { today: parisDayOf(new Date()), referenceData });
  const rows = roster.rows.map((row, i): CheckedRow => {
    const findings = rowFindings(row, checks[i] ?? { findings: [] }, fieldColumns);
    const result = formatRowResult({ findings }, contractFigures(row.input, { referenceData }));
    return {
      rowIndex: row.rowIndex,
      level: checkLevel(findings),
      findings,
      result,
      marks: markedColumns(row.cellFindings, findings, fieldColumns, checkIndex),
    };
  });
  return { ok: true, headerRowIndex: roster.headerRowIndex, height: values.length, resultColumns, rows, unknownColumns: roster.unknown };
}
