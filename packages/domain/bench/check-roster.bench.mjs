// pnpm bench: 10,000 roster rows checked and 10,000 pay schedules computed against the
// default reference data. Targets (issue #2): median ≤ 100 ms for 10,000 rows, peak
// memory ≤ 150 MB. Figures are printed and written to .bench/domain.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkContracts, defaultReferenceData, readRoster, tryMinimumPaySchedule } from '../dist/index.js';
import { generateRows } from './generate-rows.mjs';

const ROWS = 10_000;
const RUNS = 15;
const rows = generateRows(ROWS);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  // Three runs first let the JIT settle; the median of the next RUNS is reported.
  for (let i = 0; i < 3; i++) fn();
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

// The first call builds the per-reference-data indexes and calendars: measured apart.
const t0 = performance.now();
checkContracts(rows.slice(0, 1));
const coldMs = performance.now() - t0;

let findings = 0;
const check = time(() => {
  findings = checkContracts(rows, { referenceData: defaultReferenceData }).reduce((n, c) => n + c.findings.length, 0);
});

// The same rows as a sheet (header + 10,000 rows of cells, dates as dd/mm/yyyy text):
// what the CLI and the add-in hand to readRoster before checking.
const HEADER = ['Formation', 'Statut', 'Contrat', 'Date de naissance', 'Date de demande', 'Date de validation', 'DDC', 'DFC', 'Étranger', 'APT', 'Salaire brut mensuel'];
const fr = (iso) => (typeof iso === 'string' && iso.length === 10 && iso[4] === '-' ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);
const sheet = [HEADER, ...rows.map((r) => [r.cohort, r.status, r.contractType, fr(r.birthDate), fr(r.requestDate), fr(r.validationDate), fr(r.startDate), fr(r.endDate), r.foreign ? 'oui' : 'non', r.aptObtained ? 'oui' : 'non', r.monthlyGrossPay ?? ''])];
let readRows = 0;
const read = time(() => {
  const roster = readRoster(sheet);
  readRows = roster.ok ? roster.rows.length : 0;
});
const readAndCheck = time(() => {
  const roster = readRoster(sheet);
  if (roster.ok) checkContracts(roster.rows.map((r) => r.input));
});

const payInputs = rows.filter((r) => r.birthDate !== undefined).map((r, i) => ({
  cohort: ['L3I-2025', 'MASTER-2025', 'M2-2025'][i % 3],
  contractType: i % 4 === 0 ? 'CPRO' : 'CAPP',
  birthDate: r.birthDate,
  startDate: '2025-09-01',
  endDate: i % 3 === 1 ? '2027-09-03' : '2026-09-04',
}));
let segments = 0;
const SCHEDULES = payInputs.length;
const pay = time(() => {
  segments = 0;
  for (const input of payInputs) segments += tryMinimumPaySchedule(input)?.length ?? 0;
});

const peakMb = process.resourceUsage().maxRSS / 1024;
const result = {
  rows: ROWS,
  runs: RUNS,
  coldStartMs: round(coldMs),
  checkMedianMs: round(check.median),
  checkMinMs: round(check.min),
  rowsPerSecond: Math.round(ROWS / (check.median / 1000)),
  findings,
  readMedianMs: round(read.median),
  readRows,
  readAndCheckMedianMs: round(readAndCheck.median),
  paySchedules: SCHEDULES,
  payMedianMs: round(pay.median),
  schedulesPerSecond: Math.round(SCHEDULES / (pay.median / 1000)),
  segments,
  peakRssMb: round(peakMb),
  node: process.version,
};

console.log(`checkContracts: ${ROWS} rows, median ${result.checkMedianMs} ms (min ${result.checkMinMs}) → ${result.rowsPerSecond.toLocaleString('en')} rows/s; ${findings} findings; first call ${result.coldStartMs} ms`);
console.log(`readRoster: ${readRows} rows of cells, median ${result.readMedianMs} ms; read + check median ${result.readAndCheckMedianMs} ms`);
console.log(`minimumPaySchedule: ${SCHEDULES} schedules, median ${result.payMedianMs} ms → ${result.schedulesPerSecond.toLocaleString('en')} schedules/s; ${segments} segments`);
console.log(`peak memory (max RSS): ${result.peakRssMb} MB`);
console.log(`targets: check ≤ 100 ms ${check.median <= 100 ? 'MET' : 'MISSED'}; peak ≤ 150 MB ${peakMb <= 150 ? 'MET' : 'MISSED'}`);
mkdirSync(new URL('../.bench/', import.meta.url), { recursive: true });
writeFileSync(new URL('../.bench/domain.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);

function round(n) {
  return Math.round(n * 100) / 100;
}
