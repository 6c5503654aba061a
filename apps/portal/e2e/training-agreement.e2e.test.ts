import { describe, expect, it } from 'vitest';
import { browserJourney, gqlAs, screenshot, seriousA11yViolations, signIn } from './browser';

// §2.1.1 note 5, §2.1.2 note 7: « La formation des étudiant(e)s en formation continue (FC) est TOUJOURS
// régie par une convention de formation, qu'il y ait une immersion professionnelle ou pas ». An FC
// student without a contract (FC-SANS) has no contract checklist to carry it: the secretariat follows
// it on the student's record, as the APT, and reads it in the list of students.
const journey = browserJourney();
const { newPage } = journey;

interface Row { id: string; state: string; contractType: string; student: { id: string; email: string; lastName: string; status: string; trainingAgreementSignedOn: string | null } }

describe('an FC student’s convention de formation in Chromium', () => {
  it('the secretariat sees it awaited on an FC-SANS student’s record, records it, and the list says signed', async () => {
    const data = await gqlAs<{ missions: Row[] }>(journey.api.url, 'query { missions(first: 100) { id state contractType student { id email lastName status trainingAgreementSignedOn } } }');
    const row = data.missions.find((m) => m.state === 'VALIDATED' && m.contractType === 'SANS' && m.student.status === 'FC' && m.student.trainingAgreementSignedOn === null);
    expect(row).toBeDefined();
    const { page } = await newPage();
    await signIn(page, journey.api.url, 'secretariat@demo.alternance.test');
    await page.goto(`${journey.api.url}/etudiants/${row!.student.id}`);
    const status = page.locator('[data-testid="training-agreement-status"]');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/En retard|À faire avec le SFCA/);
    expect(await page.locator('[data-testid="training-agreement-panel"]').textContent()).toContain('§2.1.1 note 5');
    // A day in the future is refused under the field.
    await page.locator('#training-agreement-date').fill('2099-01-01');
    await page.locator('[data-action="RECORD_TRAINING_AGREEMENT"]').click();
    await expect.poll(() => page.locator('#training-agreement-date-msg').textContent()).toContain('futur');
    await page.locator('#training-agreement-date').fill('2025-06-20');
    await page.locator('[data-action="RECORD_TRAINING_AGREEMENT"]').click();
    await expect.poll(() => status.textContent()).toContain('signée le 20/06/2025');
    await screenshot(page, '70-convention-formation-fc');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(`${journey.api.url}/etudiants`);
    await page.locator('#students-search').fill(row!.student.email);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const line = page.locator('[data-testid="students-table"] tbody tr');
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.textContent()).toContain('signée');
  });

  it('shows no such panel for an FI student', async () => {
    const data = await gqlAs<{ missions: Row[] }>(journey.api.url, 'query { missions(first: 100) { id state contractType student { id email lastName status trainingAgreementSignedOn } } }');
    const fi = data.missions.find((m) => m.student.status === 'FI');
    expect(fi).toBeDefined();
    const { page } = await newPage();
    await signIn(page, journey.api.url, 'secretariat@demo.alternance.test');
    await page.goto(`${journey.api.url}/etudiants/${fi!.student.id}`);
    await page.locator('#st-firstName').waitFor();
    expect(await page.locator('[data-testid="training-agreement-panel"]').count()).toBe(0);
  });
});
