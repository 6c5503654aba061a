import type { CellFinding, Finding, RosterField } from '@alternance/domain';

/**
 * The cells of one row to mark in error: every unreadable cell, the cell of each
 * error's field, and the `Contrôle` cell for an error that names no mapped column
 * (a missing column, or a rule about the row as a whole). Warnings mark nothing: the
 * `Contrôle` column already says "Avertissement".
 */
export function markedColumns(
  cellFindings: readonly CellFinding[],
  findings: readonly Finding[],
  fieldColumns: ReadonlyMap<RosterField, number>,
  checkColumn: number,
): number[] {
  const columns = new Set<number>();
  for (const { column } of cellFindings) columns.add(column);
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    const column = finding.field === undefined ? undefined : fieldColumns.get(finding.field as RosterField);
    if (column !== undefined) columns.add(column);
    else if (!cellFindings.some((cell) => cell.finding === finding)) columns.add(checkColumn);
  }
  return [...columns].sort((a, b) => a - b);
}
