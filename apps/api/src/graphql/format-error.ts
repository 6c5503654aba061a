import type { GraphQLFormattedError } from 'graphql';

/** Codes whose message is meant for the client; every other error is masked. */
const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo does not mask messages (security.md): anything that is not a deliberate client
 * error becomes INTERNAL_SERVER_ERROR with a generic French message and a reference that
 * matches the server log line.
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown, log: (reference: string, error: unknown) => void): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const field = formatted.extensions?.field;
    return { message: formatted.message, ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}), extensions: { code, ...(field ? { field } : {}) } };
  }
  const reference = Math.random().toString(36).slice(2, 10);
  log(reference, original);
  return { message: `Erreur interne (réf. ${reference}).`, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR', reference } };
}
