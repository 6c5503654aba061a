import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, gqlAs, screenshot, signIn } from './browser';

// §3.3.1: « Il n'est possible de demander à faire valider une mission que durant une période
// déterminée ». The demo's own day, 2 March 2026, is past the 2025 campaign's closing (31 October
// 2025): a student's draft fiche can no longer be submitted — and is told so before trying.
// (A new contract's fiche after a rupture is not held to the campaign: lifecycle.e2e, §5.)
const journey = browserJourney({ today: '2026-03-02' });
const STUDENT = 'etudiant2@demo.alternance.test';

describe('a fiche outside the validation campaign, in Chromium (§3.3.1)', () => {
  it('says the campaign has closed; the submission is refused with its reason, the fiche stays a draft', async () => {
    const student = await journey.newPage();
    await signIn(student.page, journey.api.url, STUDENT);
    await student.page.waitForURL(/\/ma-fiche/);
    const deadline = student.page.locator('[data-testid="fiche-deadline"]');
    await deadline.waitFor();
    expect(await deadline.textContent()).toContain('La campagne de validation est close depuis le 31/10/2025 (§3.3.1) : cette fiche ne peut plus être soumise.');
    await student.page.locator('[data-action="SUBMIT"]').click();
    await student.page.locator('#fiche-errors').getByText('hors de la campagne de validation (du 15/05/2025 au 31/10/2025)').waitFor();
    await screenshot(student.page, '60-fiche-hors-campagne');
    await expectAccessible(student, 'fiche outside the campaign');
    // Nothing was written: still a draft to submit after a reload, and not among the office's submitted fiches.
    await student.page.reload();
    await student.page.locator('[data-action="SUBMIT"]').waitFor();
    const { missions } = await gqlAs<{ missions: { student: { email: string } }[] }>(journey.api.url, 'query { missions(first: 100, filter: { state: SUBMITTED }) { student { email } } }');
    expect(missions.filter((m) => m.student.email === STUDENT)).toEqual([]);
  });
});
