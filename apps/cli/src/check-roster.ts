import {
  parisDayOf,
  plainFinding,
  RULES,
  checkContracts,
  checkLevel,
  contractFigures,
  defaultReferenceData,
  rowFindings,
  type CheckLevel,
  type Finding,
  type ReferenceData,
  type Severity,
} from '@alternance/domain';
import type { Bilingual } from './lang.js';
import type { LoadedRoster } from './read-roster-file.js';

/** A finding as reported: the rule's, plus the cell it is about when a cell was unreadable. */
export interface ReportedFinding extends Finding {
  /** 1-based column of the unreadable cell, and its header as written. */
  column?: { number: number; header: string };
}

export interface CheckedRow {
  /** Line (CSV) or row (XLSX) number in the file. */
  line: number;
  lastName: string | null;
  firstName: string | null;
  company: string | null;
  cohort: string;
  status: string;
  contractType: string;
  level: CheckLevel;
  findings: ReportedFinding[];
  billableHours: number | null;
  cost: number | null;
  unbilledHours: number | null;
  /** Minimum gross pay of the first month (first pay segment), CAPP and CPRO only. */
  minimumPay: number | null;
}

export interface RuleSummary {
  code: string;
  severity: Severity;
  count: number;
  title: Bilingual;
}

export interface RosterReport {
  file: string;
  sheet: string | null;
  headerLine: number;
  unknownColumns: { number: number; header: string }[];
  rows: CheckedRow[];
  summary: RuleSummary[];
  totals: {
    rows: number;
    ok: number;
    warning: number;
    error: number;
    billableHours: number;
    cost: number;
    unbilledHours: number;
  };
}

/** Checks every row of a roster and adds hours, cost and minimum pay (interfaces.md §1, §3). */
export function checkRoster(loaded: LoadedRoster, referenceData: ReferenceData = defaultReferenceData): RosterReport {
  const { roster, lines } = loaded;
  // Today (Paris): APT_MISSING speaks only once a row's DDC is reached (§3.4, note 26).
  const checks = checkContracts(roster.rows.map((row) => row.input), { today: parisDayOf(new Date()), referenceData });
  const rows = roster.rows.map((row, i): CheckedRow => {
    const check = checks[i] ?? { findings: [] };
    const columnOf = new Map(row.cellFindings.map(({ column, finding }) => [finding, column]));
    const findings = rowFindings(row, check, roster.columns).map((finding): ReportedFinding => {
      const column = columnOf.get(finding);
      // The engine's findings word their messages on demand (getters): copied by plainFinding, not spread.
      return column === undefined ? finding : { ...plainFinding(finding), column: { number: column + 1, header: loaded.headers[column] ?? '' } };
    });
    const { input, person } = row;
    const figures = contractFigures(input, { referenceData });
    return {
      line: lines[row.rowIndex] ?? row.rowIndex + 1,
      lastName: person.lastName ?? null,
      firstName: person.firstName ?? null,
      company: person.company ?? null,
      cohort: input.cohort,
      status: input.status,
      contractType: input.contractType,
      level: checkLevel(findings),
      findings,
      ...figures,
    };
  });
  return {
    file: loaded.file,
    sheet: loaded.sheet,
    headerLine: lines[roster.headerRowIndex] ?? roster.headerRowIndex + 1,
    unknownColumns: roster.unknown.map(({ index, header }) => ({ number: index + 1, header })),
    rows,
    summary: summarise(rows),
    totals: totalise(rows),
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function summarise(rows: readonly CheckedRow[]): RuleSummary[] {
  const byCode = new Map<string, RuleSummary>();
  for (const row of rows) {
    for (const finding of row.findings) {
      const entry = byCode.get(finding.code);
      if (entry) entry.count++;
      else {
        const rule = (RULES as Record<string, { title: Bilingual } | undefined>)[finding.code];
        byCode.set(finding.code, { code: finding.code, severity: finding.severity, count: 1, title: rule?.title ?? { fr: finding.code, en: finding.code } });
      }
    }
  }
  return [...byCode.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count || a.code.localeCompare(b.code),
  );
}

function totalise(rows: readonly CheckedRow[]): RosterReport['totals'] {
  const totals = { rows: rows.length, ok: 0, warning: 0, error: 0, billableHours: 0, cost: 0, unbilledHours: 0 };
  for (const row of rows) {
    totals[row.level]++;
    totals.billableHours += row.billableHours ?? 0;
    totals.cost += row.cost ?? 0;
    totals.unbilledHours += row.unbilledHours ?? 0;
  }
  // Sums of rounded figures: round again so that 0.1 + 0.2 prints as 0.3.
  totals.billableHours = Math.round(totals.billableHours * 100) / 100;
  totals.cost = Math.round(totals.cost * 100) / 100;
  totals.unbilledHours = Math.round(totals.unbilledHours * 100) / 100;
  return totals;
}
