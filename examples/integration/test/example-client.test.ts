import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { signIn, startApi, type ApiProcess } from '@alternance/api-process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlternanceClient } from '../src/client.js';

// The example CFA client of docs/integration.md, run as documented (`node dist/run.js`)
// against the built API started as its own process on the demo data: a first run copies
// every contract the CFA's token sees and binds them to the CFA's numbers, later runs apply
// the change feed from the stored cursor — a change made in between is seen once — and a
// push retried under its key replays, under a new key changes nothing.

const exec = promisify(execFile);
const apiMain = join(dirname(createRequire(import.meta.url).resolve('@alternance/api/package.json')), 'dist', 'main.js');
const runJs = fileURLToPath(new URL('../dist/run.js', import.meta.url));
const dialects = process.env.DATABASE_URL_TEST ? (['sqlite', 'postgresql'] as const) : (['sqlite'] as const);

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
  const run = async (): Promise<Line> => {
    const { stdout } = await exec(process.execPath, [runJs], { cwd: dir, env: { ...process.env, ALTERNANCE_URL: api.url, ALTERNANCE_TOKEN: token, ALTERNANCE_CURSOR_FILE: join(dir, 'cursor.txt') } });
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
    cookie = await signIn(api.url, 'responsable@demo.alternance.test');
    const issued = await fetch(`${api.url}/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: 'CFA (exemple)', partner: 'cfa', adHocDocuments: true, scopes: ['contracts:read', 'students:read', 'changes:read', 'contracts:upsert'] }),
    });
    expect(issued.status).toBe(201);
    token = ((await issued.json()) as { token: string }).token;
    dir = mkdtempSync(join(tmpdir(), 'alt-example-'));
  });
  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('syncs fully, binds, follows the feed from its stored cursor (a later change once), and a retried push replays', async () => {
    // What the office sees: every contract, of which the CFA's are the apprenticeships.
    const all: { id: string; contractType: string; cursor: string; student: { id: string; cohort: string }; startDate: string; endDate: string }[] = [];
    for (let after: string | null = null; ; ) {
      const page: typeof all = (await office('query($after: String) { contracts(first: 100, after: $after) { id cursor contractType startDate endDate student { id cohort } } }', { after })).contracts;
      all.push(...page);
      if (page.length < 100) break;
      after = page.at(-1)!.cursor;
    }
    const apprenticeships = all.filter((c) => c.contractType === 'CAPP');
    expect(apprenticeships.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(apprenticeships.length);

    // 1. First run: the full copy and the binding push.
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

    // 2. Second run: the feed since the stored cursor — the binding push's events, each contract once.
    const second = (await run()).incremental as unknown as { events: { type: string; entityId: string; contractType: string }[] };
    expect(second.events.map((e) => e.entityId).sort()).toEqual(unbound.map((c) => c.id).sort());
    expect(second.events.every((e) => e.contractType === 'CAPP')).toBe(true);

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
    expect(third.events).toEqual([{ type: 'CALENDAR_PUBLISHED', entityType: 'Calendar', entityId: expect.any(String), contractType: 'CAPP' }]);
    // 4. Nothing new: nothing seen, the cursor stays.
    expect(((await run()).incremental as unknown as { events: unknown[] }).events).toEqual([]);

    // 5. The push again: the same key replays the first answer, a new key finds nothing to change.
    const client = new AlternanceClient(api.url, token);
    // The first run's payload, rebuilt the way run.ts built it (same order, same key).
    const original = unbound.map((c) => ({ externalId: `CFA-${c.id.slice(0, 8).toUpperCase()}`, missionId: c.missionId }));
    expect(new Set((await client.pushContracts(original, push.idempotencyKey)).map((r) => r.status))).toEqual(new Set(['CREATED']));
    expect(new Set((await client.pushContracts(original, `${push.idempotencyKey}-again`)).map((r) => r.status))).toEqual(new Set(['UNCHANGED']));
    // Unchanged writes nothing: the feed has nothing new.
    expect(((await run()).incremental as unknown as { events: unknown[] }).events).toEqual([]);
  });
});
