import type { ContractCheck, Finding } from '../contracts/contract-input.js';
import { plainFinding } from '../findings/lazy-finding.js';
import type { RosterRow } from './read-roster.js';
import { ROSTER_COLUMNS, type RosterField } from './roster-columns.js';

/**
 * A row's findings for display: its unreadable cells first, then the rule engine's,
 * without the engine's MISSING_VALUE or INVALID_VALUE for a field whose cell was
 * unreadable (the cell's INVALID_VALUE already says what is wrong, and where). Given the sheet's columns, a
 * MISSING_VALUE whose column the header row lacks says so: the cell is not empty, the
 * column is absent (or its header not recognised), on every row.
 */
export function rowFindings(row: Pick<RosterRow, 'cellFindings'>, check: Pick<ContractCheck, 'findings'>, columns?: ReadonlyMap<RosterField, number>): Finding[] {
  const found = columns ? check.findings.map((finding) => withAbsentColumn(finding, columns)) : check.findings;
  if (row.cellFindings.length === 0) return found;
  const unreadable = new Set<string>();
  const findings: Finding[] = [];
  for (const { finding } of row.cellFindings) {
    findings.push(finding);
    if (finding.field !== undefined) unreadable.add(finding.field);
  }
  for (const finding of found) {
    if ((finding.code === 'MISSING_VALUE' || finding.code === 'INVALID_VALUE') && finding.field !== undefined && unreadable.has(finding.field)) continue;
    findings.push(finding);
  }
  return findings;
}

function withAbsentColumn(finding: Finding, columns: ReadonlyMap<RosterField, number>): Finding {
  if (finding.code !== 'MISSING_VALUE' || finding.field === undefined) return finding;
  const column = ROSTER_COLUMNS.find((c) => c.field === finding.field);
  if (!column || columns.has(column.field)) return finding;
  // The engine words its messages on demand (getters): copied, not spread.
  return {
    ...plainFinding(finding),
    message: `${finding.message} Aucune colonne « ${column.fr} » dans la ligne d’en-tête (ou son en-tête n’est pas reconnu).`,
    messageEn: `${finding.messageEn} No « ${column.en} » column in the header row (or its header is not recognised).`,
  };
}
