import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, gqlAs, screenshot, signIn } from './browser';

// §6 "Qui contacter ?" in Chromium, for the people who ask: an alternant reads their own case
// (their contract's lists, §6.2; their site's secretariat, Tableau 10; their academic tutor,
// §4.6); the company tutor of that alternance reaches the same page from their mailed link and
// reads Tableau 8 for that alternant — the mail itself already names the same people
// (« Vos contacts »); the glossary (§7) is on the page.
const journey = browserJourney();
const { newPage } = journey;
const STUDENT = 'alternant.livret@demo.alternance.test';
const MANAGER = 'responsable@demo.alternance.test';

interface DemoMission {
  id: string;
  contractType: string;
  tutor1: { email: string } | null;
  student: { firstName: string; lastName: string; email: string };
}

async function linksTo(to: string, count: number): Promise<string[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const links = journey.sink.to(to).map((m) => /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(m.text)?.[0]).filter((l): l is string => Boolean(l));
    if (links.length >= count) return links;
    if (Date.now() > deadline) throw new Error(`Fewer than ${count} personal links mailed to ${to}: ${links.length}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('who to contact, in Chromium (§6, §7)', () => {
  let mission: DemoMission;

  it('the alternant reads their own case: no "who asks" to choose, their site’s secretariat with its address, their contract’s lists', async () => {
    const { page } = await newPage();
    await signIn(page, journey.api.url, STUDENT);
    await page.waitForURL(/\/ma-fiche/);
    await page.getByRole('link', { name: 'Qui contacter ?' }).first().click();
    const own = page.locator('[data-testid="contacts-own"]');
    await own.waitFor();
    const intro = (await own.textContent()) ?? '';
    expect(intro).toContain('votre alternance');
    const contractType = intro.includes('apprentissage') ? 'CAPP' : intro.includes('professionnalisation') ? 'CPRO' : 'OTHER';
    expect(await page.locator('#contacts-asker').count()).toBe(0);
    // A certificate of enrolment: straight to the secretariat of an M2's site, Marseille (Tableau 10).
    await page.locator('#contacts-need').selectOption('ADMIN_TRAINING_NOT_OPA');
    const answer = page.locator('[data-testid="contacts-answer"]');
    await expect.poll(() => answer.textContent()).toContain('feg-miage-marseille@univ-amu.fr');
    expect(await answer.textContent()).not.toContain('feg-miage-aix@univ-amu.fr');
    expect(await answer.locator('a[href="mailto:feg-miage-marseille@univ-amu.fr"]').count()).toBe(1);
    // §6.2: an apprentice's lists (CFA, no SFCA) or a professionalisation contract's (SFCA, no CFA).
    const cfa = await page.locator('[data-testid="directory-CFA"]').count();
    const sfca = await page.locator('[data-testid="directory-SFCA"]').count();
    expect([cfa, sfca]).toEqual(contractType === 'CAPP' ? [1, 0] : contractType === 'CPRO' ? [0, 1] : [0, 0]);
    // The demo's manager is named in the list (fictitious), with a mail link.
    expect(await page.locator('[data-testid="directory-MIAGE"]').textContent()).toContain('Claire Responsable');
    expect(await page.locator('[data-testid="glossary"]').textContent()).toContain('Organisme Professionnel d’Accueil');
    await screenshot(page, 'contacts-alternant');
    await expectAccessible(page, 'contacts as an alternant');
  });

  it('the company tutor follows "Qui contacter ?" from their mailed link and reads Tableau 8 for that alternant, then goes back', async () => {
    const { missions } = await gqlAs<{ missions: DemoMission[] }>(journey.api.url, 'query { missions(first: 100, filter: { state: VALIDATED }) { id contractType tutor1 { email } student { firstName lastName email } } }');
    mission = missions.find((m) => m.tutor1 && m.contractType === 'CAPP')!;
    expect(mission).toBeDefined();
    const manager = await newPage();
    await signIn(manager.page, journey.api.url, MANAGER);
    await manager.page.waitForURL(/\/tableau-de-bord/);
    const before = journey.sink.to(mission.tutor1!.email).length;
    await manager.page.goto(`${journey.api.url}/missions/${mission.id}`);
    await manager.page.locator('[data-action="RESEND_CONTRACT_LINK_COMPANY_TUTOR_1"]').click();
    await manager.page.locator('[data-action="CONFIRM_RESEND"]').click();
    const link = (await linksTo(mission.tutor1!.email, before + 1)).at(-1)!;
    // The mail itself says whom to contact for this alternant (§6.1.1, Tableau 8), as the page below does.
    const mail = journey.sink.to(mission.tutor1!.email).at(-1)!.text;
    expect(mail).toContain(`Vos contacts pour l’alternance de ${mission.student.firstName} ${mission.student.lastName}`);
    expect(mail).toContain('Claire Responsable');
    expect(mail).toContain('CFA FORMASUP Méditerranée');
    expect(mail).not.toMatch(/\b(CAPP|CPRO|MANAGER|SECRETARIAT)\b/);
    const mailedSecretariats = mail.match(/feg-miage-(aix|marseille)@univ-amu\.fr/g) ?? [];
    expect(new Set(mailedSecretariats).size).toBe(1);

    const { page } = await newPage('phone');
    await page.goto(link);
    await page.locator('.contacts-link a').click();
    const own = page.locator('[data-testid="contacts-own"]');
    await own.waitFor();
    expect(await own.textContent()).toContain(`${mission.student.firstName} ${mission.student.lastName}`);
    expect(await page.locator('#contacts-asker').count()).toBe(0);
    // A problem with the alternant: the academic tutor (or the manager standing in), then the manager, then the direction.
    await page.locator('#contacts-need').selectOption('PROBLEM_AT_OPA');
    const items = page.locator('[data-testid="contacts-answer"] > li');
    await expect.poll(() => items.last().textContent()).toContain('Direction de la MIAGE');
    expect(await items.nth((await items.count()) - 2).textContent()).toContain('Claire Responsable');
    // A sick leave is sent by the company to the manager and the alternant's secretariat (Tableau 8).
    await page.locator('#contacts-need').selectOption('SICK_LEAVE');
    const sick = page.locator('[data-testid="contacts-answer"]');
    await expect.poll(() => sick.textContent()).toContain('Claire Responsable');
    // …the one secretariat of the alternant's site (Tableau 10), not both — the one the mail named.
    expect(await sick.locator('a[href^="mailto:feg-miage-"]').count()).toBe(1);
    expect(await sick.locator('a[href^="mailto:feg-miage-"]').getAttribute('href')).toBe(`mailto:${mailedSecretariats[0]}`);
    await screenshot(page, 'contacts-tuteur-entreprise');
    await expectAccessible(page, 'contacts as a company tutor');
    await page.getByRole('link', { name: /Retour à mon lien/ }).click();
    await page.locator('[data-testid="checklist"] li').first().waitFor();
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
