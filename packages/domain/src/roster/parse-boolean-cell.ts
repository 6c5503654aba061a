import { ABSENT, type CellParse, type CellReason } from './cell-parse.js';
import { isEmptyCell } from './is-empty-cell.js';

const UNREADABLE: CellReason = { fr: 'attendu : oui ou non', en: 'expected: yes or no' };

const WORDS: ReadonlyMap<string, boolean> = new Map([
  ...['oui', 'o', 'yes', 'y', 'x', '1', 'true', 'vrai', '✓', '✔'].map((word) => [word, true] as const),
  ...['non', 'n', 'no', '0', 'false', 'faux'].map((word) => [word, false] as const),
]);

/** A yes/no cell: oui/non, yes/no, x, 1/0, TRUE/FALSE, vrai/faux, o/n, y/n or a boolean. */
export function parseBooleanCell(value: unknown): CellParse<boolean> {
  if (isEmptyCell(value)) return ABSENT;
  if (typeof value === 'boolean') return { ok: true, value };
  if (value === 1 || value === 0) return { ok: true, value: value === 1 };
  if (typeof value !== 'string') return { ok: false, reason: UNREADABLE };
  const word = WORDS.get(value.trim().toLowerCase());
  return word === undefined ? { ok: false, reason: UNREADABLE } : { ok: true, value: word };
}
