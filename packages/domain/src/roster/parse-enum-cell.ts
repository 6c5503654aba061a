import type { CellParse } from './cell-parse.js';
import { parseTextCell } from './parse-text-cell.js';

/**
 * A code cell (cohort, status, contract, group), trimmed and upper-cased. Not checked
 * against the allowed codes: the rule engine reports those with the field named.
 */
export function parseEnumCell(value: unknown): CellParse<string> {
  const text = parseTextCell(value);
  return text.ok && text.value !== undefined ? { ok: true, value: text.value.toUpperCase() } : text;
}
