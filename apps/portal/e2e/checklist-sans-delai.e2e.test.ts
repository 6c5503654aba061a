import { describe, expect, it } from 'vitest';
import { browserJourney, gqlAs, screenshot, seriousA11yViolations, signIn } from './browser';

// §3.4 « Et après validation ? »: the démarches are done « APRES la validation de la mission … et AVANT le
// démarrage du contrat ». A mission validated after its DDC (the demo has some, validated three days late)
// can no longer meet « avant »: the manager reads its steps « à faire sans délai », due from the validation.
const journey = browserJourney();
const { newPage } = journey;

interface Row { id: string; startDate: string; checklist: { code: string; dueDate: string; sansDelai: boolean; done: boolean }[] }

describe('the checklist of a mission validated after its DDC, in Chromium', () => {
  it('the manager reads « À faire sans délai » on its open steps, due after the DDC; not on a contract validated in time', async () => {
    const data = await gqlAs<{ contracts: Row[] }>(journey.api.url, 'query { contracts(first: 100) { id startDate checklist { code dueDate sansDelai done } } }');
    const late = data.contracts.find((c) => c.checklist.some((i) => i.sansDelai && !i.done));
    const inTime = data.contracts.find((c) => c.checklist.length > 0 && c.checklist.every((i) => !i.sansDelai));
    expect(late).toBeDefined();
    expect(inTime).toBeDefined();
    // Due from the validation, never before it: not the day before a DDC already past.
    for (const item of late!.checklist) expect(item.dueDate >= late!.startDate).toBe(true);

    const { page } = await newPage();
    await signIn(page, journey.api.url, 'responsable@demo.alternance.test');
    await page.goto(`${journey.api.url}/contrats/${late!.id}`);
    const open = late!.checklist.find((i) => i.sansDelai && !i.done)!;
    const line = page.locator(`[data-testid="checklist"] li[data-code="${open.code}"]`);
    await line.waitFor();
    expect(await line.locator('[data-testid="sans-delai"]').textContent()).toContain('À faire sans délai');
    await screenshot(page, '74-checklist-sans-delai');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(`${journey.api.url}/contrats/${inTime!.id}`);
    await page.locator('[data-testid="checklist"] li').first().waitFor();
    expect(await page.locator('[data-testid="sans-delai"]').count()).toBe(0);
  });
});
