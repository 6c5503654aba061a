/** Headers of interfaces.md §3 used by the tests, and one row that every rule accepts. */
export const HEADER = ['Nom', 'Prénom', 'Date de naissance', 'Formation', 'Statut', 'Contrat', 'Date de demande', 'Date de validation', 'DDC', 'DFC', 'OPA', 'Salaire brut mensuel'];

/** MASTER-2025 apprentice inside every window of §3.3.2 (DDC = DDF, DFC = DFF), paid above the minimum. */
export const VALID_ROW = ['Durand', 'Léa', '14/03/2003', 'MASTER-2025', 'FI', 'CAPP', '02/06/2025', '10/06/2025', '01/09/2025', '03/09/2027', 'Acme', '1 200,00'];

/** The same student with an impossible DDC: an INVALID_VALUE error. */
export const BAD_DATE_ROW = ['Martin', 'Paul', '02/02/2004', 'L3I-2025', 'FI', 'CAPP', '02/06/2025', '10/06/2025', '31/02/2025', '03/07/2026', 'Beta', '1 500'];

export function csv(rows: readonly (readonly string[])[], delimiter = ';'): string {
  return rows.map((row) => row.join(delimiter)).join('\r\n') + '\r\n';
}
