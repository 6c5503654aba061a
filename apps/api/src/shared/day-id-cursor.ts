import { isIsoDate } from '@alternance/domain';
import { apiError } from './errors.js';

/**
 * The cursor of a row in a list ordered by a day then id (issue 15: each page is one index
 * look-up, however far the reader went, where `offset` re-reads the rows before it). Opaque
 * to clients: base64url of the two values.
 */
export function dayIdCursor(day: string, id: string): string {
  // A day and a uuid need no JSON escape: their JSON text is written directly, one byte a
  // character (a page computes a cursor per row — issue 15); anything else goes through JSON.
  const json = PLAIN.test(day) && PLAIN.test(id) ? `["${day}","${id}"]` : JSON.stringify([day, id]);
  return Buffer.from(json).toString('base64url');
}

const PLAIN = /^[0-9A-Za-z-]*$/;

/**
 * The (day, id) a cursor names; a field error on `after`, naming what the list holds
 * (e.g. "d’un contrat"), when it is not one of ours.
 */
export function readDayIdCursor(cursor: string, ofAnItem: string): { day: string; id: string } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (Array.isArray(value) && value.length === 2 && isIsoDate(value[0]) && typeof value[1] === 'string' && /^[0-9a-f-]{36}$/i.test(value[1])) {
    return { day: value[0], id: value[1] };
  }
  throw apiError('BAD_USER_INPUT', `after : curseur illisible ; reprenez le \`cursor\` ${ofAnItem} de la liste.`, 'after');
}
