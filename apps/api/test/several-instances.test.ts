import { signIn, startApi, type ApiProcess } from '@alternance/api-process';
import { SmtpSink } from '@alternance/smtp-sink';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { API_MAIN, gql, requireBuiltApi, runMigrate, until, type Auth } from './support/processes.js';
import { HookReceiver } from './support/hook-receiver.js';

// Issue 14 §2: the platform runs as several stateless API processes on one PostgreSQL. Two
// real processes (the built API, as production starts it after the one-shot migrate step)
// share a database, an SMTP sink and a partner's webhook receiver. PostgreSQL only: SQLite is
// the embedded mode, one file for one process.

/* eslint-disable @typescript-eslint/no-explicit-any */
const PG = process.env.DATABASE_URL_TEST;
const MANAGER = 'responsable@demo.alternance.test';
const act = (name: string, extra = '') => `mutation($id: ID!, $version: Int!) { ${name}(id: $id, version: $version${extra}) { mission { id version state } errors { code field } } }`;
const UPSERT = 'mutation($input: [ContractUpsertInput!]!) { upsertContracts(input: $input) { errors { code field message } results { externalId status errors { code field } contract { id version monthlyGrossPay } } } }';
const REGISTER = 'mutation($input: WebhookInput!) { registerWebhook(input: $input) { webhook { id } errors { code field } } }';
// The demo seeds a disabled endpoint with its delivery log (sent, and one failed): not this test's.
const OURS = 'endpoint_id in (select id from webhook_endpoint where active)';
const SECRET = `whsec_${Buffer.from('a-partner-secret-of-32-bytes-ok!').toString('base64')}`;
const cfaToken = async (url: string, manager: Auth): Promise<Auth> => {
  const answer = await fetch(`${url}/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: manager.cookie! }, body: JSON.stringify({ name: 'CFA', partner: 'cfa', adHocDocuments: true, scopes: ['contracts:read', 'contracts:upsert', 'changes:read'] }) });
  return { token: ((await answer.json()) as any).token };
};
const positionOf = (cursor: string) => Number(Buffer.from(cursor, 'base64url').toString().slice(3));

describe.skipIf(!PG)('two API processes on one PostgreSQL (needs DATABASE_URL_TEST: PostgreSQL only)', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let smtp: SmtpSink;
  let receiver: HookReceiver;
  let smtpUrl: string;
  const started: ApiProcess[] = [];
  const start = async (env: Record<string, string> = {}) => {
    // The system clock (no FIXED_TODAY): claims compare times written by different instances, as
    // in production, where their clocks are kept in step (NTP).
    const api = await startApi({ main: API_MAIN, smtpUrl, timeoutMs: 150_000, env: { DATABASE_URL: db.location.url, MIGRATE_ON_START: 'false', FIXED_TODAY: '', ...env } });
    started.push(api);
    return api;
  };
  let registered = false;
  const registerReceiver = async (url: string, manager: Auth) => {
    if (registered) return;
    expect((await gql(url, REGISTER, { input: { url: `${receiver.url}/hooks`, secret: SECRET } }, manager)).registerWebhook.errors).toEqual([]);
    registered = true;
  };
  const count = async (query: string) => Number((await sql.query(query)).rows[0].n);

  beforeAll(async () => {
    requireBuiltApi();
    db = await createTestDatabase('postgresql');
    sql = new pg.Client({ connectionString: db.location.url });
    smtp = new SmtpSink();
    smtpUrl = await smtp.start();
    receiver = new HookReceiver();
    await receiver.start();
    // The production layout: migrations (and here the demo seed) once, then the instances.
    expect(await runMigrate({ DATABASE_URL: db.location.url, SEED_DEMO: 'true' })).toMatch(/Migrations applied/);
    await sql.connect();
  });
  afterAll(async () => {
    for (const api of started) await api.stop();
    await sql?.end();
    await receiver?.stop();
    await smtp?.stop();
    await db?.drop();
  });

  it('an instance refuses to serve on a database behind its migrations', async () => {
    const empty = await createTestDatabase('postgresql');
    try {
      await expect(startApi({ main: API_MAIN, env: { DATABASE_URL: empty.location.url, MIGRATE_ON_START: 'false' }, timeoutMs: 150_000 })).rejects.toThrow(/exit 3[\s\S]*non migrée/);
    } finally {
      await empty.drop();
    }
  });

  it('concurrent bulk upserts and workflow actions through both: no lost update, each mail and webhook once, the change feed complete and in order', async () => {
    // The demo's seed records as sent, on their own days, the mails its past already sent (the calendars'
    // publication of August 2025): they never reach this sink. The instances' mails are those sent from now on.
    const since = new Date();
    const [a, b] = [await start(), await start()];
    // A session opened on one instance is valid on the other: sessions live in the database.
    const manager: Auth = { cookie: await signIn(a.url, MANAGER) };
    expect((await gql(b.url, '{ viewer { email } }', {}, manager)).viewer.email).toBe(MANAGER);
    await registerReceiver(a.url, manager);
    const cfa = await cfaToken(b.url, manager);

    // The CFA binds its identifiers to the apprenticeship contracts (through A).
    const capp = (await gql(a.url, '{ contracts(first: 100, filter: { contractType: "CAPP" }) { id mission { id } monthlyGrossPay externalIds { source externalId } } }', {}, manager)).contracts.slice(0, 8);
    expect(capp.length).toBe(8);
    // The demo's CFA numbered some already: those keep their number (a contract has one per source).
    const numberOf = (c: any, i: number): string => c.externalIds.find((e: any) => e.source === 'cfa')?.externalId ?? `CFA-${i}`;
    const bound = (await gql(a.url, UPSERT, { input: capp.map((c: any, i: number) => ({ externalId: numberOf(c, i), missionId: c.mission.id })) }, cfa)).upsertContracts.results;
    expect(bound.map((r: any) => r.status)).toEqual(capp.map((c: any) => (c.externalIds.some((e: any) => e.source === 'cfa') ? 'UNCHANGED' : 'CREATED')));

    const submitted = (await gql(a.url, '{ missions(first: 50, filter: { state: SUBMITTED }) { id version } }', {}, manager)).missions;
    const confirmed = (await gql(b.url, '{ missions(first: 50, filter: { state: CONFIRMED }) { id version } }', {}, manager)).missions;
    expect(submitted.length).toBeGreaterThan(3);
    expect(confirmed.length).toBeGreaterThan(2);

    // Everything at once, each write sent to both instances with the same version read.
    const payOf = (instance: number, i: number) => 2600 + 10 * i + instance;
    const upserts = [a, b].map((api, instance) =>
      gql(api.url, UPSERT, { input: bound.map((r: any, i: number) => ({ externalId: r.externalId, version: r.contract.version, monthlyGrossPay: payOf(instance, i) })) }, cfa).then((d) => {
        // The call that lost the race is never refused whole: it reports CONFLICT item by item.
        expect(d.upsertContracts.errors).toEqual([]);
        return d.upsertContracts.results;
      }),
    );
    const workflow = (name: string, missions: { id: string; version: number }[], extra = '') =>
      missions.map((m) => Promise.all([a, b].map((api) => gql(api.url, act(name, extra), { id: m.id, version: m.version }, manager).then((d) => d[name]))));
    const [fromA, fromB, requested, validated] = await Promise.all([
      upserts[0]!,
      upserts[1]!,
      Promise.all(workflow('requestMissionConfirmations', submitted)),
      Promise.all(workflow('validateMission', confirmed, ', acceptWarnings: true')),
    ]);

    // No lost update: per contract, exactly one of the two writes wins, the other is told CONFLICT, and the stored pay is the winner's.
    const contracts = (await gql(b.url, '{ contracts(first: 100, filter: { contractType: "CAPP" }) { id version monthlyGrossPay } }', {}, manager)).contracts;
    for (const [i, r] of bound.entries()) {
      const outcomes = [fromA[i], fromB[i]];
      const winners = outcomes.filter((o: any) => o.status === 'UPDATED');
      expect(winners, `contract ${r.externalId}`).toHaveLength(1);
      expect(outcomes.find((o: any) => o.status !== 'UPDATED').errors.map((e: any) => e.code)).toEqual(['CONFLICT']);
      const stored = contracts.find((c: any) => c.id === r.contract.id);
      expect(stored).toMatchObject({ version: r.contract.version + 1, monthlyGrossPay: payOf(fromA[i].status === 'UPDATED' ? 0 : 1, i) });
    }
    // A workflow step taken twice at once happens once: the other instance's answer is CONFLICT.
    const validatedIds: string[] = [];
    for (const [name, pairs] of [['requestMissionConfirmations', requested], ['validateMission', validated]] as const) {
      let done = 0;
      for (const pair of pairs) {
        const ok = pair.filter((p: any) => p.errors.length === 0);
        expect(ok.length, name).toBeLessThanOrEqual(1);
        const codes = pair.map((p: any) => p.errors.map((e: any) => e.code).join(','));
        if (ok.length === 1) {
          done += 1;
          expect(pair.find((p: any) => p.errors.length > 0).errors.map((e: any) => e.code)).toContain('CONFLICT');
          if (name === 'validateMission') validatedIds.push(ok[0].mission.id);
        } else {
          // Refused by a rule on both instances alike (the demo mission is not ready): not a race.
          expect(codes[0], name).toBe(codes[1]);
          expect(codes[0]).not.toContain('CONFLICT');
        }
      }
      expect(done, name).toBeGreaterThanOrEqual(1);
    }

    // Both instances' workers drain the queues.
    await until('the outbox and the webhook queue to drain', async () => (await count("select count(*) as n from outbox_mail where state <> 'SENT'")) === 0 && (await count(`select count(*) as n from webhook_delivery where state <> 'SENT' and ${OURS}`)) === 0);
    // Each mail exactly once: what the sink received is exactly the outbox, no copy, none missing.
    const outbox = (await sql.query("select \"to\", subject from outbox_mail where state = 'SENT' and sent_at >= $1 order by 1, 2", [since])).rows.map((r) => `${r.to}|${r.subject}`);
    const received = smtp.mails.map((m) => `${m.to.join(',')}|${m.subject}`).sort();
    expect(received).toEqual(outbox);
    // The confirmation requests of every submitted mission went out (tutor and HR each).
    expect(await count("select count(*) as n from outbox_mail where template like 'CONFIRMATION%'")).toBeGreaterThanOrEqual(submitted.length);
    // Each webhook exactly once: one request per delivery, no webhook-id twice.
    const deliveries = (await sql.query(`select id from webhook_delivery where state = 'SENT' and ${OURS} order by id`)).rows.map((r) => r.id as string);
    // One event per binding made (the demo's numbered ones were UNCHANGED), one per winning update, one per validation.
    expect(deliveries.length).toBeGreaterThanOrEqual(bound.filter((r: any) => r.status === 'CREATED').length + bound.length + validatedIds.length);
    expect(receiver.requests.map((r) => r.id).sort()).toEqual(deliveries);

    // The change feed read by pages, alternately from each instance: complete, in order, each event once.
    const events: { cursor: string; type: string; entityId: string }[] = [];
    let after: string | null = null;
    for (let page = 0; ; page += 1) {
      const api: ApiProcess = page % 2 ? b : a;
      const answer: any = (await gql(api.url, 'query($after: String) { changes(after: $after, first: 7) { endCursor hasMore events { cursor type entityId } } }', { after }, manager)).changes;
      events.push(...answer.events);
      after = answer.endCursor;
      if (!answer.hasMore) break;
    }
    const positions = events.map((e) => positionOf(e.cursor));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(new Set(positions).size).toBe(positions.length);
    expect(events.length).toBe(await count('select count(*) as n from change_event'));
    for (const id of validatedIds) expect(events.some((e) => e.type === 'MISSION_VALIDATED' && e.entityId === id), id).toBe(true);
    for (const r of bound) expect(events.filter((e) => e.type === 'CONTRACT_UPDATED' && e.entityId === r.contract.id).length, r.externalId).toBeGreaterThanOrEqual(1);
  }, 240_000);

  it('an instance killed (SIGKILL) in the middle of a delivery: the other retakes its claim once the lease runs out and finishes the work', async () => {
    for (const api of started.splice(0)) await api.stop();
    const lease = 15;
    const manager: Auth = {};
    const a = await start({ CLAIM_LEASE_SECONDS: String(lease) });
    manager.cookie = await signIn(a.url, MANAGER);
    receiver.holding = true;
    const before = receiver.requests.length;
    await registerReceiver(a.url, manager);
    const [target] = (await gql(a.url, '{ contracts(first: 1, filter: { contractType: "CAPP" }) { id version mission { id } externalIds { externalId } } }', {}, manager)).contracts;
    // A change through A (the CFA pushes a pay, or binds its identifier): its delivery is claimed by A at once and held open by the receiver.
    const externalId = target.externalIds[0]?.externalId;
    const item = externalId ? { externalId, version: target.version, monthlyGrossPay: 2750 } : { externalId: 'CFA-KILL', missionId: target.mission.id };
    const pushed = (await gql(a.url, UPSERT, { input: [item] }, await cfaToken(a.url, manager))).upsertContracts.results[0];
    expect(pushed.status).toBe(externalId ? 'UPDATED' : 'CREATED');
    const inFlight = await until('A to send the delivery', async () => receiver.requests[before]);
    const claimed = (await sql.query('select state, attempts, next_attempt_at from webhook_delivery where id = $1', [inFlight.id])).rows[0];
    expect(claimed).toMatchObject({ state: 'PENDING', attempts: 1 });

    a.kill('SIGKILL');
    expect((await a.exited).signal).toBe('SIGKILL');
    const killedAt = Date.now();
    receiver.holding = false;
    const b = await start({ CLAIM_LEASE_SECONDS: String(lease) });
    const bReady = Date.now();
    const leaseEnd = new Date(claimed.next_attempt_at).getTime();
    // Until the lease runs out the dead instance's claim is respected…
    if (Date.now() < new Date(claimed.next_attempt_at).getTime() - 2_000) expect(receiver.answered.filter((r) => r.id === inFlight.id)).toHaveLength(0);
    // …then B takes it over (its poller runs every 5 s) and delivers it: the same webhook-id, answered once.
    const done = await until('B to deliver the retaken claim', async () => receiver.answered.find((r) => r.id === inFlight.id), (lease + 20) * 1000);
    // Within a poll (5 s, plus slack for a loaded machine) of the later of B's start and the lease's end.
    expect(done.answeredAt! - Math.max(bReady, leaseEnd)).toBeLessThan(15_000);
    expect(done.answeredAt! - killedAt).toBeGreaterThan(0);
    expect(receiver.answered.filter((r) => r.id === inFlight.id)).toHaveLength(1);
    await until('B to record the delivery', async () => (await sql.query("select 1 from webhook_delivery where id = $1 and state = 'SENT'", [inFlight.id])).rowCount);
    expect((await sql.query('select state, attempts from webhook_delivery where id = $1', [inFlight.id])).rows[0]).toEqual({ state: 'SENT', attempts: 2 });
    await until('B to drain the queue', async () => (await count(`select count(*) as n from webhook_delivery where state <> 'SENT' and ${OURS}`)) === 0, 30_000);
    await b.stop();
  }, 180_000);
});
