import { fileURLToPath } from 'node:url';
import { RULES } from '@alternance/domain';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const example = (name: string) => fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url));

/** Rules about a mission's workflow or a year's follow-up, which no roster column carries. */
const NOT_ROSTER_RULES = [
  'ALREADY_VALIDATED',
  'OFFER_REFERENCE_REQUIRED',
  // §3.2: a reference is known or not by the offers published, which a roster does not carry.
  'OFFER_REFERENCE_UNKNOWN',
  'CHECKLIST_OVERDUE',
  'TELEWORK_OVER_LIMIT',
  'VISIT_NOT_ON_COMPANY_DAY',
  'VISIT_OUT_OF_PERIOD',
  'VISIT_LATE',
  'ACADEMIC_TUTOR_NOT_ASSIGNED',
  'NEW_CONTRACT_TYPE_MUST_MATCH',
  'NEW_CONTRACT_SAME_OPA',
  // §2.1.2: the manager's derogation is recorded on a fiche, not in a roster column.
  'PROGRAM_CONTRACT_DEROGATION',
  // Livret d'alternance (issue 12 §3): sheets, grids and attachments, not roster columns.
  'LIVRET_NOT_AUTHOR',
  'LIVRET_SHEET_SUBMITTED',
  'LIVRET_GRID_INVALID',
  'LIVRET_GRID_INCOMPLETE',
  'LIVRET_ATTACHMENT_TYPE',
  'LIVRET_ATTACHMENT_TOO_LARGE',
  // Absences (issue 11 §3): rules of the justification flows, not of a contract row.
  'ABSENCE_JUSTIFICATION_LATE',
  'STOPPAGE_NOT_FROM_HOST',
  'STOPPAGE_DOES_NOT_COVER',
  'PROFESSIONAL_ABSENCE_TOO_LATE',
  'PROFESSIONAL_ABSENCE_NO_TRAINING',
  // Issue 13: the lifecycle's rules speak of extensions, repeated years and ruptures, not of a roster row.
  'EXTENSION_NOT_ALLOWED',
  'EXTENSION_LIMIT_REACHED',
  'EXTENSION_END_NOT_LATER',
  'EXTENSION_PROGRAMME_MISMATCH',
  'EXTENSION_COHORT_MISMATCH',
  'REPEAT_CONTRACT_MUST_BREAK',
  'RUPTURE_LAST_DAY_INVALID',
  // A company tutor's change (§3.1) is a contract's event, not a roster row.
  'TUTOR_CHANGE_AVENANT_REQUIRED',
  'TUTOR1_REMOVAL_NOT_ALLOWED',
  'TUTOR_CHANGE_NOTHING',
  'TUTOR_CHANGE_OUTSIDE_CONTRACT',
  'TUTOR_EMAIL_INVALID',
  'TUTOR_SAME_AS_OTHER',
];

interface JsonReport {
  rows: { line: number; lastName: string; result: string; findings: { code: string }[] }[];
}

describe('the bundled example rosters', () => {
  it('cover every contract rule code, and the CSV and the XLSX say the same', async () => {
    const csv = await runCli('check', example('roster-2025.csv'), '--format', 'json');
    const xlsx = await runCli('check', example('roster-2025.xlsx'), '--format', 'json');
    expect(csv.code).toBe(1);
    expect(xlsx.code).toBe(1);
    const fromCsv = JSON.parse(csv.stdout) as JsonReport;
    const fromXlsx = JSON.parse(xlsx.stdout) as JsonReport;
    expect(fromXlsx.rows).toEqual(fromCsv.rows);
    expect(fromCsv.rows).toHaveLength(34);

    const seen = new Set(fromCsv.rows.flatMap((r) => r.findings.map((f) => f.code)));
    const expected = Object.keys(RULES).filter((code) => !NOT_ROSTER_RULES.includes(code));
    expect([...seen].sort()).toEqual(expected.sort());
    expect(fromCsv.rows.filter((r) => r.result === 'ok').map((r) => r.lastName)).toEqual(['Martin', 'Bernard', 'Dubois', 'Lambert', 'Fontaine', 'Chevalier', 'Leroy', 'Faure', 'Roussel']);
  });
});
