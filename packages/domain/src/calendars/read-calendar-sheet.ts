import { dayOfWeek, fromDayNumber, isoFromParts, toDayNumber, type IsoDate } from '../dates/iso-date.js';
import type { HalfDayKind } from '../reference-data/reference-data.js';
import type { CalendarRow } from './generated-calendar.js';

/** French label of each kind, as the office writes it in its spreadsheets and the exports show it. */
export const HALF_DAY_KIND_LABELS: Record<HalfDayKind, string> = {
  TRAINING: 'Formation',
  COMPANY: 'Entreprise',
  REVISION: 'Révision',
  VACATION: 'Vacances',
  PUBLIC_HOLIDAY: 'Férié',
  REST: 'Repos',
};

const normalise = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/[’']/g, '');

/**
 * Words accepted for each kind: the codes, the French labels, the office's one-letter
 * codes, and the guide's period names (a blocked week is training, the end of the year
 * is company time, §2.2.1).
 */
const KIND_WORDS: Record<string, HalfDayKind> = {};
for (const [kind, words] of Object.entries({
  TRAINING: ['training', 'formation', 'f', 'cours', 'semaine bloquee', 'bloquee', 'sb'],
  COMPANY: ['company', 'entreprise', 'e', 'opa', 'fin dannee', 'fin d annee'],
  REVISION: ['revision', 'revisions', 'r'],
  VACATION: ['vacation', 'vacances', 'v'],
  PUBLIC_HOLIDAY: ['public_holiday', 'ferie', 'jour ferie', 'jf'],
  REST: ['rest', 'repos', '-', ''],
})) {
  for (const word of words) KIND_WORDS[word] = kind as HalfDayKind;
}

/** The kind a spreadsheet cell names, or null. An empty cell is REST (weekends are left blank). */
export function readHalfDayKind(cell: unknown): HalfDayKind | null {
  if (cell === null || cell === undefined) return 'REST';
  return KIND_WORDS[normalise(String(cell))] ?? null;
}

const EXCEL_EPOCH = toDayNumber('1899-12-30') as number;

/** A cell as a date: a Date, an ISO date, dd/mm/yyyy, or an Excel serial day number. */
export function readSheetDate(cell: unknown): IsoDate | null {
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 100_000) return fromDayNumber(EXCEL_EPOCH + cell);
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (toDayNumber(text.slice(0, 10)) !== null && /^\d{4}-\d{2}-\d{2}/.test(text)) return text.slice(0, 10);
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (fr) {
    const iso = isoFromParts(Number(fr[3]), Number(fr[2]), Number(fr[1]));
    return toDayNumber(iso) === null ? null : iso;
  }
  return null;
}

export interface SheetRowError {
  /** 1-based row of the sheet (the header is row 1). */
  row: number;
  field: string;
  message: string;
}

export interface CalendarSheet {
  format: 'DAYS' | 'WEEKS';
  rows: CalendarRow[];
  errors: SheetRowError[];
}

const DAY_NAMES = ['dim', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam'];

function describe(cell: unknown): string {
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '');
}

/**
 * Reads a calendar spreadsheet (its cells, header first) into one row per day, with an
 * error per bad cell naming its row and column, in French. Two layouts are accepted:
 *
 * - DAYS: columns « Date », « Matin », « Après-midi » (one row per date);
 * - WEEKS: the office's grid, one row per week: « Semaine du » (the Monday) then two
 *   columns per day, Monday to Sunday (or to Saturday), morning then afternoon.
 *
 * All or nothing is the caller's: any error means nothing should be imported.
 */
export function readCalendarSheet(cells: readonly (readonly unknown[])[]): CalendarSheet {
  const header = (cells[0] ?? []).map((c) => normalise(String(c ?? '')));
  const errors: SheetRowError[] = [];
  const rows: CalendarRow[] = [];
  const seen = new Map<IsoDate, number>();
  const push = (row: CalendarRow, line: number, field: string): void => {
    const previous = seen.get(row.date);
    if (previous !== undefined) errors.push({ row: line, field, message: `Date ${row.date} déjà donnée ligne ${previous}.` });
    else {
      seen.set(row.date, line);
      rows.push(row);
    }
  };
  const kind = (cell: unknown, line: number, field: string): HalfDayKind | null => {
    const k = readHalfDayKind(cell);
    if (k === null) errors.push({ row: line, field, message: `Type de demi-journée inconnu « ${describe(cell)} » (attendu : ${Object.values(HALF_DAY_KIND_LABELS).join(', ')}).` });
    return k;
  };
  const dateColumn = header.findIndex((h) => h === 'date' || h === 'jour');
  if (dateColumn >= 0) {
    const am = header.findIndex((h) => h === 'matin' || h === 'am');
    const pm = header.findIndex((h) => h === 'apres-midi' || h === 'apres midi' || h === 'pm');
    if (am < 0 || pm < 0) return { format: 'DAYS', rows: [], errors: [{ row: 1, field: am < 0 ? 'Matin' : 'Après-midi', message: `Colonne « ${am < 0 ? 'Matin' : 'Après-midi'} » absente de l’en-tête.` }] };
    cells.slice(1).forEach((cellsOfRow, i) => {
      const line = i + 2;
      if (cellsOfRow.every((c) => c === null || c === undefined || String(c).trim() === '')) return;
      const date = readSheetDate(cellsOfRow[dateColumn]);
      if (date === null) {
        errors.push({ row: line, field: 'Date', message: `Date illisible « ${describe(cellsOfRow[dateColumn])} » (attendu : AAAA-MM-JJ ou JJ/MM/AAAA).` });
        return;
      }
      const a = kind(cellsOfRow[am], line, 'Matin');
      const p = kind(cellsOfRow[pm], line, 'Après-midi');
      if (a && p) push({ date, am: a, pm: p }, line, 'Date');
    });
    return { format: 'DAYS', rows, errors };
  }
  if (header[0]?.startsWith('semaine')) {
    const days = Math.min(7, Math.floor((header.length - 1) / 2));
    if (days < 5) return { format: 'WEEKS', rows: [], errors: [{ row: 1, field: 'Semaine du', message: 'La grille doit avoir deux colonnes (matin, après-midi) par jour, du lundi au vendredi au moins.' }] };
    cells.slice(1).forEach((cellsOfRow, i) => {
      const line = i + 2;
      if (cellsOfRow.every((c) => c === null || c === undefined || String(c).trim() === '')) return;
      const monday = readSheetDate(cellsOfRow[0]);
      const mondayDay = monday === null ? null : toDayNumber(monday);
      if (mondayDay === null) {
        errors.push({ row: line, field: 'Semaine du', message: `Date illisible « ${describe(cellsOfRow[0])} ».` });
        return;
      }
      if (dayOfWeek(mondayDay) !== 1) {
        errors.push({ row: line, field: 'Semaine du', message: `${monday} n’est pas un lundi.` });
        return;
      }
      for (let d = 0; d < days; d += 1) {
        const name = DAY_NAMES[(d + 1) % 7] as string;
        const a = kind(cellsOfRow[1 + 2 * d], line, `${name} matin`);
        const p = kind(cellsOfRow[2 + 2 * d], line, `${name} après-midi`);
        if (a && p) push({ date: fromDayNumber(mondayDay + d), am: a, pm: p }, line, 'Semaine du');
      }
    });
    return { format: 'WEEKS', rows, errors };
  }
  return { format: 'DAYS', rows: [], errors: [{ row: 1, field: 'Date', message: 'En-tête non reconnu : attendu « Date, Matin, Après-midi » (une ligne par date) ou « Semaine du » puis deux colonnes par jour (grille).' }] };
}
