import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { SmtpSink } from '@alternance/smtp-sink';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startApi, type ApiProcess } from './api-process';

const require = createRequire(import.meta.url);
export const screenshotDir = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Debian's Chromium, never a downloaded browser (docs/architecture.md). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far (the issue asks for none). */
  problems: string[];
}

export async function openPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    // Failed requests the app handles (e.g. the 401 of a wrong password) are logged by Chromium itself.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  // The API sends a CSP (security.md): any violation of it is a problem too, reported as a console error.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, problems };
}

export async function signIn(page: Page, baseUrl: string, email: string, password = 'Alternance-Demo-2026'): Promise<void> {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  /** CSS selector of the first offending element. */
  first: string;
}

/**
 * How many pixels the page is wider than the window: on a phone anything above 0 lets the whole page
 * pan sideways, and the browser's visual viewport then no longer matches the layout (taps land beside).
 */
export async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA). */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol: an inline <script> tag would be refused by the portal's CSP.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string }[] }[] }> } }).axe;
    const finiteAnimations = () => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
    // Judge the settled page: anything fading has a translucent text colour for a moment; a
    // reading during which something started moving is taken again. Toasts come and go within
    // seconds whatever the page does: they are left out here, their colours judged by the
    // theme's own test (src/shell/theme-overrides.test.ts).
    let moved: boolean | undefined;
    const onMove = () => { moved = true; };
    for (const type of ['transitionstart', 'animationstart']) document.addEventListener(type, onMove, true);
    let result;
    for (let attempt = 0; ; attempt++) {
      await Promise.all(finiteAnimations().map((a) => a.finished.catch(() => undefined)));
      moved = false;
      result = await axe.run({ exclude: [['.n-message-container']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      if ((!moved && finiteAnimations().length === 0) || attempt === 4) break;
    }
    for (const type of ['transitionstart', 'animationstart']) document.removeEventListener(type, onMove, true);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, first: `${String(v.nodes[0]?.target[0] ?? '')} ${v.nodes[0]?.html.slice(0, 160) ?? ''}` }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails the test with the page's serious or critical violations, named after the step. */
export async function expectAccessible(page: Page | WatchedPage, name: string): Promise<void> {
  const violations = await seriousA11yViolations('page' in page ? page.page : page);
  expect(violations, `${name}: ${JSON.stringify(violations)}`).toEqual([]);
}

const tokens = new Map<string, Promise<string>>();

/**
 * The test's own look into the API, beside the browser: an API token of the demo manager
 * (browser sessions may run only the portal's known documents; free-form queries are for tokens).
 */
function tokenFor(baseUrl: string): Promise<string> {
  let token = tokens.get(baseUrl);
  if (!token) {
    token = (async () => {
      const login = await fetch(`${baseUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'responsable@demo.alternance.test', password: 'Alternance-Demo-2026' }) });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const issued = await fetch(`${baseUrl}/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'e2e', scopes: ['missions:read', 'students:read', 'contracts:read', 'calendars:read'] }) });
      if (issued.status !== 201) throw new Error(`no API token for the test: HTTP ${issued.status}`);
      return ((await issued.json()) as { token: string }).token;
    })();
    tokens.set(baseUrl, token);
  }
  return token;
}

export async function gqlAs<T = Record<string, unknown>>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(baseUrl)}` }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

/** A desktop, a phone (touch, mobile layout) or a desktop browser of a given window size. */
export type Device = 'desktop' | 'phone' | { width: number; height: number };

function contextOptions(device: Device): BrowserContextOptions {
  if (device === 'phone') return { locale: 'fr-FR', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  return { locale: 'fr-FR', viewport: device === 'desktop' ? { width: 1280, height: 900 } : device };
}

export interface BrowserJourney {
  /** The SMTP sink the API mails to. */
  readonly sink: SmtpSink;
  /** The built API serving the built portal, on the demo programme. */
  readonly api: ApiProcess;
  readonly browser: Browser;
  /** Every page opened so far, to check at the end that none logged a problem. */
  readonly pages: readonly WatchedPage[];
  /** A fresh browser context (its own cookies: one person) and its watched page. */
  newPage(device?: Device): Promise<WatchedPage>;
}

/**
 * A test file's journey harness: before its tests, an SMTP sink, the API on a fresh demo
 * database (with `today` as its date) and Debian's Chromium; after them, every context it
 * opened, the browser, the API and the sink are closed, in that order. Call it at the top
 * level of the file; read `api`, `sink` and `browser` inside the tests, once they run.
 */
export function browserJourney(options: { today?: string } = {}): BrowserJourney {
  let sink: SmtpSink | undefined;
  let api: ApiProcess | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pages: WatchedPage[] = [];
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`browserJourney: ${what} is read before the tests run (beforeAll)`);
    return value;
  };
  beforeAll(async () => {
    sink = new SmtpSink();
    api = await startApi({ smtpUrl: await sink.start(), ...(options.today ? { today: options.today } : {}) });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await api?.stop();
    await sink?.stop();
  });
  return {
    get sink() {
      return started(sink, 'the SMTP sink');
    },
    get api() {
      return started(api, 'the API');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    pages,
    async newPage(device: Device = 'desktop') {
      const context = await started(browser, 'Chromium').newContext(contextOptions(device));
      contexts.push(context);
      const watched = await openPage(context);
      pages.push(watched);
      return watched;
    },
  };
}
