import { ABSENT, type CellParse, type CellReason } from './cell-parse.js';
import { isEmptyCell } from './is-empty-cell.js';

const UNREADABLE: CellReason = { fr: 'attendu : un nombre, par exemple 1 234,56', en: 'expected: a number, e.g. 1234.56' };

const SPACES = /[\s\u00a0\u202f\u2009']/g;
const CURRENCY = /^(?:€|eur|euros?)|(?:€|eur|euros?)$/gi;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** The common case, read without rewriting the text: 1800, 954,96, 954.96. */
const PLAIN = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A number cell: numbers as they are; text in French ("1 234,56", "954,96 €") or
 * English ("1,234.56", "1234.56") notation. When both `,` and `.` appear, the last one
 * is the decimal separator; a lone `,` is a decimal comma (French first).
 */
export function parseNumberCell(value: unknown): CellParse<number> {
  if (isEmptyCell(value)) return ABSENT;
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: UNREADABLE };
  if (typeof value !== 'string') return { ok: false, reason: UNREADABLE };
  if (PLAIN.test(value)) return { ok: true, value: Number(value.replace(',', '.')) };
  let text = value.replace(SPACES, '').replace(CURRENCY, '');
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    text = comma > dot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (comma >= 0) {
    if (text.indexOf(',') !== comma) return { ok: false, reason: UNREADABLE };
    text = text.replace(',', '.');
  } else if (dot >= 0 && text.indexOf('.') !== dot) {
    // 1.234.567: dots as thousands separators
    text = text.replace(/\./g, '');
  }
  if (!NUMBER.test(text)) return { ok: false, reason: UNREADABLE };
  const number = Number(text);
  return Number.isFinite(number) ? { ok: true, value: number } : { ok: false, reason: UNREADABLE };
}
