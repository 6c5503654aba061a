import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpSink } from '@alternance/smtp-sink';
import { startApi, type ApiProcess } from './api-process';
import { launchChromium, openPage, seriousA11yViolations, signIn } from './browser';

// Issue 14 §1: the manager issues a CFA token, the CFA's system reads only apprenticeships,
// the manager sees its last use and rotates it.
let sink: SmtpSink;
let api: ApiProcess;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  sink = new SmtpSink();
  api = await startApi({ smtpUrl: await sink.start() });
  browser = await launchChromium();
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await api?.stop();
  await sink?.stop();
});

describe('partner API tokens in Chromium', () => {
  it('creates a CFA token that reads apprenticeships only, shows its last use, and rotates it', async () => {
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const w = await openPage(context);
    await signIn(w.page, api.url, 'responsable@demo.alternance.test');
    await w.page.goto(`${api.url}/jetons`);
    await w.page.locator('#token-partner').waitFor();
    await w.page.locator('#token-name').fill('CFA FORMASUP — production');
    await w.page.locator('#token-partner').selectOption('cfa');
    await w.page.locator('[data-testid="partner-help"]').waitFor();
    // Only the partner scopes are offered: no roster.
    expect(await w.page.locator('.scopes').textContent()).not.toContain('tableau de l’alternance');
    await w.page.getByLabel('Lire les contrats').check();
    await w.page.locator('[data-action="CREATE_TOKEN"]').click();
    await w.page.locator('[data-testid="issued-token"]').waitFor();
    const token = await w.page.locator('#token-value').inputValue();
    expect(token).toMatch(/^alt_/);
    expect(await seriousA11yViolations(w.page)).toEqual([]);

    const ask = (bearer: string) =>
      fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query: '{ contracts(first: 100) { contractType } }' }) }).then(
        (r) => r.json() as Promise<{ data?: { contracts: { contractType: string }[] }; errors?: unknown[] }>,
      );
    const seen = await ask(token);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.contracts.length).toBeGreaterThan(0);
    expect(new Set(seen.data!.contracts.map((c) => c.contractType))).toEqual(new Set(['CAPP']));

    await w.page.reload();
    const row = w.page.locator('[data-testid="token-list"] tbody tr', { hasText: 'CFA FORMASUP — production' });
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain('CFA FORMASUP Méditerranée');
    expect(await row.first().textContent()).not.toContain('jamais');
    await row.first().locator('[data-action="ROTATE"]').click();
    await w.page.locator('[data-testid="confirm-yes"]').click();
    await w.page.locator('[data-testid="issued-token"]').waitFor();
    const next = await w.page.locator('#token-value').inputValue();
    expect(next).not.toBe(token);
    // Both work during the overlap; the list now holds the two, and only the newest rotates.
    expect((await ask(token)).errors).toBeUndefined();
    expect((await ask(next)).errors).toBeUndefined();
    await expect.poll(() => row.count()).toBe(2);
    expect(await w.page.locator('[data-testid="token-list"] [data-action="ROTATE"]').count()).toBe(1);
  });
});
