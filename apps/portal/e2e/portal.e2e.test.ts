import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, gqlAs, screenshot, signIn } from './browser';

const journey = browserJourney();
const { newPage } = journey;

async function waitForMail(to: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const link = journey.sink
      .to(to)
      .map((m) => /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(m.text)?.[0])
      .find(Boolean);
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`No personal link mailed to ${to}; received: ${journey.sink.mails.map((m) => m.to.join(',')).join(' | ')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('portal in Chromium against the API', () => {
  it('signs in, and says why a wrong password is refused', async () => {
    const w = await newPage();
    const home = await w.page.goto(`${journey.api.url}/`);
    // Every page of the journey runs under the API's CSP: no inline script, never framed.
    expect(home?.headers()['content-security-policy']).toMatch(/script-src 'self';.*frame-ancestors 'none'/);
    await w.page.waitForURL(/\/connexion/);
    await expect.poll(() => w.page.getByRole('heading', { name: 'Connexion' }).isVisible()).toBe(true);
    await screenshot(w.page, '01-connexion');
    await expectAccessible(w, 'sign-in');
    await w.page.getByLabel('Adresse e-mail').fill('responsable@demo.alternance.test');
    await w.page.getByLabel('Mot de passe', { exact: true }).fill('pas le bon');
    await w.page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => w.page.getByRole('alert').first().textContent()).toContain('incorrect');
  });

  it('after repeated failures, says in French how long to wait (same answer for any address)', async () => {
    const w = await newPage();
    await w.page.goto(`${journey.api.url}/connexion`);
    await w.page.getByLabel('Adresse e-mail').fill('inconnu@demo.alternance.test');
    for (let i = 0; i < 6; i++) {
      await w.page.getByLabel('Mot de passe', { exact: true }).fill(`mauvais-${i}`);
      const answered = w.page.waitForResponse((r) => r.url().endsWith('/auth/login'));
      await w.page.getByRole('button', { name: 'Se connecter' }).click();
      await answered;
    }
    await expect.poll(() => w.page.getByTestId('form-error-summary').locator('li').first().textContent()).toMatch(/^Trop de tentatives de connexion pour ce compte\. Par sécurité, réessayez dans \d+ minutes?\.$/);
    await screenshot(w.page, '01b-connexion-ralentie');
    await expectAccessible(w, 'sign-in throttled');
  });

  it('runs the whole validation journey: student submits, manager asks, tutor and HR confirm by mail, manager validates, checklist appears', async () => {
    // The student.
    const student = await newPage();
    await signIn(student.page, journey.api.url, 'etudiant2@demo.alternance.test');
    await student.page.waitForURL(/\/ma-fiche/);
    await student.page.locator('[data-action="SUBMIT"]').waitFor();
    await screenshot(student.page, '02-fiche-etudiant');
    await expectAccessible(student, 'student fiche');
    await student.page.locator('[data-action="SUBMIT"]').click();
    await student.page.getByText('Votre fiche est soumise').waitFor();

    // The manager.
    const manager = await newPage();
    await signIn(manager.page, journey.api.url, 'responsable@demo.alternance.test');
    await manager.page.waitForURL(/\/tableau-de-bord/);
    await manager.page.locator('[data-testid="dashboard-stats"]').waitFor();
    await manager.page.locator('canvas').first().waitFor();
    await screenshot(manager.page, '03-tableau-de-bord');
    await expectAccessible(manager, 'dashboard');

    const { missions } = await gqlAs<{ missions: { id: string; tutor1: { email: string }; hrContact: { email: string } }[] }>(
      journey.api.url,
      `query { missions(first: 100, filter: { state: SUBMITTED }) { id tutor1 { email } hrContact { email } student { email } } }`,
    ).then((d) => ({ missions: (d.missions as unknown as { id: string; tutor1: { email: string }; hrContact: { email: string }; student: { email: string } }[]).filter((m) => m.student.email === 'etudiant2@demo.alternance.test') }));
    const mission = missions[0];
    expect(mission).toBeDefined();
    if (!mission) return;

    await manager.page.goto(`${journey.api.url}/missions`);
    await manager.page.locator('table tbody tr').first().waitFor();
    await screenshot(manager.page, '04-missions');
    await expectAccessible(manager, 'missions list');

    await manager.page.goto(`${journey.api.url}/missions/${mission.id}`);
    await manager.page.locator('[data-action="REQUEST_CONFIRMATION"]').click();
    // Mail goes out to the company: the manager confirms first.
    await manager.page.locator('[data-testid="confirm-yes"]').click();
    await manager.page.locator('[data-state="CONFIRMATION_REQUESTED"]').waitFor();
    await screenshot(manager.page, '05-mission-confirmations');
    await expectAccessible(manager, 'mission detail');

    // The company tutor and the HR contact, through the links they received.
    for (const [i, address] of [mission.tutor1.email, mission.hrContact.email].entries()) {
      const link = await waitForMail(address);
      const contact = await newPage();
      await contact.page.goto(link);
      await contact.page.locator('[data-action="CONFIRM"]').waitFor();
      if (i === 0) {
        await screenshot(contact.page, '06-lien-tuteur');
        await expectAccessible(contact, 'personal link');
      }
      await contact.page.locator('[data-action="CONFIRM"]').click();
      await contact.page.locator('[data-testid="link-done"]').waitFor();
    }

    // The manager validates (accepting warnings knowingly if the rules raise some).
    await manager.page.reload();
    await manager.page.locator('[data-state="CONFIRMED"]').waitFor();
    await manager.page.locator('[data-action="VALIDATE"]').click();
    await manager.page.locator('[data-testid="confirm-yes"]').click();
    const accept = manager.page.locator('[data-action="ACCEPT_WARNINGS"]');
    const validated = manager.page.locator('[data-state="VALIDATED"]');
    await Promise.race([accept.waitFor().then(() => accept.click()), validated.waitFor()]);
    await validated.waitFor();
    await manager.page.getByRole('link', { name: 'Voir le contrat' }).click();
    await manager.page.locator('[data-testid="checklist"] li').first().waitFor();
    await screenshot(manager.page, '07-contrat');
    await expectAccessible(manager, 'contract');
    expect(await manager.page.locator('[data-testid="checklist"] li').count()).toBeGreaterThan(0);

    // The student now sees the contract and the checklist.
    await student.page.reload();
    await student.page.locator('[data-testid="checklist"] li').first().waitFor();
    await screenshot(student.page, '08-fiche-validee');
  });

  it('keeps the input of the second of two editors and explains the conflict', async () => {
    const first = await newPage();
    const second = await newPage();
    await signIn(first.page, journey.api.url, 'etudiant1@demo.alternance.test');
    await signIn(second.page, journey.api.url, 'etudiant1@demo.alternance.test');
    for (const w of [first, second]) await w.page.locator('#fiche-title').waitFor();

    await first.page.locator('#fiche-title').fill('Titre du premier onglet');
    await first.page.locator('[data-action="SAVE_DRAFT"]').click();
    await first.page.getByText('Brouillon enregistré.').waitFor();

    await second.page.locator('#fiche-title').fill('Titre du second onglet');
    await second.page.locator('[data-action="SAVE_DRAFT"]').click();
    await second.page.locator('[data-testid="conflict"]').waitFor();
    await screenshot(second.page, '09-conflit');
    expect(await second.page.locator('#fiche-title').inputValue()).toBe('Titre du second onglet');

    // Keeping their input, the second editor saves again on top of the latest version.
    // The save button waits, disabled, for the latest version: the click below waits for it.
    await second.page.locator('[data-action="KEEP_MINE"]').click();
    await second.page.locator('[data-action="SAVE_DRAFT"]:not([disabled])').waitFor();
    expect(await second.page.locator('#fiche-title').inputValue()).toBe('Titre du second onglet');
    await second.page.locator('[data-action="SAVE_DRAFT"]').click();
    await second.page.getByText('Brouillon enregistré.').waitFor();
  });

  it('previews a roster with every cell the import would refuse, blocks the import and says why (issue 9 §2)', async () => {
    const office = await newPage();
    await signIn(office.page, journey.api.url, 'secretariat@demo.alternance.test');
    await office.page.goto(`${journey.api.url}/import-export`);
    const csv = [
      'Nom;Prénom;E-mail;Formation;Statut;Contrat;DDC;DFC;Date de naissance;Groupe',
      'Import;Alice;alice.import@etu.example;MASTER-2025;FI;CAPP;01/09/2025;03/09/2027;10/05/2003;',
      'Import;Bruno;bruno.import@etu.example;DOCTORAT-2099;FI;CAPP;01/09/2025;03/09/2027;10/05/2003;',
      'Import;Chloé;;MASTER-2025;FC;CPRO;01/09/2025;03/09/2027;10/05/1990;',
      // The office's words for a cohort (§1, Tableau 1; the portal's label): read as its code.
      'Import;Denis;denis.import@etu.example;M1 MIAGE;FI;CAPP;01/09/2025;03/09/2027;10/05/2003;',
      'Import;Emma;emma.import@etu.example;l3 miage informatique;FI;CAPP;01/09/2025;31/08/2026;10/05/2003;',
    ].join('\r\n');
    await office.page.locator('#roster-file').setInputFiles({ name: 'promo.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await office.page.locator('[data-testid="roster-summary"]').waitFor();
    expect(await office.page.locator('[data-testid="roster-summary"]').textContent()).toContain('5 lignes');
    // Per cell, in French: the unknown cohort (with the values the column accepts) and the empty e-mail; the empty optional group is no problem.
    const unknownCohort = await office.page.locator('.cell-error[data-field="cohort"]').textContent();
    expect(unknownCohort).toContain('« DOCTORAT-2099 » n’est pas une formation du programme');
    expect(unknownCohort).toContain('« M1 MIAGE »');
    expect(await office.page.locator('.cell-error[data-field="cohort"]').count()).toBe(1);
    expect(await office.page.locator('.cell-error[data-field="email"]').textContent()).toContain('E-mail manquant');
    expect(await office.page.locator('tr.refused-row').count()).toBe(2);
    expect(await office.page.locator('[data-action="IMPORT"]').isDisabled()).toBe(true);
    expect(await office.page.locator('[data-testid="import-blocked"]').textContent()).toContain('2 ligne(s) en erreur');
    await office.page.locator('[data-testid="only-errors"]').click();
    await expect.poll(() => office.page.locator('.n-data-table-tbody tr').count()).toBe(2);
    await screenshot(office.page, '10-import-refuse');
    await expectAccessible(office, 'roster import');
    const { students } = await gqlAs<{ students: unknown[] }>(journey.api.url, `query { students(search: "alice.import", first: 5) { id } }`);
    expect(students).toEqual([]);
  });

  it('imports the example roster once its errors are fixed in a copy, with a progress bar; the original is refused cell by cell', async () => {
    const office = await newPage();
    await signIn(office.page, journey.api.url, 'secretariat@demo.alternance.test');
    await office.page.goto(`${journey.api.url}/import-export`);
    const original = readFileSync(new URL('../../../examples/roster-2025.csv', import.meta.url), 'utf8');
    await office.page.locator('#roster-file').setInputFiles({ name: 'roster-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(original, 'utf8') });
    await office.page.locator('[data-testid="roster-summary"]').waitFor();
    const lines = original.split(/\r?\n/).filter((l) => l.trim() !== '');
    // The example has no E-mail column: said above the table, and on every row's cell.
    expect(await office.page.locator('[data-testid="missing-columns"]').textContent()).toContain('E-mail');
    expect(await office.page.locator('[data-action="IMPORT"]').isDisabled()).toBe(true);
    expect(await office.page.locator('[data-testid="import-blocked"]').textContent()).toContain(`${lines.length - 1} ligne(s) en erreur`);
    expect(await office.page.locator('.cell-error[data-field="email"]').count()).toBeGreaterThan(0);

    // The example's other refusals, on their cells: an end before the start, a date that does not exist.
    expect(await office.page.locator('.cell-error[data-field="endDate"]').count()).toBe(1);
    expect(await office.page.getByText('« 31/02/2004 » (cette date n’existe pas)').count()).toBe(1);

    // The fixed copy: an e-mail per row, Louis Garcia's DFC after his DDC, Lina Girard's real birth date.
    const fixed = lines
      .map((line) => line.replace('01/09/2025;01/08/2025;', '01/09/2025;01/08/2026;').replace('31/02/2004', '28/02/2004'))
      .map((line, i) => (i === 0 ? `${line};E-mail` : `${line};exemple.${i}@etu.example`))
      .join('\r\n');
    await office.page.goto(`${journey.api.url}/import-export`);
    await office.page.locator('#roster-file').setInputFiles({ name: 'roster-2025-corrige.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed, 'utf8') });
    await office.page.locator('[data-testid="roster-summary"]').waitFor();
    expect(await office.page.locator('[data-testid="import-blocked"]').count()).toBe(0);
    await office.page.locator('[data-action="IMPORT"]').click();
    await office.page.locator('[data-testid="import-done"]').waitFor({ timeout: 60_000 });
    // The progress bar followed the server's job until it was done.
    expect(await office.page.locator('[data-testid="import-progress"]').count()).toBe(0);
    expect(await office.page.locator('[data-testid="import-done"]').textContent()).toContain(`${lines.length - 1} lignes importées`);
    await screenshot(office.page, '10b-import-exemple');
    const { students } = await gqlAs<{ students: unknown[] }>(journey.api.url, `query { students(search: "exemple.1@etu.example", first: 5) { id } }`);
    expect(students.length).toBe(1);
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
