import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signIn, startApi, type ApiProcess } from '@alternance/api-process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDIN_CSP } from '../../../api/src/security-headers.js';
import { generateRoster, serialOf } from '../fixtures/generate-roster.js';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STUB = readFileSync(new URL('./office-stub.js', import.meta.url), 'utf8');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml', '.png': 'image/png' };

let outDir: string;
let server: Server;
let base: string;
let browser: Browser;
const blocked: string[] = [];

/** The built add-in, served at /addin/ as the API serves it, with the API's CSP for /addin/. */
function serve(folder: string): Promise<Server> {
  const http = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(folder, path.replace(/^\/addin\//, '/')));
    if (!path.startsWith('/addin/') || !file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': ADDIN_CSP });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(http)));
}

/** The real API the pane's `${base}/graphql` requests go to (as when the API serves /addin/), or 'offline'. */
let apiTarget: string | null = null;

async function openPane(rows: number): Promise<Page> {
  const context = await browser.newContext();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (apiTarget && url.startsWith(`${base}/graphql`)) {
      if (apiTarget === 'offline') return route.abort('connectionrefused');
      return route.fulfill({ response: await route.fetch({ url: `${apiTarget}/graphql` }) });
    }
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: STUB });
    if (url.startsWith(base)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Anything the CSP refuses (an inline script, another script host) is an error of the pane.
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|CSP violation/.test(m.text())) errors.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.addInitScript((roster) => {
    (window as unknown as { __ROSTER__: unknown }).__ROSTER__ = roster;
  }, { sheet: 'Liste', values: generateRoster(rows), selectRow: 2, selectColumn: 1 });
  await page.goto(`${base}/addin/taskpane.html`);
  await page.waitForSelector('#verify');
  return page;
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'excel-addin-e2e-'));
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await serve(outDir);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the built task pane in Chromium, Office.js stubbed', () => {
  it('checks a 5,000-row roster: results written in batches, errors marked, findings listed and linked', async () => {
    const page = await openPane(5_000);
    await page.click('#verify');
    await page.waitForSelector('#counts');
    expect(await page.textContent('#counts')).toMatch(/^5 000 lignes vérifiées : [\d ]+ OK, [\d ]+ avertissements?, [\d ]+ erreurs?\.$/);

    const host = await page.evaluate(() => {
      const h = (window as unknown as { __excelHost: Record<string, unknown> & { sheets: Record<string, unknown[][]>; formats: unknown[] } }).__excelHost;
      return { syncs: h.syncs, suspendedCalculation: h.suspendedCalculation, largest: h.largestSyncCells, largestRead: h.largestReadCells, cells: h.cellsWritten, formats: h.formats.length, header: h.sheets.Liste?.[0], associated: h.associated };
    });
    // The bounds, one read of 5,010 rows × 17 columns (≤ 100,000 cells), 4 write batches of
    // ≤10,000 cells (5,010 rows × 6 columns), 3 for the marks.
    expect(host.syncs).toBe(9);
    expect(host.largestRead).toBe(5_010 * 17);
    expect(host.suspendedCalculation).toBe(5);
    expect(host.largest).toBeLessThanOrEqual(10_000);
    expect(host.cells).toBe(5_010 * 6);
    expect(host.formats).toBeGreaterThan(0);
    expect((host.header as unknown[]).slice(17)).toEqual(['Contrôle', 'Anomalies', 'Heures facturables', 'Coût (€)', 'Heures non facturées', 'Salaire minimum (€)']);
    expect(host.associated).toContain('CHECK_ROWS');

    // A rule code's first row link selects that row.
    const link = page.locator('details[data-code="INVALID_VALUE"] a').first();
    await page.click('details[data-code="INVALID_VALUE"] summary');
    const row = Number(await link.getAttribute('data-row'));
    await link.click();
    await page.waitForFunction((r) => (window as unknown as { __excelHost: { selected: { row: number } | null } }).__excelHost.selected?.row === r, row);
    const verdict = await page.evaluate((r) => (window as unknown as { __excelHost: { sheets: Record<string, unknown[][]> } }).__excelHost.sheets.Liste?.[r]?.[17], row);
    expect(verdict).toBe('Erreur');

    await page.click('#unmark');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Marques retirées.');
    expect(await page.evaluate(() => (window as unknown as { __excelHost: { formats: unknown[] } }).__excelHost.formats.length)).toBe(0);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });

  it('registers the custom functions of the bundle, callable as Excel calls them', async () => {
    const page = await openPane(0);
    const results = await page.evaluate(() => {
      const f = (window as unknown as { __excelHost: { functions: Record<string, (...args: unknown[]) => unknown> } }).__excelHost.functions;
      let error: { code?: string; message?: string } = {};
      try {
        f.DDC_MIN?.('MASTER-2099', 'CAPP');
      } catch (e) {
        error = { code: (e as { code: string }).code, message: (e as Error).message };
      }
      return { min: f.DDC_MIN?.('MASTER-2025', 'CAPP'), check: f.CHECK?.('MASTER-2025', 'FI', 'CAPP', '2003-04-10', '2025-06-15', null, '2025-09-01', '2027-09-10'), error };
    });
    expect(results.min).toBe(serialOf('2025-06-01'));
    expect(results.check).toBe('OK');
    expect(results.error).toEqual({ code: '#VALUE!', message: expect.stringMatching(/^Formation inconnue/) });
  });

  it('says so in the pane when the sheet is not a roster, and points connected mode at the serving API', async () => {
    const page = await openPane(0);
    await page.evaluate(() => {
      (window as unknown as { __excelHost: { sheets: Record<string, unknown[][]> } }).__excelHost.sheets.Liste = [['a', 'b'], [1, 2]];
    });
    await page.click('#verify');
    await page.waitForFunction(() => document.querySelector('#status')?.className === 'error');
    expect(await page.textContent('#status')).toMatch(/^Aucune ligne d'en-tête reconnue/);
    expect(await page.inputValue('#api-url')).toBe(base);
    expect(blocked).toEqual([]);
  });
});

// The pane against the real API (apps/api/dist, fresh SQLite): the manager opened a cohort
// the built-in data does not know; the pane fetches the programme's data, says so, the
// functions use it, and after a reload without the server the copy kept is used.
const apiMain = join(dirname(createRequire(import.meta.url).resolve('@alternance/api/package.json')), 'dist', 'main.js');

describe('the built task pane with the programme’s reference data (real API)', () => {
  let api: ApiProcess | undefined;
  let url: string;
  let token: string;

  beforeAll(async () => {
    api = await startApi({ main: apiMain });
    url = api.url;
    const cookie = await signIn(url, 'responsable@demo.alternance.test');
    const gql = async (query: string, variables: Record<string, unknown> = {}) =>
      ((await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie }, body: JSON.stringify({ query, variables }) })).json()) as { data: Record<string, unknown> }).data;
    const sections = (await gql('{ referenceData { key version data } }')).referenceData as { key: string; version: number; data: { code: string }[] }[];
    const cohorts = sections.find((s) => s.key === 'cohorts')!;
    const data = [...cohorts.data, { ...cohorts.data.find((c) => c.code === 'MASTER-2025')!, code: 'MASTER-2027' }];
    expect((await gql('mutation($v: Int!, $d: JSON!) { updateReferenceSection(key: "cohorts", version: $v, data: $d) { errors { field } } }', { v: cohorts.version, d: data })).updateReferenceSection).toEqual({ errors: [] });
    const issued = await fetch(`${url}/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'Excel', scopes: ['roster:read', 'reference:read'] }) });
    token = ((await issued.json()) as { token: string }).token;
  }, 180_000);

  afterAll(() => {
    apiTarget = null;
    return api?.stop();
  });

  it('uses the server’s data once connected, says which data is in use, and falls back to the copy offline', async () => {
    apiTarget = url;
    const page = await openPane(0);
    const origin = async (expected: string) => {
      await page.waitForFunction((o) => (document.querySelector('#reference-data') as HTMLElement | null)?.dataset.origin === o, expected);
      return page.textContent('#reference-data');
    };
    const callCheck = () => page.evaluate(() => {
      const f = (window as unknown as { __excelHost: { functions: Record<string, (...args: unknown[]) => unknown> } }).__excelHost.functions;
      return f.CHECK?.('MASTER-2027', 'FI', 'CAPP', '2003-04-10', '2025-06-15', null, '2025-09-01', '2027-09-10');
    });
    expect(await origin('builtin')).toMatch(/intégrées \(guide 2025\)/);
    expect(await callCheck()).not.toBe('OK');

    // The mission state is chosen by its French label; the codes stay in the values.
    const states = await page.$$eval('#filter-state option', (options) => options.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(states).toContainEqual(['VALIDATED', 'Validée']);
    expect(states.every(([, label]) => !/^[A-Z_]+$/.test(label ?? ''))).toBe(true);
    // Long rule codes wrap in the narrow pane.
    expect(await page.$eval('#result-area', (e) => getComputedStyle(e).overflowWrap)).toBe('anywhere');

    await page.fill('#api-token', token);
    await page.click('#sign-in');
    expect(await origin('server')).toMatch(/^Règles appliquées avec les données de référence du \d{2}\/\d{2}\/\d{4} \(serveur du programme\)\.$/);
    expect(await callCheck()).toBe('OK');

    apiTarget = 'offline';
    await page.reload();
    await page.waitForSelector('#verify');
    expect(await origin('cache')).toMatch(/copie gardée sur ce poste : serveur non joint\)\. Raison : Serveur injoignable/);
    expect(await callCheck()).toBe('OK');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });
});
