import { isIsoDate } from '@alternance/domain';
import { apiError } from '../../shared/errors.js';

/**
 * The cursor of a professional-absence request in its list, ordered by first day then id
 * (issue 15: each page is one index look-up, however far the reader went). Opaque to
 * clients: base64url of the two values.
 */
export function professionalRequestCursor(request: { firstDay: string; id: string }): string {
  return Buffer.from(JSON.stringify([request.firstDay, request.id])).toString('base64url');
}

/** The position a cursor names; a field error on `after` when it is not one of ours. */
export function readProfessionalRequestCursor(cursor: string): { firstDay: string; id: string } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (Array.isArray(value) && value.length === 2 && isIsoDate(value[0]) && typeof value[1] === 'string' && /^[0-9a-f-]{36}$/i.test(value[1])) {
    return { firstDay: value[0], id: value[1] };
  }
  throw apiError('BAD_USER_INPUT', 'after : curseur illisible ; reprenez le `cursor` d’une demande de la liste.', 'after');
}
