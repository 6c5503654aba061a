import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, gqlAs, screenshot, signIn } from './browser';

// The Master 2025/2027 at its M2 (§1.2, §2.1.2, Tableau 5), on a day of the 2026 campaign.
// - « c'est la MIAGE qui vous affectera à l'un des 2 parcours »: a student of the Master is
//   placed in an M2 track in the same cohort (an M1 apprentice goes on with the same contract).
// - An M1 without a contract « devr[a] suivre le M2 MIAGE avec un nouveau contrat d'alternance »:
//   the office moves them to the M2 2026/2027, and the fiche they had drafted follows them — its
//   2026 campaign and Tableau 5's windows, where the Master's 2025 campaign refused it.
const journey = browserJourney({ today: '2026-06-15' });
const STUDENT = 'etudiant2@demo.alternance.test';

describe('the Master 2025/2027 at its M2 in Chromium (§1.2, §2.1.2)', () => {
  it('the secretariat finds the M2 tracks among the Master’s groups, and moves the M1 without a contract to the M2 2026/2027', async () => {
    const { page } = await journey.newPage();
    await signIn(page, journey.api.url, 'secretariat@demo.alternance.test');
    await page.goto(`${journey.api.url}/etudiants`);
    await page.locator('#students-search').fill('etudiant2@');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const row = page.locator('[data-testid="students-table"] tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('link').click();
    await page.locator('#st-group').waitFor();
    expect(await page.locator('#st-cohort').inputValue()).toBe('MASTER-2025');
    const groups = await page.locator('#st-group option').allTextContents();
    expect(groups).toEqual(expect.arrayContaining(['M1 MIAGE — Aix-en-Provence', 'M1 MIAGE — Marseille', 'M2 MIAGE — parcours 2ID', 'M2 MIAGE — parcours ISIE']));
    await page.locator('#st-cohort').selectOption('M2-2026');
    await page.locator('#st-group').selectOption('M2-2ID');
    await page.locator('[data-action="SAVE_STUDENT"]').click();
    await page.getByText('Dossier enregistré.').waitFor();
    expect(await page.locator('#st-site').inputValue()).toBe('ILOT-DU-BOIS');
    await expectAccessible(page, 'student record moved to the M2');
  });

  it('the student sends the fiche of their M2 contract: no longer outside the campaign', async () => {
    const student = await journey.newPage();
    const { page } = student;
    await signIn(page, journey.api.url, STUDENT);
    await page.waitForURL(/\/ma-fiche/);
    await page.locator('#fiche-contractType').waitFor();
    // An FC student: a professionalisation contract (Tableau 3, FC-CPRO).
    await page.locator('#fiche-contractType').selectOption('CPRO');
    await page.locator('#fiche-startDate').fill('2026-09-03');
    await page.locator('#fiche-endDate').fill('2027-09-03');
    // The M2 2026/2027's windows (DDF 03/09/2026, DFF 03/09/2027), its campaign closing on 31/10/2026.
    await expect.poll(() => page.locator('[data-testid="windows"]').textContent()).toBe('Fenêtres du guide pour ce contrat (Tableau 5) : DDC du 03/07/2026 au 31/10/2026 ; DFC du 03/09/2027 au 03/11/2027.');
    await page.locator('[data-action="SUBMIT"]').click();
    await page.getByText('Votre fiche est soumise').waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toContain('hors de la campagne');
    expect(main).not.toContain('trop tard');
    await screenshot(page, '64-fiche-m2-nouveau-contrat');
    const { missions } = await gqlAs<{ missions: { cohort: string; group: string | null; startDate: string; student: { email: string } }[] }>(
      journey.api.url,
      'query { missions(first: 100, filter: { state: SUBMITTED }) { cohort group startDate student { email } } }',
    );
    expect(missions.filter((m) => m.student.email === STUDENT)).toEqual([{ cohort: 'M2-2026', group: 'M2-2ID', startDate: '2026-09-03', student: { email: STUDENT } }]);
  });
});
