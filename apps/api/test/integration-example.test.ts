import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlternanceClient, type ChangeEvent } from '../../../examples/integration/client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The example client of docs/integration.md, run against a listening API: full sync,
// a push keyed by the CFA's identifiers, then incremental sync by cursor.

describe('the example CFA client (examples/integration)', () => {
  let t: TestApp;
  let client: AlternanceClient;
  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite', demo: true, today: '2025-07-01' });
    const manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    const token = (await t.post('/auth/tokens', { name: 'CFA', partner: 'cfa', adHocDocuments: true, scopes: ['contracts:read', 'contracts:upsert', 'changes:read'] }, manager)).body.token;
    await t.app.server.listen({ port: 0, host: '127.0.0.1' });
    client = new AlternanceClient(`http://127.0.0.1:${(t.app.server.server.address() as AddressInfo).port}`, token);
  });
  afterAll(() => t?.close());

  it('syncs fully, pushes, then follows the feed from its cursor', async () => {
    const { contracts, cursor } = await client.fullSync();
    expect(contracts.length).toBeGreaterThan(0);
    expect(new Set(contracts.map((c) => c.contractType))).toEqual(new Set(['CAPP']));
    const items = contracts.slice(0, 3).map((c) => ({ externalId: `CFA-${c.id.slice(0, 8)}`, missionId: c.mission.id }));
    expect((await client.pushContracts(items, 'cfa-push-0001')).map((r) => r.status)).toEqual(['CREATED', 'CREATED', 'CREATED']);
    // A retry with the same key replays the answer; the same payload under a new key changes nothing.
    expect((await client.pushContracts(items, 'cfa-push-0001')).map((r) => r.status)).toEqual(['CREATED', 'CREATED', 'CREATED']);
    expect((await client.pushContracts(items, 'cfa-push-0002')).map((r) => r.status)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    const seen: ChangeEvent[] = [];
    const next = await client.incrementalSync(cursor, (e) => void seen.push(e));
    expect(seen.map((e) => e.entityId).sort()).toEqual(contracts.slice(0, 3).map((c) => c.id).sort());
    expect(await client.incrementalSync(next, () => expect.fail('nothing new'))).toBe(next);
  });
});
