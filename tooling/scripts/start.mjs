#!/usr/bin/env node
// `pnpm start` (after the build): runs the API on the embedded default — a SQLite file
// under data/, migrated and seeded (reference data and the demo programme) on first
// start — and serves the portal at / and the Excel add-in at /addin/ when they are built.
import { spawn } from 'node:child_process';

const root = new URL('../..', import.meta.url).pathname;
const child = spawn(process.execPath, ['apps/api/dist/main.js'], { cwd: root, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 1)));
