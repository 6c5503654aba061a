import { checkSheet } from '../roster/check-sheet.js';

/** The roster columns CHECK and CHECK_ROWS take, in argument order (French headers of interfaces.md §3). */
export const CHECK_COLUMNS = [
  'Formation', 'Statut', 'Contrat', 'Date de naissance', 'Date de demande', 'Date de validation', 'DDC', 'DFC',
  'Salaire brut mensuel', 'Étranger', 'APT',
  // The fiche's optional facts (issue 9 §6), so a formula can say what a row can.
  'Redoublant', 'Professionnalisation validée', 'Groupe', 'Motif CPRO', 'Stage en alternance approuvé', 'SMC',
] as const;

/**
 * The rule codes of each row ('OK' when none), read and checked exactly as "Vérifier le
 * tableau" does: an unreadable argument is an INVALID_VALUE finding, not an error, and a
 * row with no value at all gives ''.
 */
export function checkRows(rows: readonly (readonly unknown[])[]): string[] {
  const check = checkSheet([[...CHECK_COLUMNS], ...rows.map((row) => CHECK_COLUMNS.map((_, i) => row[i] ?? null))]);
  const codes: string[] = rows.map(() => '');
  if (!check.ok) return codes;
  for (const row of check.rows) {
    const unique = [...new Set(row.findings.map((finding) => finding.code))];
    codes[row.rowIndex - 1] = unique.length === 0 ? 'OK' : unique.join(', ');
  }
  return codes;
}
