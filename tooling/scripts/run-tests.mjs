#!/usr/bin/env node
// Runs lint, typecheck and every test suite through turbo, then prints the totals of
// all Vitest suites on one line ("N passed, N failed") for people and for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const firstLine = (text) => String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0].slice(0, 300);
const root = new URL('../..', import.meta.url).pathname;
const workspaces = ['apps', 'packages', 'tooling', 'examples'].flatMap((dir) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(root, dir, e.name)) : [],
);
const reports = workspaces.map((ws) => join(ws, '.reports', 'vitest.json'));
for (const report of reports) rmSync(report, { force: true });

const turbo = spawnSync('pnpm', ['exec', 'turbo', 'run', 'lint', 'typecheck', 'test', '--continue', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
});

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
/** Each failed test, one line, printed just above the totals: a CI log's tail names them. */
const failures = [];
for (const [i, report] of reports.entries()) {
  const ws = workspaces[i];
  const pkg = join(ws, 'package.json');
  if (!existsSync(pkg) || !JSON.parse(readFileSync(pkg, 'utf8')).scripts?.test) continue;
  if (!existsSync(report)) {
    missing.push(ws.slice(root.length));
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that failed to load counts as a failure even if it ran no test.
  failed += r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  for (const file of r.testResults) {
    const where = file.name.startsWith(root) ? file.name.slice(root.length) : file.name;
    if (file.status === 'failed' && file.assertionResults.length === 0) failures.push(`${where}: ${firstLine(file.message)}`);
    for (const test of file.assertionResults.filter((a) => a.status === 'failed')) failures.push(`${where} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
  }
}
// A workspace whose tests could not even start is one failure, never silence.
failed += missing.length;
if (failures.length) console.log(`Failed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
if (missing.length) console.error(`No test report from: ${missing.join(', ')}`);
const status = turbo.status ?? 1;
if (status !== 0 && failed === 0) {
  console.error('lint, typecheck or build failed (see above)');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
