import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const repo = new URL('../../..', import.meta.url).pathname;
const { createUniversityDatabase, UNIVERSITY_PASSWORD } = await import('../../api/bench/university-database.mjs');
const { UNIVERSITY } = await import('../../api/bench/university-data.mjs');
const { startApi } = await import('@alternance/api-process');
const university = await createUniversityDatabase(process.env.DATABASE_URL_TEST, { name: `alt_university_probe_${process.pid}` });
const server = await startApi({ main: join(repo, 'apps/api/dist/main.js'), today: UNIVERSITY.today, env: { DATABASE_URL: university.url, NODE_ENV: 'production', SEED_DEMO: 'false', SESSION_SECRET: randomBytes(32).toString('hex') }, timeoutMs: 120_000 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  for (const [email, path, ready] of [
    ['direction@univ.example', '/tableau-de-bord', async (p) => { await p.locator('[data-testid="dashboard-stats"]').waitFor(); await p.waitForFunction(() => document.querySelectorAll('canvas').length >= 4); }],
    ['manager@univ.example', '/missions', async (p) => { await p.waitForFunction(() => document.querySelectorAll('.n-data-table-tbody .n-data-table-td').length > 0, null, { timeout: 60_000 }); }],
  ]) {
    const context = await browser.newContext();
    const login = await context.request.post(`${server.url}/auth/login`, { data: { email, password: UNIVERSITY_PASSWORD } });
    if (!login.ok()) throw new Error('login');
    for (let i = 0; i < 6; i++) {
      const p = await context.newPage();
      const cdp = await context.newCDPSession(p);
      const profile = i === 5;
      if (profile) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
      const start = Date.now();
      await p.goto(`${server.url}${path}`);
      await ready(p);
      const took = Date.now() - start;
      const entries = await p.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const res = performance.getEntriesByType('resource').map((r) => `${r.startTime.toFixed(0).padStart(5)}→${r.responseEnd.toFixed(0).padStart(5)} ${(r.transferSize/1024).toFixed(0).padStart(4)}kB ${r.name.replace(location.origin, '').slice(0, 70)}${r.name.includes('graphql') ? '' : ''}`);
        return { nav: `resp ${nav.responseEnd.toFixed(0)} dcl ${nav.domContentLoadedEventEnd.toFixed(0)} load ${nav.loadEventEnd.toFixed(0)}`, res, now: performance.now().toFixed(0), lcp: 0 };
      });
      console.log(`${path} run ${i}: ${took} ms; ${entries.nav}; ready at perf.now ${entries.now}`);
      if (i === 5) console.log(entries.res.join('\n'));
      if (profile) { const { profile: prof } = await cdp.send('Profiler.stop'); writeFileSync(`/tmp/portal-${path.slice(1)}.cpuprofile`, JSON.stringify(prof)); }
      await p.close();
    }
    await context.close();
  }
} finally { await browser.close(); await server.stop(); await university.drop(); }
