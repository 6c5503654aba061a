import { isIsoDate } from '@alternance/domain';
import { apiError } from '../../shared/errors.js';

/**
 * The cursor of a contract in the contracts list, ordered by DDC then id (issue 15: reading
 * every page costs one index look-up per page, where `offset` re-reads the rows before it).
 * Opaque to clients: base64url of the two values.
 */
export function contractCursor(contract: { startDate: string; id: string }): string {
  return Buffer.from(JSON.stringify([contract.startDate, contract.id])).toString('base64url');
}

/** The position a cursor names; a field error on `after` when it is not one of ours. */
export function readContractCursor(cursor: string): { startDate: string; id: string } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (Array.isArray(value) && value.length === 2 && isIsoDate(value[0]) && typeof value[1] === 'string' && /^[0-9a-f-]{36}$/i.test(value[1])) {
    return { startDate: value[0], id: value[1] };
  }
  throw apiError('BAD_USER_INPUT', 'after : curseur illisible ; reprenez le `cursor` d’un contrat de la liste.', 'after');
}
