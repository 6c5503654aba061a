import type { CheckedRow, RosterReport } from './check-roster.js';
import { formatEuros, formatHours } from './format-number.js';
import { LEVEL_LABELS, SEVERITY_LABELS, SEVERITY_MARKS } from './labels.js';
import { pick, type Lang } from './lang.js';

const MAX_NAME = 28;

const TEXT = {
  fr: {
    title: (r: RosterReport) => `Contrôle de ${r.file}${r.sheet === null ? '' : ` (feuille « ${r.sheet} »)`}, en-tête ligne ${r.headerLine}`,
    unknown: 'Colonnes non reconnues, laissées telles quelles',
    noRows: 'Aucune ligne à contrôler.',
    columns: ['Ligne', 'Nom', 'Formation', 'Contrat', 'Contrôle', 'Heures fact.', 'Coût', 'Salaire min. 1er mois'],
    summary: 'Synthèse par règle',
    summaryColumns: ['Code', 'Nombre', 'Gravité', 'Règle'],
    totals: 'Totaux',
    totalRows: 'Lignes contrôlées',
    billable: 'Heures facturables',
    cost: 'Coût',
    unbilled: 'Heures non facturées',
  },
  en: {
    title: (r: RosterReport) => `Check of ${r.file}${r.sheet === null ? '' : ` (sheet "${r.sheet}")`}, header on line ${r.headerLine}`,
    unknown: 'Unrecognised columns, left as they are',
    noRows: 'No row to check.',
    columns: ['Line', 'Name', 'Cohort', 'Contract', 'Check', 'Billable h', 'Cost', 'Min. pay 1st month'],
    summary: 'Summary by rule',
    summaryColumns: ['Code', 'Count', 'Severity', 'Rule'],
    totals: 'Totals',
    totalRows: 'Rows checked',
    billable: 'Billable hours',
    cost: 'Cost',
    unbilled: 'Unbilled hours',
  },
} as const;

/** Columns whose cells are right-aligned (figures). */
const NUMERIC = new Set([0, 5, 6, 7]);

/** The human-readable report: one line per row with its findings below, a summary by rule, totals. */
export function formatTable(report: RosterReport, lang: Lang): string {
  const text = TEXT[lang];
  const out: string[] = [text.title(report), ''];
  if (report.unknownColumns.length > 0) {
    out.push(`${text.unknown}${colon(lang)} ${report.unknownColumns.map((c) => `${c.header} (${c.number})`).join(', ')}`, '');
  }
  if (report.rows.length === 0) out.push(text.noRows, '');
  else out.push(...rowsTable(report.rows, lang), '');

  if (report.summary.length > 0) {
    out.push(text.summary);
    const summaryRows = report.summary.map((s) => [s.code, String(s.count), SEVERITY_LABELS[lang][s.severity], pick(lang, s.title)]);
    out.push(...alignColumns([[...text.summaryColumns], ...summaryRows], new Set([1])).map((line) => `  ${line}`), '');
  }

  const t = report.totals;
  const levels = LEVEL_LABELS[lang];
  out.push(text.totals);
  const totals = [
    [text.totalRows, String(t.rows)],
    [levels.ok, String(t.ok)],
    [levels.warning, String(t.warning)],
    [levels.error, String(t.error)],
    [text.billable, formatHours(lang, t.billableHours)],
    [text.cost, formatEuros(lang, t.cost)],
    [text.unbilled, formatHours(lang, t.unbilledHours)],
  ];
  out.push(...alignColumns(totals, new Set([1])).map((line) => `  ${line}`));
  return `${out.join('\n')}\n`;
}

function rowsTable(rows: readonly CheckedRow[], lang: Lang): string[] {
  const table = [[...TEXT[lang].columns], ...rows.map((row) => rowCells(row, lang))];
  const lines = alignColumns(table, NUMERIC);
  const indent = ' '.repeat((lines[0]?.indexOf(TEXT[lang].columns[1]) ?? 0) + 2);
  const out = [lines[0] ?? ''];
  rows.forEach((row, i) => {
    out.push(lines[i + 1] ?? '');
    for (const finding of row.findings) {
      const message = pick(lang, { fr: finding.message, en: finding.messageEn });
      out.push(`${indent}${SEVERITY_MARKS[finding.severity]} ${finding.code}${colon(lang)} ${message} [${finding.ref}]`);
    }
  });
  return out;
}

function rowCells(row: CheckedRow, lang: Lang): string[] {
  return [
    String(row.line),
    personName(row),
    row.cohort || '—',
    [row.status, row.contractType].filter((part) => part !== '').join('-') || '—',
    LEVEL_LABELS[lang][row.level],
    formatHours(lang, row.billableHours),
    formatEuros(lang, row.cost),
    formatEuros(lang, row.minimumPay),
  ];
}

function personName(row: CheckedRow): string {
  const name = [row.lastName?.toLocaleUpperCase('fr-FR'), row.firstName].filter((part) => part).join(' ') || '—';
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

/** French puts a space before a colon. */
function colon(lang: Lang): string {
  return lang === 'en' ? ':' : ' :';
}

/** Pads every column to its widest cell, two spaces apart; trailing spaces trimmed. */
function alignColumns(table: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths: number[] = [];
  for (const row of table) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return table.map((row) =>
    row
      .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
