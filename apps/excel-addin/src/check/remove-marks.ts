import type { WorkbookPort } from '../workbook/workbook-port.js';
import { failureMessage } from './failure-message.js';

/** Removes the add-in's marks from `sheet`, else from the sheet of the region around the selection. Never throws. */
export async function removeMarks(port: WorkbookPort, sheet?: string): Promise<{ ok: true; removed: number } | { ok: false; message: string }> {
  try {
    const target = sheet ?? (await port.readRegion())?.sheet;
    if (target === undefined) return { ok: true, removed: 0 };
    return { ok: true, removed: await port.clearMarks(target) };
  } catch (error) {
    return { ok: false, message: failureMessage('Impossible de retirer les marques', error) };
  }
}
