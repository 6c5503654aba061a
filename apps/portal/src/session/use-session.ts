import { reactive, readonly } from 'vue';
import { parisDayOf } from '@alternance/domain';
import { postSignIn, postSignOut } from '../api/auth-requests';
import { gqlRequest } from '../api/graphql-request';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';

const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      id
      role
      displayName
      email
      studentId
      today
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['viewer']>;

interface SessionState {
  viewer: Viewer | null;
  /** True once the API has told us who is signed in (or that nobody is). */
  loaded: boolean;
}

const state = reactive<SessionState>({ viewer: null, loaded: false });

/** Asks the API who the session belongs to; null when nobody is signed in. */
export async function loadViewer(): Promise<Viewer | null> {
  const data = await gqlRequest(ViewerDocument);
  state.viewer = data.viewer ?? null;
  state.loaded = true;
  return state.viewer;
}

let first: Promise<Viewer | null> | null = null;

/**
 * The viewer asked once as the app starts: the first screen's requests (router/first-screen.ts)
 * and the router's first navigation wait for the same answer. A failure is forgotten, so that
 * the next navigation asks again.
 */
export function firstViewer(): Promise<Viewer | null> {
  first ??= loadViewer().catch((error: unknown) => {
    first = null;
    throw error;
  });
  return first;
}

export async function signIn(email: string, password: string): Promise<Viewer | null> {
  await postSignIn(email, password);
  return loadViewer();
}

export async function signOut(): Promise<void> {
  try {
    await postSignOut();
  } finally {
    forgetViewer();
  }
}

/** The API said the session is gone (expired, signed out elsewhere). */
export function forgetViewer(): void {
  state.viewer = null;
  state.loaded = true;
}

/**
 * Today for the forms' default dates: the API's day (Paris; a demo's chosen day), else the
 * browser's Paris day (a personal link, no session). Never the UTC date, a day behind at night.
 */
export function programmeToday(): string {
  return todayOf(state.viewer);
}

/** {@link programmeToday} of a given viewer (null: nobody signed in). */
export function todayOf(viewer: { today?: string | null } | null, now: Date = new Date()): string {
  return viewer?.today ?? parisDayOf(now);
}

export function useSession() {
  return readonly(state);
}
