import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { signIn, startApi, type ApiProcess } from '@alternance/api-process';
import { defaultReferenceData } from '@alternance/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../src/connected/api-client.js';
import type { KeyValueStorage } from '../src/connected/token-store.js';
import * as F from '../src/functions/functions.js';
import { loadReferenceData } from '../src/reference/load-reference-data.js';
import { referenceDataInUse, referenceDataLabel, useReferenceData } from '../src/reference/reference-data-in-use.js';
import { checkSheet } from '../src/roster/check-sheet.js';

// The add-in's rules with the programme's own reference data (issue 9 §6), fetched from the
// real API (built by turbo before these tests): the manager opens a cohort the built-in
// 2025 data does not know; the pane fetches it, keeps a copy, and falls back to it offline.
const apiMain = join(dirname(createRequire(import.meta.url).resolve('@alternance/api/package.json')), 'dist', 'main.js');

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: async (k) => map.get(k) ?? null, setItem: async (k, v) => void map.set(k, v), removeItem: async (k) => void map.delete(k) };
}

const NEW_COHORT = 'MASTER-2027';
const cohorts = [...structuredClone(defaultReferenceData.cohorts), { ...structuredClone(defaultReferenceData.cohorts.find((c) => c.code === 'MASTER-2025')!), code: NEW_COHORT }];
const HEADER = ['Nom', 'Formation', 'Statut', 'Contrat', 'Date de naissance', 'Date de demande', 'Date de validation', 'DDC', 'DFC', 'Salaire brut mensuel'];
const ROW = ['Durand', NEW_COHORT, 'FI', 'CAPP', '14/03/2003', '02/06/2025', '10/06/2025', '01/09/2025', '03/09/2027', 1500];
const rowCodes = (): string[] => {
  const sheet = checkSheet([HEADER, ROW]);
  return sheet.ok ? sheet.rows.flatMap((r) => r.findings.map((f) => f.code)) : ['NOT_A_ROSTER'];
};

describe('reference data of the programme, from the real API', () => {
  let api: ApiProcess | undefined;
  let url: string;
  let token: string;

  beforeAll(async () => {
    api = await startApi({ main: apiMain });
    url = api.url;
    const cookie = await signIn(url, 'responsable@demo.alternance.test');
    const gql = async (query: string, variables: Record<string, unknown> = {}) =>
      ((await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie }, body: JSON.stringify({ query, variables }) })).json()) as { data: Record<string, unknown> }).data;
    const sections = (await gql('{ referenceData { key version } }')).referenceData as { key: string; version: number }[];
    const updated = await gql('mutation($v: Int!, $d: JSON!) { updateReferenceSection(key: "cohorts", version: $v, data: $d) { errors { field message } } }', { v: sections.find((s) => s.key === 'cohorts')!.version, d: cohorts });
    expect(updated.updateReferenceSection).toEqual({ errors: [] });
    const issued = await fetch(`${url}/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'Excel', scopes: ['roster:read', 'roster:propose', 'reference:read'] }) });
    token = ((await issued.json()) as { token: string }).token;
  }, 180_000);

  afterAll(() => api?.stop());
  afterEach(() => useReferenceData(null));

  it('connected: the checks and the functions use the server’s data, and a copy is kept', async () => {
    const builtinCodes = rowCodes();
    expect(F.check(NEW_COHORT, 'FI', 'CAPP', '14/03/2003', '02/06/2025', '10/06/2025', '01/09/2025', '03/09/2027', 1500)).not.toBe('OK');
    expect(() => F.ddcMin(NEW_COHORT, 'CAPP')).toThrow(/Formation inconnue/);

    const storage = memoryStorage();
    const loaded = await loadReferenceData(createApiClient({ url, token }), storage, url);
    expect(loaded.problem).toBeNull();
    expect(loaded.reference.origin).toBe('server');
    expect(loaded.reference.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(referenceDataLabel(loaded.reference)).toMatch(/^Règles appliquées avec les données de référence du \d{2}\/\d{2}\/\d{4} \(serveur du programme\)\.$/);
    expect([...storage.map.keys()]).toEqual([`alternance.referenceData:${url}`]);

    useReferenceData(loaded.reference);
    expect(builtinCodes.length).toBeGreaterThan(0);
    expect(rowCodes()).toEqual([]);
    expect(F.check(NEW_COHORT, 'FI', 'CAPP', '14/03/2003', '02/06/2025', '10/06/2025', '01/09/2025', '03/09/2027', 1500)).toBe('OK');
    expect(F.ddcMin(NEW_COHORT, 'CAPP')).toBe(F.ddcMin('MASTER-2025', 'CAPP'));
  });

  it('offline: the copy kept on this machine, then the built-in data; the pane says which', async () => {
    const storage = memoryStorage();
    await loadReferenceData(createApiClient({ url, token }), storage, url);
    const unreachable = createApiClient({ url: 'http://127.0.0.1:9', token });
    const offline = await loadReferenceData(unreachable, storage, url);
    expect(offline.reference.origin).toBe('cache');
    expect(offline.problem).toMatch(/^Serveur injoignable/);
    expect(referenceDataLabel(offline.reference)).toMatch(/copie gardée sur ce poste/);
    expect(offline.reference.data.cohorts.map((c) => c.code)).toContain(NEW_COHORT);

    const refused = await loadReferenceData(createApiClient({ url, token: 'alt_not-a-token' }), storage, url);
    expect(refused.reference.origin).toBe('cache');

    storage.map.set(`alternance.referenceData:${url}`, '{"date":"2025-07-01","data":{"cohorts":"abîmé"}}');
    const nothing = await loadReferenceData(null, storage, url);
    expect(nothing.reference.origin).toBe('builtin');
    expect(nothing.reference.data).toBe(defaultReferenceData);
    expect(referenceDataLabel(nothing.reference)).toMatch(/intégrées \(guide 2025\)/);
    useReferenceData(nothing.reference);
    expect(referenceDataInUse().data.cohorts.map((c) => c.code)).not.toContain(NEW_COHORT);
  });
});
