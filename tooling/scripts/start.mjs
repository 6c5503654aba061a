#!/usr/bin/env node
// `pnpm start`: checks the bundled example roster with the CLI. The example holds rows in
// error on purpose (it shows every rule), so exit code 1 ("rows in error") is success
// here; usage or input errors (2) and crashes still fail.
import { spawnSync } from 'node:child_process';

const root = new URL('../..', import.meta.url).pathname;
const roster = process.argv[2] ?? 'examples/roster-2025.csv';
const run = spawnSync(process.execPath, ['apps/cli/bin/alternance.js', 'check', roster, ...process.argv.slice(3)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status === 0 || run.status === 1 ? 0 : (run.status ?? 1));
