import { ABSENT, type CellParse, type CellReason } from './cell-parse.js';
import { isEmptyCell } from './is-empty-cell.js';

const UNREADABLE: CellReason = { fr: 'attendu : du texte', en: 'expected: text' };

/** A text cell, trimmed; a number is taken as its digits (a name column holding 12). */
export function parseTextCell(value: unknown): CellParse<string> {
  if (isEmptyCell(value)) return ABSENT;
  if (typeof value === 'string') return { ok: true, value: value.trim() };
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value: String(value) };
  return { ok: false, reason: UNREADABLE };
}
