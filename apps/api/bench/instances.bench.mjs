#!/usr/bin/env node
/* global fetch */
// Two API instances vs one (issue 14 §3), on PostgreSQL (DATABASE_URL_TEST's server): the same
// load — autocannon, the same total of connections, on the contracts list (1,000 contracts,
// pages of 50 with student and dates) — sent to one instance, then split evenly across two
// instances on the same database. Rounds alternate one/two; the verdict is the median of the
// rounds' throughput ratios (two ÷ one), measured in the same run, beside the load average.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { startApi } from '@alternance/api-process';
import { openDatabase } from '../dist/db/orm.js';
import { loadReferenceData } from '../dist/modules/reference-data/reference-data.service.js';
import { hashPassword } from '../dist/modules/auth/secrets.js';
import { User } from '../dist/modules/auth/auth.entities.js';
import { seedContracts } from './bench-data.mjs';
import { machineFacts } from './machine.mjs';
import { describeCpu, startCpuAccount } from './cpu-accounting.mjs';

const admin = process.env.DATABASE_URL_TEST;
if (!admin) {
  console.log('instances bench skipped: set DATABASE_URL_TEST to a PostgreSQL server (several instances need PostgreSQL).');
  process.exit(0);
}
const here = dirname(fileURLToPath(import.meta.url));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const QUERY = JSON.stringify({ query: '{ contracts(first: 50) { id contractType startDate endDate monthlyGrossPay student { firstName lastName email } } }' });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const prefix = new URL(admin).pathname.slice(1).replace(/[^a-z0-9_]/gi, '').toLowerCase() || 'alt';
const name = `${prefix}_bench_instances_${Date.now().toString(36)}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`create database ${name}`);
const url = new URL(admin);
url.pathname = `/${name}`;
const databaseUrl = url.toString();
const started = [];
try {
  // The one-shot migrate step, then the data, as a deployment has it.
  const migrated = spawnSync(process.execPath, [join(here, '../dist/migrate.js')], { env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl, SEED_DEMO: 'false' }, encoding: 'utf8' });
  if (migrated.status !== 0) throw new Error(migrated.stderr || migrated.stdout);
  const orm = await openDatabase({ dialect: 'postgresql', url: databaseUrl });
  await seedContracts(orm, await loadReferenceData(orm.em.fork()), 1_000);
  await orm.em.fork().persistAndFlush(Object.assign(new User(), { email: 'bench@miage.example', displayName: 'Bench', role: 'MANAGER', passwordHash: await hashPassword('Bench-Password-2026') }));
  // The planner's statistics, as autovacuum keeps them on a running database (not yet, a second after a bulk load).
  await orm.em.getConnection().execute('analyze');
  await orm.close();

  const env = { DATABASE_URL: databaseUrl, MIGRATE_ON_START: 'false', SEED_DEMO: 'false', FIXED_TODAY: '' };
  for (let i = 0; i < 2; i += 1) started.push(await startApi({ main: join(here, '../dist/main.js'), env, timeoutMs: 120_000 }));
  const [a, b] = started;
  const login = await fetch(`${a.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@miage.example', password: 'Bench-Password-2026' }) });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const probe = await (await fetch(`${b.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: QUERY })).json();
  if (probe.errors || probe.data.contracts.length !== 50) throw new Error(`the list answered ${JSON.stringify(probe).slice(0, 300)}`);

  const load = (target, connections) =>
    autocannon({ url: `${target.url}/graphql`, method: 'POST', connections, duration: SECONDS, headers: { 'content-type': 'application/json', cookie }, body: QUERY });
  // Every measure accounts for the CPU of each party: the API instances (both, also the idle
  // one in a one-instance round), the database's PostgreSQL processes, this process (autocannon), the rest.
  const measure = async (targets) => {
    const account = await startCpuAccount({ apiPids: started.map((s) => s.pid), client, database: name });
    const results = await Promise.all(targets.map((t) => load(t, CONNECTIONS / targets.length)));
    const cpu = await account.stop();
    const errors = results.reduce((n, r) => n + r.errors + r.non2xx, 0);
    if (errors) throw new Error(`${errors} failed requests`);
    const rps = results.reduce((n, r) => n + r.requests.total, 0) / cpu.seconds;
    return { rps, p50: median(results.map((r) => r.latency.p50)), p99: Math.max(...results.map((r) => r.latency.p99)), cpu, cpuMsPerRequest: (cpu.ours * 1000) / rps };
  };
  // Warm-up: JIT, pools, prepared plans, on both instances.
  await measure([a, b]);
  const rounds = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const loadBefore = machineFacts();
    const one = await measure([a]);
    const two = await measure([a, b]);
    rounds.push({ one, two, ratio: two.rps / one.rps, load: loadBefore.replace(/^.*load average /, '') });
    // The ceiling the one-instance round implies: were all the CPU that others left to us used
    // by our parties in the same proportions, throughput would scale by (cores − others) ÷ ours.
    const ceiling = (one.cpu.machineCores - one.cpu.others) / one.cpu.ours;
    console.error(`round ${i + 1} (load average ${rounds.at(-1).load})`);
    console.error(`  one instance:  ${Math.round(one.rps)} req/s, ${describeCpu({ ...one.cpu, api: one.cpu.api.slice(0, 1) })} (instance B ${one.cpu.api[1].toFixed(2)}), ${one.cpuMsPerRequest.toFixed(2)} ms CPU a request`);
    console.error(`  two instances: ${Math.round(two.rps)} req/s, ${describeCpu(two.cpu)}, ${two.cpuMsPerRequest.toFixed(2)} ms CPU a request`);
    const perRequest = (m) => Object.entries(m.cpu.database).map(([k, v]) => `${k} ${(v / (m.rps * m.cpu.seconds)).toFixed(1)}`).join(', ');
    console.error(`  database, a request: one instance ${perRequest(one)}; two ${perRequest(two)}`);
    console.error(`  ratio ${(two.rps / one.rps).toFixed(2)}; ceiling implied by the one-instance round: ${ceiling.toFixed(2)}× ((${one.cpu.machineCores} cores − others ${one.cpu.others.toFixed(2)}) ÷ ours ${one.cpu.ours.toFixed(2)})`);
  }
  const cpuLine = (c) => ({ api: c.api.map((x) => +x.toFixed(2)), postgresql: +c.postgresql.toFixed(2), autocannon: +c.bench.toFixed(2), others: +c.others.toFixed(2), idle: +c.idle.toFixed(2) });
  console.log(JSON.stringify({
    machine: machineFacts(),
    load: { connections: CONNECTIONS, seconds: SECONDS, query: 'contracts(first: 50) with student' },
    rounds: rounds.map((r) => ({
      oneRps: Math.round(r.one.rps), twoRps: Math.round(r.two.rps), ratio: +r.ratio.toFixed(2), oneP50Ms: r.one.p50, twoP50Ms: r.two.p50, loadAverage: r.load,
      // Cores used by each party during the measure (CPU seconds ÷ wall seconds, from /proc).
      oneCores: cpuLine(r.one.cpu), twoCores: cpuLine(r.two.cpu),
      cpuMsPerRequest: { one: +r.one.cpuMsPerRequest.toFixed(2), two: +r.two.cpuMsPerRequest.toFixed(2) },
      ceiling: +((r.one.cpu.machineCores - r.one.cpu.others) / r.one.cpu.ours).toFixed(2),
    })),
    medianRatio: +median(rounds.map((r) => r.ratio)).toFixed(2),
    medianCeiling: +median(rounds.map((r) => (r.one.cpu.machineCores - r.one.cpu.others) / r.one.cpu.ours)).toFixed(2),
    goal: '≥ 1.6 or explained (docs/benchmarks.md)',
  }, null, 2));
} finally {
  for (const api of started) await api.stop();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.end();
}
