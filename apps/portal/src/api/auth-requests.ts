import { ApiError } from './api-error';

export interface SignInResult {
  role: string;
  displayName: string;
}

export interface LinkResult {
  role: 'COMPANY_TUTOR' | 'HR_CONTACT';
  /** Null for a visit link (VISIT_SLOT_CHOICE), which names its visit instead. */
  missionId: string | null;
  visitId?: string | null;
  purpose: string;
}

interface ErrorBody {
  error?: string;
  message?: string;
  field?: string;
  retryAfter?: number;
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
  } catch {
    throw new ApiError('Le serveur ne répond pas : vérifiez votre connexion.', 0, 'NETWORK');
  }
  const data = (await response.json().catch(() => ({}))) as T & ErrorBody;
  if (!response.ok) {
    const retryAfter = typeof data.retryAfter === 'number' ? data.retryAfter : Number(response.headers.get('retry-after')) || undefined;
    throw new ApiError(data.message ?? `Erreur du serveur (HTTP ${response.status}).`, response.status, data.error, data.field, retryAfter);
  }
  return data;
}

export function postSignIn(email: string, password: string): Promise<SignInResult> {
  return postJson('/auth/login', { email, password });
}

export async function postSignOut(): Promise<void> {
  await postJson('/auth/logout', {});
}

/** Spends a personal link's one-time token and opens a session limited to its mission. */
export function postLink(token: string): Promise<LinkResult> {
  return postJson('/auth/link', { token });
}

export interface IssuedToken {
  id: string;
  /** Shown once: only its hash is kept by the API. */
  token: string;
  prefix: string;
  scopes: string[];
  partner?: string | null;
  expiresAt: string;
  /** Rotation: when the replaced token stops working (end of the overlap). */
  previousExpiresAt?: string;
}

/** Creates an API token (a plain HTTP endpoint, rate-limited: security.md); `partner` limits it to that partner's contracts (issue 14). */
export function postApiToken(input: { name: string; scopes: string[]; expiresInDays: number; partner?: string | null; adHocDocuments?: boolean }): Promise<IssuedToken> {
  return postJson('/auth/tokens', input);
}

/** Rotates an API token: a new secret; the old one keeps working `overlapHours` (issue 14). */
export function postRotateApiToken(id: string, input: { overlapHours: number; expiresInDays: number }): Promise<IssuedToken> {
  return postJson(`/auth/tokens/${encodeURIComponent(id)}/rotate`, input);
}
