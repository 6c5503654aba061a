import type { CheckLevel } from '@alternance/domain';
import { checkSheet } from '../roster/check-sheet.js';
import { resultBlocks } from '../roster/result-blocks.js';
import { summariseFindings, type FindingSummary } from '../roster/summarise-findings.js';
import type { WorkbookPort } from '../workbook/workbook-port.js';
import { failureMessage } from './failure-message.js';

/** A row the pane can link to: its sheet row (0-based) and who it is about. */
export interface RowLink {
  row: number;
  label: string;
}

export interface VerifySummary extends Omit<FindingSummary, 'rowIndexes'> {
  rows: RowLink[];
}

export type VerifyOutcome =
  | {
      ok: true;
      sheet: string;
      /** First and last column of the roster with its results, 0-based absolute, for row selection. */
      columns: { from: number; to: number };
      counts: Record<CheckLevel, number> & { rows: number };
      summary: VerifySummary[];
      unknownColumns: string[];
      markedCells: number;
    }
  | { ok: false; message: string };

/**
 * "Vérifier le tableau": one read of the region around the selection, the rules of
 * @alternance/domain on every row, the result columns written back in batches, the
 * cells in error marked, and the summary the pane lists. Never throws: any failure of
 * the host comes back as a French message.
 */
export async function verifyTable(port: WorkbookPort): Promise<VerifyOutcome> {
  try {
    const region = await port.readRegion();
    if (!region) return { ok: false, message: 'La feuille est vide : sélectionnez une cellule du tableau à vérifier.' };
    const check = checkSheet(region.values);
    if (!check.ok) return { ok: false, message: check.error.message };

    const blocks = resultBlocks(check).map((block) => ({ ...block, row: region.top + block.row, column: region.left + block.column }));
    await port.writeBlocks(region.sheet, blocks);

    const marks = check.rows.flatMap((row) => row.marks.map((column) => ({ row: region.top + row.rowIndex, column: region.left + column })));
    await port.markCells(region.sheet, marks);

    const counts = { rows: check.rows.length, ok: 0, warning: 0, error: 0 };
    for (const row of check.rows) counts[row.level]++;
    const labels = rowLabels(region.values, check);
    const summary = summariseFindings(check.rows).map(({ rowIndexes, ...entry }) => ({
      ...entry,
      rows: rowIndexes.map((index) => ({ row: region.top + index, label: labels(index) })),
    }));
    const lastResult = Math.max(...check.resultColumns.map((column) => column.index));
    return {
      ok: true,
      sheet: region.sheet,
      columns: { from: region.left, to: region.left + Math.max(lastResult, (region.values[0]?.length ?? 1) - 1) },
      counts,
      summary,
      unknownColumns: check.unknownColumns.map((column) => column.header),
      markedCells: marks.length,
    };
  } catch (error) {
    return { ok: false, message: failureMessage('La vérification a échoué', error) };
  }
}

/** "Ligne 12 — DUPONT Marie", from the name columns when the roster has them. */
function rowLabels(values: readonly (readonly unknown[])[], check: Extract<ReturnType<typeof checkSheet>, { ok: true }>) {
  const header = values[check.headerRowIndex] ?? [];
  const find = (names: readonly string[]): number =>
    header.findIndex((cell) => typeof cell === 'string' && names.includes(cell.trim().toLowerCase()));
  const last = find(['nom', 'last name']);
  const first = find(['prénom', 'prenom', 'first name']);
  return (rowIndex: number): string => {
    const row = values[rowIndex] ?? [];
    const name = [last >= 0 ? row[last] : '', first >= 0 ? row[first] : ''].filter((part) => part !== '' && part !== undefined && part !== null).join(' ');
    return name === '' ? '' : String(name);
  };
}
