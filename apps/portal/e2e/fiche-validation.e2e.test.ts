import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, gqlAs, screenshot, signIn } from './browser';

// §3.2 « vous DEVREZ en indiquer la référence dans le formulaire de validation (afin que nous
// puissions la supprimer) » and §3.1 « Remarque sur la possibilité d'avoir 2 tuteurs
// professionnels » (a contract « sur 2 organismes »), on a day of the 2025 campaign.
const journey = browserJourney({ today: '2025-07-01' });
const { newPage } = journey;
const STUDENT = 'etudiant3@demo.alternance.test';
const TUTOR2 = 'tuteur2.filiale@filiale.example';

async function waitForLink(to: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const link = journey.sink.to(to).map((m) => /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(m.text)?.[0]).find(Boolean);
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`No personal link mailed to ${to}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the fiche de validation’s offer reference and second OPA in Chromium', () => {
  it('the manager publishes an offer with its OPA: a bad SIRET is refused under its field', async () => {
    const { page } = await newPage();
    await signIn(page, journey.api.url, 'responsable@demo.alternance.test');
    await page.goto(`${journey.api.url}/offres`);
    await page.locator('#offer-reference').fill('OFF-E2E-001');
    await page.locator('#offer-title').fill('Alternance — données');
    await page.locator('#offer-org-name').fill('Provence Data');
    await page.locator('#offer-org-siret').fill('123');
    await page.getByRole('button', { name: 'Publier une offre' }).click();
    await expect.poll(() => page.locator('#offer-org-siret-msg').textContent()).toContain('un SIRET compte 14 chiffres');
    await page.locator('#offer-org-siret').fill('701 234 567 00018');
    await page.getByRole('button', { name: 'Publier une offre' }).click();
    await page.getByText('Offre publiée.').waitFor();
    await expect.poll(() => page.getByText('Provence Data (70123456700018)').count()).toBe(1);
    await screenshot(page, '62-offre-avec-opa');
    await expectAccessible(page, 'offers');
  });

  it('the student names a mistyped offer, and a second OPA with its tutor 2: the fiche says which reference is unknown', async () => {
    const { page } = await newPage();
    await signIn(page, journey.api.url, STUDENT);
    await page.waitForURL(/\/ma-fiche/);
    await page.locator('[data-testid="work-organisation"]').waitFor();
    await expect.poll(() => page.locator('[data-testid="work-organisation"]').textContent()).toContain('sur 2 organismes');
    // Live, before anything is sent: an OPA of a published offer names it (§3.2)…
    const siret = page.locator('#fiche-org-siret');
    const ownSiret = await siret.inputValue();
    await siret.fill('70123456700018');
    await expect.poll(() => page.locator('#fiche-offerReference-msg').textContent()).toContain('OFF-E2E-001');
    await siret.fill(ownSiret);
    // … and a reference that names no published offer is flagged under the field.
    await page.locator('#fiche-offerReference').fill('OFF-E2E-01');
    await expect.poll(() => page.locator('#fiche-offerReference-msg').textContent()).toContain('ne correspond à aucune offre');
    await page.locator('#fiche-work-org-name').fill('Filiale Marseille');
    await page.locator('#fiche-work-org-siret').fill('70999999900011');
    await page.locator('#fiche-tutor2-lastName').fill('Second');
    await page.locator('#fiche-tutor2-firstName').fill('Paul');
    await page.locator('#fiche-tutor2-email').fill(TUTOR2);
    await page.locator('[data-action="SUBMIT"]').click();
    await page.getByText('Votre fiche est soumise').waitFor();
    await expect.poll(() => page.getByText('La référence « OFF-E2E-01 » ne correspond à aucune offre').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="fiche-work-organisation"]').textContent()).toContain('Filiale Marseille · SIRET 70999999900011');
    await screenshot(page, '63-fiche-second-opa');
    await expectAccessible(page, 'submitted fiche');
  });

  it('tutor 2 of the second OPA is asked to confirm by a mailed link and reads where the alternant works', async () => {
    const data = await gqlAs<{ missions: { id: string; state: string; student: { email: string } }[] }>(journey.api.url, 'query { missions(first: 100, filter: { state: SUBMITTED }) { id state student { email } } }');
    const mission = data.missions.find((m) => m.student.email === STUDENT);
    expect(mission).toBeDefined();
    const manager = await newPage();
    await signIn(manager.page, journey.api.url, 'responsable@demo.alternance.test');
    await manager.page.goto(`${journey.api.url}/missions/${mission!.id}`);
    await expect.poll(() => manager.page.getByText('OFFER_REFERENCE_UNKNOWN').count()).toBeGreaterThan(0);
    await manager.page.locator('[data-action="REQUEST_CONFIRMATION"]').click();
    await manager.page.locator('[data-testid="confirm-yes"]').click();
    await manager.page.locator('[data-state="CONFIRMATION_REQUESTED"]').waitFor();
    const contact = await newPage();
    await contact.page.goto(await waitForLink(TUTOR2));
    await contact.page.locator('[data-action="CONFIRM"]').waitFor();
    expect(await contact.page.locator('[data-testid="fiche-work-organisation"]').textContent()).toContain('Filiale Marseille');
    await contact.page.locator('[data-action="CONFIRM"]').click();
    await contact.page.locator('[data-testid="link-done"]').waitFor();
    await expectAccessible(contact, 'tutor 2 link');
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
