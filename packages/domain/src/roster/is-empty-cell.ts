const BLANK = /^\s*$/;

/** null, undefined, '' and whitespace-only text: an empty (absent) cell. */
export function isEmptyCell(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && BLANK.test(value));
}
