import { createHmac, randomBytes } from 'node:crypto';
import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINT_REMOVED, WebhookDelivery } from '../src/modules/webhooks/webhook.entities.js';
import { WebhookDispatcher } from '../src/modules/webhooks/webhook-dispatcher.js';
import { verifyWebhook } from '../src/modules/webhooks/webhook-signature.js';
import { DIALECTS } from './support/databases.js';
import { HookReceiver } from './support/hook-receiver.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 14 §1: webhooks — registered by a partner, fed from the change feed in the same
// transaction, delivered from a durable queue with retries and back-off, signed in the manner
// of Standard Webhooks, logged for the manager, who can replay. Delivered to a real local server.

const REGISTER = 'mutation($input: WebhookInput!) { registerWebhook(input: $input) { webhook { id partner types } errors { code field } } }';
const LOG = 'query($state: WebhookDeliveryState) { webhookDeliveries(state: $state, first: 100) { id eventType state attempts lastStatus lastError endpoint { url } } }';

describe.each(DIALECTS)('webhooks (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let receiver: HookReceiver;
  let manager: Auth;
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const travel = async (day: string) => {
    t.clock.set(day);
    manager = await t.as('MANAGER');
  };

  beforeAll(async () => {
    smtp = new SmtpSink();
    receiver = new HookReceiver();
    await receiver.start();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    manager = await t.as('MANAGER');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
    await receiver?.stop();
  });

  it('delivers a validated apprenticeship to the CFA, signed; not to the SFCA; the office hook gets the types it asked for', async () => {
    const token = async (partner: string) => ({ token: (await t.post('/auth/tokens', { name: partner, partner, adHocDocuments: true, scopes: ['webhooks:manage', 'changes:read'] }, manager)).body.token as string });
    const cfa = await token('cfa');
    const sfca = await token('sfca');
    const registered = await t.gql(REGISTER, { input: { url: `${receiver.url}/cfa`, secret } }, cfa);
    expect(registered.data.registerWebhook).toMatchObject({ webhook: { partner: 'cfa', types: [] }, errors: [] });
    await t.gql(REGISTER, { input: { url: `${receiver.url}/sfca`, secret } }, sfca);
    await t.gql(REGISTER, { input: { url: `${receiver.url}/office`, secret, types: ['CONTRACT_CREATED'] } }, manager);
    // A partner sees its own endpoints only; the secret is never given back.
    expect((await t.gql('{ webhooks { url } }', {}, cfa)).data.webhooks).toEqual([{ url: `${receiver.url}/cfa` }]);
    expect((await t.gql('{ webhooks { secret } }', {}, manager)).errors).toBeDefined();

    const { auth } = await createStudent(t);
    const mission = await validatedMission(t, smtp, auth, manager, validFiche('hook1', '52345678901234'));
    await t.app.webhooks.deliverDue();
    const toCfa = receiver.on('/cfa');
    expect(toCfa.map((r) => JSON.parse(r.body).type)).toEqual(['MISSION_VALIDATED', 'CONTRACT_CREATED']);
    expect(JSON.parse(toCfa[1]!.body).data).toMatchObject({ contractId: mission.contract.id, missionId: mission.id, contractType: 'CAPP' });
    expect(receiver.on('/sfca')).toEqual([]);
    expect(receiver.on('/office').map((r) => JSON.parse(r.body).type)).toEqual(['CONTRACT_CREATED']);

    // The signature, recomputed the way a receiver does (Standard Webhooks: id.timestamp.body).
    const { headers, body } = toCfa[0]!;
    const expected = createHmac('sha256', Buffer.from(secret.slice(6), 'base64')).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`).digest('base64');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
    // Signed at the attempt's real time, which the receiver's clock knows, even when the API runs
    // on a chosen day (this test's clock, as FIXED_TODAY in a demo): a receiver refuses old stamps.
    const nowSeconds = Math.floor(Date.now() / 1000);
    expect(verifyWebhook(secret, headers, body, nowSeconds)).toBe(true);
    // The body's timestamp is when the event occurred (the programme's day), the header's the
    // attempt's: Standard Webhooks has them differ (a retry, a replay, a demo on FIXED_TODAY).
    expect(JSON.parse(body).timestamp).toBe(t.clock.now().toISOString());
    expect(Math.abs(Number(headers['webhook-timestamp']) - nowSeconds)).toBeLessThan(60);
    expect(verifyWebhook(secret, headers, body, Math.floor(t.clock.now().getTime() / 1000))).toBe(false);
    expect(verifyWebhook(secret, headers, body.replace('CAPP', 'CPRO'), nowSeconds)).toBe(false);
    expect(verifyWebhook(`whsec_${randomBytes(32).toString('base64')}`, headers, body, nowSeconds)).toBe(false);
    expect(verifyWebhook(secret, headers, body, nowSeconds + 3600)).toBe(false);
    // Delivered once: a second run sends nothing.
    expect(await t.app.webhooks.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('retries with back-off, gives up after the last delay, and the manager replays from the log', async () => {
    receiver.failures = 1000;
    const { auth } = await createStudent(t);
    await validatedMission(t, smtp, auth, manager, validFiche('hook2', '62345678901234'));
    // Each API response kicks the dispatcher: the first attempts have been made (and failed) already.
    await t.app.webhooks.deliverDue();
    // Not due again before its back-off.
    expect(await t.app.webhooks.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    const pending = (await t.gql(LOG, { state: 'PENDING' }, manager)).data.webhookDeliveries;
    expect(pending).toHaveLength(3);
    expect(pending[0]).toMatchObject({ attempts: 1, lastStatus: 500, lastError: 'HTTP 500' });
    for (const day of ['2026-07-02', '2026-07-03', '2026-07-04', '2026-07-05', '2026-07-06']) {
      await travel(day);
      await t.app.webhooks.deliverDue();
    }
    const failed = (await t.gql(LOG, { state: 'FAILED' }, manager)).data.webhookDeliveries;
    expect(failed).toHaveLength(3);
    expect(failed.every((d: { attempts: number }) => d.attempts === 6)).toBe(true);

    receiver.failures = 0;
    const before = receiver.answered.length;
    const replay = await t.gql('mutation($id: ID!) { replayWebhookDelivery(id: $id) { delivery { state attempts } errors { code } } }', { id: failed[0].id }, manager);
    expect(replay.data.replayWebhookDelivery).toEqual({ delivery: { state: 'PENDING', attempts: 0 }, errors: [] });
    expect((await t.app.webhooks.deliverDue()).sent).toBe(1);
    expect(receiver.answered.length).toBe(before + 1);
    expect((await t.gql(LOG, { state: 'FAILED' }, manager)).data.webhookDeliveries).toHaveLength(2);
  });

  it('dispatchers sharing the queue deliver each event exactly once', async () => {
    // The replayed delivery of the previous test goes out first.
    await t.app.webhooks.deliverDue();
    await t.app.webhooks.deliverDue();
    const before = receiver.answered.length;
    const existing = new Set((await t.orm.em.fork().find(WebhookDelivery, {}, { fields: ['id'] })).map((d) => d.id));
    for (const n of [3, 4, 5]) {
      const { auth } = await createStudent(t);
      await validatedMission(t, smtp, auth, manager, validFiche(`hook${n}`, `${n}2345678901234`));
    }
    // The app's own dispatcher (kicked by each response) and two more instances' race for the queue.
    const a = new WebhookDispatcher(t.orm, () => t.clock.now());
    const b = new WebhookDispatcher(t.orm, () => t.clock.now());
    await Promise.all([a.deliverDue(), b.deliverDue(), t.app.webhooks.deliverDue()]);
    await t.app.webhooks.deliverDue();
    const created = (await t.orm.em.fork().find(WebhookDelivery, {})).filter((d) => !existing.has(d.id));
    expect(created).toHaveLength(9);
    expect(created.every((d) => d.state === 'SENT' && d.attempts === 1)).toBe(true);
    const ids = receiver.answered.slice(before).map((r) => r.headers['webhook-id']);
    expect([...ids].sort()).toEqual(created.map((d) => d.id).sort());
  });

  it('sends nothing more to a removed endpoint: its queued deliveries fail at once, a replay is refused naming the field', async () => {
    const gone = (await t.gql(REGISTER, { input: { url: `${receiver.url}/gone`, secret, types: ['CONTRACT_CREATED'] } }, manager)).data.registerWebhook.webhook;
    receiver.failures = 1000;
    const { auth } = await createStudent(t);
    await validatedMission(t, smtp, auth, manager, validFiche('hook7', '72345678901234'));
    await t.app.webhooks.deliverDue();
    const ofGone = (list: { id: string; endpoint: { url: string } }[]) => list.filter((d) => d.endpoint.url.endsWith('/gone'));
    const queued = ofGone((await t.gql(LOG, { state: 'PENDING' }, manager)).data.webhookDeliveries);
    expect(queued).toHaveLength(1);
    const { id } = queued[0]!;
    const received = () => receiver.requests.filter((r) => r.path === '/gone').length;
    const tried = received();
    expect(tried).toBe(1);

    const removed = await t.gql('mutation($id: ID!) { removeWebhook(id: $id) { webhook { active } errors { code } } }', { id: gone.id }, manager);
    expect(removed.data.removeWebhook).toEqual({ webhook: { active: false }, errors: [] });
    expect(ofGone((await t.gql(LOG, {}, manager)).data.webhookDeliveries)).toEqual([expect.objectContaining({ id, state: 'FAILED', lastError: ENDPOINT_REMOVED })]);
    const replay = await t.gql('mutation($id: ID!) { replayWebhookDelivery(id: $id) { delivery { state } errors { code field message } } }', { id }, manager);
    expect(replay.data.replayWebhookDelivery).toEqual({ delivery: null, errors: [{ code: 'WEBHOOK_INACTIVE', field: 'id', message: expect.stringContaining(`${receiver.url}/gone`) }] });

    // Claimed by another instance just before the removal: the dispatcher drops it, sends nothing.
    await t.orm.em.fork().nativeUpdate(WebhookDelivery, { id }, { state: 'PENDING', attempts: 0, nextAttemptAt: new Date(0), lastError: null });
    receiver.failures = 0;
    await t.app.webhooks.deliverDue();
    expect(received()).toBe(tried);
    expect(await t.orm.em.fork().findOneOrFail(WebhookDelivery, id)).toMatchObject({ state: 'FAILED', lastError: ENDPOINT_REMOVED });
  });

  it('names the bad field on registration', async () => {
    for (const [input, field] of [
      [{ url: 'ftp://x.example/h', secret }, 'url'],
      [{ url: 'https://user:pw@x.example/h', secret }, 'url'],
      [{ url: 'https://x.example/h', secret: 'short' }, 'secret'],
      [{ url: 'https://x.example/h', secret, types: ['NOPE'] }, 'types'],
      [{ url: 'https://x.example/h', secret, partner: 'opco' }, 'partner'],
    ] as const) {
      const r = await t.gql(REGISTER, { input }, manager);
      expect(r.data.registerWebhook.errors, JSON.stringify(input)).toEqual([expect.objectContaining({ field })]);
    }
  });
});
