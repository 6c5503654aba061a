import { normalizeHeader } from './normalize-header.js';
import { RESULT_COLUMNS, ROSTER_COLUMNS, type ResultColumnKey, type RosterField } from './roster-columns.js';

/** Where each known column sits in a header row, and what else the row holds. */
export interface HeaderMapping {
  /** Roster field → 0-based column index (the first one when repeated). */
  columns: Map<RosterField, number>;
  /** Result column → 0-based column index, for writing results back in place. */
  resultColumns: Map<ResultColumnKey, number>;
  /** Non-empty headers the roster does not know: kept untouched, reported. */
  unknown: { index: number; header: string }[];
  /** A known column seen again: ignored, reported. */
  duplicates: { index: number; header: string; key: RosterField | ResultColumnKey; firstIndex: number }[];
}

type HeaderKey = { kind: 'field'; key: RosterField } | { kind: 'result'; key: ResultColumnKey };

/** Normalised header → column, built once: French, English, aliases and the field name itself. */
const HEADER_INDEX: ReadonlyMap<string, HeaderKey> = buildHeaderIndex();

function buildHeaderIndex(): Map<string, HeaderKey> {
  const index = new Map<string, HeaderKey>();
  const add = (header: string, key: HeaderKey): void => {
    const normalised = normalizeHeader(header);
    const existing = index.get(normalised);
    if (existing && existing.key !== key.key) throw new Error(`Roster header "${header}" is ambiguous`);
    index.set(normalised, key);
  };
  for (const column of ROSTER_COLUMNS) {
    const key: HeaderKey = { kind: 'field', key: column.field };
    for (const header of [column.fr, column.en, column.field, ...column.aliases]) add(header, key);
  }
  for (const column of RESULT_COLUMNS) {
    const key: HeaderKey = { kind: 'result', key: column.key };
    for (const header of [column.fr, column.en, ...column.aliases]) add(header, key);
  }
  return index;
}

/**
 * The column of a normalised header; else the same without a trailing unit in euros, as a
 * secretariat writes a money column (« Salaire brut mensuel (€) », « SMC (en euros) »).
 * The result columns named with their unit (« Coût (€) ») match first, as they are.
 */
function lookupHeader(normalised: string): HeaderKey | undefined {
  const exact = HEADER_INDEX.get(normalised);
  if (exact) return exact;
  const withoutUnit = normalised.replace(/ (?:en )?(?:eur|euros?)$/, '');
  return withoutUnit !== normalised && withoutUnit !== '' ? HEADER_INDEX.get(withoutUnit) : undefined;
}

/** The known column a header names, if any (interfaces.md §3: French first, English accepted). */
export function matchHeader(header: unknown): HeaderKey | undefined {
  const normalised = normalizeHeader(header);
  return normalised === '' ? undefined : lookupHeader(normalised);
}

/**
 * Maps a header row to the roster's columns, case- and accent-insensitively. Never
 * throws: cells that are not text are simply not headers.
 */
export function mapHeaders(headerRow: readonly unknown[]): HeaderMapping {
  const mapping: HeaderMapping = { columns: new Map(), resultColumns: new Map(), unknown: [], duplicates: [] };
  const row = Array.isArray(headerRow) ? headerRow : [];
  for (let index = 0; index < row.length; index++) {
    const cell: unknown = row[index];
    const normalised = normalizeHeader(cell);
    if (normalised === '') continue;
    const header = (cell as string | number).toString().trim();
    const match = lookupHeader(normalised);
    if (!match) {
      mapping.unknown.push({ index, header });
      continue;
    }
    const target: Map<string, number> = match.kind === 'field' ? mapping.columns : mapping.resultColumns;
    const firstIndex = target.get(match.key);
    if (firstIndex === undefined) target.set(match.key, index);
    else mapping.duplicates.push({ index, header, key: match.key, firstIndex });
  }
  return mapping;
}
