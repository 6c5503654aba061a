import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, signIn } from './browser';

// During the year (§4), as the alternant of the demo's livret: « Mon contrat » and « Mes
// absences » read in words, in French and in English — no rule code, no ISO date.
const journey = browserJourney({ today: '2026-03-02' });
const RULE_CODE = /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

describe('an alternant’s year in Chromium (§4)', () => {
  it('reads « Mon contrat » — its overdue step (§3.4) and its status — in words, in French then in English', async () => {
    const { page } = await journey.newPage();
    await signIn(page, journey.api.url, 'alternant.livret@demo.alternance.test');
    await page.goto(`${journey.api.url}/mon-contrat`);
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('en retard depuis le 03/09/2025');
    expect(await main.textContent()).not.toMatch(RULE_CODE);
    expect(await page.locator('[data-testid="contract-status"]').count()).toBe(1);
    expect((await page.locator('[data-testid="contract-pay"]').textContent())?.replace(/\s/g, ' ')).toMatch(/^\d[\d ]*,\d{2} €$/);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => main.textContent()).toContain('overdue since 03/09/2025');
    // The amount follows the language too (it stayed French, « 2 400,00 € »).
    expect(await page.locator('[data-testid="contract-pay"]').textContent()).toMatch(/^€\d[\d,]*\.\d{2}$/);
    const english = (await main.textContent()) ?? '';
    expect(english).not.toMatch(RULE_CODE);
    expect(english).not.toMatch(ISO_DATE);
    expect(english).toContain('Contract status:');
    await expectAccessible(page, 'my contract in English');
    await page.goto(`${journey.api.url}/mes-absences`);
    await expect.poll(() => main.textContent()).toContain('An unjustified absence may have consequences (§4.3.4)');
    // Reloaded in the saved language, the page says so to screen readers.
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await main.textContent()).not.toMatch(ISO_DATE);
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await expect.poll(() => main.textContent()).toContain('semestre ou année). Elle est déclarée');
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
