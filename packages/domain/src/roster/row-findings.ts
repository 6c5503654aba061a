import type { ContractCheck, Finding } from '../contracts/contract-input.js';
import type { RosterRow } from './read-roster.js';

/**
 * A row's findings for display: its unreadable cells first, then the rule engine's,
 * without the engine's MISSING_VALUE for a field whose cell was unreadable (the
 * INVALID_VALUE already says what is wrong, and where).
 */
export function rowFindings(row: Pick<RosterRow, 'cellFindings'>, check: Pick<ContractCheck, 'findings'>): Finding[] {
  if (row.cellFindings.length === 0) return check.findings;
  const unreadable = new Set<string>();
  const findings: Finding[] = [];
  for (const { finding } of row.cellFindings) {
    findings.push(finding);
    if (finding.field !== undefined) unreadable.add(finding.field);
  }
  for (const finding of check.findings) {
    if (finding.code === 'MISSING_VALUE' && finding.field !== undefined && unreadable.has(finding.field)) continue;
    findings.push(finding);
  }
  return findings;
}
