import type { TypedDocumentString } from '../gql/graphql';
import { ApiError } from './api-error';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Codes whose message is technical (GraphQL's own wording, in English): never shown as is. */
const STALE_PAGE_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * The error to show for a GraphQL error (issue 9 §4: no raw GraphQL text reaches a user).
 * A variable GraphQL refused before any resolver ran (`Variable "$input" got invalid value …
 * at "input.rows[0].email"`) becomes a French message on that field; the API's own
 * messages (business rules, masked internal errors) are French already.
 */
export function userFacingError(message: string, status: number, code: string | undefined): ApiError {
  if (/^Variable "\$\w+"/.test(message)) {
    const at = /at "([^"]+)"/.exec(message)?.[1];
    const field = at ? at.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1') : undefined;
    const missing = /of required type|was not provided|Expected non-nullable/.test(message);
    return new ApiError(missing ? 'Champ obligatoire.' : 'Valeur refusée : vérifiez son format.', status, 'BAD_USER_INPUT', field);
  }
  if (code && STALE_PAGE_CODES.has(code) && code !== 'PERSISTED_QUERY_NOT_FOUND') return new ApiError('Cette page n’est plus à jour : rechargez-la puis recommencez.', status, code);
  return new ApiError(message, status, code);
}

/** Called when the API says the session is gone, so that the app can go back to sign-in. */
let onUnauthenticated: (() => void) | null = null;
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/**
 * Runs a typed document against the same-origin API. Business failures come back in
 * payloads (`errors { code message field }`) and are left to the caller; transport and
 * GraphQL errors throw an {@link ApiError} with a French message.
 */
export async function gqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  return send(document, variables, true);
}

/**
 * As {@link gqlRequest}, but an answer saying nobody is signed in is only this request's
 * failure: for requests sent before the app knows whether a session exists (the first
 * screen's, beside the viewer's), whose answer nobody may ever read.
 */
export function gqlRequestBeforeSession<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  return send(document, variables, false);
}

async function send<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables | undefined, signalUnauthenticated: boolean): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      // application/json keeps Apollo's CSRF prevention satisfied.
      headers: { 'content-type': 'application/json' },
      // Known operations go by hash: the API runs only the documents this build shipped (security.md).
      body: JSON.stringify(document.__meta__?.hash ? { documentId: document.__meta__.hash, variables: variables ?? {} } : { query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('Le serveur ne répond pas : vérifiez votre connexion.', 0, 'NETWORK');
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(`Réponse illisible du serveur (HTTP ${response.status}).`, response.status);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    if (code === 'UNAUTHENTICATED' && signalUnauthenticated) onUnauthenticated?.();
    if (code === 'FORBIDDEN') throw new ApiError('Vous n’avez pas accès à cette information.', response.status, code);
    throw userFacingError(first.message, response.status, code);
  }
  if (!body.data) throw new ApiError(`Réponse vide du serveur (HTTP ${response.status}).`, response.status);
  return body.data;
}
