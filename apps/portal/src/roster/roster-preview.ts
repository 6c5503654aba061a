import {
  checkContracts,
  checkLevel,
  checkRosterImportRows,
  defaultReferenceData,
  normalizeHeader,
  parisDayOf,
  readRoster,
  rowFindings,
  type CheckLevel,
  type Finding,
  type ReferenceData,
  type RosterImportIssue,
} from '@alternance/domain';
import type { RosterImportRow } from '../gql/graphql';

export interface PreviewRow {
  /** 0-based position among the imported rows (the API's `index`). */
  index: number;
  /** 1-based line of the sheet, as people see it in their spreadsheet. */
  line: number;
  lastName: string;
  firstName: string;
  email: string;
  cohort: string;
  contractType: string;
  status: string;
  siret: string;
  findings: Finding[];
  /** What the import would refuse in this row, cell by cell (the same check as the API's). */
  issues: RosterImportIssue[];
  /** The row cannot be imported as it is: a refused or unreadable cell. */
  blocked: boolean;
  level: CheckLevel;
  /** What the API receives. */
  importRow: RosterImportRow;
}

export type PreviewResult = { ok: true; rows: PreviewRow[]; missingColumns: string[] } | { ok: false; message: string };

// Neither the roster columns of interfaces.md §3 nor the domain know emails and SIRETs:
// the import needs them to match students and OPAs (RosterImportRow).
const EMAIL_HEADERS = new Set(['Email', 'E-mail', 'Mail', 'Courriel', 'Adresse e-mail', 'Adresse électronique'].map(normalizeHeader));
const SIRET_HEADERS = new Set(['SIRET', 'SIRET de l’OPA', 'N° SIRET'].map(normalizeHeader));

function columnOf(header: readonly unknown[], names: ReadonlySet<string>): number {
  return header.findIndex((h) => names.has(normalizeHeader(h)));
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Reads a sheet with the domain (header mapping, cell parsing), then checks every row with
 * the domain's rules in chunks, reporting progress so that a 5,000-row file keeps the page
 * responsive. Each row carries its findings and the row to import.
 */
export async function previewRoster(
  cells: readonly (readonly unknown[])[],
  options: { referenceData?: ReferenceData; today?: string; chunk?: number; onProgress?: (done: number, total: number) => void; yieldToUi?: () => Promise<void> } = {},
): Promise<PreviewResult> {
  // The Formation column's words (a cohort's label, the guide's programme names) read against the programme's data.
  const roster = readRoster(cells, options.referenceData ? { referenceData: options.referenceData } : {});
  if (!roster.ok) return { ok: false, message: roster.error.message };
  const header = cells[roster.headerRowIndex] ?? [];
  const emailColumn = columnOf(header, EMAIL_HEADERS);
  const siretColumn = columnOf(header, SIRET_HEADERS);
  // A column the import needs but the sheet lacks: said once, above the table (each row also shows its empty cell).
  const missingColumns = emailColumn < 0 ? ['E-mail'] : [];
  const cohorts = (options.referenceData ?? defaultReferenceData).cohorts.map((c) => c.code);
  const seen = new Map<string, number>();
  const chunk = options.chunk ?? 250;
  const rows: PreviewRow[] = [];
  const total = roster.rows.length;
  for (let start = 0; start < total; start += chunk) {
    const slice = roster.rows.slice(start, start + chunk);
    const checks = checkContracts(
      slice.map((r) => r.input),
      // Today (Paris): APT_MISSING speaks only once a row's DDC is reached (§3.4, note 26).
      { ...(options.referenceData ? { referenceData: options.referenceData } : {}), today: options.today ?? parisDayOf(new Date()) },
    );
    const prepared: { r: (typeof slice)[number]; i: number; importRow: RosterImportRow; email: string; siret: string }[] = [];
    slice.forEach((r, i) => {
      const sheetRow = cells[r.rowIndex] ?? [];
      const email = emailColumn >= 0 ? text(sheetRow[emailColumn]) : '';
      const siret = siretColumn >= 0 ? text(sheetRow[siretColumn]).replace(/\s+/g, '') : '';
      const input = r.input;
      const importRow: RosterImportRow = {
        lastName: r.person.lastName ?? '',
        firstName: r.person.firstName ?? '',
        email,
        cohort: input.cohort,
        status: String(input.status),
        contractType: String(input.contractType),
      };
      if (input.group) importRow.group = input.group;
      if (input.birthDate) importRow.birthDate = input.birthDate;
      if (input.requestDate) importRow.requestDate = input.requestDate;
      if (input.startDate) importRow.startDate = input.startDate;
      if (input.endDate) importRow.endDate = input.endDate;
      if (input.repeating !== undefined) importRow.repeating = input.repeating;
      if (input.professionalisationValidated !== undefined) importRow.professionalisationValidated = input.professionalisationValidated;
      if (input.foreign !== undefined) importRow.foreign = input.foreign;
      if (input.aptObtained !== undefined) importRow.aptObtained = input.aptObtained;
      if (input.monthlyGrossPay !== undefined) importRow.monthlyGrossPay = input.monthlyGrossPay;
      if (r.person.company) importRow.company = r.person.company;
      if (siret) importRow.siret = siret;
      prepared.push({ r, i, importRow, email, siret });
    });
    const issues = checkRosterImportRows(prepared.map((p) => p.importRow), { cohorts, seen, offset: rows.length });
    prepared.forEach(({ r, i, importRow, email, siret }) => {
      const input = r.input;
      const findings = rowFindings(r, checks[i] ?? { findings: [] }, roster.columns);
      const rowIssues = issues.get(rows.length) ?? [];
      rows.push({
        index: rows.length,
        line: r.rowIndex + 1,
        lastName: importRow.lastName,
        firstName: importRow.firstName,
        email,
        cohort: input.cohort,
        contractType: String(input.contractType),
        status: String(input.status),
        siret,
        findings,
        issues: rowIssues,
        blocked: rowIssues.length > 0 || r.cellFindings.length > 0,
        level: rowIssues.length ? 'error' : checkLevel(findings),
        importRow,
      });
    });
    options.onProgress?.(Math.min(start + chunk, total), total);
    await (options.yieldToUi?.() ?? Promise.resolve());
  }
  return { ok: true, rows, missingColumns };
}
