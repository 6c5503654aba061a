import { describe, expect, it } from 'vitest';
import { browserJourney, gqlAs, screenshot, seriousA11yViolations, signIn } from './browser';

// §1.2 « Un vœu sur le choix de la spécialisation sera demandé à l'entrée en M1 … c'est la MIAGE
// qui vous affectera » and §2.4 « ils (elles) font un vœu »: the student states it on their fiche
// page, the office reads it on the student record and places them, the manager sees the track
// beside the mission (note 1).
const journey = browserJourney();
const { newPage } = journey;
const STUDENT = 'etudiant2@demo.alternance.test';

describe('a student’s track and site wish in Chromium', () => {
  it('the M1 entrant wishes ISIE and Marseille on their fiche page', async () => {
    const { page } = await newPage();
    await signIn(page, journey.api.url, STUDENT);
    await page.waitForURL(/\/ma-fiche/);
    const panel = page.locator('[data-testid="wish-panel"]');
    await panel.waitFor();
    expect(await page.locator('#wish-track option').allTextContents()).toEqual(['Pas de vœu', 'M2 MIAGE — parcours 2ID', 'M2 MIAGE — parcours ISIE']);
    await page.locator('#wish-track').selectOption('M2-ISIE');
    await page.locator('#wish-site').selectOption('ILOT-DU-BOIS');
    await page.locator('[data-action="EXPRESS_WISH"]').click();
    await expect.poll(() => page.locator('[data-testid="wish-stated"]').textContent()).toContain('Vœux exprimés le');
    expect(await page.locator('#wish-track').inputValue()).toBe('M2-ISIE');
    await screenshot(page, '60-voeux-etudiant');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the secretariat reads the wish on the student record and places the student in M1 Marseille', async () => {
    const { page } = await newPage();
    await signIn(page, journey.api.url, 'secretariat@demo.alternance.test');
    await page.goto(`${journey.api.url}/etudiants`);
    await page.locator('#students-search').fill('etudiant2@');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const row = page.locator('[data-testid="students-table"] tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('link').click();
    const wish = page.locator('[data-testid="student-wish"]');
    await expect.poll(() => wish.textContent()).toContain('parcours M2 MIAGE — parcours ISIE');
    expect(await wish.textContent()).toContain('Site de l’Îlot du Bois (Marseille)');
    await page.locator('#st-group').selectOption('M1-MARSEILLE');
    await page.locator('[data-action="SAVE_STUDENT"]').click();
    await page.getByText('Dossier enregistré.').waitFor();
    expect(await page.locator('#st-site').inputValue()).toBe('ILOT-DU-BOIS');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the manager sees the track and the wish beside the mission (§1.2, note 1)', async () => {
    const data = await gqlAs<{ missions: { id: string; student: { email: string } }[] }>(journey.api.url, 'query { missions(first: 100) { id student { email } } }');
    const mission = data.missions.find((m) => m.student.email === STUDENT);
    expect(mission).toBeDefined();
    const { page } = await newPage();
    await signIn(page, journey.api.url, 'responsable@demo.alternance.test');
    await page.goto(`${journey.api.url}/missions/${mission!.id}`);
    await expect.poll(() => page.locator('[data-testid="mission-track"]').textContent()).toContain('vœu : M2 MIAGE — parcours ISIE');
  });

  // §2.1.2 « sauf exceptions dérogatoires »: the manager admits the M2 classic internship with a reason.
  it('the manager grants the M2 derogation: the blocking finding becomes an accepted warning, shown on the fiche', async () => {
    const data = await gqlAs<{ missions: { id: string; contractType: string; cohort: string }[] }>(
      journey.api.url,
      'query { missions(first: 100, filter: { findingCode: "PROGRAM_CONTRACT_NOT_ALLOWED" }) { id contractType cohort } }',
    );
    const mission = data.missions.find((m) => m.cohort === 'M2-2025' && m.contractType === 'CSTAGE');
    expect(mission).toBeDefined();
    const { page } = await newPage();
    await signIn(page, journey.api.url, 'responsable@demo.alternance.test');
    await page.goto(`${journey.api.url}/missions/${mission!.id}`);
    const panel = page.locator('[data-testid="derogation-panel"]');
    await panel.waitFor();
    expect(await page.locator('[data-testid="derogation-status"]').textContent()).toContain('obligatoirement en alternance');
    // A blank reason is refused under its field.
    await page.locator('[data-action="GRANT_DEROGATION"]').click();
    await expect.poll(() => page.locator('#derogation-reason-msg').textContent()).toContain('Champ obligatoire');
    await page.locator('#derogation-reason').fill('Reprise d’études après une longue maladie, accord de la direction');
    await page.locator('[data-action="GRANT_DEROGATION"]').click();
    await expect.poll(() => page.locator('[data-testid="derogation-status"]').textContent()).toContain('Reprise d’études après une longue maladie');
    await expect.poll(() => page.locator('[data-testid="fiche-derogation"]').textContent()).toContain('Dérogation accordée par');
    await expect.poll(() => page.getByText('PROGRAM_CONTRACT_DEROGATION').count()).toBeGreaterThan(0);
    expect(await page.getByText('PROGRAM_CONTRACT_NOT_ALLOWED').count()).toBe(0);
    await screenshot(page, '61-derogation-m2');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
