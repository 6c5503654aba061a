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
  // An API token's limits (issue 14, api-governance): the figures go with the code.
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
]);

/** Extensions a public error keeps beside its code: the limit a token passed and the figures. */
const PUBLIC_EXTENSIONS = ['field', 'limit', 'cost', 'maxCost', 'depth', 'maxDepth'];

/**
 * Apollo does not mask messages (security.md): anything that is not a deliberate client
 * error becomes INTERNAL_SERVER_ERROR with a generic French message and a reference that
 * matches the server log line.
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown, log: (reference: string, error: unknown) => void): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const kept = Object.fromEntries(PUBLIC_EXTENSIONS.map((key) => [key, formatted.extensions?.[key]]).filter(([, value]) => value !== undefined && value !== null && value !== ''));
    return { message: formatted.message, ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}), extensions: { code, ...kept } };
  }
  const reference = Math.random().toString(36).slice(2, 10);
  log(reference, original);
  return { message: `Erreur interne (réf. ${reference}).`, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR', reference } };
}
