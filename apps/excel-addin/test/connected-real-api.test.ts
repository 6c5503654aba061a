import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../src/connected/api-client.js';

// Connected mode against the real API (built by turbo before these tests), not a stand-in:
// a fresh SQLite database with the demo programme, and an API token made by the manager.
const apiMain = join(dirname(createRequire(import.meta.url).resolve('@alternance/api/package.json')), 'dist', 'main.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('connected mode against the real API', () => {
  let api: ChildProcess;
  let dir: string;
  let url: string;
  let token: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'addin-api-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, [apiMain], {
      env: { ...process.env, PORT: String(port), DATABASE_URL: join(dir, 'api.sqlite'), FIXED_TODAY: '2025-07-01', SEED_DEMO: 'true', PUBLIC_URL: url, SMTP_URL: '' },
      stdio: 'ignore',
    });
    for (let i = 0; i < 1200; i++) {
      const ok = await fetch(`${url}/healthz`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const login = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'responsable@demo.alternance.test', password: 'Alternance-Demo-2026' }) });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const issued = await fetch(`${url}/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'Excel', scopes: ['roster:read', 'roster:propose'] }) });
    expect(issued.status).toBe(201);
    token = ((await issued.json()) as { token: string }).token;
  }, 180_000);

  afterAll(() => {
    api?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

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
