#!/usr/bin/env node
// `pnpm start` (after the build): runs the API on the embedded default — a SQLite file
// under data/, migrated and seeded (reference data and the demo programme) on first
// start — and serves the portal at / and the Excel add-in at /addin/ when they are built.
import { spawn } from 'node:child_process';

const root = new URL('../..', import.meta.url).pathname;

/**
 * The demo programme is the guide's 2025/2026 year (its cohorts, calendars and campaign):
 * on the system clock its campaign is long closed, so nothing can be submitted or validated.
 * `pnpm start` therefore runs the demo on one day of that year (a running clock from it),
 * unless FIXED_TODAY is given — empty for the system clock — or the demo is not seeded.
 */
const DEMO_DAY = '2026-03-02';

const env = { ...process.env };
const demo = !['false', '0'].includes((env.SEED_DEMO ?? 'true').toLowerCase()) && env.NODE_ENV !== 'production';
if (demo && env.FIXED_TODAY === undefined) {
  env.FIXED_TODAY = DEMO_DAY;
  console.log(`Demo day ${DEMO_DAY} (the guide's 2025/2026 year): FIXED_TODAY=YYYY-MM-DD for another day, FIXED_TODAY= for the system clock.`);
}

const child = spawn(process.execPath, ['apps/api/dist/main.js'], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 1)));
