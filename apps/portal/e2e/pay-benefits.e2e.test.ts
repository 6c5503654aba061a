import { describe, expect, it } from 'vitest';
import { browserJourney, gqlAs, screenshot, seriousA11yViolations, signIn } from './browser';

// §4.2.1 « Les apprenti(e)s disposent des avantages sociaux suivants »: net = gross within the law's
// limit, income tax up to the annual SMIC, family allowances up to 55 % of the SMIC — read where the
// pay is read: the apprentice's « Mon contrat », the HR contact's link (§3.1); never a company tutor's.
const journey = browserJourney({ today: '2026-03-02' });
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

interface Row { id: string; contractType: string; student: { firstName: string; lastName: string }; tutor1: { email: string } | null; hrContact: { email: string } | null; contract: { id: string } | null }
let mission: Row;

describe('an apprentice’s social benefits beside the pay, in Chromium', () => {
  it('the apprentice reads them under the pay schedule of « Mon contrat »', async () => {
    const { page } = await newPage();
    await signIn(page, journey.api.url, 'alternant.livret@demo.alternance.test');
    await page.goto(`${journey.api.url}/mon-contrat`);
    const panel = page.locator('[data-testid="pay-benefits"]');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Avantages sociaux de l’apprenti(e)');
    expect(text).toContain('Impôt sur le revenu');
    expect(text).toContain('55 % du SMIC');
    expect(text).toContain('§4.2.1');
    // A contract of 2025 or later: the exemption is no longer total (law), the guide's net = gross is told as such.
    expect(await page.locator('[data-testid="pay-benefits-net"]').textContent()).toMatch(/salaire net égal au brut.*bulletin de paie/);
    expect(await page.locator('[data-testid="pay-benefits-tax"] tbody tr').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-testid="pay-benefits-tax"]').textContent()).toMatch(/\d\s€/);
    await screenshot(page, '72-avantages-sociaux-apprenti');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The same contract, found by the name the page shows.
    const name = (await page.locator('.contract').first().textContent()) ?? '';
    const data = await gqlAs<{ missions: Row[] }>(journey.api.url, 'query { missions(first: 100, filter: { state: VALIDATED }) { id contractType student { firstName lastName } tutor1 { email } hrContact { email } contract { id } } }');
    mission = data.missions.find((m) => m.contractType === 'CAPP' && name.includes(`${m.student.firstName} ${m.student.lastName}`))!;
    expect(mission).toBeDefined();
  });

  it('the HR contact reads them through the contract link; the company tutor does not', async () => {
    const manager = await newPage();
    await signIn(manager.page, journey.api.url, 'responsable@demo.alternance.test');
    const links: Record<string, string> = {};
    for (const [party, email] of [['HR_CONTACT', mission.hrContact!.email], ['COMPANY_TUTOR_1', mission.tutor1!.email]] as const) {
      const before = (await linksTo(email, 0)).length;
      await manager.page.goto(`${journey.api.url}/missions/${mission.id}`);
      await manager.page.locator(`[data-action="RESEND_CONTRACT_LINK_${party}"]`).click();
      await manager.page.locator('[data-action="CONFIRM_RESEND"]').click();
      await manager.page.getByText('Nouveau lien').or(manager.page.locator('[role="alert"]')).first().waitFor();
      links[party] = (await linksTo(email, before + 1)).at(-1)!;
    }

    const hr = await newPage();
    await hr.page.goto(links.HR_CONTACT!);
    await hr.page.locator('[data-testid="pay-schedule"] table').waitFor();
    await hr.page.locator('[data-testid="pay-benefits"]').waitFor();
    expect(await hr.page.locator('[data-testid="pay-benefits-family"]').textContent()).toContain('55 % du SMIC');
    expect(await seriousA11yViolations(hr.page)).toEqual([]);

    const tutor = await newPage();
    await tutor.page.goto(links.COMPANY_TUTOR_1!);
    await tutor.page.locator('[data-testid="checklist"] li').first().waitFor();
    expect(await tutor.page.locator('[data-testid="pay-schedule"]').count()).toBe(0);
    expect(await tutor.page.locator('[data-testid="pay-benefits"]').count()).toBe(0);
    expect((await tutor.page.locator('main').textContent()) ?? '').not.toContain('Allocations familiales');
  });

  it('the HR contact of a work-study intern reads the minimum gratification the guide gives through the contract link (§4.2.3)', async () => {
    // No demo student account is a validated CSTAGEALT: the HR contact's link shows the same contract
    // page as the intern's « Mon contrat » (ContractDetails; its panel has a unit test).
    interface Intern { id: string; hrContact: { email: string } | null; contract: { id: string } | null }
    const data = await gqlAs<{ missions: Intern[] }>(journey.api.url, 'query { missions(first: 100, filter: { state: VALIDATED, contractType: "CSTAGEALT" }) { id hrContact { email } contract { id } } }');
    const intern = data.missions.find((m) => m.contract && m.hrContact)!;
    expect(intern).toBeDefined();
    const manager = await newPage();
    await signIn(manager.page, journey.api.url, 'responsable@demo.alternance.test');
    const before = (await linksTo(intern.hrContact!.email, 0)).length;
    await manager.page.goto(`${journey.api.url}/missions/${intern.id}`);
    await manager.page.locator('[data-action="RESEND_CONTRACT_LINK_HR_CONTACT"]').click();
    await manager.page.locator('[data-action="CONFIRM_RESEND"]').click();
    const link = (await linksTo(intern.hrContact!.email, before + 1)).at(-1)!;

    const { page } = await newPage();
    await page.goto(link);
    await page.locator('[data-testid="gratification"]').waitFor();
    expect(await page.locator('[data-testid="gratification-due"]').textContent()).toMatch(/Une gratification est due : le stage dure [\d,]+ jours équivalent temps complet en entreprise/);
    expect(await page.locator('[data-testid="gratification-formula"]').textContent()).toMatch(/\(4,(35|50)\s€ de l’heure au début du stage, puis celui en vigueur chaque jour\) × 7 h par jour/);
    expect(await page.locator('[data-testid="gratification-months"] tbody tr').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('[data-testid="pay-schedule"]').count()).toBe(0);
    expect((await page.locator('main').textContent()) ?? '').not.toContain('Pas de salaire minimum');
    await screenshot(page, '73-gratification-stage-alternance');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
