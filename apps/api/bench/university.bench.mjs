#!/usr/bin/env node
/* global fetch */
// University scale (issue 15): the built API, started as its own process (as deployed:
// NODE_ENV=production) on a PostgreSQL database holding a generated university — 20
// programmes, 20,000 alternants with their missions and contracts, 2,000 applicants, audit
// events, mails, absences, visits (bench/university-data.mjs, set-based SQL). Every list
// page the portal shows is requested with the portal's own GraphQL document (read from
// apps/portal/src/gql/persisted-documents.json, so the bench cannot drift from the screens)
// by autocannon; the 95th percentile of each is reported against its target (list ≤ 50 ms,
// dashboard ≤ 200 ms), beside two floors measured in the same run (`/healthz`, and the
// signed-in `Viewer` query: what any request pays) and the load average; then the roster
// export of 5,000 rows (≤ 2 s, median of 5).
// Needs DATABASE_URL_TEST (a PostgreSQL server where a database may be created and dropped).
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { startApi, signIn } from '@alternance/api-process';
import { createUniversityDatabase, UNIVERSITY_PASSWORD as PASSWORD } from './university-database.mjs';
import { UNIVERSITY } from './university-data.mjs';
import { machineFacts } from './machine.mjs';

const adminUrl = process.env.DATABASE_URL_TEST;
if (!adminUrl) {
  console.log('university bench skipped: DATABASE_URL_TEST is not set (it needs a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/test)');
  process.exit(0);
}
// A fixed number of requests per page (not a duration): a saturated machine still gives a p95 of enough samples.
const REQUESTS = Number(process.env.UNIVERSITY_BENCH_REQUESTS ?? 60);
// UNIVERSITY_BENCH_PAGES=<regular expression>: only the list pages whose title matches (the
// floors always), without the dashboard and the export — to measure one page against its floors.
const PAGES = process.env.UNIVERSITY_BENCH_PAGES ? new RegExp(process.env.UNIVERSITY_BENCH_PAGES, 'i') : null;
const documents = Object.values(JSON.parse(readFileSync(new URL('../../portal/src/gql/persisted-documents.json', import.meta.url), 'utf8')));
const documentNamed = (name) => {
  const found = documents.find((d) => new RegExp(`(^|\\} )query ${name}\\b`).test(d));
  if (!found) throw new Error(`the portal has no query ${name} (persisted-documents.json)`);
  return found;
};

let api = null;
const university = await createUniversityDatabase(adminUrl);
try {
  const { url: dbUrl, counts, generatedMs: generatedIn, cohort: someCohort } = university;
  console.log(`machine: ${machineFacts()}`);
  console.log(`generated in ${(generatedIn / 1000).toFixed(1)} s: ${Object.entries(counts).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}`);

  api = await startApi({
    main: new URL('../dist/main.js', import.meta.url).pathname,
    today: UNIVERSITY.today,
    env: { DATABASE_URL: dbUrl, NODE_ENV: 'production', SEED_DEMO: 'false', SESSION_SECRET: randomBytes(32).toString('hex'), TRUSTED_DOCUMENTS: 'off' },
    timeoutMs: 120_000,
  });
  const cookie = await signIn(api.url, 'manager@univ.example', PASSWORD);
  const directionCookie = await signIn(api.url, 'direction@univ.example', PASSWORD);
  const post = (query, variables, who = cookie) => ({ method: 'POST', headers: { 'content-type': 'application/json', cookie: who }, body: JSON.stringify({ query, variables }) });
  const once = async (request) => {
    const response = await fetch(`${api.url}/graphql`, request);
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data;
  };

  // The API process's CPU time (utime + stime, /proc/<pid>/stat) in ms: what a request costs it, whatever the machine's load.
  const ticks = Number(process.env.CLK_TCK ?? 100);
  const cpuMs = () => {
    try {
      const fields = readFileSync(`/proc/${api.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
    } catch {
      return NaN;
    }
  };
  /** autocannon, REQUESTS requests over two connections; p95 from every response's time. */
  async function measure(title, request, { path = '/graphql', connections = 2 } = {}) {
    const times = [];
    const cpuBefore = cpuMs();
    const instance = autocannon({ url: `${api.url}${path}`, connections, amount: REQUESTS, timeout: 60, ...(request ?? {}) });
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status !== 200) throw new Error(`${title}: HTTP ${status}`);
      times.push(ms);
    });
    const result = await instance;
    const cpu = (cpuMs() - cpuBefore) / Math.max(1, times.length);
    times.sort((a, b) => a - b);
    const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
    return { title, requests: times.length, errors: result.errors + result.non2xx, p50: pct(0.5), p95: pct(0.95), cpu, rps: result.requests.average, load: machineFacts().split('load average ')[1] };
  }
  const print = (r, target) => {
    const verdict = target === undefined ? '' : r.p95 <= target ? ` ≤ ${target} ms: met` : ` > ${target} ms: MISSED by ${(r.p95 - target).toFixed(0)} ms`;
    console.log(`${r.title.padEnd(52)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms${verdict}  CPU ${Number.isNaN(r.cpu) ? '?' : r.cpu.toFixed(1)} ms/request (${r.requests} requests, ${r.errors} errors; load ${r.load})`);
  };

  const lists = [
    ['missions, first page (MissionList, 50, RECENT)', 'MissionList', { first: 50, sort: 'RECENT' }],
    ['missions, one cohort, by student (MissionList)', 'MissionList', { first: 50, sort: 'STUDENT', filter: { cohort: someCohort } }],
    ['missions to handle (MissionList, toHandle)', 'MissionList', { first: 50, sort: 'URGENCY', filter: { toHandle: true } }],
    // The portal reads the next page after the last mission's cursor (no offset) and keeps the
    // total it read with the filter's first page: page 100 is the page after the 4,950th, no total.
    ['missions after the 4,950th by cursor, turned (MissionList, no total)', 'MissionList', { first: 50, sort: 'RECENT', after: null, withTotal: false }],
    ['contracts (ContractList, 50)', 'ContractList', { first: 50 }],
    // The portal reads the next page after the last contract's cursor (no offset).
    ['contracts, after the 500th (ContractList, cursor)', 'ContractList', { first: 50, after: null }],
    ['students (StudentList, 50)', 'StudentList', { first: 50, offset: 0 }],
    ['students, search (StudentList)', 'StudentList', { first: 50, offset: 0, search: 'Nom0123' }],
    ['audit log (AuditLog, 50)', 'AuditLog', { first: 50, offset: 0 }],
    ['audit log, page 2, turned (AuditLog, no total)', 'AuditLog', { first: 50, offset: 50, withTotal: false }],
    ['audit log, one action (AuditLog)', 'AuditLog', { first: 50, offset: 0, action: 'VALIDATE' }],
    ['absences (Absences, 50)', 'Absences', { first: 50, offset: 0 }],
    ['absences awaiting a stoppage (Absences)', 'Absences', { first: 50, offset: 0, filter: { state: 'AWAITING_STOPPAGE' } }],
    ['professional absence requests, pending', 'ProfessionalAbsenceRequests', { state: 'PENDING', first: 50 }],
    ['change proposals (ChangeProposals, 50)', 'ChangeProposals', { first: 50, offset: 0, state: 'PENDING' }],
    ['visits overview, one cohort (VisitsOverview)', 'VisitsOverview', { first: 50, offset: 0, filter: { cohort: someCohort } }],
    ['visits overview, one cohort, late (VisitsOverview)', 'VisitsOverview', { first: 50, offset: 0, filter: { cohort: someCohort, lateOnly: true } }],
    ['offers (Offers)', 'Offers', {}],
    ['webhook deliveries (WebhookDeliveries)', 'WebhookDeliveries', {}],
  ].filter(([title]) => !PAGES || PAGES.test(title));
  // The cursor of the 500th contract, read the way the portal pages (100 at a time, each after the last).
  const contractPage = lists.find(([title]) => title.startsWith('contracts, after'))?.[2];
  for (let page = 0; contractPage && page < 5; page++) {
    const contracts = (await once(post(documentNamed('ContractList'), { first: 100, after: contractPage.after }))).contracts;
    contractPage.after = contracts[contracts.length - 1].cursor;
  }
  // The cursor of the 4,950th mission, read the way the portal pages (50 at a time, each after the last).
  const missionPage = lists.find(([title]) => title.startsWith('missions after'))?.[2];
  for (let page = 0; missionPage && page < 99; page++) {
    const missions = (await once(post(documentNamed('MissionList'), { first: 50, sort: 'RECENT', after: missionPage.after }))).missions;
    missionPage.after = missions[missions.length - 1].cursor;
  }
  // Each document once first: a GraphQL error must stop the bench, not be timed.
  for (const [, name, variables] of lists) await once(post(documentNamed(name), variables));
  const dashboardRequest = post(documentNamed('Dashboard'), {}, directionCookie);
  if (!PAGES) await once(dashboardRequest);

  const floors = [await measure('floor: GET /healthz', null, { path: '/healthz' }), await measure('floor: Viewer (signed in, GraphQL)', post(documentNamed('Viewer'), {}))];
  for (const f of floors) print(f);
  const results = [];
  for (const [title, name, variables] of lists) {
    const r = await measure(title, post(documentNamed(name), variables));
    results.push(r);
    print(r, 50);
  }
  let missed = results.filter((r) => r.p95 > 50).length;
  if (!PAGES) {
    const dash = await measure('dashboard (Dashboard, direction)', dashboardRequest);
    print(dash, 200);

    // The roster export: the portal's RosterRowsExport without a filter (the API's cap, 5,000 rows).
    const exportRequest = post(documentNamed('RosterRowsExport'), {});
    const exportTimes = [];
    let rows = 0;
    for (let i = 0; i < 6; i++) {
      const start = performance.now();
      rows = (await once(exportRequest)).rosterRows.length;
      if (i > 0) exportTimes.push(performance.now() - start);
    }
    exportTimes.sort((a, b) => a - b);
    const exportMedian = exportTimes[Math.floor(exportTimes.length / 2)];
    console.log(`roster export (RosterRowsExport), ${rows.toLocaleString('en')} rows: median ${exportMedian.toFixed(0)} ms of 5 (${exportTimes.map((t) => t.toFixed(0)).join(', ')})${exportMedian <= 2000 ? ' ≤ 2,000 ms: met' : ' > 2,000 ms: MISSED'}; load ${machineFacts().split('load average ')[1]}`);
    missed += (dash.p95 > 200 ? 1 : 0) + (exportMedian > 2000 ? 1 : 0);
  }
  const viewerP95 = floors[1].p95;
  console.log(`lists: ${results.length - results.filter((r) => r.p95 > 50).length}/${results.length} within 50 ms at p95; worst list ${Math.max(...results.map((r) => r.p95)).toFixed(1)} ms = ${(Math.max(...results.map((r) => r.p95)) / viewerP95).toFixed(1)}× the Viewer floor (${viewerP95.toFixed(1)} ms); ${missed} target(s) missed`);
  console.log(`machine: ${machineFacts()}`);
} finally {
  await api?.stop();
  await university.drop();
}
