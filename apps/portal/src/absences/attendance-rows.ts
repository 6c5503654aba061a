import { normalizeHeader } from '@alternance/domain';

/** One line of an attendance export, as the API's import reads it. */
export interface AttendanceRow {
  date: string | null;
  half: string | null;
  studentEmail: string | null;
}

const HEADERS: Record<keyof AttendanceRow, string[]> = {
  date: ['date', 'jour'],
  half: ['demi journee', 'demi-journee', 'creneau', 'half', 'half day', 'periode'],
  studentEmail: ['email', 'e mail', 'courriel', 'adresse e mail', 'email etudiant', 'student email'],
};

function cellText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim() || null;
}

/** A dd/mm/yyyy date (how French spreadsheets show them) as YYYY-MM-DD; anything else as written, for the API to judge. */
function isoDate(text: string | null): string | null {
  const m = text ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text) : null;
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text;
}

/**
 * The rows of an attendance export: a header row naming the date, the half-day and the
 * student's e-mail (French or English words, any order), then one absence per row; empty
 * rows are skipped. Nothing is checked here: the API's preview names each row's problems.
 */
export function readAttendanceRows(sheet: unknown[][]): AttendanceRow[] {
  const known = (key: keyof AttendanceRow) => HEADERS[key].map(normalizeHeader);
  // The header is the first of the top rows that names both the date and the e-mail.
  const headerIndex = Math.max(0, sheet.slice(0, 10).findIndex((row) => {
    const cells = row.map(normalizeHeader);
    return cells.some((c) => known('date').includes(c)) && cells.some((c) => known('studentEmail').includes(c));
  }));
  const header = (sheet[headerIndex] ?? []).map(normalizeHeader);
  const column = (key: keyof AttendanceRow) => header.findIndex((h) => known(key).includes(h));
  const at = { date: column('date'), half: column('half'), studentEmail: column('studentEmail') };
  return sheet
    .slice(headerIndex + 1)
    .map((row) => ({ date: isoDate(cellText(row[at.date])), half: cellText(row[at.half]), studentEmail: cellText(row[at.studentEmail]) }))
    .filter((r) => r.date || r.half || r.studentEmail);
}
