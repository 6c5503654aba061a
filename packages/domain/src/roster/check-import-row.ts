import { isIsoDate } from '../dates/iso-date.js';

/** One roster row as the import receives it (interfaces.md §3, `RosterImportRow`). */
export interface RosterImportRowInput {
  lastName?: string | null | undefined;
  firstName?: string | null | undefined;
  email?: string | null | undefined;
  birthDate?: string | null | undefined;
  cohort?: string | null | undefined;
  group?: string | null | undefined;
  status?: string | null | undefined;
  contractType?: string | null | undefined;
  requestDate?: string | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  company?: string | null | undefined;
  siret?: string | null | undefined;
  monthlyGrossPay?: number | null | undefined;
}

export type RosterImportField = keyof RosterImportRowInput;

/** A problem the import refuses, on one cell (`field`) of one row. */
export interface RosterImportIssue {
  code: 'BAD_USER_INPUT' | 'MISSING_VALUE' | 'DUPLICATE';
  field: RosterImportField;
  message: string;
}

/** The column each field comes from, in the words of the secretariat's sheets. */
export const ROSTER_IMPORT_LABELS: Record<RosterImportField, string> = {
  lastName: 'Nom',
  firstName: 'Prénom',
  email: 'E-mail',
  birthDate: 'Date de naissance',
  cohort: 'Formation',
  group: 'Groupe',
  status: 'Statut',
  contractType: 'Type de contrat',
  requestDate: 'Date de demande',
  startDate: 'Date de début',
  endDate: 'Date de fin',
  company: 'Entreprise',
  siret: 'SIRET',
  monthlyGrossPay: 'Salaire brut mensuel',
};

/** Fields without which a row cannot be imported: a student is matched by e-mail, a fiche needs its cohort, status and contract type. */
export const ROSTER_IMPORT_REQUIRED: readonly RosterImportField[] = ['lastName', 'firstName', 'email', 'cohort', 'status', 'contractType'];

const CONTRACT_TYPES = ['CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE', 'SANS'];
const STATUSES = ['FI', 'FC'];
const MAX_LENGTH: Partial<Record<RosterImportField, number>> = { lastName: 100, firstName: 100, email: 254, group: 40, company: 200 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** The e-mail a row is matched on: trimmed, lower case. */
export const rosterImportEmail = (row: RosterImportRowInput): string => (row.email ?? '').trim().toLowerCase();

/**
 * Every problem the roster import refuses in one row, in French, one per cell. The portal's
 * preview and the API's import both call it, so that the preview never announces an import
 * that the server then refuses. Optional cells left empty are not problems. `cohorts` are the
 * programme's cohort codes (reference data).
 */
export function checkRosterImportRow(row: RosterImportRowInput, options: { cohorts: readonly string[] }): RosterImportIssue[] {
  const issues: RosterImportIssue[] = [];
  const fail = (field: RosterImportField, message: string, code: RosterImportIssue['code'] = 'BAD_USER_INPUT') => {
    if (!issues.some((i) => i.field === field)) issues.push({ code, field, message });
  };
  for (const field of ROSTER_IMPORT_REQUIRED) {
    if (blank(row[field])) fail(field, `${ROSTER_IMPORT_LABELS[field]} manquant(e) : cette colonne est obligatoire.`, 'MISSING_VALUE');
  }
  for (const [field, max] of Object.entries(MAX_LENGTH) as [RosterImportField, number][]) {
    const value = row[field];
    if (typeof value === 'string' && value.trim().length > max) fail(field, `${ROSTER_IMPORT_LABELS[field]} : ${value.trim().length} caractères, ${max} au plus.`);
  }
  const email = rosterImportEmail(row);
  if (email && !EMAIL.test(email)) fail('email', `E-mail : « ${email} » n’est pas une adresse e-mail.`);
  for (const field of ['birthDate', 'requestDate', 'startDate', 'endDate'] as const) {
    const value = row[field];
    if (!blank(value) && !isIsoDate(String(value))) fail(field, `${ROSTER_IMPORT_LABELS[field]} : « ${value} » n’est pas une date valide.`);
  }
  if (row.startDate && row.endDate && isIsoDate(row.startDate) && isIsoDate(row.endDate) && row.endDate < row.startDate) {
    fail('endDate', `Date de fin : le ${row.endDate} précède la date de début (${row.startDate}).`);
  }
  if (!blank(row.cohort) && !options.cohorts.includes(String(row.cohort).trim())) fail('cohort', `Formation : « ${row.cohort} » n’est pas une formation du programme (${options.cohorts.join(', ')}).`);
  if (!blank(row.status) && !STATUSES.includes(String(row.status).trim())) fail('status', `Statut : « ${row.status} » n’est ni FI (formation initiale) ni FC (formation continue).`);
  if (!blank(row.contractType) && !CONTRACT_TYPES.includes(String(row.contractType).trim())) fail('contractType', `Type de contrat : « ${row.contractType} » n’est pas un type admis (${CONTRACT_TYPES.join(', ')}).`);
  if (!blank(row.siret) && !/^\d{14}$/.test(String(row.siret).replace(/\s/g, ''))) fail('siret', `SIRET : « ${row.siret} » ne compte pas 14 chiffres.`);
  const pay = row.monthlyGrossPay;
  if (pay !== null && pay !== undefined && (!Number.isFinite(pay) || pay < 0 || pay > 100_000)) fail('monthlyGrossPay', `Salaire brut mensuel : ${pay} € hors de l’intervalle 0–100 000 €.`);
  return issues;
}

/**
 * The problems of a whole roster: each row's, plus an e-mail given twice (the second row
 * is the one in error). Returned by row index, rows without problems left out. A long
 * roster can be checked in slices: pass the same `seen` map and each slice's `offset`.
 */
export function checkRosterImportRows(
  rows: readonly RosterImportRowInput[],
  options: { cohorts: readonly string[]; seen?: Map<string, number>; offset?: number },
): Map<number, RosterImportIssue[]> {
  const byIndex = new Map<number, RosterImportIssue[]>();
  const firstLine = options.seen ?? new Map<string, number>();
  rows.forEach((row, i) => {
    const index = (options.offset ?? 0) + i;
    const issues = checkRosterImportRow(row, options);
    const email = rosterImportEmail(row);
    if (email && !issues.some((i) => i.field === 'email')) {
      const first = firstLine.get(email);
      if (first !== undefined) issues.push({ code: 'DUPLICATE', field: 'email', message: `E-mail : ${email} figure déjà à la ligne ${first + 1} du tableau.` });
      else firstLine.set(email, index);
    }
    if (issues.length) byIndex.set(index, issues);
  });
  return byIndex;
}
