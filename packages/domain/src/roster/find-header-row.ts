import { mapHeaders, type HeaderMapping } from './map-headers.js';
import type { RosterField } from './roster-columns.js';

/** How many rows from the top may come before the header row (titles, notes). */
export const HEADER_SEARCH_ROWS = 20;

const MIN_KNOWN_HEADERS = 3;
/** A header row names at least one of these: without them no contract rule can run. */
const KEY_FIELDS: readonly RosterField[] = ['cohort', 'status', 'contractType'];

export interface RosterError {
  code: 'NO_HEADER_ROW' | 'EMPTY';
  message: string;
  messageEn: string;
}

export type HeaderRowResult = { ok: true; index: number; mapping: HeaderMapping } | { ok: false; error: RosterError };

/**
 * The roster's header row: the first of the top {@link HEADER_SEARCH_ROWS} rows that
 * names at least 3 roster columns, one of them Formation, Statut or Contrat.
 */
export function findHeaderRow(cells: readonly (readonly unknown[])[], maxRows = HEADER_SEARCH_ROWS): HeaderRowResult {
  const rows = Array.isArray(cells) ? cells : [];
  const last = Math.min(rows.length, maxRows);
  for (let index = 0; index < last; index++) {
    const row = rows[index];
    if (!Array.isArray(row)) continue;
    const mapping = mapHeaders(row);
    if (mapping.columns.size >= MIN_KNOWN_HEADERS && KEY_FIELDS.some((field) => mapping.columns.has(field))) {
      return { ok: true, index, mapping };
    }
  }
  return {
    ok: false,
    error: {
      code: 'NO_HEADER_ROW',
      message: `Aucune ligne d'en-tête reconnue dans les ${maxRows} premières lignes : il faut au moins ${MIN_KNOWN_HEADERS} colonnes connues, dont Formation, Statut ou Contrat (par exemple Nom, Formation, Statut, Contrat, DDC, DFC).`,
      messageEn: `No header row found in the first ${maxRows} rows: at least ${MIN_KNOWN_HEADERS} known columns are needed, including Cohort, Status or Contract (e.g. Last name, Cohort, Status, Contract, Start date, End date).`,
    },
  };
}
