import { gqlRequest, gqlRequestBeforeSession } from '../api/graphql-request';
import { DashboardDocument } from '../dashboard/dashboard-query';
import type { TypedDocumentString } from '../gql/graphql';
import { MissionListDocument, missionListFromUrl, missionListVariables } from '../missions/mission-list-query';
import { firstViewer } from '../session/use-session';

/**
 * The first screen's data, asked for as the app starts (issue 15). Otherwise the page asks
 * only once the viewer has answered, its code has loaded and it has mounted: three waits in a
 * row before the one that matters. Here the dashboard's and the missions list's requests leave
 * beside the viewer's.
 *
 * Authorisation stays on the API: the answer is the session's own, and it is handed only to
 * the page the router then opens — after its guard let this viewer in — when that page asks
 * the same document with the same variables; once, and never after the user has gone to
 * another path. Any failure of the early request is forgotten: the page then asks itself.
 */
interface Early {
  path: string;
  document: string;
  variables: string;
  answer: Promise<unknown>;
}

let early: Early | null = null;

const documentKey = <R, V>(document: TypedDocumentString<R, V>): string => (document.__meta__?.['hash'] as string | undefined) ?? document.toString();

function keep<R, V>(path: string, document: TypedDocumentString<R, V>, variables: V, answer: Promise<R>): void {
  // Nobody may read it: its failure must not surface as an unhandled rejection.
  answer.catch(() => undefined);
  early = { path, document: documentKey(document), variables: JSON.stringify(variables), answer };
}

/** Sends the first screen's request for the path and query string the browser opened. */
export function startFirstScreen(path: string, search: string): void {
  const viewer = firstViewer();
  viewer.catch(() => undefined);
  if (path === '/tableau-de-bord') {
    keep(path, DashboardDocument, {}, gqlRequestBeforeSession(DashboardDocument, {}));
  } else if (path === '/missions') {
    // Sent as for the office, whose screen it mostly is: for an academic tutor, whose list opens
    // otherwise, the page's variables differ and it asks for its own.
    const { filters, sort, pageSize } = missionListFromUrl(Object.fromEntries(new URLSearchParams(search)), true);
    const variables = missionListVariables(filters, sort, pageSize, null);
    keep(path, MissionListDocument, variables, gqlRequestBeforeSession(MissionListDocument, variables));
  }
}

/**
 * The page's request: the early answer when it is for this very document and these variables,
 * otherwise (or if it failed) a request of its own.
 */
export function firstScreenRequest<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const mine = early;
  // gqlRequest takes no variables argument for documents without any; an empty object is the same request.
  const fresh = () => (gqlRequest as (d: TypedDocumentString<TResult, TVariables>, v: TVariables) => Promise<TResult>)(document, variables);
  if (!mine || mine.document !== documentKey(document) || mine.variables !== JSON.stringify(variables)) return fresh();
  early = null;
  return (mine.answer as Promise<TResult>).catch(fresh);
}

/** Forgets the early answer once the user is on another path than the one it was for. */
export function dropFirstScreen(path: string): void {
  if (early && early.path !== path) early = null;
}
