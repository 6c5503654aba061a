import { ApiError } from '../api/api-error';

/**
 * Sends a signed document as raw bytes (the API reads its type from the bytes, 10 Mo at
 * most). application/octet-stream is not a form type: a cross-site page cannot post it
 * without a CORS preflight, which the API refuses.
 */
export async function uploadLivretDocument(p: { livretId: string; period: number; code: string; version: number; file: File }): Promise<void> {
  const query = new URLSearchParams({ livretId: p.livretId, period: String(p.period), code: p.code, version: String(p.version), name: p.file.name });
  let response: Response;
  try {
    response = await fetch(`/livret/attachments?${query}`, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/octet-stream' }, body: p.file });
  } catch {
    throw new ApiError('Le serveur ne répond pas : vérifiez votre connexion.', 0, 'NETWORK');
  }
  if (response.ok) return;
  if (response.status === 413) throw new ApiError('Document trop lourd : 10 Mo au plus.', 413, 'LIVRET_ATTACHMENT_TOO_LARGE', 'file');
  const body = (await response.json().catch(() => null)) as { errors?: { code: string; message: string; field: string | null }[] } | null;
  const first = body?.errors?.[0];
  throw new ApiError(first?.message ?? 'Envoi refusé.', response.status, first?.code, first?.field ?? undefined);
}
