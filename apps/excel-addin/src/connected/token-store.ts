/** The part of OfficeRuntime.storage the token needs (localStorage is adapted to it). */
export interface KeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

export interface TokenStore {
  get(apiUrl: string): Promise<string | null>;
  set(apiUrl: string, token: string): Promise<void>;
  clear(apiUrl: string): Promise<void>;
}

/**
 * API tokens, one per API URL, kept in the storage of the add-in's partition: Office
 * partitions OfficeRuntime.storage and the browser partitions localStorage, so a token
 * never leaks to another add-in or origin.
 */
export function createTokenStore(storage: KeyValueStorage): TokenStore {
  const key = (apiUrl: string): string => `alternance.token:${apiUrl.replace(/\/+$/, '')}`;
  return {
    get: (apiUrl) => storage.getItem(key(apiUrl)),
    set: (apiUrl, token) => storage.setItem(key(apiUrl), token),
    clear: (apiUrl) => storage.removeItem(key(apiUrl)),
  };
}

/** OfficeRuntime.storage inside Office (shared runtime), else the page's localStorage. */
export function partitionStorage(): KeyValueStorage {
  const runtime = (globalThis as { OfficeRuntime?: { storage?: KeyValueStorage } }).OfficeRuntime;
  if (runtime?.storage) return runtime.storage;
  const local = globalThis.localStorage;
  return {
    getItem: async (key) => local.getItem(key),
    setItem: async (key, value) => local.setItem(key, value),
    removeItem: async (key) => local.removeItem(key),
  };
}
