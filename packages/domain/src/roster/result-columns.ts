import type { ContractCheck } from '../contracts/contract-input.js';
import { checkLevel } from './check-level.js';
import { CHECK_LABELS, type ResultColumnHeader } from './roster-columns.js';

/** Figures computed beside the rule check, null where they do not apply. */
export interface RowResultExtras {
  billableHours: number | null;
  cost: number | null;
  unbilledHours: number | null;
  minimumPay: number | null;
}

/** One row's result cells, keyed by their French header (interfaces.md §3). */
export interface RowResult extends Record<ResultColumnHeader, string | number | null> {
  'Contrôle': (typeof CHECK_LABELS)[keyof typeof CHECK_LABELS];
  'Anomalies': string;
  'Heures facturables': number | null;
  'Coût (€)': number | null;
  'Heures non facturées': number | null;
  'Salaire minimum (€)': number | null;
}

/**
 * The result columns of one row, ready to write back: the check's verdict, its
 * findings as "CODE : message" separated by "; ", and the figures. Give
 * `rowFindings(row, check)` as the check's findings to include unreadable cells.
 */
export function formatRowResult(check: Pick<ContractCheck, 'findings'>, extras: RowResultExtras): RowResult {
  return {
    'Contrôle': CHECK_LABELS[checkLevel(check.findings)],
    'Anomalies': check.findings.map((finding) => `${finding.code} : ${finding.message}`).join('; '),
    'Heures facturables': extras.billableHours,
    'Coût (€)': extras.cost,
    'Heures non facturées': extras.unbilledHours,
    'Salaire minimum (€)': extras.minimumPay,
  };
}
