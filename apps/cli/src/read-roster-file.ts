import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readRoster, type ReadRosterResult, type ReferenceData } from '@alternance/domain';
import { CliError } from './cli-error.js';
import { decodeText } from './decode-text.js';
import { detectDelimiters } from './detect-delimiters.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import type { SheetCells } from './sheet-cells.js';

export type RosterRead = Extract<ReadRosterResult, { ok: true }>;

/** A roster read from a file, with where each row came from. */
export interface LoadedRoster {
  file: string;
  /** The worksheet read (XLSX), null for CSV. */
  sheet: string | null;
  roster: RosterRead;
  /** 1-based line/row number in the file of each index of the sheet's cells. */
  lines: number[];
  /** The header row's cells as text, as written. */
  headers: string[];
}

/**
 * Reads a roster from a CSV or XLSX file, its Formation words against `referenceData` (the
 * programme's when given). Throws a CliError for a missing or unreadable file, an unknown
 * format, or a sheet without a header row.
 */
export async function readRosterFile(path: string, referenceData?: ReferenceData): Promise<LoadedRoster> {
  const bytes = await readBytes(path);
  const extension = extname(path).toLowerCase();
  const options = referenceData ? { referenceData } : {};
  if (extension === '.csv') return fromCsv(path, bytes, options);
  if (extension === '.xlsx') return fromXlsx(path, bytes, options);
  throw new CliError({
    fr: `format inconnu : ${path} (attendu : .csv ou .xlsx)`,
    en: `unknown format: ${path} (expected .csv or .xlsx)`,
  });
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError({ fr: `fichier introuvable : ${path}`, en: `file not found: ${path}` }, { cause: error });
    throw new CliError({ fr: `lecture impossible : ${path} (${code ?? String(error)})`, en: `cannot read: ${path} (${code ?? String(error)})` }, { cause: error });
  }
}

function fromCsv(path: string, bytes: Uint8Array, options: { referenceData?: ReferenceData }): LoadedRoster {
  const text = decodeText(bytes);
  if (text === null) throw unreadable(path, 'CSV');
  let firstFailure: ReadRosterResult | null = null;
  let parseError: unknown = null;
  for (const delimiter of detectDelimiters(text)) {
    let sheet: SheetCells;
    try {
      sheet = readCsv(text, delimiter);
    } catch (error) {
      parseError ??= error;
      continue;
    }
    const roster = readRoster(sheet.cells, options);
    if (roster.ok) return loaded(path, sheet, roster);
    firstFailure ??= roster;
  }
  if (firstFailure && !firstFailure.ok) throw noRoster(path, firstFailure.error);
  throw unreadable(path, 'CSV', parseError);
}

async function fromXlsx(path: string, bytes: Uint8Array, options: { referenceData?: ReferenceData }): Promise<LoadedRoster> {
  let sheets: SheetCells[];
  try {
    sheets = await readXlsx(bytes);
  } catch (error) {
    throw unreadable(path, 'XLSX', error);
  }
  let firstFailure: Extract<ReadRosterResult, { ok: false }> | null = null;
  for (const sheet of sheets) {
    const roster = readRoster(sheet.cells, options);
    if (roster.ok) return loaded(path, sheet, roster);
    // A sheet with content but no header tells more than an empty one.
    if (firstFailure === null || (firstFailure.error.code === 'EMPTY' && roster.error.code !== 'EMPTY')) firstFailure = roster;
  }
  if (firstFailure) throw noRoster(path, firstFailure.error);
  throw noRoster(path, { message: 'Le classeur ne contient aucune feuille.', messageEn: 'The workbook has no worksheet.' });
}

function loaded(path: string, sheet: SheetCells, roster: RosterRead): LoadedRoster {
  const headerRow = sheet.cells[roster.headerRowIndex] ?? [];
  const headers = Array.from(headerRow, (cell) => (typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim() : ''));
  return { file: path, sheet: sheet.name, roster, lines: sheet.lines, headers };
}

function unreadable(path: string, format: string, cause?: unknown): CliError {
  const detail = cause instanceof Error ? ` (${cause.message.split('\n')[0]})` : '';
  return new CliError(
    { fr: `contenu illisible, ce n'est pas un fichier ${format} valide : ${basename(path)}${detail}`, en: `unreadable content, not a valid ${format} file: ${basename(path)}${detail}` },
    { cause },
  );
}

function noRoster(path: string, error: { message: string; messageEn: string }): CliError {
  return new CliError({ fr: `${path} : ${error.message}`, en: `${path}: ${error.messageEn}` });
}
