import type { WorkbookPort } from '../workbook/workbook-port.js';
import { failureMessage } from './failure-message.js';

/** Selects a roster row. Never throws. */
export async function goToRow(port: WorkbookPort, sheet: string, row: number, columns: { from: number; to: number }): Promise<string | null> {
  try {
    await port.selectRow(sheet, row, columns.from, columns.to);
    return null;
  } catch (error) {
    return failureMessage('Impossible d’aller à la ligne', error);
  }
}
