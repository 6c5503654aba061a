// pnpm bench: "Vérifier le tableau" on a 5,000-row roster shaped like a real one (about one
// row in five with a problem), against the in-memory fake workbook; then the same check
// through the Office.js adapter on office-addin-mock, to count context.sync calls.
// Target (issue 5 §7): compute ≤ 300 ms (median). Figures are printed and written to .bench/excel-addin.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROWS = 5_000;
const RUNS = 21;
const WARMUP = 3;

/** TypeScript sources loaded through Vite's module runner: the bench needs no build of its own. */
async function load(path) {
  const { module } = await runnerImport(fileURLToPath(new URL(path, import.meta.url)), { configFile: false, logLevel: 'error' });
  return module;
}

const { generateRoster } = await load('../test/fixtures/generate-roster.ts');
const { checkSheet } = await load('../src/roster/check-sheet.ts');
const { verifyTable } = await load('../src/check/verify-table.ts');
const { FakeWorkbook } = await load('../src/workbook/fake-workbook.ts');
const { mockExcel } = await load('../test/support/mock-excel.ts');

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const round = (ms) => Math.round(ms * 10) / 10;

async function timed(run) {
  const samples = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const started = performance.now();
    await run();
    if (i >= WARMUP) samples.push(performance.now() - started);
  }
  return { medianMs: round(median(samples)), minMs: round(Math.min(...samples)), maxMs: round(Math.max(...samples)) };
}

const sheet = generateRoster(ROWS);
let rows = 0;
let problems = 0;
const compute = await timed(() => {
  const check = checkSheet(sheet);
  rows = check.rows.length;
  problems = check.rows.filter((row) => row.level !== 'ok').length;
});
const flow = await timed(async () => {
  const outcome = await verifyTable(new FakeWorkbook({ Liste: sheet }));
  if (!outcome.ok) throw new Error(outcome.message);
});

const fake = new FakeWorkbook({ Liste: sheet });
await verifyTable(fake);
const syncs = {};
for (const size of [1_000, ROWS, 10_000]) {
  const { workbook, log } = mockExcel(generateRoster(size));
  const outcome = await verifyTable(workbook);
  if (!outcome.ok) throw new Error(outcome.message);
  syncs[size] = log.syncs;
}

const result = { rows, rowsWithProblems: problems, runs: RUNS, node: process.version, compute, verifyOnFake: flow, fakeRoundTrips: fake.roundTrips, officeMockSyncs: syncs };
console.log(`checkSheet (read + rules + figures + result cells): ${rows} rows (${problems} with a finding), median ${compute.medianMs} ms (min ${compute.minMs}, max ${compute.maxMs}) over ${RUNS} runs`);
console.log(`verifyTable on the fake workbook (read, compute, write, mark, summary): median ${flow.medianMs} ms (min ${flow.minMs}, max ${flow.maxMs}); ${fake.roundTrips} round trips`);
console.log(`context.sync calls through OfficeWorkbook on office-addin-mock: ${Object.entries(syncs).map(([n, s]) => `${Number(n).toLocaleString('en')} rows → ${s}`).join(', ')}`);
console.log(`target: compute ≤ 300 ms ${compute.medianMs <= 300 ? 'MET' : 'MISSED'} (node ${process.version})`);
mkdirSync(new URL('../.bench/', import.meta.url), { recursive: true });
writeFileSync(new URL('../.bench/excel-addin.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
