import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, gqlAs, screenshot, signIn } from './browser';

// Personal data minimisation for the academic tutor (ACADEMIC_TUTOR_READING, docs/security.md):
// they visit the company and follow the livret (§4.6, §4.7). Their contracts list, a contract and
// its fiche show the dates, the type, the company and its people — and no pay, pay schedule,
// training cost, foreign student's step nor derogation block, not even an empty one. The manager's
// same pages still show them (the selectors below are the real ones).
const journey = browserJourney();
const { newPage } = journey;
const TUTOR = 'tuteur.academique@demo.alternance.test';
const MANAGER = 'responsable@demo.alternance.test';
// An internship's pay is its gratification (§4.2.3), shown in place of the pay schedule.
const HIDDEN = ['[data-testid="contract-pay"]', '[data-testid="contract-cost"]', '[data-testid="pay-schedule"]', '[data-testid="gratification"]', '[data-testid="training-cost"]'];
const INTERNSHIPS = ['CSTAGEALT', 'CSTAGE'];

interface Listed { id: string; contractType: string; mission: { id: string; tutor1: { email: string } | null }; student: { foreign: boolean | null } }

describe('the academic tutor’s contract and fiche pages in Chromium', () => {
  let contract: Listed;

  it('the contracts list has no pay column; a contract shows its dates, hours and steps, no pay, cost nor foreign step', async () => {
    const tutor = await newPage();
    await signIn(tutor.page, journey.api.url, TUTOR);
    await tutor.page.waitForURL(/\/mes-alternants/);
    await tutor.page.goto(`${journey.api.url}/contrats`);
    await tutor.page.locator('a[href^="/contrats/"]').first().waitFor();
    const theirs = (await tutor.page.locator('a[href^="/contrats/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice('/contrats/'.length))));
    expect(theirs.length).toBeGreaterThan(0);
    // A foreign alternant's contract when the demo assigns one: its APT steps must not show either.
    const all = await gqlAs<{ contracts: Listed[] }>(journey.api.url, '{ contracts(first: 100) { id contractType mission { id tutor1 { email } } student { foreign } } }');
    const listed = all.contracts.filter((c) => theirs.includes(c.id));
    contract = listed.find((c) => c.student.foreign) ?? listed[0]!;
    expect(contract).toBeDefined();
    const headers = await tutor.page.locator('th').allTextContents();
    expect(headers.join(' | ')).toContain('DDC');
    expect(headers.join(' | ')).not.toContain('Salaire');
    await expectAccessible(tutor, 'contracts list (academic tutor)');

    await tutor.page.goto(`${journey.api.url}/contrats/${contract.id}`);
    await tutor.page.locator('[data-testid="checklist"] li').first().waitFor();
    await tutor.page.locator('[data-testid="training-figures"]').waitFor();
    for (const hidden of HIDDEN) expect(await tutor.page.locator(hidden).count(), hidden).toBe(0);
    for (const step of ['WORK_PERMIT', 'FOREIGN_CONTACT_CFA', 'FOREIGN_CONTACT_SFCA']) expect(await tutor.page.locator(`[data-testid="checklist"] li[data-code="${step}"]`).count(), step).toBe(0);
    const text = (await tutor.page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/Salaire|Coût|APT/);
    expect(text).toContain('Heures de formation selon le calendrier en vigueur');
    await screenshot(tutor.page, '90-contrat-tuteur-universitaire');
    await expectAccessible(tutor, 'contract (academic tutor)');

    // The fiche: the company's people and the mission, no pay block, no derogation block.
    await tutor.page.goto(`${journey.api.url}/missions/${contract.mission.id}`);
    await tutor.page.locator('section.fiche').waitFor();
    expect(await tutor.page.locator('[data-testid="fiche-pay"]').count()).toBe(0);
    expect(await tutor.page.locator('[data-testid="derogation-panel"]').count()).toBe(0);
    const fiche = (await tutor.page.locator('section.fiche').textContent()) ?? '';
    if (contract.mission.tutor1) expect(fiche).toContain(contract.mission.tutor1.email);
    expect(fiche).not.toMatch(/Salaire|SMC|handicap/i);
    await screenshot(tutor.page, '91-fiche-tuteur-universitaire');
    await expectAccessible(tutor, 'fiche (academic tutor)');
  });

  it('their absences page lists their alternants’ absences, without a stoppage, a document, nor anyone’s words (§4.3.1, ABSENCE_JUSTIFICATION); the manager’s shows them', async () => {
    const manager = await newPage();
    await signIn(manager.page, journey.api.url, MANAGER);
    await manager.page.goto(`${journey.api.url}/absences`);
    await manager.page.locator('[data-testid="absence-file"]').first().waitFor();
    const managerText = (await manager.page.locator('main').textContent()) ?? '';
    // The demo's « other reason » absence (§4.3.3) carries the alternant's words.
    expect(managerText).toContain('Convocation à l’examen du permis de conduire');
    // The office reads which absences were medical (§4.3.1).
    const managerTable = (await manager.page.locator('[data-testid="absences-table"]').textContent()) ?? '';
    expect(managerTable).toContain('Raison médicale');
    expect(managerTable).toContain('Arrêt attendu');

    const tutor = await newPage();
    await signIn(tutor.page, journey.api.url, TUTOR);
    await tutor.page.waitForURL(/\/mes-alternants/);
    await tutor.page.goto(`${journey.api.url}/absences`);
    await tutor.page.locator('table tbody tr').first().waitFor();
    const rows = await tutor.page.locator('table tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await tutor.page.locator('[data-testid="absence-file"]').count()).toBe(0);
    // Reading is not acting: no « déclarer médicale » nor delete button (the office's).
    expect(await tutor.page.locator('[data-action="DECLARE_MEDICAL"]').count()).toBe(0);
    const text = (await tutor.page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('Convocation à l’examen du permis de conduire');
    expect(text).not.toContain('«');
    // Nor that one was medical (§4.3.1): a medical or other reason reads « Motif non communiqué », an awaited stoppage or
    // decision « En attente », no deadline column; the filters offer what they read, and filter so.
    expect(text).not.toMatch(/Raison médicale|Autre raison|Arrêt attendu|Décision attendue|Échéance/);
    const table = (await tutor.page.locator('[data-testid="absences-table"]').textContent()) ?? '';
    expect(table).toContain('Motif non communiqué');
    expect(table).toContain('En attente');
    expect(await tutor.page.locator('#abs-reason option').allTextContents()).toEqual(['Tous', 'Motif non précisé', 'Raison professionnelle', 'Motif non communiqué']);
    await tutor.page.locator('#abs-state').selectOption('PENDING');
    await tutor.page.locator('form.filters button[type="submit"]').click();
    await tutor.page.waitForFunction(() => [...document.querySelectorAll('[data-testid="absences-table"] tbody tr')].every((r) => r.textContent?.includes('En attente')));
    expect(await tutor.page.locator('[data-testid="absences-table"] tbody tr').count()).toBeGreaterThan(0);
    await screenshot(tutor.page, '92-absences-tuteur-universitaire');
    await expectAccessible(tutor, 'absences (academic tutor)');
  });

  it('the manager’s same contract page still shows the pay, its schedule and the cost', async () => {
    const manager = await newPage();
    await signIn(manager.page, journey.api.url, MANAGER);
    await manager.page.goto(`${journey.api.url}/contrats/${contract.id}`);
    const pay = INTERNSHIPS.includes(contract.contractType) ? '[data-testid="gratification"]' : '[data-testid="pay-schedule"]';
    await manager.page.locator(pay).waitFor();
    for (const shown of HIDDEN) expect(await manager.page.locator(shown).count(), shown).toBe(shown === pay || !/pay-schedule|gratification/.test(shown) ? 1 : 0);
    await manager.page.goto(`${journey.api.url}/missions/${contract.mission.id}`);
    await manager.page.locator('[data-testid="fiche-pay"]').waitFor();
  });
});
