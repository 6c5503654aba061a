import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, gqlAs, screenshot, signIn } from './browser';

// A student's validation campaign (§3), on a day of it: the offers still open (§3.2), a fiche
// filled with the usual mistakes (Tableau 5's windows, Tableau 1's group, an offer's OPA without
// its reference), submitted, returned by the manager, corrected from the mailed link (§3.3.3).
const journey = browserJourney({ today: '2025-07-01' });
const { newPage } = journey;
const STUDENT = 'etudiant1@demo.alternance.test';
const OPEN_OFFER_SIRET = '12345678999901';
/** A rule code as the API names it (PROGRAM_CONTRACT_NOT_ALLOWED): never on a student's screen. */
const RULE_CODE = /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

async function mailTo(to: string, subject: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = journey.sink.to(to).find((m) => m.subject.includes(subject));
    if (mail) return mail.text;
    if (Date.now() > deadline) throw new Error(`No mail « ${subject} » to ${to}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('a student’s validation campaign in Chromium (§3.2, §3.3)', () => {
  let student: Awaited<ReturnType<typeof newPage>>;
  let missionId = '';

  it('finds offers still open during the campaign (§3.2)', async () => {
    student = await newPage();
    await signIn(student.page, journey.api.url, STUDENT);
    await student.page.goto(`${journey.api.url}/offres`);
    await student.page.getByText('OFF-2025-007').waitFor();
    expect(await student.page.getByText('Sainte-Victoire Conseil (12345678999901)').count()).toBe(1);
  });

  it('is told by when to submit and the windows of Tableau 5, and each mistake under its field', async () => {
    const { page } = student;
    await page.goto(`${journey.api.url}/ma-fiche`);
    await page.locator('#fiche-contractType').waitFor();
    // By when (§3.3, §3.3.1), before anything is sent.
    await expect.poll(() => page.locator('[data-testid="fiche-deadline"]').textContent()).toContain('10 jours ouvrables avant la DDC');
    expect(await page.locator('[data-testid="fiche-deadline"]').textContent()).toContain('31/10/2025');
    await page.locator('#fiche-contractType').selectOption('CAPP');
    // Tableau 5 with the campaign's closing: the last DDC is the one DDC_TOO_LATE would name.
    await expect.poll(() => page.locator('[data-testid="windows"]').textContent()).toBe('Fenêtres du guide pour ce contrat (Tableau 5) : DDC du 01/06/2025 au 31/10/2025 ; DFC du 03/07/2026 au 03/09/2026.');
    // The mistakes: Tableau 1 (a contract in the classic group), Tableau 5's windows, the OPA of an open offer without its reference (§3.2).
    await page.locator('#fiche-group').selectOption('CLASSIC');
    await page.locator('#fiche-startDate').fill('2025-05-15');
    await page.locator('#fiche-endDate').fill('2026-12-01');
    await page.locator('#fiche-monthlyGrossPay').fill('1900');
    await page.locator('#fiche-org-siret').fill(OPEN_OFFER_SIRET);
    await expect.poll(() => page.locator('#fiche-contractType-error').textContent()).toContain('groupe classique');
    expect(await page.locator('#fiche-startDate-msg').textContent()).toContain('trop tôt');
    expect(await page.locator('#fiche-endDate-msg').textContent()).toContain('au plus tard le 03/09/2026');
    await expect.poll(() => page.locator('#fiche-offerReference-msg').textContent()).toContain('OFF-2025-007');
    // The deadline follows the DDC typed: 15/05/2025 is past.
    await expect.poll(() => page.locator('[data-testid="fiche-deadline"]').textContent()).toContain('est passée');
    expect(await page.locator('aside').textContent()).not.toMatch(RULE_CODE);
    await screenshot(page, '70-fiche-erreurs-etudiant');
    await expectAccessible(page, 'fiche with mistakes');
  });

  it('submits it anyway and reads the findings in words, in French and in English — no rule code, no ISO date', async () => {
    const { page } = student;
    await page.locator('[data-action="SUBMIT"]').click();
    await page.getByText('Votre fiche est soumise').waitFor();
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('La DDC (15/05/2025) est trop tôt');
    expect(await main.textContent()).not.toMatch(RULE_CODE);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => main.textContent()).toContain('The start date (15/05/2025) is too early');
    const english = (await main.textContent()) ?? '';
    expect(english).not.toMatch(RULE_CODE);
    expect(english).not.toMatch(ISO_DATE);
    await page.getByRole('button', { name: 'FR', exact: true }).click();
  });

  it('is returned by the manager, whose journal names the fields in words', async () => {
    const data = await gqlAs<{ missions: { id: string; student: { email: string } }[] }>(journey.api.url, 'query { missions(first: 100, filter: { state: SUBMITTED }) { id student { email } } }');
    const mission = data.missions.find((m) => m.student.email === STUDENT)!;
    missionId = mission.id;
    const manager = await newPage();
    await signIn(manager.page, journey.api.url, 'responsable@demo.alternance.test');
    await manager.page.goto(`${journey.api.url}/missions/${mission.id}`);
    await manager.page.locator('[data-action="RETURN"]').click();
    await manager.page.locator('#mission-comment').fill('Le groupe alternance, les dates du Tableau 5 et la référence de l’offre.');
    await manager.page.locator('.n-modal button[type="submit"]').click();
    await manager.page.getByText('Renvoyée à l’alternant(e)').first().waitFor();
    const history = (await manager.page.locator('main').textContent()) ?? '';
    expect(history).toContain('Salaire brut mensuel (€)');
    expect(history).not.toContain('monthlyGrossPayCents');
  });

  it('follows the mailed link to « Ma fiche », corrects it without retyping, and submits it again', async () => {
    const text = await mailTo(STUDENT, 'à compléter');
    const link = /https?:\/\/[^\s]+/.exec(text.slice(text.indexOf('soumettez-la de nouveau')))?.[0];
    expect(link).toMatch(/\/ma-fiche$/);
    const { page } = student;
    // An older mail or a bookmark opens the office's read-only page of the fiche: it points to the form.
    await page.goto(`${journey.api.url}/missions/${missionId}`);
    await page.locator('[data-testid="correct-fiche"]').click();
    await page.waitForURL(/\/ma-fiche$/);
    await page.goto(link!);
    await page.getByText('Le groupe alternance, les dates du Tableau 5').waitFor();
    // What was typed is still there.
    expect(await page.locator('#fiche-org-siret').inputValue()).toBe(OPEN_OFFER_SIRET);
    expect(await page.locator('#fiche-monthlyGrossPay').inputValue()).toContain('1900');
    await page.locator('#fiche-group').selectOption('ALTERNANCE');
    await page.locator('#fiche-startDate').fill('2025-09-01');
    await page.locator('#fiche-endDate').fill('2026-07-03');
    await page.locator('#fiche-offerReference').fill('OFF-2025-007');
    await expect.poll(() => page.locator('#fiche-startDate-msg').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="fiche-deadline"]').textContent()).toContain('au plus tard le 20/08/2025');
    await page.locator('[data-action="SUBMIT"]').click();
    await page.getByText('Votre fiche est soumise').waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('OFF-2025-007');
    expect(main).not.toContain('trop tôt');
    await screenshot(page, '71-fiche-corrigee');
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
