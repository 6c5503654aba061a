#!/usr/bin/env node
/* global fetch, Buffer */
// API benchmarks (issue 3 §8), on the built API over real HTTP on localhost, SQLite file:
//  1. checkContracts of 1,000 rows: median latency;
//  2. listing contracts with student, OPA and tutors: SQL statements per request for two page
//     sizes (must not grow), and the request rate of the GraphQL page against the same data
//     read by one hand-written SQL query through the same driver and served by the same
//     HTTP server (plain route), measured in one run, with their ratio (target ≥ 30 %).
// Each figure is given by wall time and by this process's CPU time (client, server and SQLite
// all run here), which other processes' load does not inflate; checkContracts also gets its
// second floor, the JSON and UTF-8 work of its request and answer measured alone (issue 15).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase } from '../dist/db/orm.js';
import { readEnv } from '../dist/env.js';
import { seedReferenceData, loadReferenceData } from '../dist/modules/reference-data/reference-data.service.js';
import { hashPassword } from '../dist/modules/auth/secrets.js';
import { User } from '../dist/modules/auth/auth.entities.js';
import { buildApp } from '../dist/server.js';
import { fixedClock } from '../dist/shared/clock.js';
import { seedContracts, rosterInputs } from './bench-data.mjs';
import { machineFacts } from './machine.mjs';
import { checkContracts } from '@alternance/domain';

const CONTRACTS = 1_000;
const dir = mkdtempSync(join(tmpdir(), 'alt-bench-'));
const orm = await openDatabase({ dialect: 'sqlite', url: join(dir, 'bench.sqlite') });
const quiet = console.log;
await migrate(orm);
await seedReferenceData(orm.em.fork());
const data = await loadReferenceData(orm.em.fork());
await seedContracts(orm, data, CONTRACTS);
const em = orm.em.fork();
await em.persistAndFlush(Object.assign(new User(), { email: 'bench@miage.example', displayName: 'Bench', role: 'MANAGER', passwordHash: await hashPassword('Bench-Password-2026') }));

const env = readEnv({ DATABASE_URL: join(dir, 'bench.sqlite') });
const app = await buildApp({ env, orm, clock: fixedClock('2025-07-01') });

// The hand-written baseline: one SQL statement through the same driver, same HTTP server.
const BASELINE_SQL = `select c.id, c.contract_type, c.start_date, c.end_date, s.first_name, s.last_name, s.email,
  o.name as opa_name, o.siret as opa_siret, t1.first_name as t1_first, t1.last_name as t1_last, t1.email as t1_email,
  t2.first_name as t2_first, t2.last_name as t2_last, t2.email as t2_email
  from contract c join student s on s.id = c.student_id join mission m on m.id = c.mission_id
  left join organisation o on o.id = m.organisation_id left join company_tutor t1 on t1.id = m.tutor1_id
  left join company_tutor t2 on t2.id = m.tutor2_id order by c.start_date, c.id limit ? offset ?`;
app.server.get('/bench/sql-contracts', async (request) => {
  const { first = '100', offset = '0' } = request.query;
  const rows = await orm.em.fork().getConnection().execute(BASELINE_SQL, [Number(first), Number(offset)]);
  return rows.map((r) => ({
    id: r.id, contractType: r.contract_type, startDate: r.start_date, endDate: r.end_date,
    student: { firstName: r.first_name, lastName: r.last_name, email: r.email },
    mission: { organisation: r.opa_name === null ? null : { name: r.opa_name, siret: r.opa_siret },
      tutor1: r.t1_first === null ? null : { firstName: r.t1_first, lastName: r.t1_last, email: r.t1_email },
      tutor2: r.t2_first === null ? null : { firstName: r.t2_first, lastName: r.t2_last, email: r.t2_email } },
  }));
});

await app.server.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${app.server.server.address().port}`;
const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@miage.example', password: 'Bench-Password-2026' }) });
const cookie = login.headers.get('set-cookie').split(';')[0];
const gql = async (query, variables) => {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};


const PAGE_AFTER = `query($first: Int!, $after: String) { contracts(first: $first, after: $after) { id cursor contractType startDate endDate
  student { firstName lastName email } mission { organisation { name siret } tutor1 { firstName lastName email } tutor2 { firstName lastName email } } } }`;
const allPages = async () => { let after = null; for (;;) { const page = (await gql(PAGE_AFTER, { first: 100, after })).contracts; if (page.length < 100) return; after = page.at(-1).cursor; } };
const sqlTen = async () => { for (let k = 0; k < 10; k++) await (await fetch(`${base}/bench/sql-contracts?first=100&offset=${k * 100}`)).json(); };
const cpuNow = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const mode = process.env.PROBE ?? 'both';
for (let i = 0; i < 5; i++) { await allPages(); await sqlTen(); }
const N = Number(process.env.N ?? 60);
const t = async (fn) => { const c0 = cpuNow(); for (let i = 0; i < N; i++) await fn(); return (cpuNow() - c0) / N; };
const res = {};
if (mode !== 'sql') res.gql = await t(allPages);
if (mode !== 'gql') res.sql = await t(sqlTen);
console.log(JSON.stringify(res), (res.sql / res.gql * 100).toFixed(0) + '% (ten-vs-ten)');
await app.close(); await orm.close(); rmSync(dir, { recursive: true, force: true });
