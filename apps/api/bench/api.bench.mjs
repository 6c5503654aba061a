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
// No timed sweeps (reminders, stoppages): their first run fell into the statement count of the
// first page under load ("first=10 → 7 … GROWS"), and they are no request's work.
const app = await buildApp({ env, orm, clock: fixedClock('2025-07-01'), sweeps: false });

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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Client and server share this process (SQLite runs in it too): its CPU time per run is what
// the work costs, whatever the other processes of a loaded machine take (issue 15).
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
async function timeRuns(n, fn, cpu = []) {
  for (let i = 0; i < 3; i++) await fn();
  const times = [];
  for (let i = 0; i < n; i++) {
    const c0 = cpuNow();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
    cpu.push(cpuNow() - c0);
  }
  return times;
}

// 1. checkContracts, 1,000 rows.
const inputs = rosterInputs(1_000);
const CHECK = `query($inputs: [ContractInput!]!) { checkContracts(inputs: $inputs) { durationMonths findings { code severity field message ref } windows { startDate { min max } endDate { min max } } } }`;
const checkCpu = [];
const checkTimes = await timeRuns(21, () => gql(CHECK, { inputs }), checkCpu);
// The domain's time for the same rows in the same process (issue 15: HTTP ≤ 3× it): what is left is JSON, GraphQL and HTTP.
const domainCpu = [];
const domainTimes = await timeRuns(21, async () => checkContracts(inputs, { referenceData: data, today: '2025-07-01' }), domainCpu);
const findings = (await gql(CHECK, { inputs })).checkContracts.reduce((n, c) => n + c.findings.length, 0);
// The second floor: the JSON and UTF-8 work any client and server of this API must do for the
// same request and answer, without GraphQL, HTTP or rules — stringify the request, encode it,
// decode and parse it; stringify the answer, encode it, decode and parse it. Measured alone,
// in this process, on the exact texts the API sent and answered.
const requestText = JSON.stringify({ query: CHECK, variables: { inputs } });
const answerText = await (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: requestText })).text();
const answerValue = JSON.parse(answerText);
const jsonCpu = [];
const jsonTimes = await timeRuns(21, async () => {
  JSON.parse(Buffer.from(JSON.stringify({ query: CHECK, variables: { inputs } })).toString());
  JSON.parse(Buffer.from(JSON.stringify(answerValue)).toString());
}, jsonCpu);

// 2. Listing contracts with student, OPA and tutors.
const LIST = `query($first: Int!, $offset: Int!) { contracts(first: $first, offset: $offset) { id contractType startDate endDate
  student { firstName lastName email } mission { organisation { name siret } tutor1 { firstName lastName email } tutor2 { firstName lastName email } } } }`;
let statements = 0;
const logger = orm.config.getLogger();
const logQuery = logger.logQuery.bind(logger);
// The mail and webhook pollers run after each response (onResponse): not the request's statements,
// and under load they land in the next request's count.
logger.logQuery = (context) => { if (!/webhook_delivery|outbox_mail/.test(context.query)) statements += 1; };
orm.config.set('debug', ['query']);
const perRequest = {};
for (const first of [10, 100]) {
  statements = 0;
  await gql(LIST, { first, offset: 0 });
  perRequest[first] = statements;
}
orm.config.set('debug', false);
logger.logQuery = logQuery;

async function rate(fn, ms) {
  let n = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    await fn();
    n += 1;
  }
  return n / (ms / 1000);
}
const page = { first: 100, offset: 0 };
const graphqlPage = () => gql(LIST, page);
const sqlPage = async () => (await fetch(`${base}/bench/sql-contracts?first=100&offset=0`)).json();
for (let i = 0; i < 30; i++) {
  await graphqlPage();
  await sqlPage();
}
// Alternating short rounds, so that both sides see the same machine load (the other helpers'
// builds come and go within seconds); which side goes first alternates too. The verdict is the
// median of the rounds' ratios, with their spread.
const ROUNDS = 15;
// CPU time of one page of 100 each way, over the same number of requests (a steadier verdict on a loaded machine).
const pageCpu = async (fn) => {
  const c0 = cpuNow();
  for (let i = 0; i < 40; i++) await fn();
  return (cpuNow() - c0) / 40;
};
const pageCpuG = [];
const pageCpuQ = [];
for (let i = 0; i < 5; i++) {
  pageCpuG.push(await pageCpu(graphqlPage));
  pageCpuQ.push(await pageCpu(sqlPage));
}
const rounds = [];
for (let i = 0; i < ROUNDS; i++) {
  const first = i % 2 === 0;
  const g1 = first ? await rate(graphqlPage, 400) : null;
  const q = await rate(sqlPage, 400);
  const g = first ? g1 : await rate(graphqlPage, 400);
  rounds.push({ g, q, ratio: g / q });
}
const mid = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)];
const gqlRate = mid.g;
const sqlRate = mid.q;
// The whole 1,000: ten GraphQL pages, each after the last one's cursor (keyset, no OFFSET), against one SQL request of 1,000 rows.
const PAGE_AFTER = `query($first: Int!, $after: String) { contracts(first: $first, after: $after) { id cursor contractType startDate endDate
  student { firstName lastName email } mission { organisation { name siret } tutor1 { firstName lastName email } tutor2 { firstName lastName email } } } }`;
const allPages = async () => {
  let after = null;
  let read = 0;
  for (;;) {
    const page = (await gql(PAGE_AFTER, { first: 100, after })).contracts;
    read += page.length;
    if (page.length < 100) return read;
    after = page.at(-1).cursor;
  }
};
if ((await allPages()) !== CONTRACTS) throw new Error('the cursor pages did not read every contract');
// Pairs of runs, alternately GraphQL first and SQL first; the median of the pairs' ratios.
const allSqlRequest = async () => (await fetch(`${base}/bench/sql-contracts?first=${CONTRACTS}&offset=0`)).json();
for (let i = 0; i < 3; i++) { await allPages(); await allSqlRequest(); }
const pairs = [];
for (let i = 0; i < 15; i++) {
  const timed = async (fn) => { const c0 = cpuNow(); const t0 = performance.now(); await fn(); return { ms: performance.now() - t0, cpu: cpuNow() - c0 }; };
  const g1 = i % 2 === 0 ? await timed(allPages) : null;
  const q = await timed(allSqlRequest);
  const g = g1 ?? (await timed(allPages));
  pairs.push({ g: g.ms, q: q.ms, ratio: q.ms / g.ms, gCpu: g.cpu, qCpu: q.cpu });
}
// What ten round trips cost without GraphQL: the hand-written SQL route read in ten pages of
// 100 (by offset), against its one request of 1,000, by CPU time: the ceiling of the ratio for
// any ten-request reading of this data through this HTTP server.
const sqlTenPages = async () => {
  for (let k = 0; k < CONTRACTS / 100; k++) await (await fetch(`${base}/bench/sql-contracts?first=100&offset=${k * 100}`)).json();
};
const tenSqlCpu = [];
await timeRuns(15, sqlTenPages, tenSqlCpu);
// The same pages by CPU time: the median CPU of each side, and their ratio.
const allGqlCpu = median(pairs.map((p) => p.gCpu));
const allSqlCpu = median(pairs.map((p) => p.qCpu));
const allMid = [...pairs].sort((a, b) => a.ratio - b.ratio)[Math.floor(pairs.length / 2)];
const allGql = median(pairs.map((p) => p.g));
const allSql = median(pairs.map((p) => p.q));
const spread = (xs) => `${Math.round(Math.min(...xs) * 100)}–${Math.round(Math.max(...xs) * 100)} %`;

await app.close();
await orm.close();
rmSync(dir, { recursive: true, force: true });

quiet(`machine: ${machineFacts()}`);
quiet(`checkContracts over HTTP, 1,000 rows (${findings} findings): median ${median(checkTimes).toFixed(1)} ms (min ${Math.min(...checkTimes).toFixed(1)}, max ${Math.max(...checkTimes).toFixed(1)}, 21 runs); the domain alone, same rows, same process: median ${median(domainTimes).toFixed(2)} ms → HTTP / domain = ${(median(checkTimes) / median(domainTimes)).toFixed(1)}× (target ≤ 3×)`);
const [cCheck, cDomain, cJson] = [median(checkCpu), median(domainCpu), median(jsonCpu)];
quiet(`  same by CPU time of this process (client + server + SQLite), medians of 21: HTTP ${cCheck.toFixed(1)} ms, domain ${cDomain.toFixed(2)} ms → ${(cCheck / cDomain).toFixed(1)}×; second floor, JSON + UTF-8 of the request (${(requestText.length / 1000).toFixed(0)} kB) and the answer (${(answerText.length / 1000).toFixed(0)} kB) alone: ${cJson.toFixed(2)} ms CPU (wall median ${median(jsonTimes).toFixed(2)} ms) → domain + JSON = ${((cDomain + cJson) / cDomain).toFixed(1)}× the domain: the least any HTTP+JSON answer of this size can be; what HTTP+GraphQL add over that floor: ${(cCheck - cDomain - cJson).toFixed(1)} ms CPU`);
quiet(`contracts list, SQL statements per request: first=10 → ${perRequest[10]}, first=100 → ${perRequest[100]} (${perRequest[10] === perRequest[100] ? 'constant' : 'GROWS'})`);
quiet(`contracts page of 100 with student, OPA, tutors (median of ${ROUNDS} alternating rounds of 0.4 s): GraphQL ${gqlRate.toFixed(0)} req/s, hand-written SQL ${sqlRate.toFixed(0)} req/s → ${((gqlRate / sqlRate) * 100).toFixed(0)} % (rounds ${spread(rounds.map((r) => r.ratio))}; target ≥ 50 %)`);
quiet(`  page of 100 by CPU time of this process (5 × 40 requests each way, medians): GraphQL ${median(pageCpuG).toFixed(2)} ms, hand-written SQL ${median(pageCpuQ).toFixed(2)} ms → ${((median(pageCpuQ) / median(pageCpuG)) * 100).toFixed(0)} %`);
quiet(`all ${CONTRACTS} contracts: 10 GraphQL pages of 100 by cursor ${allGql.toFixed(1)} ms, one SQL request ${allSql.toFixed(1)} ms (medians of 15 alternating pairs) → ${(allMid.ratio * 100).toFixed(0)} % (median of the pairs' ratios; pairs ${spread(pairs.map((p) => p.ratio))}; target ≥ 40 %)`);
quiet(`  all ${CONTRACTS} by CPU time of this process (medians of the 15 pairs): 10 GraphQL pages ${allGqlCpu.toFixed(1)} ms, one SQL request ${allSqlCpu.toFixed(1)} ms → ${((allSqlCpu / allGqlCpu) * 100).toFixed(0)} %`);
quiet(`  ceiling of that ratio for ten requests: the hand-written SQL route in 10 pages of 100 ${median(tenSqlCpu).toFixed(1)} ms CPU → one request / ten = ${((allSqlCpu / median(tenSqlCpu)) * 100).toFixed(0)} %`);
quiet(`load average after: ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`);
