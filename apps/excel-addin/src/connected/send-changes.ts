import { failureMessage } from '../check/failure-message.js';
import type { WorkbookPort } from '../workbook/workbook-port.js';
import type { ApiClient } from './api-client.js';
import { changesFromSheet } from './roster-sheet.js';

export interface Conflict {
  /** 0-based sheet row. */
  row: number;
  message: string;
}

export type SendOutcome =
  | { ok: true; sent: number; problems: Conflict[] }
  | { ok: false; message: string; conflicts: Conflict[]; problems: Conflict[] };

/**
 * Sends the corrected DDC, DFC and pay of the pulled roster around the selection as
 * proposed changes. All or nothing: when the server reports conflicts (a mission changed
 * since the import) nothing is proposed, and the conflicting rows are listed; the sheet
 * is never overwritten. Never throws.
 */
export async function sendChanges(port: WorkbookPort, client: ApiClient): Promise<SendOutcome> {
  try {
    const region = await port.readRegion();
    if (!region) return { ok: false, message: 'La feuille est vide.', conflicts: [], problems: [] };
    const found = changesFromSheet(region.values);
    if ('error' in found) return { ok: false, message: found.error, conflicts: [], problems: [] };
    const problems = found.problems.map((p) => ({ row: region.top + p.row, message: p.message }));
    if (found.changes.length === 0) return { ok: true, sent: 0, problems };
    const payload = await client.proposeContractChanges(found.changes);
    if (payload.errors.length > 0) {
      const conflicts = payload.errors.map((error) => {
        const row = error.index === null ? undefined : found.rows[error.index];
        const prefix = error.code === 'CONFLICT' ? 'modifiée sur le serveur depuis l’import : réimportez le tableau' : error.code;
        return { row: row === undefined ? -1 : region.top + row, message: `${prefix} — ${error.message}` };
      });
      return { ok: false, message: 'Aucune proposition envoyée : le serveur a refusé l’envoi (tout ou rien).', conflicts, problems };
    }
    return { ok: true, sent: payload.proposals.length, problems };
  } catch (error) {
    return { ok: false, message: failureMessage('Envoi impossible', error), conflicts: [], problems: [] };
  }
}
