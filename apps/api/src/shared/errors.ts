import { GraphQLError } from 'graphql';

/** Codes of the errors a client can act on; anything else is masked as INTERNAL_SERVER_ERROR. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT';

export function apiError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

export const unauthenticated = (): GraphQLError => apiError('UNAUTHENTICATED', 'Connexion requise.');
export const forbidden = (): GraphQLError => apiError('FORBIDDEN', 'Accès refusé.');

/** One expected business failure, returned in a payload. */
export interface UserError {
  code: string;
  message: string;
  field?: string | null;
  index?: number | null;
}

/**
 * Thrown inside a unit of work to abort it: the transaction rolls back (nothing partial is
 * written) and the resolver returns these errors in the mutation's payload.
 */
export class BusinessError extends Error {
  constructor(
    readonly errors: UserError[],
    readonly findings: unknown[] = [],
  ) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; '));
    this.name = 'BusinessError';
  }
}

/**
 * Someone else saved `what` first (its version is stale). The participle agrees with `what`
 * (« Cette absence a été modifiée », « Ces réglages ont été modifiés »): no « modifié(e) »
 * where the record's gender is known.
 */
export function conflict(what: string, modified: 'modifié' | 'modifiée' | 'modifiés' | 'modifiées', field = 'version'): BusinessError {
  const verb = modified.endsWith('s') ? 'ont été' : 'a été';
  return new BusinessError([{ code: 'CONFLICT', message: `${what} ${verb} ${modified} par quelqu’un d’autre entre-temps : rechargez avant d’enregistrer.`, field }]);
}

/** The record a mutation names does not exist (or is out of the actor's reach): NOT_FOUND on that field. */
export function missing(what: string, id: string, field = 'id'): BusinessError {
  return new BusinessError([{ code: 'NOT_FOUND', field, message: `${what} introuvable : ${id}.` }]);
}
