import type { ContractInput, Finding } from '../contracts/contract-input.js';
import { makeFinding } from '../findings/make-finding.js';
import type { CellParse } from './cell-parse.js';
import { findHeaderRow, type RosterError } from './find-header-row.js';
import { isEmptyCell } from './is-empty-cell.js';
import type { HeaderMapping } from './map-headers.js';
import { CELL_PARSERS } from './parse-cell.js';
import { ROSTER_COLUMNS, type RosterField } from './roster-columns.js';
import { showCell } from './show-cell.js';
import { statusContractOfCell, type StatusContractOfCell } from './status-contract-cell.js';
import { CONTRACT_TYPES, STATUSES } from '../contracts/contract-input.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { findCohort } from '../reference-data/lookup.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { acceptedCohortWords, cohortOfCell, type CohortOfCell } from './cohort-cell.js';

/** Who a roster row is about: shown to people, never checked. */
export interface RosterPerson {
  lastName?: string;
  firstName?: string;
  company?: string;
}

/** A finding about one cell, with its 0-based column so that the add-in can mark it. */
export interface CellFinding {
  column: number;
  finding: Finding;
}

export interface RosterRow {
  /** 0-based index of the row in the `cells` given to {@link readRoster}. */
  rowIndex: number;
  /** The row as the rule engine reads it; an absent Formation/Statut/Contrat is ''. */
  input: ContractInput;
  person: RosterPerson;
  /** Unreadable cells (INVALID_VALUE); the field is then left out of `input`, except a Formation naming no cohort, kept as written. */
  cellFindings: CellFinding[];
}

export type ReadRosterResult =
  | ({ ok: true; headerRowIndex: number; rows: RosterRow[] } & HeaderMapping)
  | { ok: false; error: RosterError };

const PERSON_FIELDS: ReadonlySet<RosterField> = new Set(['lastName', 'firstName', 'company']);

/** French spellings of the L3I groups (interfaces.md §3). */
const GROUP_ALIASES: ReadonlyMap<string, string> = new Map([['CLASSIQUE', 'CLASSIC']]);

interface ColumnPlan {
  index: number;
  field: RosterField;
  /** The header as written in the sheet, for messages. */
  header: string;
  parse: (value: unknown) => CellParse<string | number | boolean>;
  person: boolean;
  /** Parses of the text values already met in this column: rosters repeat codes and dates. */
  seen: Map<string, CellParse<string | number | boolean>> | null;
}

const MAX_SEEN = 4096;

/**
 * Reads a roster sheet given as rows of cell values (interfaces.md §3): finds the
 * header row, then reads every row that has a value in a roster column. Unreadable
 * cells become INVALID_VALUE findings naming the column and the value. The Formation cell may
 * hold the office's words for a cohort (`cohortOfCell`, read against `referenceData`). Never throws.
 */
export function readRoster(cells: readonly (readonly unknown[])[], options: { referenceData?: ReferenceData } = {}): ReadRosterResult {
  const sheet = Array.isArray(cells) ? cells : [];
  const header = findHeaderRow(sheet);
  if (!header.ok) return { ok: false, error: isEmptySheet(sheet) ? EMPTY_SHEET : header.error };

  const headerRow = sheet[header.index] as readonly unknown[];
  const plan: ColumnPlan[] = [];
  for (const column of ROSTER_COLUMNS) {
    const index = header.mapping.columns.get(column.field);
    if (index === undefined) continue;
    plan.push({
      index,
      field: column.field,
      header: String(headerRow[index]).trim(),
      parse: CELL_PARSERS[column.kind],
      person: PERSON_FIELDS.has(column.field),
      seen: PERSON_FIELDS.has(column.field) ? null : new Map(),
    });
  }

  const words: WordsPlan = {
    status: plan.find((column) => column.field === 'status') ?? null,
    contractType: plan.find((column) => column.field === 'contractType') ?? null,
    seen: new Map(),
  };
  const cohortColumn = plan.find((column) => column.field === 'cohort');
  const cohorts: CohortPlan | null = cohortColumn ? { column: cohortColumn, data: options.referenceData ?? defaultReferenceData, seen: new Map() } : null;
  const rows: RosterRow[] = [];
  for (let rowIndex = header.index + 1; rowIndex < sheet.length; rowIndex++) {
    const row = sheet[rowIndex];
    if (!Array.isArray(row)) continue;
    const read = readRow(row, rowIndex, plan);
    if (read) {
      if (words.status !== null || words.contractType !== null) readGuideWords(read, words);
      if (cohorts !== null) readCohortWords(read, row[cohorts.column.index], cohorts);
      rows.push(read);
    }
  }
  return { ok: true, headerRowIndex: header.index, ...header.mapping, rows };
}

/** The row read, or null when none of its roster cells holds a value. */
function readRow(row: readonly unknown[], rowIndex: number, plan: readonly ColumnPlan[]): RosterRow | null {
  const input: ContractInput = { cohort: '', status: '', contractType: '' };
  const person: RosterPerson = {};
  const cellFindings: CellFinding[] = [];
  const target = input as unknown as Record<string, unknown>;
  let values = 0;
  for (const column of plan) {
    const raw: unknown = row[column.index];
    const parsed = parseCached(column, raw);
    if (!parsed.ok) {
      values++;
      cellFindings.push({ column: column.index, finding: unreadable(column, raw, parsed.reason) });
      continue;
    }
    let value = parsed.value;
    if (value === undefined) continue;
    values++;
    if (column.person) {
      person[column.field as keyof RosterPerson] = value as string;
      continue;
    }
    if (column.field === 'group') value = GROUP_ALIASES.get(value as string) ?? value;
    // §3.4, note 26: a day in the APT column is the day it was obtained (held from then on).
    if (column.field === 'aptObtained' && typeof value === 'string') {
      target.aptObtainedOn = value;
      value = true;
    }
    target[column.field] = value;
  }
  return values === 0 ? null : { rowIndex, input, person, cellFindings };
}

/** The Statut and Contrat columns, and what their texts say in the guide's words (once per text). */
interface WordsPlan {
  status: ColumnPlan | null;
  contractType: ColumnPlan | null;
  seen: Map<string, StatusContractOfCell | null>;
}

const CODES: ReadonlySet<string> = new Set<string>([...STATUSES, ...CONTRACT_TYPES]);

function wordsOf(text: unknown, plan: WordsPlan): StatusContractOfCell | null {
  if (typeof text !== 'string' || text === '' || CODES.has(text)) return null;
  let read = plan.seen.get(text);
  if (read === undefined) {
    read = statusContractOfCell(text);
    if (plan.seen.size < MAX_SEEN) plan.seen.set(text, read);
  }
  return read;
}

/**
 * §2.1, Tableaux 2–3: the Statut and Contrat cells may hold the guide's own words — the sigle
 * « FI-CAPP » (status and contract at once, in either column), « Formation continue »,
 * « Contrat d'apprentissage » — read as the codes. A sigle that contradicts the other column is
 * an unreadable cell (INVALID_VALUE on that column), never a silent choice.
 */
function readGuideWords(row: RosterRow, plan: WordsPlan): void {
  const input = row.input as unknown as Record<string, string>;
  const fromStatus = wordsOf(input.status, plan);
  const fromContract = wordsOf(input.contractType, plan);
  if (fromStatus === null && fromContract === null) return;
  const status = fromContract?.status ?? null;
  const contractType = fromStatus?.contractType ?? null;
  if (fromStatus?.status) input.status = fromStatus.status;
  if (fromContract?.contractType) input.contractType = fromContract.contractType;
  // A sigle in one column fills the other when empty, and must agree with it otherwise.
  if (contractType !== null) fillOrClash(row, input, 'contractType', contractType, plan.contractType, plan.status);
  if (status !== null) fillOrClash(row, input, 'status', status, plan.status, plan.contractType);
}

function fillOrClash(row: RosterRow, input: Record<string, string>, field: 'status' | 'contractType', value: string, column: ColumnPlan | null, from: ColumnPlan | null): void {
  const current = input[field];
  if (current === undefined || current === '') {
    input[field] = value;
    return;
  }
  if (current === value) return;
  const label = field === 'status' ? { fr: 'le statut', en: 'the status' } : { fr: 'le contrat', en: 'the contract' };
  const source = from?.header ?? '';
  input[field] = '';
  row.cellFindings.push({
    column: column?.index ?? from?.index ?? 0,
    finding: makeFinding('INVALID_VALUE', field, {
      fr: `Le sigle de la colonne « ${source} » dit ${value} pour ${label.fr}, la colonne « ${column?.header ?? ''} » dit ${current} (Tableau 3) : corrigez l’une des deux.`,
      en: `The sigle in column "${source}" says ${value} for ${label.en}, column "${column?.header ?? ''}" says ${current} (Tableau 3): correct one of them.`,
    }),
  });
}

/** The Formation column, the reference data its words are read against, and the texts already read. */
interface CohortPlan {
  column: ColumnPlan;
  data: ReferenceData;
  seen: Map<string, CohortOfCell>;
}

/**
 * A Formation cell in the office's words — the cohort's label as the portal shows it, the guide's
 * name of the programme (§1, Tableau 1) — read as the cohort's code; one naming no cohort, or
 * several, is an unreadable cell listing what the column accepts.
 */
function readCohortWords(row: RosterRow, raw: unknown, plan: CohortPlan): void {
  const input = row.input;
  const text = input.cohort;
  if (typeof text !== 'string' || text === '' || findCohort(plan.data, text)) return;
  const key = `${text}\u0000${input.startDate ?? ''}`;
  let read = plan.seen.get(key);
  if (read === undefined) {
    read = cohortOfCell(text, plan.data, input.startDate);
    if (plan.seen.size < MAX_SEEN) plan.seen.set(key, read);
  }
  if (read.ok) {
    input.cohort = read.code;
    return;
  }
  // Kept as written: the import check refuses it by name too (BAD_USER_INPUT), not as a missing value.
  row.cellFindings.push({ column: plan.column.index, finding: unknownCohort(plan, raw, read) });
}

function unknownCohort(plan: CohortPlan, raw: unknown, read: Extract<CohortOfCell, { ok: false }>): Finding {
  const header = plan.column.header;
  const shown = showCell(raw);
  if (read.reason === 'ambiguous') {
    const named = read.candidates.map((code) => `${code} (« ${plan.data.cohorts.find((c) => c.code === code)?.label ?? code} »)`).join(', ');
    return makeFinding('INVALID_VALUE', 'cohort', {
      fr: `Valeur ambiguë dans la colonne « ${header} » : « ${shown} » désigne plusieurs formations, ${named} ; écrivez le code ou le libellé de la bonne.`,
      en: `Ambiguous value in column "${header}": "${shown}" names several cohorts, ${named}; write the right one's code or label.`,
    });
  }
  const accepted = acceptedCohortWords(plan.data);
  const quoted = (values: readonly string[]) => values.map((v) => `« ${v} »`).join(', ');
  return makeFinding('INVALID_VALUE', 'cohort', {
    fr: `Valeur illisible dans la colonne « ${header} » : « ${shown} » n’est pas une formation du programme. Valeurs acceptées : un code (${accepted.codes.join(', ')}), un libellé (${quoted(accepted.labels)}) ou le nom d’une formation du guide (${quoted(accepted.programmes)}), suivi de son année au besoin (« M1 MIAGE 2025/2026 »).`,
    en: `Unreadable value in column "${header}": "${shown}" is not a cohort of the programme. Accepted values: a code (${accepted.codes.join(', ')}), a label (${quoted(accepted.labels)}) or the guide's name of a programme (${quoted(accepted.programmes)}), with its year when needed ("M1 MIAGE 2025/2026").`,
  });
}

function parseCached(column: ColumnPlan, raw: unknown): CellParse<string | number | boolean> {
  if (column.seen === null || typeof raw !== 'string') return column.parse(raw);
  let parsed = column.seen.get(raw);
  if (parsed === undefined) {
    parsed = column.parse(raw);
    if (column.seen.size < MAX_SEEN) column.seen.set(raw, parsed);
  }
  return parsed;
}

function unreadable(column: ColumnPlan, raw: unknown, reason: { fr: string; en: string }): Finding {
  const field = column.person ? undefined : (column.field as keyof ContractInput);
  const shown = showCell(raw);
  // §3.3.2: every value the rules need must be readable; the cell is named so that it can be fixed.
  return makeFinding('INVALID_VALUE', field, {
    fr: `Valeur illisible dans la colonne « ${column.header} » : « ${shown} » (${reason.fr}).`,
    en: `Unreadable value in column "${column.header}": "${shown}" (${reason.en}).`,
  });
}

const EMPTY_SHEET: RosterError = { code: 'EMPTY', message: 'La feuille est vide.', messageEn: 'The sheet is empty.' };

function isEmptySheet(sheet: readonly (readonly unknown[])[]): boolean {
  for (const row of sheet) {
    if (!Array.isArray(row)) continue;
    for (const cell of row) if (!isEmptyCell(cell)) return false;
  }
  return true;
}
