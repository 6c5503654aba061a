import { createRequire } from 'node:module';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, gqlAs, screenshot, signIn, type WatchedPage } from './browser';

// Issue 13: an M1 alternant repeats → the contract must be broken → rupture with its documents →
// a new mission validated with another company → a new contract of the same type, the training
// hours left above the minimum; and an extension accepted once, refused the second time.
const journey = browserJourney();
const { newPage } = journey;
const STUDENT = 'etudiant2@demo.alternance.test';
const MANAGER = 'responsable@demo.alternance.test';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function waitForLink(to: string, after = 0): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const links = journey.sink.to(to).map((m) => /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(m.text)?.[0]).filter((l): l is string => Boolean(l));
    if (links.length > after) return links.at(-1)!;
    if (Date.now() > deadline) throw new Error(`no personal link mailed to ${to}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function waitForMail(to: string, subjectStart: string): Promise<{ subject: string; text: string }> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mail = journey.sink.to(to).find((m) => m.subject.startsWith(subjectStart));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail « ${subjectStart}… » to ${to}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The office has defined next year's L3I cohort (its reference-data form is tested elsewhere):
 * written straight into the API's SQLite file, its version bumped so that every request reads it.
 */
function addNextL3iCohort(databasePath: string): void {
  const require = createRequire(new URL('../../api/package.json', import.meta.url));
  const Database = require('better-sqlite3') as new (path: string) => { prepare(sql: string): { get(...a: unknown[]): unknown; run(...a: unknown[]): unknown }; close(): void };
  const db = new Database(databasePath);
  try {
    const row = db.prepare("select data from reference_section where key = 'cohorts'").get() as { data: string };
    const cohorts = JSON.parse(row.data) as { code: string }[];
    cohorts.push({
      code: 'L3I-2026', label: 'L3I MIAGE 2026/2027', ddf: '2026-09-01', dff: '2027-07-02',
      years: [{ programme: 'L3I', ddf: '2026-09-01', dff: '2027-07-02', calendar: null }],
      groups: ['L3I-ALTERNANCE', 'L3I-CLASSIC'], contractMonths: 12, validationLagDays: 0, campaign: '2026',
      previousYearJuryDate: null, nextTrainingStart: null, provisional: true,
    } as { code: string });
    db.prepare("update reference_section set data = ?, version = version + 1 where key = 'cohorts'").run(JSON.stringify(cohorts));
  } finally {
    db.close();
  }
}

/** The office asks the company to confirm, the tutor and HR confirm through their links, the manager validates. */
async function confirmAndValidate(manager: Page, missionId: string, tutorEmail: string, hrEmail: string): Promise<void> {
  await manager.goto(`${journey.api.url}/missions/${missionId}`);
  await manager.locator('[data-action="REQUEST_CONFIRMATION"]').click();
  await manager.locator('[data-testid="confirm-yes"]').click();
  await manager.locator('[data-state="CONFIRMATION_REQUESTED"]').waitFor();
  for (const address of [tutorEmail, hrEmail]) {
    const contact = await newPage();
    await contact.page.goto(await waitForLink(address));
    await contact.page.locator('[data-action="CONFIRM"]').click();
    await contact.page.locator('[data-testid="link-done"]').waitFor();
  }
  await manager.reload();
  await manager.locator('[data-state="CONFIRMED"]').waitFor();
  await manager.locator('[data-action="VALIDATE"]').click();
  await manager.locator('[data-testid="confirm-yes"]').click();
  const accept = manager.locator('[data-action="ACCEPT_WARNINGS"]');
  const validated = manager.locator('[data-state="VALIDATED"]');
  await Promise.race([accept.waitFor().then(() => accept.click()), validated.waitFor()]).catch(async (error: unknown) => {
    throw new Error(`not validated: ${await manager.locator('[role="alert"]').allTextContents()}`, { cause: error });
  });
  await validated.waitFor();
}

describe('the alternance lifecycle in Chromium', () => {
  let manager: WatchedPage;
  let student: WatchedPage;
  let contractId = '';
  let firstTutorEmail = '';
  let studentName = '';

  it('validates the M1 alternant’s contract (the starting point)', async () => {
    student = await newPage();
    await signIn(student.page, journey.api.url, STUDENT);
    await student.page.waitForURL(/\/ma-fiche/);
    await student.page.locator('[data-action="SUBMIT"]').click();
    await student.page.getByText('Votre fiche est soumise').waitFor();
    const { missions } = await gqlAs<{ missions: { id: string; tutor1: { email: string }; hrContact: { email: string }; student: { email: string } }[] }>(
      journey.api.url,
      'query { missions(first: 100, filter: { state: SUBMITTED }) { id tutor1 { email } hrContact { email } student { email } } }',
    );
    const mission = missions.find((m) => m.student.email === STUDENT)!;
    firstTutorEmail = mission.tutor1.email;
    manager = await newPage();
    await signIn(manager.page, journey.api.url, MANAGER);
    await manager.page.waitForURL(/\/tableau-de-bord/);
    await confirmAndValidate(manager.page, mission.id, mission.tutor1.email, mission.hrContact.email);
    await manager.page.getByRole('link', { name: 'Voir le contrat' }).click();
    await manager.page.waitForURL(/\/contrats\//);
    contractId = manager.page.url().split('/').at(-1)!;
    await manager.page.locator('[data-testid="contract-status"]').waitFor();
    // §3.4: validated on 1 July, the contract has not begun — « En cours » said otherwise.
    expect(await manager.page.locator('[data-testid="contract-status"]').textContent()).toMatch(/^À venir \(début le \d\d\/\d\d\/2025\)$/);
  });

  it('opens the year’s livret: the company tutor gets its link (§4.7)', async () => {
    await manager.page.goto(`${journey.api.url}/livrets?annee=${encodeURIComponent('MASTER-2025|2025-2026')}`);
    await manager.page.getByTestId('open-livrets').click();
    await manager.page.getByTestId('livret-notice').waitFor();
    const mail = await waitForMail(firstTutorEmail, 'Livret d’alternance de ');
    studentName = /Livret d’alternance de (.+) \(2025-2026\)/.exec(mail.subject)![1]!;
  });

  it('closes the M1 year with a preview: the alternant repeats, the contract must be broken', async () => {
    await manager.page.goto(`${journey.api.url}/fin-d-annee`);
    await manager.page.locator('#year-cohort').selectOption('MASTER-2025');
    await manager.page.locator('#year-programme').selectOption('M1');
    await manager.page.locator('[data-testid="year-preview"]').click();
    // Passing M1 → M2 keeps the contract: the M2 year and its calendar show.
    const faure = manager.page.locator('.n-card').filter({ has: manager.page.getByRole('heading', { name: 'Chloé Faure', exact: true }) });
    await faure.waitFor();
    await expect.poll(() => faure.textContent()).toContain('calendrier M2-2026');
    // An M1 without a contract that carries on into the M2 « devr[a] suivre le M2 MIAGE avec un nouveau contrat d'alternance » (§2.1.2).
    const newContract = manager.page.locator('[data-testid="year-new-contract"]');
    await expect.poll(() => newContract.count()).toBeGreaterThan(0);
    const movers = await newContract.count();
    expect(await newContract.first().textContent()).toBe('Nouveau contrat d’alternance à trouver (§2.1.2) : le dossier passe en M2 MIAGE 2026/2027 à la clôture ; mission à faire valider pendant la campagne, au plus tard le 31/10/2026.');
    const moverName = (await manager.page.locator('.n-card').filter({ has: newContract }).first().locator('h2').textContent())!.trim();
    await faure.getByLabel('Redouble').check();
    await expect.poll(() => faure.textContent(), { timeout: 10_000 }).toContain('le contrat d’alternance doit être rompu');
    await screenshot(manager.page, '40-fin-d-annee-apercu');
    await expectAccessible(manager.page, 'year change preview');
    manager.page.once('dialog', (d) => void d.accept());
    await manager.page.locator('[data-testid="year-close"]').click();
    await manager.page.locator('[data-testid="year-closed"]').waitFor();
    await expect.poll(() => journey.sink.to(STUDENT).some((m) => m.subject.includes('Chloé Faure redouble')), { timeout: 30_000 }).toBe(true);
    // They left the Master for the M2 2026/2027; the secretariat has the list, with a link to each record.
    expect(await manager.page.locator('[data-testid="year-closed"]').textContent()).toContain(`${movers} dossier(s) passé(s) dans la formation de l’année suivante`);
    // The closed year still lists them, as decided; the repeater still repeats (a closed year showed everyone « Passe »).
    await manager.page.getByRole('heading', { name: moverName, exact: true }).waitFor();
    expect(await faure.getByLabel('Redouble').isChecked()).toBe(true);
    const office = await waitForMail('secretariat@demo.alternance.test', 'Clôture du M1');
    expect(office.text).toContain(`- ${moverName} → M2 MIAGE 2026/2027, `);
    const { students } = await gqlAs<{ students: { firstName: string; lastName: string; cohort: string; site: string | null }[] }>(journey.api.url, 'query { students(cohort: "M2-2026", first: 100) { firstName lastName cohort site } }');
    expect(students.find((st) => `${st.firstName} ${st.lastName}` === moverName)).toMatchObject({ cohort: 'M2-2026', site: 'ILOT-DU-BOIS' });
    // The demo's M2 2025/2026, not closed before it ends (README): an apprentice marked as repeating gets the M2's
    // options — without alternance « si cette dernière a déjà été validée » (§4.5).
    await manager.page.locator('#year-cohort').selectOption('M2-2025');
    await manager.page.locator('#year-programme').selectOption('M2');
    await manager.page.locator('[data-testid="year-preview"]').click();
    // Polled until the M2's open preview replaced the M1's closed one.
    await expect.poll(() => manager.page.locator('[data-testid="year-closed"]').count(), { timeout: 15_000 }).toBe(0);
    const options = manager.page.locator('[data-testid="year-repeat-options"]');
    expect(await options.count()).toBe(0);
    const apprentice = manager.page.locator('.n-card').filter({ hasText: 'Contrat d’apprentissage' }).first();
    await apprentice.getByLabel('Redouble').check();
    await expect
      .poll(() => options.allTextContents(), { timeout: 15_000 })
      .toEqual([expect.stringContaining('Redoublement (§4.5) : nouvelle alternance possible pour 1 an(s), ou redoublement sans alternance si cette dernière a déjà été validée.')]);
  });

  it('records a mediation, starts the rupture with the exact last day, collects the documents', async () => {
    await manager.page.goto(`${journey.api.url}/contrats/${contractId}`);
    await manager.page.locator('[data-testid="mediation-form"]').waitFor();
    await manager.page.locator('#med-difficulty').fill('Redoublement du M1 : l’OPCO ne maintient pas le contrat.');
    await manager.page.locator('#med-actions').fill('Entretien avec l’entreprise et l’OPCO.');
    await manager.page.locator('#med-held-on').fill('2025-07-01');
    await manager.page.locator('[data-testid="mediation-form"] button[type="submit"]').click();
    await manager.page.locator('[data-testid="mediations"] li').first().waitFor();

    // A last day outside the contract is refused under its field (§5, note 35).
    await manager.page.locator('#rupture-last-day').fill('2030-01-01');
    await manager.page.locator('#rupture-reason').fill('Redoublement du M1 sans accord de l’OPCO (§4.5).');
    await manager.page.locator('[data-testid="start-rupture-form"] button[type="submit"]').click();
    await expect.poll(() => manager.page.locator('#rupture-last-day-msg').textContent()).toContain('doit être compris dans le contrat');
    // After the campaign's closing (31 October, §3.3.1) and Tableau 5's DDC window: the new contract is held to neither (§5).
    await manager.page.locator('#rupture-last-day').fill('2025-11-14');
    await manager.page.locator('[data-testid="start-rupture-form"] button[type="submit"]').click();
    const steps = manager.page.locator('[data-testid="rupture-steps"] li');
    await steps.first().waitFor();
    expect(await steps.count()).toBe(3);
    expect(await manager.page.locator('[data-testid="rupture-steps"]').textContent()).toContain('1 exemplaire original à la DDETS');
    // Each document's recipient with how to reach them (§6.2): the DDETS's address, the manager's mailbox for the scan.
    expect(await manager.page.locator('[data-testid="rupture-steps"] li', { hasText: 'à la DDETS' }).locator('[data-testid="rupture-step-contact"]').textContent()).toContain('04 91 57 96 00');
    expect(await manager.page.locator('[data-key="RUPTURE_DOCUMENT:SCAN:MANAGER"] [data-testid="rupture-step-contact"] a').getAttribute('href')).toBe('mailto:responsable@demo.alternance.test');
    // §5 sets no deadline for the documents: no « échéance » nor « En retard » on the steps; the one date is the last day (note 35).
    expect(await manager.page.locator('[data-testid="rupture-steps"]').textContent()).not.toMatch(/échéance|En retard/);
    expect(await manager.page.locator('[data-testid="rupture-no-deadline"]').textContent()).toContain('ne fixe pas de délai');
    await expect.poll(() => journey.sink.to(STUDENT).some((m) => m.subject.includes('documents à transmettre') && m.text.includes('14/11/2025') && !m.text.includes('avant le')), { timeout: 30_000 }).toBe(true);

    for (const key of ['RUPTURE_DOCUMENT:SEND:DDETS', 'RUPTURE_DOCUMENT:SEND:OPCO']) {
      await manager.page.locator(`[data-key="${key}"] [role="checkbox"]`).click();
      await expect.poll(() => manager.page.locator(`[data-key="${key}"] [role="checkbox"]`).getAttribute('aria-checked'), { timeout: 15_000 }).toBe('true');
    }
    const scan = manager.page.locator('[data-key="RUPTURE_DOCUMENT:SCAN:MANAGER"] input[type="file"]');
    // Not a PDF: refused from its bytes.
    await scan.setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('PNG not a pdf') });
    await manager.page.getByText('Ce fichier n’est pas un PDF').waitFor();
    await scan.setInputFiles({ name: 'rupture-signee.pdf', mimeType: 'application/pdf', buffer: PDF });
    await manager.page.getByText('rupture-signee.pdf').waitFor();
    await screenshot(manager.page, '41-rupture-documents');
    await expectAccessible(manager.page, 'rupture checklist');
  });

  it('the student starts a new fiche with another company, the rupture’s documents still pending; it is validated: same type, hours left above the minimum; then the rupture completes', async () => {
    await student.page.goto(`${journey.api.url}/mon-contrat`);
    // §5 « le nouveau contrat peut démarrer le lendemain de la rupture du premier »: the last day is fixed,
    // the office still waits for a document — the student need not wait for it to ask.
    await student.page.locator('[data-testid="rupture-state"]').waitFor();
    expect(await student.page.locator('[data-testid="rupture-state"]').textContent()).toContain('En cours');
    // The answer is awaited first so that a refusal fails with its reason, not a bare URL timeout.
    const started = student.page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('"ruptureId"'), { timeout: 60_000 });
    await student.page.locator('[data-testid="new-fiche"]').click();
    type NewFicheAnswer = { data?: { startMissionAfterRupture?: { mission?: { id: string } | null; errors?: unknown[] } }; errors?: unknown[] };
    const answer = (await (await started).json()) as NewFicheAnswer;
    expect(answer.errors ?? answer.data?.startMissionAfterRupture?.errors ?? []).toEqual([]);
    await student.page.waitForURL(/\/ma-fiche/, { timeout: 60_000 });
    await student.page.locator('#fiche-org-siret').waitFor();
    // Back on the contract's page, the button clicked again — a double click — gives back this draft, not
    // another nor a refusal (§3.2: one fiche for the new contract).
    const draftId = answer.data!.startMissionAfterRupture!.mission!.id;
    await student.page.goto(`${journey.api.url}/mon-contrat`);
    const again: Promise<NewFicheAnswer>[] = [];
    const collect = (r: Response) => {
      if (r.url().includes('/graphql') && (r.request().postData() ?? '').includes('"ruptureId"')) again.push(r.json() as Promise<NewFicheAnswer>);
    };
    student.page.on('response', collect);
    await student.page.locator('[data-testid="new-fiche"]').dblclick();
    await student.page.waitForURL(/\/ma-fiche/, { timeout: 60_000 });
    student.page.off('response', collect);
    expect(again.length).toBeGreaterThan(0);
    for (const a of await Promise.all(again)) expect(a.data?.startMissionAfterRupture).toEqual({ mission: { id: draftId, state: 'DRAFT' }, errors: [] });
    await student.page.locator('#fiche-org-siret').waitFor();
    // No waiting period: the day after the last day (§5).
    expect(await student.page.locator('#fiche-startDate').inputValue()).toBe('2025-11-15');
    // Not Tableau 5's window nor the campaign's deadline: the new contract's own bounds (§5).
    expect(await student.page.locator('[data-testid="windows"]').textContent()).toContain('terminé le 14/11/2025 (§5) : il peut commencer dès le lendemain');
    expect(await student.page.locator('[data-testid="fiche-deadline"]').textContent()).toContain('hors campagne (§5)');
    await student.page.locator('#fiche-monthlyGrossPay').fill('1900');
    await student.page.locator('#fiche-cproReason').fill('OPA signataire de CPRO uniquement');
    await student.page.locator('#fiche-org-name').fill('Provence Logiciels');
    await student.page.locator('#fiche-org-siret').fill('55512345600017');
    await student.page.locator('#fiche-org-opco').fill('OPCO Atlas');
    await student.page.locator('#fiche-tutor1-lastName').fill('Martin');
    await student.page.locator('#fiche-tutor1-firstName').fill('Léa');
    await student.page.locator('#fiche-tutor1-email').fill('lea.martin@provence-logiciels.example');
    await student.page.locator('#fiche-hrContact-lastName').fill('Morel');
    await student.page.locator('#fiche-hrContact-firstName').fill('Yanis');
    await student.page.locator('#fiche-hrContact-email').fill('rh@provence-logiciels.example');
    await student.page.locator('#fiche-context').fill('Nouvelle équipe de développement.');
    await student.page.locator('[data-action="SUBMIT"]').click();
    await student.page.getByText('Votre fiche est soumise').waitFor();

    const { missions } = await gqlAs<{ missions: { id: string; student: { email: string } }[] }>(journey.api.url, 'query { missions(first: 100, filter: { state: SUBMITTED }) { id student { email } } }');
    const fresh = missions.find((m) => m.student.email === STUDENT)!;
    // Sent, the button leads the student to it (ficheAfterRupture FOLLOW): « déjà envoyée », no second fiche, no dead end.
    await student.page.goto(`${journey.api.url}/mon-contrat`);
    await student.page.locator('[data-testid="new-fiche"]').click();
    await student.page.waitForURL(/\/ma-fiche/, { timeout: 60_000 });
    await student.page.getByText('Votre fiche est déjà envoyée').waitFor();
    await student.page.getByText('le responsable de l’alternance la vérifie').waitFor();
    // The office sends it back for corrections (§3.3.3): the button gives it back to correct, not « déjà en cours ».
    await manager.page.goto(`${journey.api.url}/missions/${fresh.id}`);
    await manager.page.locator('[data-action="RETURN"]').click();
    await manager.page.locator('#mission-comment').fill('Précisez le contexte de la nouvelle mission.');
    await manager.page.locator('.n-modal button[type="submit"]').click();
    await manager.page.getByText('Renvoyée à l’alternant(e)').first().waitFor();
    await student.page.goto(`${journey.api.url}/mon-contrat`);
    await student.page.locator('[data-testid="new-fiche"]').click();
    await student.page.waitForURL(/\/ma-fiche/, { timeout: 60_000 });
    await student.page.getByText('Votre fiche vous a été renvoyée pour corrections').waitFor();
    await student.page.getByText('Précisez le contexte de la nouvelle mission.').waitFor();
    expect(await student.page.locator('#fiche-org-siret').inputValue()).toBe('55512345600017');
    await student.page.locator('#fiche-context').fill('Nouvelle équipe de développement, recette du produit.');
    await student.page.locator('[data-action="SUBMIT"]').click();
    await student.page.getByText('Votre fiche est soumise').waitFor();
    await manager.page.goto(`${journey.api.url}/missions/${fresh.id}`);
    const hours = manager.page.locator('[data-testid="training-hours-check"]');
    await hours.waitFor();
    await manager.page.locator('[data-testid="training-hours-ok"]').waitFor();
    // CPRO of 23 months: 15 % of its work time, at least 150 h; the calendars give far more.
    expect(await hours.textContent()).toMatch(/Minimum légal du contrat\s*4\d\d h/);
    await screenshot(manager.page, '42-nouvelle-mission-heures');
    expect(await manager.page.locator('main').textContent()).not.toContain('NEW_CONTRACT');
    // The manager's fiche says the rupture is still under way, and on what the validation depends (§5).
    expect(await manager.page.locator('[data-testid="rupture-in-progress-note"]').textContent()).toContain('rupture est en cours (dernier jour le 14/11/2025)');
    await confirmAndValidate(manager.page, fresh.id, 'lea.martin@provence-logiciels.example', 'rh@provence-logiciels.example');
    await manager.page.getByRole('link', { name: 'Voir le contrat' }).click();
    await manager.page.locator('[data-testid="contract-status"]').waitFor();
    await manager.page.locator('[data-testid="checklist"] li').first().waitFor();
    expect(await manager.page.locator('main').textContent()).toContain('Contrat de professionnalisation');
    expect(await manager.page.locator('[data-testid="contract-status"]').textContent()).toBe('À venir (début le 15/11/2025)');
    // The contract's own rules keep the rupture's last day (§5): neither the campaign nor Tableau 5's DDC window flag it.
    const newContractId = /\/contrats\/([0-9a-f-]{36})/.exec(manager.page.url())![1];
    const { contract } = await gqlAs<{ contract: { findings: { code: string }[] } }>(journey.api.url, 'query($id: ID!) { contract(id: $id) { findings { code } } }', { id: newContractId });
    expect(contract.findings.map((f) => f.code)).not.toContain('DDC_TOO_LATE');
    expect(contract.findings.map((f) => f.code)).not.toContain('OUTSIDE_CAMPAIGN');
    // The last document in, the office completes the rupture of the first contract.
    await manager.page.goto(`${journey.api.url}/contrats/${contractId}`);
    await manager.page.locator('[data-testid="complete-rupture"]').click();
    await expect.poll(() => manager.page.locator('[data-testid="contract-status"]').textContent(), { timeout: 15_000 }).toBe('Rompu');
    await manager.page.locator('[data-testid="rupture-completed"]').waitFor();
  });

  it('the new contract’s tutor takes the livret over and fills it; the former tutor’s link is closed (§4.7, §5)', async () => {
    const mail = await waitForMail('lea.martin@provence-logiciels.example', `Livret d’alternance de ${studentName} (2025-2026)`);
    const tutor = await newPage();
    await tutor.page.goto(/https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(mail.text)![0]);
    await tutor.page.waitForURL(/\/lien\/livret$/);
    await tutor.page.getByTestId('sheet-p2-objectives-company_tutor').locator('textarea').fill('Reprendre la recette du nouveau produit.');
    await tutor.page.getByTestId('submit-p2-objectives-company_tutor').click();
    await expect.poll(() => tutor.page.getByTestId('state-p2-objectives-company_tutor').textContent()).toBe('Fait');
    const former = await newPage();
    const formerMail = journey.sink.to(firstTutorEmail).find((m) => m.subject.startsWith('Livret d’alternance de '))!;
    await former.page.goto(/https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(formerMail.text)![0]);
    await former.page.locator('[role="alert"]').waitFor();
    expect(former.page.url()).not.toMatch(/\/lien\/livret$/);
  });

  it('shows the rupture on the dashboard, per cohort and month', async () => {
    await manager.page.goto(`${journey.api.url}/tableau-de-bord`);
    const counts = manager.page.locator('[data-testid="rupture-counts"]');
    await counts.waitFor();
    expect(await counts.textContent()).toContain('MASTER-2025');
    expect(await counts.textContent()).toContain('2025-11');
  });

  it('extends an L3I apprentice’s contract once by an avenant; a second extension is refused (§4.5)', async () => {
    addNextL3iCohort(journey.api.databasePath);
    const l3 = await newPage('phone');
    await signIn(l3.page, journey.api.url, 'etudiant1@demo.alternance.test');
    await l3.page.waitForURL(/\/ma-fiche/);
    await l3.page.locator('#fiche-contractType').selectOption('CAPP');
    await l3.page.locator('#fiche-group').selectOption('ALTERNANCE');
    await l3.page.locator('#fiche-endDate').fill('2026-08-31');
    // A 26+ apprentice: 100 % of the SMIC, and 100 + 15 = 115 % during a prolongation (§4.2.1): 2 147,08 €.
    await l3.page.locator('#fiche-monthlyGrossPay').fill('2200');
    await l3.page.locator('#fiche-monthlyGrossPay').press('Tab');
    await l3.page.locator('[data-action="SUBMIT"]').click();
    await l3.page.getByText('Votre fiche est soumise').waitFor();
    const { missions } = await gqlAs<{ missions: { id: string; tutor1: { email: string }; hrContact: { email: string }; student: { email: string } }[] }>(
      journey.api.url,
      'query { missions(first: 100, filter: { state: SUBMITTED }) { id tutor1 { email } hrContact { email } student { email } } }',
    );
    const mission = missions.find((m) => m.student.email === 'etudiant1@demo.alternance.test')!;
    await confirmAndValidate(manager.page, mission.id, mission.tutor1.email, mission.hrContact.email);
    await manager.page.getByRole('link', { name: 'Voir le contrat' }).click();
    const form = manager.page.locator('[data-testid="extension-form"]');
    await form.waitFor();
    // The repeated year is not asked: derived from the contract (§4.5), shown in the preview.
    expect(await manager.page.locator('#ext-programme').count()).toBe(0);
    await manager.page.locator('#ext-end').fill('2027-08-31');
    await manager.page.locator('#ext-cohort').fill('L3I-2026');
    // The preview: the prolonged days from 2026-09-01 are paid the last year's rate + 15 points.
    await manager.page.locator('[data-testid="extension-preview-button"]').click();
    const preview = manager.page.locator('[data-testid="extension-preview"]');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Prolongation à partir du 01/09/2026');
    expect(await manager.page.locator('[data-testid="extension-preview-programme"]').textContent()).toContain('Année redoublée : L3I');
    await manager.page.locator('[data-testid="extension-preview-ok"]').waitFor();
    expect(await manager.page.locator('[data-testid="extension-preview-pay"]').first().textContent()).toContain('115 %');
    await screenshot(manager.page, '43a-prorogation-apercu');
    await manager.page.locator('#ext-signed').fill('2025-07-01');
    await manager.page.locator('#ext-reason').fill('Redoublement de la L3I : prorogation avec le même organisme.');
    await form.locator('button[type="submit"]').click();
    await manager.page.locator('[data-testid="amendments"] li').first().waitFor();
    expect(await manager.page.locator('[data-testid="amendments"]').textContent()).toContain('31/08/2027');
    // The contract's pay schedule now ends with the prolonged period, marked +15 points.
    await manager.page.reload();
    const prolongedRow = manager.page.locator('tr', { has: manager.page.locator('[data-testid="pay-prolonged"]') }).first();
    await prolongedRow.waitFor();
    expect(await prolongedRow.textContent()).toContain('01/09/2026');
    expect(await prolongedRow.textContent()).toContain('115 %');
    // The second one is refused, with the rule's words under the date.
    await manager.page.locator('#ext-end').fill('2027-09-01');
    await manager.page.locator('#ext-signed').fill('2025-07-01');
    await manager.page.locator('#ext-reason').fill('Nouvelle prorogation.');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => manager.page.locator('#ext-end-msg').textContent()).toContain('Une seule prorogation est possible pour la L3I parcours MIAGE');
    expect(await manager.page.locator('[data-testid="amendments"] li').count()).toBe(1);
    await screenshot(manager.page, '43-prorogation-refusee');
    await expectAccessible(manager.page, 'extension refused');
  });

  it('the student asks for a rupture from a phone (390 px)', async () => {
    const phone = await newPage('phone');
    await signIn(phone.page, journey.api.url, 'etudiant1@demo.alternance.test');
    await phone.page.goto(`${journey.api.url}/mon-contrat`);
    await phone.page.locator('#rupture-request-reason').fill('Je souhaite changer d’entreprise.');
    await phone.page.locator('[data-testid="request-rupture-form"] button[type="submit"]').click();
    await phone.page.locator('[data-testid="rupture-state"]').waitFor();
    expect(await phone.page.locator('[data-testid="rupture-state"]').textContent()).toContain('Demandée');
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone.page, '44-demande-rupture-mobile');
    await expectAccessible(phone.page, 'rupture request on a phone');
    await expect.poll(() => journey.sink.to(MANAGER).some((m) => m.subject.includes('Demande de rupture')), { timeout: 30_000 }).toBe(true);
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
