import { describe, expect, it } from 'vitest';
import { addDays } from '@alternance/domain';
import { browserJourney, expectAccessible, gqlAs, screenshot, signIn, type WatchedPage } from './browser';

// §3.1 « Attention »: an apprentice's company tutor 1 changes during the contract. The manager
// is refused without the avenant's date (under its field), then records it; the new tutor
// reads the contract through their link; the old tutor's link no longer works.
const journey = browserJourney();
const { newPage } = journey;
const MANAGER = 'responsable@demo.alternance.test';
const NEW_TUTOR = 'nina.nouvelle@opa-e2e.example';

interface DemoContract {
  id: string;
  contractType: string;
  status: string;
  startDate: string;
  endDate: string;
  mission: { tutor1: { email: string; firstName: string; lastName: string } | null };
  ruptures: { state: string }[];
  tutorChanges: { id: string }[];
}

async function waitForLink(to: string, after = 0): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const links = journey.sink.to(to).map((m) => /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(m.text)?.[0]).filter((l): l is string => Boolean(l));
    if (links.length > after) return links.at(-1)!;
    if (Date.now() > deadline) throw new Error(`no personal link mailed to ${to}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('a company tutor’s change in Chromium (§3.1)', () => {
  let contract: DemoContract;
  let oldLink = '';
  let manager: WatchedPage;

  it('the old tutor holds a working link to the apprenticeship', async () => {
    const { contracts } = await gqlAs<{ contracts: DemoContract[] }>(
      journey.api.url,
      '{ contracts(first: 100) { id contractType status startDate endDate mission { tutor1 { email firstName lastName } } ruptures { state } tutorChanges { id } } }',
    );
    contract = contracts.find((c) => c.contractType === 'CAPP' && c.status === 'ACTIVE' && c.mission.tutor1 && !c.tutorChanges.length && c.ruptures.every((r) => r.state === 'CANCELLED' || r.state === 'COMPLETED'))!;
    expect(contract).toBeDefined();
    manager = await newPage();
    await signIn(manager.page, journey.api.url, MANAGER);
    await manager.page.waitForURL(/\/tableau-de-bord/);
    await manager.page.goto(`${journey.api.url}/contrats/${contract.id}`);
    await manager.page.locator('[data-testid="send-rupture-link"]').click();
    oldLink = await waitForLink(contract.mission.tutor1!.email);
    const old = await newPage();
    await old.page.goto(oldLink);
    await old.page.locator('[data-testid="contract-lifecycle"]').waitFor();
  });

  it('the manager is refused without the avenant’s date, under its field, then records the change', async () => {
    const page = manager.page;
    await page.goto(`${journey.api.url}/contrats/${contract.id}`);
    const form = page.locator('[data-testid="tutor-change-form"]');
    await form.waitFor();
    expect(await page.locator('[data-testid="company-tutors"] [data-slot="1"]').textContent()).toContain(contract.mission.tutor1!.email);
    // An apprenticeship: the avenant's date is marked required.
    expect(await page.locator('#tc-avenant').getAttribute('aria-required')).toBe('true');
    await page.locator('#tc-first-name').fill('Nina');
    await page.locator('#tc-last-name').fill('Nouvelle');
    await page.locator('#tc-email').fill(NEW_TUTOR);
    const effectiveOn = addDays(contract.startDate, 30) < contract.endDate ? addDays(contract.startDate, 30) : contract.startDate;
    await page.locator('#tc-effective-on').fill(effectiveOn);
    await page.locator('#tc-reason').fill('Départ du tuteur de l’entreprise.');
    await page.locator('[data-testid="tutor-change-save"]').click();
    await expect.poll(() => page.locator('#tc-avenant-msg').textContent(), { timeout: 15_000 }).toContain('doit faire l’objet d’un avenant');
    expect(await page.locator('#tc-avenant').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'tutor change refused');

    await page.locator('#tc-avenant').fill(addDays(effectiveOn, -3));
    await page.locator('[data-testid="tutor-change-save"]').click();
    const history = page.locator('[data-testid="tutor-changes"] li');
    await history.first().waitFor({ timeout: 15_000 });
    expect(await history.first().textContent()).toContain(`${contract.mission.tutor1!.firstName} ${contract.mission.tutor1!.lastName} → Nina Nouvelle`);
    await expect.poll(() => page.locator('[data-testid="company-tutors"] [data-slot="1"]').textContent()).toContain(NEW_TUTOR);
    await screenshot(page, '45-changement-de-tuteur');
    await expectAccessible(page, 'tutor change recorded');
  });

  it('the new tutor receives their link and reads the contract; the old tutor’s link no longer works', async () => {
    // Their livret link may come too, and first: the contract's is in the appointment mail — wait for that one.
    await expect.poll(() => journey.sink.to(NEW_TUTOR).some((m) => m.subject.startsWith('Vous êtes tuteur professionnel')), { timeout: 30_000 }).toBe(true);
    const mail = journey.sink.to(NEW_TUTOR).find((m) => m.subject.startsWith('Vous êtes tuteur professionnel'))!;
    const appointed = /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(mail.text)![0];
    const tutor = await newPage();
    await tutor.page.goto(appointed);
    await tutor.page.locator('[data-testid="tutor-changes"] li').first().waitFor({ timeout: 15_000 });
    expect(await tutor.page.locator('[data-testid="tutor-changes"]').textContent()).toContain('Nina Nouvelle');
    // Only the manager changes a tutor.
    expect(await tutor.page.locator('[data-testid="tutor-change-form"]').count()).toBe(0);
    await expectAccessible(tutor.page, 'new tutor’s contract');

    const old = await newPage();
    await old.page.goto(oldLink);
    await expect.poll(() => old.page.locator('[role="alert"]').first().textContent(), { timeout: 15_000 }).toContain('Vous n’êtes plus tuteur professionnel');
    expect(await old.page.locator('[data-testid="contract-lifecycle"]').count()).toBe(0);
    await expect.poll(() => journey.sink.to(contract.mission.tutor1!.email).some((m) => m.subject.startsWith('Changement de tuteur professionnel')), { timeout: 15_000 }).toBe(true);
  });
});
