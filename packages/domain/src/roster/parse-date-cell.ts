import type { IsoDate } from '../dates/iso-date.js';
import { civilDate, civilDateOfDay } from './civil-date.js';
import { excelSerialToDayNumber } from './excel-serial-to-day-number.js';
import { ABSENT, type CellParse, type CellReason } from './cell-parse.js';
import { isEmptyCell } from './is-empty-cell.js';

const UNREADABLE: CellReason = {
  fr: 'attendu : une date jj/mm/aaaa, AAAA-MM-JJ ou une date Excel',
  en: 'expected: a dd/mm/yyyy or YYYY-MM-DD date, or an Excel date',
};
const IMPOSSIBLE: CellReason = { fr: 'cette date n’existe pas', en: 'this date does not exist' };
const OUT_OF_RANGE: CellReason = { fr: 'numéro de date Excel hors limites', en: 'Excel date serial out of range' };

/** YYYY-MM-DD, optionally followed by a time; never captures a 4th group, unlike FRENCH. */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\S*)?$/;
/** d/m/yyyy with `/`, `-` or `.`, the same separator twice, optionally followed by a time (Excel CSV exports). */
const FRENCH = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * A date cell as an ISO date: an Excel serial (integer or with a time fraction), a JS
 * Date (its UTC calendar date, as exceljs gives them), `dd/mm/yyyy` (also `d/m/yyyy`,
 * `dd-mm-yyyy`, `dd.mm.yyyy`) or `YYYY-MM-DD` (a `T…` time part is ignored).
 * Impossible dates (31/02/2025) are refused.
 */
export function parseDateCell(value: unknown): CellParse<IsoDate> {
  if (typeof value === 'string') return parseDateText(value);
  if (typeof value === 'number') {
    const day = excelSerialToDayNumber(value);
    const iso = day === null ? null : civilDateOfDay(day);
    return iso === null ? { ok: false, reason: OUT_OF_RANGE } : { ok: true, value: iso };
  }
  if (value instanceof Date) {
    const time = value.getTime();
    const iso = Number.isNaN(time) ? null : civilDateOfDay(Math.floor(time / 86_400_000));
    return iso === null ? { ok: false, reason: UNREADABLE } : { ok: true, value: iso };
  }
  return isEmptyCell(value) ? ABSENT : { ok: false, reason: UNREADABLE };
}

function parseDateText(value: string): CellParse<IsoDate> {
  const text = value.trim();
  if (text === '') return ABSENT;
  const match = FRENCH.exec(text) ?? ISO.exec(text);
  if (!match) return { ok: false, reason: UNREADABLE };
  const iso = match[4] !== undefined
    ? civilDate(Number(match[4]), Number(match[3]), Number(match[1]))
    : civilDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return iso === null ? { ok: false, reason: IMPOSSIBLE } : { ok: true, value: iso };
}
