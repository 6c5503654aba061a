/** Why a cell could not be read, in both languages ("attendu : oui ou non"). */
export interface CellReason {
  fr: string;
  en: string;
}

/** A cell read as a value; `value` is undefined when the cell is empty (absent). */
export type CellParse<T> = { ok: true; value: T | undefined } | { ok: false; reason: CellReason };

/** The result for an empty cell, shared to keep 10,000-row reads allocation-free. */
export const ABSENT: { ok: true; value: undefined } = Object.freeze({ ok: true, value: undefined });
