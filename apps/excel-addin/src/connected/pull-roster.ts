import { failureMessage } from '../check/failure-message.js';
import type { WorkbookPort } from '../workbook/workbook-port.js';
import type { ApiClient } from './api-client.js';
import type { RosterFilter } from './graphql-documents.js';
import { rosterToSheet } from './roster-sheet.js';

export type PullOutcome = { ok: true; sheet: string; rows: number } | { ok: false; message: string };

/** Pulls the roster from the API into a new sheet. Never throws. */
export async function pullRoster(port: WorkbookPort, client: ApiClient, filter: RosterFilter, sheetName = 'Tableau serveur'): Promise<PullOutcome> {
  try {
    const rows = await client.rosterRows(filter);
    const { values, dateColumns } = rosterToSheet(rows);
    const sheet = await port.addSheet(sheetName, values, dateColumns);
    return { ok: true, sheet, rows: rows.length };
  } catch (error) {
    return { ok: false, message: failureMessage('Import impossible', error) };
  }
}
