import type { IsoDate } from '../dates/iso-date.js';
import type { CellParse, CellReason } from './cell-parse.js';
import { parseBooleanCell } from './parse-boolean-cell.js';
import { parseDateCell } from './parse-date-cell.js';

const UNREADABLE: CellReason = {
  fr: 'attendu : oui, non, ou la date d’obtention (jj/mm/aaaa)',
  en: 'expected: yes, no, or the day it was obtained (dd/mm/yyyy)',
};

/**
 * The APT cell (§3.4, note 26): oui/non like any yes/no cell, or the day the autorisation
 * provisoire de travail was obtained — what tells whether it came before the DDC. A date is
 * an ISO text, a yes/no a boolean. Never throws.
 */
export function parsePermitCell(value: unknown): CellParse<boolean | IsoDate> {
  const yesNo = parseBooleanCell(value);
  if (yesNo.ok) return yesNo;
  const day = parseDateCell(value);
  return day.ok ? day : { ok: false, reason: UNREADABLE };
}
