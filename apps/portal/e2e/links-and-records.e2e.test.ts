import { describe, expect, it } from 'vitest';
import { browserJourney, gqlAs, pageOverflow, screenshot, seriousA11yViolations, signIn, type WatchedPage } from './browser';

// Issue 9 §1, §3, §5: a foreign student's mission validated without APT then the APT recorded;
// a tutor's link opened on a phone then answered on a desktop; a link sent again; the contract
// seen by the student and, through a personal link, by the company tutor.
const journey = browserJourney();
const { newPage } = journey;

/** Every personal link mailed to `to`, oldest first; waits until there are at least `count`. */
async function linksTo(to: string, count: number, timeoutMs = 20_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const links = journey.sink.to(to).map((m) => /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(m.text)?.[0]).filter((l): l is string => Boolean(l));
    if (links.length >= count) return links;
    if (Date.now() > deadline) throw new Error(`Fewer than ${count} personal links mailed to ${to}: ${links.length}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const STUDENT = 'etudiant2@demo.alternance.test';
let mission: { id: string; tutor1: { email: string }; hrContact: { email: string }; student: { id: string } };

async function submittedMission(): Promise<typeof mission> {
  const data = await gqlAs<{ missions: (typeof mission & { student: { id: string; email: string } })[] }>(
    journey.api.url,
    `query { missions(first: 100, filter: { state: SUBMITTED }) { id tutor1 { email } hrContact { email } student { id email } } }`,
  );
  const found = data.missions.find((m) => m.student.email === STUDENT);
  if (!found) throw new Error(`no submitted demo mission for ${STUDENT}`);
  return found;
}

describe('personal links, APT and student records in Chromium', () => {
  let manager: WatchedPage;
  let secretariat: WatchedPage;

  it('the secretariat finds the student record and marks the student as foreign (no APT yet)', async () => {
    secretariat = await newPage();
    await signIn(secretariat.page, journey.api.url, 'secretariat@demo.alternance.test');
    await secretariat.page.goto(`${journey.api.url}/etudiants`);
    await secretariat.page.locator('#students-search').fill('etudiant2@');
    await secretariat.page.getByRole('button', { name: 'Rechercher' }).click();
    const row = secretariat.page.locator('[data-testid="students-table"] tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('link').click();
    await secretariat.page.locator('#st-foreign').waitFor();
    expect(await secretariat.page.locator('[data-testid="apt-panel"]').count()).toBe(0);
    // The cohort is shown by its label from the reference data; its code is what is sent.
    const cohort = secretariat.page.locator('#st-cohort');
    const chosen = await cohort.inputValue();
    expect(chosen).toMatch(/^[A-Z0-9]+-\d{4}$/);
    const shown = await cohort.locator('option:checked').textContent();
    expect(shown).not.toBe(chosen);
    expect(await cohort.locator('option').allTextContents()).not.toContain(chosen);
    // A bad e-mail is refused under its field, nothing saved.
    await secretariat.page.locator('#st-email').fill('pas-une-adresse');
    await secretariat.page.locator('[data-action="SAVE_STUDENT"]').click();
    await expect.poll(() => secretariat.page.locator('#st-email-msg').textContent()).toContain('Adresse e-mail invalide');
    await secretariat.page.locator('#st-email').fill(STUDENT);
    // §2.6, Tableau 4: the M1 group chosen among the cohort's, its site follows (Marseille: Îlot du Bois).
    expect(await secretariat.page.locator('#st-group option').allTextContents()).toEqual(expect.arrayContaining(['M1 MIAGE — Aix-en-Provence', 'M1 MIAGE — Marseille']));
    await secretariat.page.locator('#st-group').selectOption('M1-MARSEILLE');
    expect(await secretariat.page.locator('#st-site').inputValue()).toBe('ILOT-DU-BOIS');
    await secretariat.page.locator('#st-foreign').check();
    await secretariat.page.locator('[data-action="SAVE_STUDENT"]').click();
    await secretariat.page.locator('[data-testid="apt-status"]').waitFor();
    expect(await secretariat.page.locator('[data-testid="apt-status"]').textContent()).toContain('pas encore obtenue');
    await screenshot(secretariat.page, '20-dossier-etudiant');
    expect(await seriousA11yViolations(secretariat.page)).toEqual([]);
  });

  it('the tutor opens the link on a phone, then answers on a desktop', async () => {
    const student = await newPage();
    await signIn(student.page, journey.api.url, STUDENT);
    await student.page.waitForURL(/\/ma-fiche/);
    // §3.2 « Attention »: the offer's reference is asked for even for a mission found by the student.
    expect(await student.page.locator('#fiche-offerReference-msg').textContent()).toContain('même trouvée par vous-même');
    await student.page.locator('[data-action="SUBMIT"]').click();
    await student.page.getByText('Votre fiche est soumise').waitFor();
    await student.page.goto(`${journey.api.url}/offres`);
    expect(await student.page.locator('[data-testid="offers-student-notice"]').textContent()).toContain('au fil de l’eau');
    mission = await submittedMission();
    manager = await newPage();
    await signIn(manager.page, journey.api.url, 'responsable@demo.alternance.test');
    await manager.page.goto(`${journey.api.url}/missions/${mission.id}`);
    await manager.page.locator('[data-action="REQUEST_CONFIRMATION"]').click();
    await manager.page.locator('[data-testid="confirm-yes"]').click();
    await manager.page.locator('[data-state="CONFIRMATION_REQUESTED"]').waitFor();

    const [link] = await linksTo(mission.tutor1.email, 1);
    const phone = await newPage('phone');
    await phone.page.goto(link!);
    await phone.page.locator('[data-action="CONFIRM"]').waitFor();
    // The tutor confirms the fiche without its pay (§3.1, §4.2: the HR contact's); the rest of the fiche is there.
    expect(await phone.page.locator('[data-testid="fiche-pay"]').count()).toBe(0);
    expect((await phone.page.locator('main').textContent()) ?? '').toContain(mission.tutor1.email);
    await screenshot(phone.page, '21-lien-telephone');
    expect(await pageOverflow(phone.page)).toBe(0);

    const desktop = await newPage('desktop');
    await desktop.page.goto(link!);
    await desktop.page.locator('[data-action="CONFIRM"]').click();
    await desktop.page.locator('[data-testid="link-done"]').waitFor();

    // Answered: the link is spent everywhere, the phone shows why.
    const later = await newPage('phone');
    await later.page.goto(link!);
    await expect.poll(() => later.page.getByRole('alert').first().textContent()).toContain('déjà répondu');
  });

  it('the office sends the HR contact a fresh link; the old one stops working, the new one works', async () => {
    const [oldLink] = await linksTo(mission.hrContact.email, 1);
    await manager.page.reload();
    await manager.page.locator('[data-action="RESEND_LINK_HR_CONTACT"]').click();
    await manager.page.locator('[data-action="CONFIRM_RESEND"]').click();
    const links = await linksTo(mission.hrContact.email, 2);
    const newLink = links.at(-1)!;
    expect(newLink).not.toBe(oldLink);

    const stale = await newPage();
    await stale.page.goto(oldLink!);
    await expect.poll(() => stale.page.getByRole('alert').first().textContent()).toContain('nouveau lien');
    const fresh = await newPage();
    await fresh.page.goto(newLink);
    // The HR contact answers for the contract (§3.1): they read the agreed pay.
    expect(await fresh.page.locator('[data-testid="fiche-pay"]').textContent()).toContain('€');
    await fresh.page.locator('[data-action="CONFIRM"]').click();
    await fresh.page.locator('[data-testid="link-done"]').waitFor();

    // The mission's mails open in full, links masked.
    await manager.page.reload();
    await manager.page.locator('[data-testid="mission-mails"] button').first().click();
    const text = (await manager.page.locator('[data-testid="mail-text"]').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toMatch(/\/lien\/(?!\[masqué\])[A-Za-z0-9_-]{20,}/);
    await screenshot(manager.page, '22-courriels-mission');
    await manager.page.keyboard.press('Escape');
  });

  it('validates the foreign student’s mission without APT, then the secretariat records the APT', async () => {
    await manager.page.reload();
    await manager.page.locator('[data-state="CONFIRMED"]').waitFor();
    await manager.page.locator('[data-action="VALIDATE"]').click();
    await manager.page.locator('[data-testid="confirm-yes"]').click();
    const accept = manager.page.locator('[data-action="ACCEPT_WARNINGS"]');
    const validated = manager.page.locator('[data-state="VALIDATED"]');
    await Promise.race([accept.waitFor().then(() => accept.click()), validated.waitFor()]);
    await validated.waitFor();
    await manager.page.getByRole('link', { name: 'Voir le contrat' }).click();
    const permit = manager.page.locator('[data-testid="checklist"] li[data-code="WORK_PERMIT"] [role="checkbox"]');
    await permit.waitFor({ state: 'attached' });
    expect(await permit.isChecked()).toBe(false);

    await secretariat.page.reload();
    await secretariat.page.locator('#apt-date').fill('2025-06-30');
    await secretariat.page.locator('[data-action="RECORD_APT"]').click();
    await expect.poll(() => secretariat.page.locator('[data-testid="apt-status"]').textContent()).toContain('30/06/2025');
    await manager.page.reload();
    await permit.waitFor({ state: 'attached' });
    expect(await permit.isChecked()).toBe(true);
    await screenshot(manager.page, '23-contrat-apt');

    // The contract's APT step is the student's APT (§3.4, note 26), which the rules read: unticked on the
    // contract, the record says it is not obtained; ticked again, it is recorded as obtained today.
    await permit.click();
    await expect.poll(() => permit.isChecked()).toBe(false);
    await secretariat.page.reload();
    await expect.poll(() => secretariat.page.locator('[data-testid="apt-status"]').textContent()).toContain('pas encore obtenue');
    await permit.click();
    await expect.poll(() => permit.isChecked()).toBe(true);
    await secretariat.page.reload();
    await expect.poll(() => secretariat.page.locator('[data-testid="apt-status"]').textContent()).toContain('APT obtenue le 01/07/2025');
  });

  it('the student sees their validated contract: dates, pay schedule, training hours, what is still due', async () => {
    const student = await newPage();
    await signIn(student.page, journey.api.url, STUDENT);
    await student.page.goto(`${journey.api.url}/mon-contrat`);
    await student.page.locator('[data-testid="checklist"] li').first().waitFor();
    await student.page.locator('[data-testid="still-due"]').waitFor();
    // §3.4: on 1 July the validated contract waits for its DDC (1 September): not « En cours ».
    await expect.poll(() => student.page.locator('[data-testid="contract-status"]').textContent()).toBe('À venir (début le 01/09/2025)');
    const body = (await student.page.locator('main').textContent()) ?? '';
    expect(body).toContain('Heures facturables');
    // §3.1: who signs follows the contract type (CFA, SFCA or internships office), not « CFA/SFCA ».
    expect(body).toMatch(/Signature \((CFA FORMASUP Méditerranée|SFCA de la FEG|service des stages)\)/);
    await screenshot(student.page, '24-mon-contrat');
    expect(await seriousA11yViolations(student.page)).toEqual([]);
  });

  it('the company tutor reads that contract through the link of the validation mail, and nothing else', async () => {
    const links = await linksTo(mission.tutor1.email, 2);
    const tutor = await newPage();
    await tutor.page.goto(links.at(-1)!);
    await tutor.page.locator('[data-testid="checklist"] li').first().waitFor();
    expect(await tutor.page.locator('[data-action="CONFIRM"]').count()).toBe(0);
    // §6.1.1, Tableau 8: on the signed contract, the CFA for an apprentice, the SFCA for a CPRO, the internships office for an intern — not « le CFA ou le SFCA ».
    const signed = { CAPP: 'le CFA FORMASUP Méditerranée', CPRO: 'le SFCA de la FEG', CSTAGEALT: 'le secrétariat stages de la MIAGE' }[(await gqlAs<{ mission: { contractType: 'CAPP' | 'CPRO' | 'CSTAGEALT' } }>(journey.api.url, `query { mission(id: "${mission.id}") { contractType } }`)).mission.contractType];
    expect(await tutor.page.locator('[data-testid="link-intro"]').textContent()).toContain(`sur le contrat signé : ${signed} (§6.1.1, Tableau 8)`);
    // The office's findings and the contract's financing (§2.5) are not theirs: hours yes, amounts no.
    expect(await tutor.page.locator('[data-testid="contract-findings"]').count()).toBe(0);
    expect(await tutor.page.locator('[data-testid="contract-cost"]').count()).toBe(0);
    expect(await tutor.page.locator('[data-testid="training-cost"]').count()).toBe(0);
    expect(await tutor.page.locator('[data-testid="training-hours"]').textContent()).toMatch(/\d/);
    expect(await tutor.page.locator('[data-testid="training-figures"]').textContent()).not.toContain('€');
    const page = (await tutor.page.locator('main').textContent()) ?? '';
    for (const office of ['Anomalies', 'Coût', 'Fenêtre de la DDC', 'rémunération minimale']) expect(page).not.toContain(office);
    // Nor the pay, its schedule (age brackets, §4.2) or a foreign student's steps (§3.4, note 26): the HR contact's.
    expect(await tutor.page.locator('[data-testid="contract-pay"]').count()).toBe(0);
    expect(await tutor.page.locator('[data-testid="pay-schedule"]').count()).toBe(0);
    expect(await tutor.page.locator('[data-testid="checklist"] li[data-code="WORK_PERMIT"]').count()).toBe(0);
    expect(page).not.toContain('APT');
    await screenshot(tutor.page, '25-contrat-tuteur');
    expect(await seriousA11yViolations(tutor.page)).toEqual([]);
  });

  it('the HR contact reads the contract’s cost (§2.5) through their link, not the office’s findings', async () => {
    const links = await linksTo(mission.hrContact.email, 3);
    const hr = await newPage();
    await hr.page.goto(links.at(-1)!);
    await hr.page.locator('[data-testid="checklist"] li').first().waitFor();
    expect(await hr.page.locator('[data-testid="contract-findings"]').count()).toBe(0);
    expect(await hr.page.locator('[data-testid="contract-cost"]').textContent()).toContain('€');
    expect(await hr.page.locator('[data-testid="training-cost"]').textContent()).toContain('€');
    expect(await hr.page.locator('[data-testid="contract-pay"]').textContent()).toContain('€');
    await hr.page.locator('[data-testid="pay-schedule"] table').waitFor();
    expect(await hr.page.locator('[data-testid="checklist"] li[data-code="WORK_PERMIT"]').count()).toBe(1);
    expect((await hr.page.locator('main').textContent()) ?? '').not.toContain('Anomalies');
    await screenshot(hr.page, '25b-contrat-rh');
    expect(await seriousA11yViolations(hr.page)).toEqual([]);
  });

  it('the tutor lost the validation mail: the office sends the link to the contract again, the old one stops', async () => {
    const before = await linksTo(mission.tutor1.email, 2);
    await manager.page.goto(`${journey.api.url}/missions/${mission.id}`);
    await manager.page.locator('[data-action="RESEND_CONTRACT_LINK_COMPANY_TUTOR_1"]').click();
    await manager.page.locator('[data-action="CONFIRM_RESEND"]').click();
    const links = await linksTo(mission.tutor1.email, 3);
    expect(links.at(-1)).not.toBe(before.at(-1));
    const tutor = await newPage();
    await tutor.page.goto(links.at(-1)!);
    await tutor.page.locator('[data-testid="checklist"] li').first().waitFor();
    const stale = await newPage();
    await stale.page.goto(before.at(-1)!);
    await expect.poll(() => stale.page.getByRole('alert').first().textContent()).toContain('nouveau lien');
    await screenshot(manager.page, '26-lien-contrat-renvoye');
  });

  it('the office’s mission, student record and tutors’ pages fit a phone’s width (no sideways panning)', async () => {
    const phone = await newPage('phone');
    await signIn(phone.page, journey.api.url, 'responsable@demo.alternance.test');
    // The demo's missions: long e-mail addresses in their tables once widened the one-column layout.
    const { missions } = await gqlAs<{ missions: { id: string }[] }>(journey.api.url, 'query { missions(first: 20) { id } }');
    const paths = [...missions.map((m) => `/missions/${m.id}`), `/etudiants/${mission.student.id}`, '/tutorat'];
    const wide: string[] = [];
    for (const path of paths) {
      await phone.page.goto(`${journey.api.url}${path}`);
      await phone.page.waitForLoadState('networkidle');
      const overflow = await pageOverflow(phone.page);
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
    }
    expect(wide.join(', ')).toBe('');
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
