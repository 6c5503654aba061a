import { livretFinding, type LivretFinding } from './livret-finding.js';

/** A submitted sheet is read-only until the manager reopens it (§4.7; reopening is audited by the API): LIVRET_SHEET_SUBMITTED. */
export function checkLivretSheetEditable(submittedAt: Date | string | null): LivretFinding[] {
  if (submittedAt === null) return [];
  return [livretFinding('LIVRET_SHEET_SUBMITTED', 'version', { fr: 'Cette fiche est déjà soumise : elle ne se modifie plus, sauf si le responsable de l’alternance la rouvre.', en: 'This sheet is already submitted: it cannot be changed unless the alternance manager reopens it.' })];
}
