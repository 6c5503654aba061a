#!/usr/bin/env node
// Portal benchmarks (issue #4 §5), against the built API serving the built portal:
//  1. initial JavaScript of the sign-in route, gzipped (target ≤ 250 KB);
//  2. dashboard with 1,000 contracts interactive in headless Chromium (target ≤ 1.5 s);
//  3. with DATABASE_URL_TEST, on PostgreSQL: a generated university's dashboard and missions list (≤ 1 s each, issue 15).
// Contracts are seeded by copying the demo's validated missions and contracts in the temp
// SQLite file with Debian's sqlite3 (the API is stopped meanwhile). Figures → .bench/portal.json.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const here = new URL('..', import.meta.url).pathname;
const repo = new URL('../../..', import.meta.url).pathname;
const CONTRACTS = 1000;
const RUNS = 7;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function startApi(db, port) {
  const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: repo,
    env: { ...process.env, DATABASE_URL: db, PORT: String(port), HOST: '127.0.0.1', FIXED_TODAY: '2025-07-01', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  const deadline = Date.now() + 60_000;
  while (!out.includes('Alternance API on')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`API did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) };
}

const sql = (db, statement) => execFileSync('sqlite3', [db, statement], { encoding: 'utf8' });
const columns = (db, table) => sql(db, `SELECT name FROM pragma_table_info('${table}')`).trim().split('\n');

function seedContracts(db, target) {
  const existing = Number(sql(db, 'SELECT count(*) FROM contract'));
  const copies = Math.ceil((target - existing) / existing);
  const m = columns(db, 'mission').map((c) => `\`${c}\``);
  const c = columns(db, 'contract').map((x) => `\`${x}\``);
  const pick = (table, cols, overrides) => cols.map((col) => overrides[col] ?? `${table}.${col}`).join(', ');
  sql(
    db,
    `BEGIN;
     CREATE TEMP TABLE seq AS WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${copies}) SELECT n FROM s;
     INSERT INTO mission (${m.join(', ')}) SELECT ${pick('mission', m, { '`id`': "'bench-' || seq.n || '-' || mission.id" })} FROM mission JOIN contract ON contract.mission_id = mission.id, seq;
     INSERT INTO contract (${c.join(', ')}) SELECT ${pick('contract', c, { '`id`': "'bench-' || seq.n || '-' || contract.id", '`mission_id`': "'bench-' || seq.n || '-' || contract.mission_id" })} FROM contract, seq WHERE contract.id NOT LIKE 'bench-%';
     COMMIT;`,
  );
  return Number(sql(db, 'SELECT count(*) FROM contract'));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'portal-bench-'));
const db = join(dir, 'db.sqlite');
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let api = await startApi(db, port);
await api.stop();
const contracts = seedContracts(db, CONTRACTS);
api = await startApi(db, port);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  // 1. Every script the sign-in page loads, gzipped as a server would send it.
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set();
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.origin === base && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  await page.goto(`${base}/connexion`, { waitUntil: 'networkidle' });
  const signInGzip = [...scripts].reduce((sum, p) => sum + gzipSync(readFileSync(join(here, 'dist', p))).length, 0);

  // 2. Dashboard: from navigation to figures and every chart drawn.
  const login = await context.request.post(`${base}/auth/login`, { data: { email: 'direction@demo.alternance.test', password: 'Alternance-Demo-2026' } });
  if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const p = await context.newPage();
    const start = Date.now();
    await p.goto(`${base}/tableau-de-bord`);
    await p.locator('[data-testid="dashboard-stats"]').waitFor();
    await p.waitForFunction(() => document.querySelectorAll('canvas').length >= 4);
    times.push(Date.now() - start);
    await p.close();
  }
  const total = await context.request.post(`${base}/graphql`, { headers: { 'content-type': 'application/json' }, data: { query: '{ dashboard { contractsByType { count } } }' } });
  const counted = (await total.json()).data.dashboard.contractsByType.reduce((s, c) => s + c.count, 0);

  const figures = {
    signInInitialJsGzipKB: Math.round(signInGzip / 102.4) / 10,
    signInScripts: scripts.size,
    dashboardContracts: counted,
    seededContracts: contracts,
    dashboardInteractiveMs: { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times },
  };
  console.log(`sign-in route: ${figures.signInInitialJsGzipKB} KB of JavaScript gzipped in ${scripts.size} files (target ≤ 250 KB)`);
  console.log(`dashboard, ${counted} contracts: interactive in ${figures.dashboardInteractiveMs.median} ms median of ${RUNS} (min ${figures.dashboardInteractiveMs.min}, max ${figures.dashboardInteractiveMs.max}; target ≤ 1500 ms)`);

  // 3. University scale (issue 15), when a PostgreSQL server is given: the dashboard and the
  // missions list on 20 programmes and 20,000 alternants (apps/api/bench/university-data.mjs),
  // the API started as deployed (NODE_ENV=production), same browser. Target ≤ 1 s each.
  if (process.env.DATABASE_URL_TEST) figures.university = await universityScale();
  mkdirSync(join(here, '.bench'), { recursive: true });
  writeFileSync(join(here, '.bench', 'portal.json'), JSON.stringify(figures, null, 2));
} finally {
  await browser.close();
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
}

async function universityScale() {
  const { createUniversityDatabase, UNIVERSITY_PASSWORD } = await import('../../api/bench/university-database.mjs');
  const { UNIVERSITY } = await import('../../api/bench/university-data.mjs');
  const { startApi: startApiProcess } = await import('@alternance/api-process');
  const university = await createUniversityDatabase(process.env.DATABASE_URL_TEST, { name: `alt_university_portal_${process.pid}` });
  let server = null;
  try {
    server = await startApiProcess({
      main: join(repo, 'apps/api/dist/main.js'),
      today: UNIVERSITY.today,
      env: { DATABASE_URL: university.url, NODE_ENV: 'production', SEED_DEMO: 'false', SESSION_SECRET: randomBytes(32).toString('hex') },
      timeoutMs: 120_000,
    });
    const timeRoute = async (email, path, ready) => {
      const context = await browser.newContext();
      const login = await context.request.post(`${server.url}/auth/login`, { data: { email, password: UNIVERSITY_PASSWORD } });
      if (!login.ok()) throw new Error(`sign-in of ${email} answered ${login.status()}`);
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        const p = await context.newPage();
        const start = Date.now();
        await p.goto(`${server.url}${path}`);
        await ready(p);
        times.push(Date.now() - start);
        await p.close();
      }
      await context.close();
      return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times };
    };
    const dashboard = await timeRoute('direction@univ.example', '/tableau-de-bord', async (p) => {
      await p.locator('[data-testid="dashboard-stats"]').waitFor();
      await p.waitForFunction(() => document.querySelectorAll('canvas').length >= 4);
    });
    console.log(`university dashboard: interactive in ${dashboard.median} ms median of ${RUNS} (min ${dashboard.min}, max ${dashboard.max}; target ≤ 1000 ms)`);
    // The office's missions list: its rows' cells drawn.
    const missions = await timeRoute('manager@univ.example', '/missions', async (p) => {
      await p.waitForFunction(() => document.querySelectorAll('.n-data-table-tbody .n-data-table-td').length > 0, null, { timeout: 60_000 });
    });
    const load = loadavg().map((l) => l.toFixed(2)).join(' ');
    console.log(`university (${university.counts.student.toLocaleString('en')} students, ${university.counts.contract.toLocaleString('en')} contracts, 20 programmes, PostgreSQL): dashboard interactive in ${dashboard.median} ms median of ${RUNS} (min ${dashboard.min}, max ${dashboard.max}); missions list in ${missions.median} ms (min ${missions.min}, max ${missions.max}); target ≤ 1000 ms each; load average ${load}`);
    return { students: university.counts.student, contracts: university.counts.contract, dashboardInteractiveMs: dashboard, missionsListInteractiveMs: missions, loadAverage: load };
  } finally {
    await server?.stop();
    await university.drop();
  }
}
