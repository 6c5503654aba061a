import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, screenshot, signIn } from './browser';

// issue 9 §4–5: the office's screens, errors in words, the phone menu.
const journey = browserJourney();
const { newPage } = journey;

describe('office screens in Chromium', () => {
  it('edits reference data through the form: a server-side error under its field with a summary, then saved', async () => {
    const w = await newPage();
    await signIn(w.page, journey.api.url, 'responsable@demo.alternance.test');
    await w.page.goto(`${journey.api.url}/referentiel`);
    await w.page.locator('#reference-key').selectOption('cohorts');
    const dff = w.page.locator('#ref-cohorts-1-dff');
    await dff.waitFor();
    const before = await dff.inputValue();
    await dff.fill('2020-01-31');
    await w.page.locator('[data-action="SAVE_REFERENCE"]').click();
    const summary = w.page.locator('[data-testid="form-error-summary"]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Le formulaire contient une erreur');
    expect(await w.page.locator('#ref-cohorts-1-dff-msg').textContent()).toContain('DFF (fin de la formation) : doit venir après');
    expect(await dff.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.id)).toBe('ref-cohorts-1-dff');
    await screenshot(w.page, '20-referentiel-erreur');
    await expectAccessible(w, 'reference data with an error');
    // Nothing technical reaches the page.
    expect(await w.page.locator('main').textContent()).not.toMatch(/GraphQL|BAD_USER_INPUT|cohorts\.1/);

    await dff.fill(before);
    await w.page.locator('#ref-cohorts-1-label').fill('Promotion renommée depuis le formulaire');
    await w.page.locator('[data-action="SAVE_REFERENCE"]').click();
    await w.page.getByText('Section enregistrée.').waitFor();
    expect(await summary.count()).toBe(0);
    await expect.poll(() => w.page.locator('.toolbar .muted').first().textContent(), { timeout: 10_000 }).toContain('version 2');
    await w.page.reload();
    await w.page.locator('#reference-key').selectOption('cohorts');
    expect(await w.page.locator('#ref-cohorts-1-label').inputValue()).toBe('Promotion renommée depuis le formulaire');
  });

  it('the manager changes whom a company contacts for a mission validation; "Qui contacter ?" shows it', async () => {
    const w = await newPage();
    await signIn(w.page, journey.api.url, 'responsable@demo.alternance.test');
    await w.page.goto(`${journey.api.url}/contacts`);
    await w.page.locator('#contacts-asker').selectOption('COMPANY');
    await w.page.locator('#contacts-need').selectOption('MISSION_VALIDATION');
    const answer = w.page.locator('[data-testid="contacts-answer"]');
    await expect.poll(() => answer.textContent()).toContain('Responsable de l’alternance');

    await w.page.goto(`${journey.api.url}/referentiel`);
    await w.page.locator('#reference-key').selectOption('contacts');
    // Tableau 8, line "validation de la mission" (the fourth route of the guide's table).
    const role = w.page.locator('#ref-contacts-routes-3-contacts-0-role');
    await role.waitFor();
    expect(await w.page.locator('#ref-contacts-routes-3-need option:checked').textContent()).toBe('Validation de la mission');
    const note = w.page.locator('#ref-contacts-routes-3-note-fr');
    const before = await note.inputValue();
    await note.fill('');
    await role.selectOption('DIRECTION');
    await w.page.locator('[data-action="SAVE_REFERENCE"]').click();
    await w.page.locator('[data-testid="form-error-summary"]').waitFor();
    expect(await w.page.locator('#ref-contacts-routes-3-note-fr-msg').textContent()).toContain('Consigne affichée : champ obligatoire.');
    expect(await w.page.locator('main').textContent()).not.toMatch(/GraphQL|BAD_USER_INPUT|contacts\.routes/);
    await note.fill(before);
    await w.page.locator('[data-action="SAVE_REFERENCE"]').click();
    await w.page.getByText('Section enregistrée.').waitFor();

    await w.page.goto(`${journey.api.url}/contacts`);
    await w.page.locator('#contacts-asker').selectOption('COMPANY');
    await w.page.locator('#contacts-need').selectOption('MISSION_VALIDATION');
    await expect.poll(() => answer.textContent()).toContain('Direction de la MIAGE');
    expect(await answer.textContent()).not.toContain('Responsable de l’alternance');
  });

  it('turns a page of the missions list without counting the missions again (issue 15)', async () => {
    const w = await newPage();
    await signIn(w.page, journey.api.url, 'responsable@demo.alternance.test');
    const counted: boolean[] = [];
    w.page.on('request', (request) => {
      // The portal sends its persisted documents' ids: the list's is the one request with `withTotal`.
      const body = request.url().endsWith('/graphql') ? (request.postDataJSON() as { variables?: { withTotal?: boolean } } | null) : null;
      if (body?.variables && 'withTotal' in body.variables) counted.push(body.variables.withTotal === true);
    });
    await w.page.goto(`${journey.api.url}/missions?tri=RECENT`);
    await w.page.locator('tbody tr').first().waitFor();
    const total = (await w.page.getByTestId('missions-count').textContent())!;
    expect(total).toMatch(/^\d{2,} missions$/);
    const firstRow = await w.page.locator('tbody tr').first().textContent();
    await w.page.getByRole('button', { name: 'Suivantes »' }).click();
    await expect.poll(() => w.page.getByTestId('missions-page').textContent()).toBe('Page 2');
    await expect.poll(() => w.page.locator('tbody tr').first().textContent()).not.toBe(firstRow);
    // Page 2 keeps the total read with page 1.
    expect(await w.page.getByTestId('missions-count').textContent()).toBe(total);
    expect(counted).toEqual([true, false]);
    // A filter's change counts again.
    await w.page.locator('#missions-type').selectOption('CAPP');
    await w.page.waitForURL(/contrat=CAPP/);
    await expect.poll(() => counted.at(-1)).toBe(true);
  });

  it('opens the missions list on "À traiter", and keeps filters and sort in the URL after a reload', async () => {
    const w = await newPage();
    await signIn(w.page, journey.api.url, 'responsable@demo.alternance.test');
    await w.page.goto(`${journey.api.url}/missions`);
    await w.page.waitForURL(/a-traiter=1/);
    expect(w.page.url()).toContain('tri=URGENCY');
    await w.page.locator('[data-testid="waiting"]').first().waitFor();
    expect(await w.page.locator('#missions-to-handle').isChecked()).toBe(true);
    const states = await w.page.locator('tbody [data-state]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((s) => ['SUBMITTED', 'ERROR_REPORTED', 'CONFIRMED'].includes(s ?? ''))).toBe(true);
    await expectAccessible(w, 'missions to handle');

    await w.page.locator('#missions-sort').selectOption('STUDENT');
    await w.page.locator('#missions-type').selectOption('CAPP');
    await w.page.waitForURL(/tri=STUDENT/);
    await w.page.waitForURL(/contrat=CAPP/);
    await w.page.reload();
    await w.page.locator('tbody tr').first().waitFor();
    expect(await w.page.locator('#missions-to-handle').isChecked()).toBe(true);
    expect(await w.page.locator('#missions-sort').inputValue()).toBe('STUDENT');
    expect(await w.page.locator('#missions-type').inputValue()).toBe('CAPP');
    // The anomaly filter offers rule labels, never codes.
    const labels = await w.page.locator('#missions-finding option').allTextContents();
    expect(labels).toContain('Salaire inférieur au minimum');
    expect(labels.some((l) => /^[A-Z_]+$/.test(l))).toBe(false);
    await screenshot(w.page, '21-missions-a-traiter');

    // The whole list pages by cursor: « Suivantes » after the last row, « Précédentes » back to where the page started.
    await w.page.goto(`${journey.api.url}/missions?tri=STUDENT`);
    const names = () => w.page.locator('tbody tr td:first-child').allTextContents();
    const links = () => w.page.locator('tbody tr a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    await w.page.locator('tbody tr a').first().waitFor();
    expect(await w.page.getByTestId('missions-count').textContent()).toMatch(/^\d{2,} missions$/);
    const first = await names();
    const firstLinks = await links();
    expect(first).toHaveLength(25);
    expect(await w.page.getByTestId('missions-previous').isDisabled()).toBe(true);
    await w.page.getByRole('button', { name: 'Suivantes »' }).click();
    await expect.poll(() => w.page.getByTestId('missions-page').textContent()).toBe('Page 2');
    await expect.poll(async () => (await links()).some((href) => firstLinks.includes(href))).toBe(false);
    expect(await names()).toHaveLength(25);
    await w.page.getByRole('button', { name: '« Précédentes' }).click();
    await expect.poll(() => w.page.getByTestId('missions-page').textContent()).toBe('Page 1');
    // The label moves at the click; the rows when the page has been read.
    await expect.poll(() => links()).toEqual(firstLinks);
    await expectAccessible(w, 'missions pager');
  });

  it('shows contract types and cohorts in words on the contracts list and a contract, never their codes', async () => {
    const w = await newPage();
    await signIn(w.page, journey.api.url, 'responsable@demo.alternance.test');
    await w.page.goto(`${journey.api.url}/contrats`);
    await w.page.locator('tbody tr a').first().waitFor();
    const table = (await w.page.locator('tbody').textContent()) ?? '';
    expect(table).toMatch(/Contrat d’apprentissage|Contrat de professionnalisation|Stage en alternance/);
    expect(table).toMatch(/MIAGE 20\d\d\/20\d\d/);
    expect(table).not.toMatch(/\b(CAPP|CPRO|CSTAGEALT|CSTAGE)\b|\b(MASTER|L3I|L3G|M2)-20\d\d\b/);
    const types = await w.page.locator('#contracts-type option').allTextContents();
    expect(types).toContain('Contrat d’apprentissage');
    expect(types.some((l) => /^[A-Z]+$/.test(l))).toBe(false);
    await w.page.locator('tbody tr a').first().click();
    await w.page.waitForURL(/\/contrats\/.+/);
    const details = w.page.locator('.n-descriptions').first();
    await details.waitFor();
    const text = (await details.textContent()) ?? '';
    expect(text).toMatch(/Contrat d’apprentissage|Contrat de professionnalisation|Stage en alternance/);
    expect(text).not.toMatch(/\b(CAPP|CPRO|CSTAGEALT|CSTAGE)\b|\b(MASTER|L3I|L3G|M2)-20\d\d\b/);
  });

  it('creates an API token, shows it once with a copy button, then revokes it', async () => {
    const w = await newPage();
    await signIn(w.page, journey.api.url, 'secretariat@demo.alternance.test');
    await w.page.goto(`${journey.api.url}/jetons`);
    await w.page.getByText('Le secrétariat crée ici le jeton du complément Excel').waitFor();
    // Every scope the API offers reads in French: none as an i18n key or a bare code (« tokens.scope.calendars_read » was shown).
    // The scopes come from the API after the page's text: read them once they are listed.
    await expect.poll(() => w.page.locator('.scopes label').count(), { timeout: 15_000 }).toBeGreaterThan(10);
    const scopeLabels = (await w.page.locator('.scopes label').allTextContents()).map((l) => l.trim());
    expect(scopeLabels.filter((l) => /tokens\.scope|^[a-z-]+[:_][a-z]+$/.test(l))).toEqual([]);
    expect(scopeLabels).toContain('Lire les calendriers d’alternance');
    // No scope chosen: the API's refusal is shown under the scopes.
    await w.page.locator('#token-name').fill('Sans portée');
    await w.page.locator('[data-action="CREATE_TOKEN"]').click();
    await w.page.locator('#token-scopes-msg').waitFor();
    await w.page.locator('[data-testid="form-error-summary"]').waitFor();

    await w.page.locator('[data-action="PRESET_ADDIN"]').click();
    await w.page.locator('[data-action="CREATE_TOKEN"]').click();
    await w.page.locator('[data-testid="issued-token"]').waitFor();
    const token = await w.page.locator('#token-value').inputValue();
    expect(token).toMatch(/^alt_/);
    expect(await w.page.locator('[data-action="COPY_TOKEN"]').isVisible()).toBe(true);
    await screenshot(w.page, '22-jeton-cree');
    await expectAccessible(w, 'api tokens');

    const ask = () => fetch(`${journey.api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ referenceData { key } }' }) }).then((r) => r.json() as Promise<{ data?: unknown; errors?: unknown[] }>);
    expect((await ask()).errors).toBeUndefined();

    // Shown once: after a reload only its start is listed.
    await w.page.reload();
    await w.page.locator('[data-testid="token-list"] tbody tr').first().waitFor();
    expect(await w.page.locator('#token-value').count()).toBe(0);
    expect(await w.page.content()).not.toContain(token);
    const row = w.page.locator('[data-testid="token-list"] tbody tr', { hasText: 'Complément Excel — secrétariat' });
    await row.locator('[data-action="REVOKE"]').click();
    await w.page.locator('[data-testid="confirm-yes"]').click();
    await row.locator('[data-token-state="REVOKED"]').waitFor();
    expect((await ask()).errors).toBeDefined();
  });

  it('filters the audit log by action and actor, kept in the URL', async () => {
    const w = await newPage();
    await signIn(w.page, journey.api.url, 'responsable@demo.alternance.test');
    // The log is counted on opening and on a filter's change (issue 15; turning a page does not: see the missions list).
    const counted: boolean[] = [];
    w.page.on('request', (request) => {
      // The portal sends its persisted documents' ids: the list's is the one request with `withTotal`.
      const body = request.url().endsWith('/graphql') ? (request.postDataJSON() as { variables?: { withTotal?: boolean } } | null) : null;
      if (body?.variables && 'withTotal' in body.variables) counted.push(body.variables.withTotal === true);
    });
    await w.page.goto(`${journey.api.url}/journal`);
    await w.page.locator('[data-testid="audit-list"] tbody tr').first().waitFor();
    expect(counted).toEqual([true]);
    await w.page.locator('#audit-action').selectOption('REVOKE');
    await w.page.waitForURL(/action=REVOKE/);
    await expect.poll(() => w.page.locator('[data-testid="audit-list"] tbody tr').count()).toBe(1);
    expect(await w.page.locator('[data-testid="audit-list"] tbody').textContent()).toContain('Jeton révoqué');
    // A filter's change counts again.
    expect(counted.at(-1)).toBe(true);
    await w.page.locator('#audit-actor').fill('personne-inconnue');
    await w.page.getByText('Aucun évènement ne correspond à ces filtres.').waitFor();
    await w.page.reload();
    await expect.poll(() => w.page.locator('#audit-action').inputValue(), { timeout: 10_000 }).toBe('REVOKE');
    expect(await w.page.locator('#audit-actor').inputValue()).toBe('personne-inconnue');
    const options = await w.page.locator('#audit-action option').allTextContents();
    expect(options.some((o) => /^[A-Z_]+$/.test(o))).toBe(false);
    await screenshot(w.page, '23-journal');
    await expectAccessible(w, 'audit log');
  });

  it('folds the navigation behind a Menu button on a 390 px phone', async () => {
    const w = await newPage({ width: 390, height: 844 });
    await signIn(w.page, journey.api.url, 'responsable@demo.alternance.test');
    const nav = w.page.locator('#app-nav');
    const toggle = w.page.locator('[data-testid="menu-toggle"]');
    await toggle.waitFor();
    expect(await nav.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await nav.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await screenshot(w.page, '24-menu-mobile');
    await expectAccessible(w, 'phone menu');
    await nav.getByRole('link', { name: 'Contrats' }).click();
    await w.page.waitForURL(/\/contrats/);
    expect(await nav.isVisible()).toBe(false);
    // Nothing wider than the phone's screen.
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
