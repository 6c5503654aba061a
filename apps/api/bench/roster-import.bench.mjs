#!/usr/bin/env node
/* global fetch */
// Roster import bench (issue 10 §1), on the built API over real HTTP on localhost, on a SQLite
// file, and on PostgreSQL too when DATABASE_URL_TEST is set:
//  - 5,000 rows (the documented maximum) through startRosterImport, polled until DONE
//    (target ≤ 10 s), against a plain batched insert of the same rows (students, OPAs,
//    missions, audit rows: multi-row INSERTs through the same driver, one transaction) in
//    the same run, with their ratio;
//  - SQL statements per chunk of 100 rows (counted through the ORM's query log);
//  - /healthz answered throughout: latency of a request sent every 20 ms during the import,
//    and the longest the event loop was held (perf_hooks), target ≈ 100 ms; /healthz waits
//    the longest during the apply step (SQLite: the API's one connection is the import's).
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { nameSortKey } from '@alternance/domain';
import { migrate, openDatabase } from '../dist/db/orm.js';
import { readEnv } from '../dist/env.js';
import { AuditEvent } from '../dist/modules/audit/audit-event.entity.js';
import { User } from '../dist/modules/auth/auth.entities.js';
import { hashPassword } from '../dist/modules/auth/secrets.js';
import { Mission } from '../dist/modules/missions/mission.entities.js';
import { Organisation, Student } from '../dist/modules/people/people.entities.js';
import { seedReferenceData } from '../dist/modules/reference-data/reference-data.service.js';
import { IMPORT_CHUNK } from '../dist/modules/roster/roster-import-check.js';
import { buildApp } from '../dist/server.js';
import { fixedClock } from '../dist/shared/clock.js';
import { machineFacts } from './machine.mjs';

const ROWS = 5_000;
const out = console.log;

/** 5,000 rows like a roster of new students: fifty OPAs, one row in three with a request date (submitted: every rule runs). */
const rows = (prefix, siretBase) =>
  Array.from({ length: ROWS }, (_, i) => ({
    lastName: `Nom${i}`, firstName: `Prénom${i}`, email: `${prefix}${i}@etu.example`, birthDate: `200${i % 6}-05-1${i % 10}`,
    cohort: ['M2-2026', 'M2-2025', 'MASTER-2025'][i % 3], status: i % 7 === 0 ? 'FC' : 'FI', contractType: i % 7 === 0 ? 'CPRO' : 'CAPP',
    startDate: '2026-09-03', endDate: '2027-09-03', ...(i % 3 === 0 ? { requestDate: '2026-07-01' } : {}),
    company: `OPA ${i % 50}`, siret: String(siretBase + (i % 50)), monthlyGrossPay: 2100,
  }));

/** A fresh database of the dialect: a temporary SQLite file, or a new PostgreSQL database on DATABASE_URL_TEST's server. */
async function setUp(dialect) {
  let url;
  let drop;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'alt-bench-import-'));
    url = join(dir, 'bench.sqlite');
    drop = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const admin = process.env.DATABASE_URL_TEST;
    const name = `alt_bench_import_${process.pid}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
    await client.end();
    const location = new URL(admin);
    location.pathname = `/${name}`;
    url = location.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const orm = await openDatabase({ dialect, url });
  await migrate(orm);
  await seedReferenceData(orm.em.fork());
  return { url, orm, drop };
}

// The baseline: the same rows as plain multi-row INSERTs (100 rows a statement), one transaction, no checks.
async function plainInsert(orm, input) {
  const t0 = performance.now();
  await orm.em.fork().transactional(async (em) => {
    const organisations = new Map();
    for (const r of input) if (!organisations.has(r.siret)) organisations.set(r.siret, { id: randomUUID(), siret: r.siret, name: r.company });
    await em.insertMany(Organisation, [...organisations.values()].map((o) => ({ ...o, version: 1, createdAt: new Date(), updatedAt: new Date() })));
    for (let start = 0; start < input.length; start += IMPORT_CHUNK) {
      const chunk = input.slice(start, start + IMPORT_CHUNK);
      const now = new Date();
      const students = chunk.map((r) => ({ id: randomUUID(), version: 1, createdAt: now, updatedAt: now, email: r.email, lastName: r.lastName, firstName: r.firstName, sortName: nameSortKey(r.lastName, r.firstName), birthDate: r.birthDate, status: r.status, cohort: r.cohort, foreign: false, aptObtained: false, repeating: false, professionalisationValidated: false }));
      await em.insertMany(Student, students);
      const missions = chunk.map((r, i) => ({ id: randomUUID(), version: 1, createdAt: now, updatedAt: now, student: students[i].id, state: r.requestDate ? 'SUBMITTED' : 'DRAFT', cohort: r.cohort, contractType: r.contractType, startDate: r.startDate, endDate: r.endDate, monthlyGrossPayCents: r.monthlyGrossPay * 100, organisation: organisations.get(r.siret).id, title: `${r.contractType} ${r.company}`, context: '', objectives: '', deliverables: '', requestDate: r.requestDate ?? null, findings: [], findingCodes: '' }));
      await em.insertMany(Mission, missions);
      await em.insertMany(AuditEvent, missions.map((m) => ({ id: randomUUID(), version: 1, createdAt: now, updatedAt: now, at: now, actorType: 'USER', actorId: 'bench', actorLabel: 'Bench', role: 'MANAGER', entityType: 'Mission', entityId: m.id, action: 'IMPORT', fields: [] })));
    }
  });
  return performance.now() - t0;
}

async function benchDialect(dialect) {
  const { url, orm, drop } = await setUp(dialect);
  await orm.em.fork().persistAndFlush(Object.assign(new User(), { email: 'bench@miage.example', displayName: 'Bench', role: 'MANAGER', passwordHash: await hashPassword('Bench-Password-2026') }));
  const app = await buildApp({ env: readEnv({ DATABASE_URL: url }), orm, clock: fixedClock('2026-07-01') });
  await app.server.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${app.server.server.address().port}`;
  const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@miage.example', password: 'Bench-Password-2026' }) });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const gql = async (query, variables) => {
    const body = await (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) })).json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const START = `mutation($rows: [RosterImportRow!]!) { startRosterImport(rows: $rows) { job { id } errors { message } } }`;
  const JOB = `query($id: ID!) { rosterImportJob(id: $id) { state processed imported errors { message } } }`;

  let runs = 0;
  async function importOnce(prefix, { countStatements = false } = {}) {
    const siretBase = 30_000_000_000_000 + 1_000 * runs++;
    let statements = 0;
    const logger = orm.config.getLogger();
    const original = logger.logQuery.bind(logger);
    if (countStatements) {
      logger.logQuery = () => void (statements += 1);
      orm.config.set('debug', ['query']);
    }
    const health = [];
    let running = true;
    const pinger = (async () => {
      while (running) {
        const t0 = performance.now();
        const response = await fetch(`${base}/healthz`);
        await response.arrayBuffer();
        health.push({ ms: performance.now() - t0, ok: response.status === 200 });
        await sleep(20);
      }
    })();
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const t0 = performance.now();
    const started = await gql(START, { rows: rows(prefix, siretBase) });
    if (started.startRosterImport.errors.length) throw new Error(JSON.stringify(started.startRosterImport.errors));
    // The job's own work, apart from the request that carries the 5,000 rows (JSON parse and GraphQL coercion of ~70,000 values).
    const jobLoop = monitorEventLoopDelay({ resolution: 5 });
    jobLoop.enable();
    let job;
    for (;;) {
      job = (await gql(JOB, { id: started.startRosterImport.job.id })).rosterImportJob;
      if (job.state === 'DONE' || job.state === 'FAILED') break;
      await sleep(50);
    }
    const ms = performance.now() - t0;
    loop.disable();
    jobLoop.disable();
    running = false;
    await pinger;
    if (countStatements) {
      orm.config.set('debug', false);
      logger.logQuery = original;
    }
    if (job.state !== 'DONE' || job.imported !== ROWS) throw new Error(`import ${job.state}: ${JSON.stringify(job.errors.slice(0, 3))}`);
    const sorted = health.map((h) => h.ms).sort((a, b) => a - b);
    return { ms, statements, health: { n: health.length, failed: health.filter((h) => !h.ok).length, p50: sorted[Math.floor(sorted.length / 2)], p99: sorted[Math.floor(sorted.length * 0.99)], max: sorted.at(-1) }, loopMaxMs: loop.max / 1e6, jobLoopMaxMs: jobLoop.max / 1e6 };
  }

  const warm = await importOnce('warm-');
  const measured = [];
  for (let i = 0; i < 3; i++) measured.push(await importOnce(`run${i}-`, { countStatements: i === 0 }));
  const plain = [];
  for (let i = 0; i < 3; i++) plain.push(await plainInsert(orm, rows(`plain${i}-`, 40_000_000_000_000 + 1_000 * i)));
  await app.close();
  await orm.close();
  await drop();

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const importMs = median(measured.map((m) => m.ms));
  const plainMs = median(plain);
  const chunks = Math.ceil(ROWS / IMPORT_CHUNK);
  out(`— ${dialect} —`);
  out(`roster import, ${ROWS} rows (job over HTTP, polled): median ${(importMs / 1000).toFixed(2)} s of 3 runs (${measured.map((m) => (m.ms / 1000).toFixed(2)).join(', ')} s; warm-up ${(warm.ms / 1000).toFixed(2)} s) — target ≤ 10 s`);
  out(`plain batched insert of the same rows (students, OPAs, missions, audit; 100-row INSERTs, one transaction): median ${plainMs.toFixed(0)} ms → import / plain = ${(importMs / plainMs).toFixed(1)}×`);
  out(`SQL statements: ${measured[0].statements} for ${chunks} chunks of ${IMPORT_CHUNK} rows → ${(measured[0].statements / chunks).toFixed(1)} per chunk (constant: see test/roster-import.test.ts)`);
  for (const [i, m] of measured.entries()) {
    out(`run ${i + 1}: /healthz ${m.health.n} requests during the import, ${m.health.failed} failed, latency p50 ${m.health.p50.toFixed(1)} ms, p99 ${m.health.p99.toFixed(1)} ms, max ${m.health.max.toFixed(1)} ms; event loop held at most ${m.loopMaxMs.toFixed(0)} ms (after the start request answered: ${m.jobLoopMaxMs.toFixed(0)} ms)`);
  }
}

out(`machine: ${machineFacts()}`);
await benchDialect('sqlite');
if (process.env.DATABASE_URL_TEST) await benchDialect('postgresql');
else out('PostgreSQL: skipped (set DATABASE_URL_TEST to a server where databases may be created)');
out(`machine after: ${machineFacts()}`);
