import { RULES, type Severity } from '@alternance/domain';
import type { CheckedRow } from './check-sheet.js';

export interface FindingSummary {
  code: string;
  severity: Severity;
  /** The rule's French title, or the code when the catalogue does not know it. */
  title: string;
  /** Number of rows with this finding. */
  count: number;
  /** 0-based indexes (within the region) of those rows, in order. */
  rowIndexes: number[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Counts by rule code, worst first then most frequent: what the pane lists. */
export function summariseFindings(rows: readonly CheckedRow[]): FindingSummary[] {
  const byCode = new Map<string, FindingSummary>();
  for (const row of rows) {
    const seen = new Set<string>();
    for (const finding of row.findings) {
      if (seen.has(finding.code)) continue;
      seen.add(finding.code);
      let entry = byCode.get(finding.code);
      if (!entry) {
        const rule = (RULES as Record<string, { title: { fr: string } } | undefined>)[finding.code];
        entry = { code: finding.code, severity: finding.severity, title: rule?.title.fr ?? finding.code, count: 0, rowIndexes: [] };
        byCode.set(finding.code, entry);
      }
      entry.count++;
      entry.rowIndexes.push(row.rowIndex);
    }
  }
  return [...byCode.values()].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || b.count - a.count || a.code.localeCompare(b.code));
}
