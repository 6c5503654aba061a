import { normalizeHeader, parseCell, readRoster, ROSTER_COLUMNS, type RosterField } from '@alternance/domain';
import { serialOfIso } from '../roster/excel-serial.js';
import type { ApiRosterRow, ContractChangeInput } from './graphql-documents.js';

type Value = string | number | boolean;

/** Roster fields the API sends, in the order of interfaces.md §3. */
const FIELDS = ROSTER_COLUMNS.filter((column) =>
  ['lastName', 'firstName', 'birthDate', 'cohort', 'group', 'status', 'contractType', 'requestDate', 'validationDate', 'startDate', 'endDate',
    'repeating', 'professionalisationValidated', 'foreign', 'aptObtained', 'company', 'monthlyGrossPay',
    // The fiche's other facts (issue 9 §6): without them a pulled row re-raises warnings the office already cleared.
    'cproReason', 'stageAltApproved', 'smcMonthly', 'previousRatePercent',
    // §4.2.1, note 27: the apprentice's +15-point additions, without which a pulled row is checked against a lower minimum.
    'higherEducationDiploma', 'disabilityExtraYear'].includes(column.field),
);

/**
 * Columns after the roster that tie a row to its mission and keep the values as pulled,
 * so that the changes can be sent back from the sheet alone (after a save and reopen too).
 */
export const LINK_HEADERS = {
  state: 'État de la mission',
  missionId: 'Mission',
  missionVersion: 'Version de la mission',
  startDate: 'DDC importée',
  endDate: 'DFC importée',
  monthlyGrossPay: 'Salaire importé',
} as const;

export interface RosterSheet {
  values: Value[][];
  /** 0-based columns holding dates (as Excel serials). */
  dateColumns: number[];
}

/** The API's roster as sheet values: French headers, dates as Excel serials, booleans as oui/non. */
export function rosterToSheet(rows: readonly ApiRosterRow[]): RosterSheet {
  const header: Value[] = [...FIELDS.map((column) => column.fr), ...Object.values(LINK_HEADERS)];
  // The APT column holds the day it was obtained when known (§3.4, note 26: it must come before the DDC), formatted as a date.
  const dateColumns = FIELDS.flatMap((column, index) => (column.kind === 'date' || column.kind === 'permit' ? [index] : []));
  dateColumns.push(FIELDS.length + 3, FIELDS.length + 4);
  const values = rows.map((row): Value[] => [
    ...FIELDS.map((column) =>
      column.kind === 'permit' && row.aptObtained === true && row.aptObtainedOn ? cellOf(row.aptObtainedOn, 'date') : cellOf(row[column.field as keyof ApiRosterRow], column.kind),
    ),
    row.missionState, row.missionId, row.missionVersion, cellOf(row.startDate, 'date'), cellOf(row.endDate, 'date'), cellOf(row.monthlyGrossPay, 'number'),
  ]);
  return { values: [header, ...values], dateColumns };
}

function cellOf(value: unknown, kind: string): Value {
  if (value === null || value === undefined) return '';
  if (kind === 'date' && typeof value === 'string') return serialOfIso(value) ?? value;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return value as Value;
}

export interface SheetChanges {
  changes: ContractChangeInput[];
  /** 0-based row (within the values) of each change, same order. */
  rows: number[];
  /** Rows that cannot be sent, in French. */
  problems: { row: number; message: string }[];
}

/**
 * The corrected DDC, DFC and pay of a pulled roster: every row whose values differ from
 * those imported, with only the changed fields. Unreadable cells are reported, not sent.
 */
export function changesFromSheet(values: readonly (readonly unknown[])[]): SheetChanges | { error: string } {
  const roster = readRoster(values);
  if (!roster.ok) return { error: roster.error.message };
  const header = values[roster.headerRowIndex] ?? [];
  const find = (title: string): number => header.findIndex((cell) => normalizeHeader(cell) === normalizeHeader(title));
  const link = {
    missionId: find(LINK_HEADERS.missionId),
    missionVersion: find(LINK_HEADERS.missionVersion),
    startDate: find(LINK_HEADERS.startDate),
    endDate: find(LINK_HEADERS.endDate),
    monthlyGrossPay: find(LINK_HEADERS.monthlyGrossPay),
  };
  if (Object.values(link).some((index) => index < 0)) {
    return { error: `Cette feuille ne vient pas du serveur : il lui manque les colonnes ${Object.values(LINK_HEADERS).slice(1).join(', ')}. Importez d’abord le tableau depuis le serveur.` };
  }
  const result: SheetChanges = { changes: [], rows: [], problems: [] };
  for (const row of roster.rows) {
    const cells = values[row.rowIndex] ?? [];
    const missionId = parseCell('text', cells[link.missionId]);
    const version = parseCell('number', cells[link.missionVersion]);
    if (!missionId.ok || missionId.value === undefined || !version.ok || version.value === undefined) continue;
    const unreadable = row.cellFindings.filter(({ finding }) => ['startDate', 'endDate', 'monthlyGrossPay'].includes(finding.field ?? ''));
    if (unreadable.length > 0) {
      result.problems.push({ row: row.rowIndex, message: unreadable.map(({ finding }) => finding.message).join(' ') });
      continue;
    }
    const change: ContractChangeInput = { missionId: missionId.value, missionVersion: version.value };
    let changed = false;
    for (const field of ['startDate', 'endDate', 'monthlyGrossPay'] as const satisfies readonly RosterField[]) {
      const now = row.input[field];
      const before = parseCell(field === 'monthlyGrossPay' ? 'number' : 'date', cells[link[field]]);
      if (now === undefined || (before.ok && before.value === now)) continue;
      (change as unknown as Record<string, unknown>)[field] = now;
      changed = true;
    }
    if (changed) {
      result.changes.push(change);
      result.rows.push(row.rowIndex);
    }
  }
  return result;
}
