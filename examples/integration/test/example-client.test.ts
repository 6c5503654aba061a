import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEMO_PASSWORD, signIn, startApi, type ApiProcess } from '@alternance/api-process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlternanceClient } from '../src/client.js';

// The example CFA client of docs/integration.md, run as documented (`node dist/run.js`)
// against the built API started as its own process on the demo data: a first run copies
// every contract the CFA's token sees and binds them to the CFA's numbers, later runs apply
// the change feed from the stored cursor — a change made in between is seen once — and a
// push retried under its key replays, under a new key changes nothing. Every run pushes back
// what the CFA's platform knows (its records file): a contract signed with its number, OPCO
// deposit and real dates, absences recorded, a rupture declared — written once, then
// UNCHANGED, with the office seeing them and the feed carrying them once. The CFA's token runs
// only registered operations: the office registers the client's manifest with the example's
// command (`node dist/register-operations.js`), and the client sends hashes, never text.

const exec = promisify(execFile);
const apiMain = join(dirname(createRequire(import.meta.url).resolve('@alternance/api/package.json')), 'dist', 'main.js');
const runJs = fileURLToPath(new URL('../dist/run.js', import.meta.url));
const registerJs = fileURLToPath(new URL('../dist/register-operations.js', import.meta.url));
const MANAGER = 'responsable@demo.alternance.test';
const dialects = process.env.DATABASE_URL_TEST ? (['sqlite', 'postgresql'] as const) : (['sqlite'] as const);

/**
 * A pass-through in front of the real API that keeps the bodies sent to /graphql: what the
 * client puts on the wire, checked by the test (the API answers, unchanged).
 */
async function recordingProxy(target: string): Promise<{ url: string; bodies: Record<string, unknown>[]; close(): Promise<void> }> {
  const bodies: Record<string, unknown>[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.url === '/graphql' && body.length) bodies.push(JSON.parse(body.toString('utf8')) as Record<string, unknown>);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)) as [string, string][]);
      fetch(`${target}${req.url}`, { method: req.method ?? 'GET', headers, ...(body.length ? { body } : {}) }).then(
        async (answer) => res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer())),
        () => res.writeHead(502).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A fresh PostgreSQL database on the test server; dropped after. */
async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL_TEST });
  await admin.connect();
  const name = `alt_example_${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL_TEST!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: process.env.DATABASE_URL_TEST });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

// Responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

interface Line {
  step: string;
  [key: string]: unknown;
}

describe.each(dialects)('the example CFA client against a started API (%s)', (dialect) => {
  let api: ApiProcess;
  let database: { url: string; drop(): Promise<void> } | null = null;
  let cookie: string;
  let token: string;
  let dir: string;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  // The client talks to the API through the recording proxy.
  const run = async (): Promise<Line> => {
    const { stdout } = await exec(process.execPath, [runJs], { cwd: dir, env: { ...process.env, ALTERNANCE_URL: proxy.url, ALTERNANCE_TOKEN: token, ALTERNANCE_CURSOR_FILE: join(dir, 'cursor.txt') } });
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    return Object.assign({}, ...lines.map((l) => ({ [l.step]: l })));
  };
  const office = async (query: string, variables: Record<string, unknown> = {}): Promise<any> => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  beforeAll(async () => {
    if (dialect === 'postgresql') database = await freshPostgres();
    api = await startApi({ main: apiMain, timeoutMs: 170_000, ...(database ? { env: { DATABASE_URL: database.url } } : {}) });
    proxy = await recordingProxy(api.url);
    cookie = await signIn(api.url, MANAGER);
    const issued = await fetch(`${api.url}/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      // What a partner gets by default, said explicitly: registered operations only.
      body: JSON.stringify({ name: 'CFA (exemple)', partner: 'cfa', adHocDocuments: false, scopes: ['contracts:read', 'students:read', 'changes:read', 'contracts:upsert', 'absences:write', 'rupture:declare'] }),
    });
    expect(issued.status).toBe(201);
    token = ((await issued.json()) as { token: string }).token;
    dir = mkdtempSync(join(tmpdir(), 'alt-example-'));
  });
  afterAll(async () => {
    await proxy?.close();
    await api?.stop();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs only once the office has registered its manifest, then sends every operation by its hash', async () => {
    // Not registered yet: the token runs nothing the client sends.
    const refused = await run().then(
      () => null,
      (error: { stderr?: string }) => error.stderr ?? '',
    );
    // One JSON line saying what is missing, not a stack trace.
    expect(JSON.parse(refused ?? '')).toMatchObject({ step: 'error', code: 'PERSISTED_QUERY_NOT_FOUND', hint: expect.stringContaining('register-operations') });
    // A mistyped (or revoked, or expired) secret is said so, not taken for an unregistered operation.
    const mistyped = await exec(process.execPath, [runJs], { cwd: dir, env: { ...process.env, ALTERNANCE_URL: proxy.url, ALTERNANCE_TOKEN: `${token}x`, ALTERNANCE_CURSOR_FILE: join(dir, 'cursor.txt') } }).then(
      () => null,
      (error: { stderr?: string }) => error.stderr ?? '',
    );
    expect(JSON.parse(mistyped ?? '')).toMatchObject({ step: 'error', code: 'UNAUTHENTICATED', hint: expect.stringContaining('ALTERNANCE_TOKEN') });
    // The office registers the client's manifest (codegen's), as docs/integration.md says.
    const registerEnv = { ...process.env, ALTERNANCE_URL: api.url, ALTERNANCE_TOKEN: token, ALTERNANCE_MANAGER_EMAIL: MANAGER, ALTERNANCE_MANAGER_PASSWORD: DEMO_PASSWORD };
    const registered = JSON.parse((await exec(process.execPath, [registerJs], { env: registerEnv })).stdout) as { operations: number; added: number; unchanged: number };
    expect(registered).toMatchObject({ operations: 6, added: 6, unchanged: 0 });
    // Again: nothing new; the token panel lists the six operations by name.
    expect(JSON.parse((await exec(process.execPath, [registerJs, '--replace'], { env: registerEnv })).stdout)).toMatchObject({ added: 0, unchanged: 6, removed: 0 });
    const tokens: { prefix: string; adHocDocuments: boolean; operations: { operationName: string }[] }[] = (await office('{ apiTokens { prefix adHocDocuments operations { operationName } } }')).apiTokens;
    const mine = tokens.find((t) => t.prefix === token.slice(0, 12))!;
    expect(mine.adHocDocuments).toBe(false);
    expect(mine.operations.map((o) => o.operationName).sort()).toEqual(['Changes', 'ContractsPage', 'DeclareRupture', 'StudentsPage', 'UpsertAbsences', 'UpsertContracts']);
    // Any other document is still refused to this token.
    const free = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ contracts(first: 1) { id } }' }) });
    expect(((await free.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('OPERATION_NOT_REGISTERED');
  });

  it('syncs fully, binds, pushes back what it knows, follows the feed from its stored cursor (a later change once), and a retried push replays', async () => {
    // What the office sees: every contract, of which the CFA's are the apprenticeships.
    type OfficeContract = { id: string; contractType: string; status: string; cursor: string; student: { id: string; cohort: string }; startDate: string; endDate: string; externalIds: { source: string; externalId: string }[] };
    const all: OfficeContract[] = [];
    for (let after: string | null = null; ; ) {
      const page: OfficeContract[] = (await office('query($after: String) { contracts(first: 100, after: $after) { id cursor contractType status startDate endDate student { id cohort } externalIds { source externalId } } }', { after })).contracts;
      all.push(...page);
      if (page.length < 100) break;
      after = page.at(-1)!.cursor;
    }
    const apprenticeships = all.filter((c) => c.contractType === 'CAPP');
    expect(apprenticeships.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(apprenticeships.length);

    // What the CFA's platform knows of one apprenticeship it numbered (the demo's APP-2025-…):
    // signed, deposited at the OPCO, its real dates; a half-day of training missed; its rupture.
    const open = new Set(((await office('{ ruptures(first: 100) { contract { id } } }')).ruptures as { contract: { id: string } }[]).map((r) => r.contract.id));
    const known = apprenticeships.find((c) => c.status === 'ACTIVE' && !open.has(c.id) && c.externalIds.some((e) => e.source === 'cfa'))!;
    expect(known).toBeDefined();
    const number = known.externalIds.find((e) => e.source === 'cfa')!.externalId;
    const days: { date: string; morning: string | null }[] = (await office('query($s: ID!, $f: Date!, $t: Date!) { alternantCalendar(studentId: $s, from: $f, to: $t) { date morning } }', { s: known.student.id, f: known.startDate, t: addDays(known.startDate, 90) })).alternantCalendar;
    // Signed on its platform to start two days later than the fiche said: the real dates.
    const realStart = addDays(known.startDate, 2);
    const trainingDay = days.find((d) => d.morning === 'TRAINING' && d.date > realStart)!.date;
    const lastDay = addDays(trainingDay, 60);
    expect(lastDay < known.endDate).toBe(true);
    const records = {
      contracts: [{ externalId: number, signed: true, signingDate: '2025-06-20', contractNumber: '013202506000123', opcoDepositDate: '2025-06-27', opcoDepositNumber: 'DECA-2025-0042', startDate: realStart, endDate: known.endDate }],
      absences: [{ externalId: 'CFA-ABS-0001', contractExternalId: number, date: trainingDay, half: 'AM' }],
      ruptures: [{ externalId: number, lastDay, reason: 'Rupture d’un commun accord, signée sur la plateforme du CFA' }],
    };
    writeFileSync(join(dir, 'cfa-records.json'), JSON.stringify(records));

    // 1. First run: the full copy, the binding push, and the records pushed back.
    const first = await run();
    const synced = first['full-sync'] as unknown as { contracts: { id: string; contractType: string; studentId: string; missionId: string; cfaId: string | null }[]; students: string[] };
    expect(synced.contracts.map((c) => c.id).sort()).toEqual(apprenticeships.map((c) => c.id).sort());
    expect(new Set(synced.contracts.map((c) => c.contractType))).toEqual(new Set(['CAPP']));
    for (const c of synced.contracts) expect(synced.students).toContain(c.studentId);
    // The demo's CFA already numbered a few (APP-2025-…): the push binds the others.
    const unbound = synced.contracts.filter((c) => c.cfaId === null);
    expect(unbound.length).toBeGreaterThan(0);
    expect(unbound.length).toBeLessThan(synced.contracts.length);
    const push = first.push as unknown as { idempotencyKey: string; results: { externalId: string; status: string }[] };
    expect(push.results).toHaveLength(unbound.length);
    expect(new Set(push.results.map((r) => r.status))).toEqual(new Set(['CREATED']));
    const pushed = first['push-records'] as any;
    // The demo's CFA had pushed its signature and deposit already (README: the year's contracts are signed): the
    // platform's record corrects their dates and numbers, and the real start.
    expect(pushed.contracts).toEqual([{ externalId: number, status: 'UPDATED', changedFields: expect.arrayContaining(['startDate', 'signingDate', 'contractNumber', 'opcoDepositDate', 'opcoDepositNumber']), errors: [] }]);
    expect(pushed.absences).toEqual([{ externalId: 'CFA-ABS-0001', status: 'CREATED', state: 'RECORDED', changedFields: ['externalId', 'date', 'half'], errors: [] }]);
    expect(pushed.ruptures).toEqual([{ externalId: number, ruptureId: expect.any(String), state: 'REQUESTED', errors: [] }]);
    // The office sees what the CFA pushed: the signature and deposit, the absence, the declared rupture.
    const seen = (await office('query($id: ID!) { contract(id: $id) { startDate signed signingDate contractNumber opcoDepositDate opcoDepositNumber status ruptures { id state declaredBySource declaredLastDay } } }', { id: known.id })).contract;
    expect(seen).toEqual({ startDate: realStart, signed: true, signingDate: '2025-06-20', contractNumber: '013202506000123', opcoDepositDate: '2025-06-27', opcoDepositNumber: 'DECA-2025-0042', status: 'ACTIVE', ruptures: [{ id: pushed.ruptures[0].ruptureId, state: 'REQUESTED', declaredBySource: 'cfa', declaredLastDay: lastDay }] });
    const absences = (await office('query($s: ID!) { absences(filter: { studentId: $s }) { date half state source } }', { s: known.student.id })).absences;
    expect(absences).toContainEqual({ date: trainingDay, half: 'AM', state: 'RECORDED', source: 'cfa' });

    // 2. Second run: the feed since the stored cursor — the binding push's events, each contract
    // once, and the records' (signed, absence, rupture declared); the same records pushed again change nothing.
    const secondRun = await run();
    const second = secondRun.incremental as unknown as { events: { type: string; entityType: string; entityId: string; contractType: string; fields: string[] | null }[] };
    const bindEvents = second.events.filter((e) => e.entityId !== known.id && e.entityType === 'Contract');
    expect(bindEvents.map((e) => e.entityId).sort()).toEqual(unbound.map((c) => c.id).sort());
    expect(second.events.filter((e) => e.entityId === known.id).map((e) => [e.type, e.fields?.includes('ruptureDeclared') ? 'ruptureDeclared' : e.fields?.includes('contractNumber') ? 'signed' : e.fields])).toEqual([
      ['CONTRACT_UPDATED', 'signed'],
      ['CONTRACT_UPDATED', 'ruptureDeclared'],
    ]);
    expect(second.events.filter((e) => e.type === 'ABSENCE_RECORDED')).toHaveLength(1);
    expect(second.events).toHaveLength(unbound.length + 3);
    expect(second.events.every((e) => e.contractType === 'CAPP')).toBe(true);
    const again = secondRun['push-records'] as any;
    expect(again.contracts.map((r: any) => r.status)).toEqual(['UNCHANGED']);
    expect(again.absences.map((r: any) => r.status)).toEqual(['UNCHANGED']);
    expect(again.ruptures).toEqual(pushed.ruptures);

    // 3. The manager publishes a change to the calendar of an apprentice's cohort: one CAPP event.
    const capp = apprenticeships[0]!;
    const calendars: { code: string; cohorts: string[] }[] = (await office('{ calendars { code cohorts } }')).calendars;
    let published = false;
    for (const { code } of calendars.filter((c) => c.cohorts.includes(capp.student.cohort))) {
      const calendar = (await office('query($code: String!) { calendar(code: $code) { version days { date am pm } } }', { code })).calendar;
      const day = (calendar.days as { date: string; am: string; pm: string }[]).find((d) => d.am === 'COMPANY' && d.pm === 'COMPANY' && d.date >= capp.startDate && d.date <= capp.endDate);
      if (!day) continue;
      const set = await office('mutation($code: String!, $v: Int!, $d: Date!) { setCalendarHalfDays(code: $code, version: $v, from: { date: $d, half: AM }, to: { date: $d, half: PM }, kind: TRAINING) { calendar { version } errors { code message } } }', { code, v: calendar.version, d: day.date });
      expect(set.setCalendarHalfDays.errors).toEqual([]);
      const result = await office('mutation($code: String!, $v: Int!) { publishCalendar(code: $code, version: $v) { errors { code message } } }', { code, v: set.setCalendarHalfDays.calendar.version });
      expect(result.publishCalendar.errors).toEqual([]);
      published = true;
      break;
    }
    expect(published).toBe(true);
    const third = (await run()).incremental as unknown as { events: { type: string; entityType: string; contractType: string }[] };
    // The second run's records push wrote nothing: the calendar's event alone.
    expect(third.events).toEqual([{ type: 'CALENDAR_PUBLISHED', entityType: 'Calendar', entityId: expect.any(String), contractType: 'CAPP', fields: null }]);
    // 4. Nothing new: nothing seen, the cursor stays.
    expect(((await run()).incremental as unknown as { events: unknown[] }).events).toEqual([]);

    // 5. The push again: the same key replays the first answer, a new key finds nothing to change.
    const client = new AlternanceClient(proxy.url, token);
    // The first run's payload, rebuilt the way run.ts built it (same order, same key).
    const original = unbound.map((c) => ({ externalId: `CFA-${c.id.slice(0, 8).toUpperCase()}`, missionId: c.missionId }));
    expect(new Set((await client.pushContracts(original, push.idempotencyKey)).map((r) => r.status))).toEqual(new Set(['CREATED']));
    expect(new Set((await client.pushContracts(original, `${push.idempotencyKey}-again`)).map((r) => r.status))).toEqual(new Set(['UNCHANGED']));
    // Unchanged writes nothing: the feed has nothing new.
    expect(((await run()).incremental as unknown as { events: unknown[] }).events).toEqual([]);

    // On the wire, every request of the runs was a registered hash and its variables, never a document's text.
    expect(proxy.bodies.length).toBeGreaterThan(8);
    for (const body of proxy.bodies) {
      expect(Object.keys(body).sort()).toEqual(['documentId', 'variables']);
      expect(body.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
  });
});
