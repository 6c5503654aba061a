import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn, startApi, type ApiProcess } from '@alternance/api-process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from './support/databases.js';
import { API_MAIN, gql, requireBuiltApi, until, type Auth } from './support/processes.js';
import { HookReceiver } from './support/hook-receiver.js';

// Issue 14 §2: on SIGTERM an instance stops accepting, lets the requests in flight answer,
// stops its workers and gives back what they hold (so another instance takes it at once, not
// after the lease), closes the database and exits 0. A real process, a real receiver.

/* eslint-disable @typescript-eslint/no-explicit-any */
const MANAGER = 'responsable@demo.alternance.test';
const SECRET = `whsec_${Buffer.from('a-partner-secret-of-32-bytes-ok!').toString('base64')}`;

/**
 * Opens a GraphQL POST and sends only the first half of its body: a request in flight. It asks
 * `Expect: 100-continue`, so the server says when it has read the head and routed the request
 * (`routed`); only then is the first half sent.
 */
function halfSentRequest(url: string, cookie: string, query: string): { routed: Promise<void>; finish(): void; answer: Promise<{ status: number; body: any }> } {
  const body = Buffer.from(JSON.stringify({ query }));
  let finish = () => undefined as void;
  let routed!: Promise<void>;
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length, expect: '100-continue', cookie } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    routed = new Promise<void>((headRead, failed) => {
      req.on('continue', () => req.write(body.subarray(0, body.length >> 1), () => headRead()));
      req.on('error', failed);
    });
    req.flushHeaders();
    finish = () => void req.end(body.subarray(body.length >> 1));
  });
  return { routed, finish: () => finish(), answer };
}

describe.each(DIALECTS)('graceful shutdown of an API process (%s)', (dialect) => {
  let db: TestDatabase | null = null;
  let dir = '';
  let receiver: HookReceiver;
  const started: ApiProcess[] = [];
  // The lease is long: a delivery retaken at once can only be a claim given back.
  const env = () => ({ SHUTDOWN_TIMEOUT_SECONDS: '3', CLAIM_LEASE_SECONDS: '600', FIXED_TODAY: '', ...(db ? { DATABASE_URL: db.location.url } : {}) });
  const start = async () => {
    const api = await startApi({ main: API_MAIN, timeoutMs: 150_000, ...(db ? {} : { databasePath: join(dir, 'db.sqlite') }), env: env() });
    started.push(api);
    return api;
  };

  beforeAll(async () => {
    requireBuiltApi();
    if (dialect === 'postgresql') db = await createTestDatabase('postgresql');
    else dir = mkdtempSync(join(tmpdir(), 'alt-shutdown-'));
    receiver = new HookReceiver();
    await receiver.start();
  });
  afterAll(async () => {
    for (const api of started) await api.stop();
    await receiver?.stop();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('drains the request in flight, gives back the delivery it holds, exits 0; the next instance delivers it at once', async () => {
    const a = await start();
    const manager: Auth = { cookie: await signIn(a.url, MANAGER) };
    expect((await gql(a.url, 'mutation($input: WebhookInput!) { registerWebhook(input: $input) { errors { code } } }', { input: { url: `${receiver.url}/hooks`, secret: SECRET } }, manager)).registerWebhook.errors).toEqual([]);
    receiver.holding = true;
    // Not one the demo's CFA already numbered (a contract has one identifier per source).
    const target = ((await gql(a.url, '{ contracts(first: 50, filter: { contractType: "CAPP" }) { id mission { id } externalIds { source } } }', {}, manager)).contracts as { id: string; mission: { id: string }; externalIds: unknown[] }[]).find((c) => c.externalIds.length === 0)!;
    const pushed = await gql(a.url, 'mutation($input: [ContractUpsertInput!]!) { upsertContracts(source: "cfa", input: $input) { results { status } } }', { input: [{ externalId: 'SHUTDOWN-1', missionId: target.mission.id }] }, manager);
    expect(pushed.upsertContracts.results[0].status).toBe('CREATED');
    const held = await until('the delivery to be in flight', async () => receiver.requests[0]);

    const inFlight = halfSentRequest(a.url, manager.cookie!, '{ contracts(first: 3) { id } }');
    // The server must have read the request's head before SIGTERM (else it is a new request,
    // refused with 503): its 100 Continue says so.
    await inFlight.routed;
    a.kill('SIGTERM');
    // Stops accepting: a new connection is refused while the old one is still served.
    await until('the port to close', () => fetch(`${a.url}/healthz`).then(() => false, () => true), 10_000);
    inFlight.finish();
    const answered = await inFlight.answer;
    expect(answered.status).toBe(200);
    expect(answered.body.data.contracts).toHaveLength(3);
    const exit = await a.exited;
    expect(exit, a.output()).toEqual({ code: 0, signal: null });
    expect(a.output()).toMatch(/SIGTERM: draining[\s\S]*Stopped cleanly/);

    // The held delivery was aborted at the drain's end and given back: due now, attempt not counted.
    receiver.holding = false;
    const b = await start();
    const redelivered = await until('the next instance to deliver', async () => receiver.answered.find((r) => r.id === held.id), 30_000);
    expect(redelivered.body).toBe(held.body);
    const onB: Auth = { cookie: await signIn(b.url, MANAGER) };
    const row = await until('the delivery to be recorded', async () => {
      const rows = (await gql(b.url, '{ webhookDeliveries(first: 10) { id state attempts } }', {}, onB)).webhookDeliveries;
      return rows.find((d: any) => d.id === held.id && d.state === 'SENT');
    });
    // One attempt counted, not two: the one cut short by the shutdown was given back.
    expect(row).toEqual({ id: held.id, state: 'SENT', attempts: 1 });
  }, 180_000);
});
