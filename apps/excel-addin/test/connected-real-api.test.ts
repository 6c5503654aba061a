import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { signIn, startApi, type ApiProcess } from '@alternance/api-process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../src/connected/api-client.js';

// Connected mode against the real API (built by turbo before these tests), not a stand-in:
// a fresh SQLite database with the demo programme, and an API token made by the manager.
const apiMain = join(dirname(createRequire(import.meta.url).resolve('@alternance/api/package.json')), 'dist', 'main.js');

describe('connected mode against the real API', () => {
  let api: ApiProcess | undefined;
  let url: string;
  let token: string;

  beforeAll(async () => {
    api = await startApi({ main: apiMain });
    url = api.url;
    const cookie = await signIn(url, 'responsable@demo.alternance.test');
    const issued = await fetch(`${url}/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'Excel', scopes: ['roster:read', 'roster:propose'] }) });
    expect(issued.status).toBe(201);
    token = ((await issued.json()) as { token: string }).token;
  }, 180_000);

  afterAll(() => api?.stop());

  it('pulls a filtered roster and sends corrections as proposals, refusing a stale version', async () => {
    const client = createApiClient({ url, token });
    const rows = await client.rosterRows({ cohort: 'M2-2025' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.cohort === 'M2-2025')).toBe(true);
    const row = rows.find((r) => r.startDate)!;
    const stale = await client.proposeContractChanges([{ missionId: row.missionId, missionVersion: row.missionVersion + 1, startDate: row.startDate! }]);
    expect(stale.proposals).toEqual([]);
    expect(stale.errors[0]).toMatchObject({ code: 'CONFLICT', index: 0 });
    const sent = await client.proposeContractChanges([{ missionId: row.missionId, missionVersion: row.missionVersion, endDate: row.endDate!, monthlyGrossPay: 2222 }]);
    expect(sent.errors).toEqual([]);
    expect(sent.proposals[0]).toMatchObject({ missionId: row.missionId, state: 'PENDING', monthlyGrossPay: 2222 });
  });

  it('is refused with a bad token', async () => {
    const client = createApiClient({ url, token: 'alt_not-a-token' });
    await expect(client.rosterRows()).rejects.toThrow();
  });
});
