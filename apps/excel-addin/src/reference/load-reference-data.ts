import { defaultReferenceData, readReferenceData } from '@alternance/domain';
import type { ApiClient } from '../connected/api-client.js';
import type { KeyValueStorage } from '../connected/token-store.js';
import type { ReferenceInUse } from './reference-data-in-use.js';

/** The copy kept for offline use, one per API URL (like the tokens). */
const cacheKey = (apiUrl: string): string => `alternance.referenceData:${apiUrl.replace(/\/+$/, '')}`;

export interface LoadedReference {
  reference: ReferenceInUse;
  /** Why the server's data could not be had (the pane shows it), when it could not. */
  problem: string | null;
}

/**
 * The programme's reference data: from the server when connected (then kept on this
 * machine), else the copy kept last time, else the built-in data. A copy that no longer
 * reads as reference data is ignored, never used half.
 */
export async function loadReferenceData(client: ApiClient | null, storage: KeyValueStorage, apiUrl: string): Promise<LoadedReference> {
  let problem: string | null = null;
  if (client) {
    try {
      const { data, date } = await client.referenceData();
      const read = readReferenceData(data);
      if (read.ok) {
        const reference: ReferenceInUse = { data: read.data, origin: 'server', date };
        await storage.setItem(cacheKey(apiUrl), JSON.stringify({ date, data: read.data }));
        return { reference, problem: null };
      }
      problem = `Données de référence du serveur refusées (${read.error.field} : ${read.error.message})`;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
  }
  const cached = apiUrl ? await cachedReference(storage, apiUrl) : null;
  if (cached) return { reference: cached, problem };
  return { reference: { data: defaultReferenceData, origin: 'builtin', date: null }, problem };
}

async function cachedReference(storage: KeyValueStorage, apiUrl: string): Promise<ReferenceInUse | null> {
  const text = await storage.getItem(cacheKey(apiUrl));
  if (!text) return null;
  try {
    const stored = JSON.parse(text) as { date?: unknown; data?: unknown };
    const read = readReferenceData(stored.data);
    if (!read.ok || typeof stored.date !== 'string') return null;
    return { data: read.data, origin: 'cache', date: stored.date };
  } catch {
    return null;
  }
}
