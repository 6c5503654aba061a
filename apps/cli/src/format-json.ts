import type { RosterReport } from './check-roster.js';
import { LEVEL_LABELS } from './labels.js';
import { pick, type Lang } from './lang.js';

/**
 * The report as one JSON document: the same data as the table, messages and rule
 * titles in `lang`, `result` as a stable 'ok' | 'warning' | 'error' for programs.
 */
export function formatJson(report: RosterReport, lang: Lang): string {
  const document = {
    file: report.file,
    sheet: report.sheet,
    headerLine: report.headerLine,
    lang,
    unknownColumns: report.unknownColumns,
    rows: report.rows.map((row) => ({
      line: row.line,
      lastName: row.lastName,
      firstName: row.firstName,
      company: row.company,
      cohort: row.cohort,
      status: row.status,
      contractType: row.contractType,
      result: row.level,
      check: LEVEL_LABELS[lang][row.level],
      findings: row.findings.map((finding) => ({
        code: finding.code,
        severity: finding.severity,
        field: finding.field ?? null,
        message: pick(lang, { fr: finding.message, en: finding.messageEn }),
        ref: finding.ref,
        ...(finding.window ? { window: finding.window } : {}),
        ...(finding.column ? { column: finding.column } : {}),
      })),
      billableHours: row.billableHours,
      cost: row.cost,
      unbilledHours: row.unbilledHours,
      minimumPay: row.minimumPay,
    })),
    summary: report.summary.map((rule) => ({ code: rule.code, severity: rule.severity, count: rule.count, title: pick(lang, rule.title) })),
    totals: report.totals,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
