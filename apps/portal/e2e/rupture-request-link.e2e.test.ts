import { describe, expect, it } from 'vitest';
import { browserJourney, gqlAs, screenshot, seriousA11yViolations, signIn, type WatchedPage } from './browser';

// Issue 13 (§5: the company tutor may ask for the rupture through a personal link): the
// manager mails the contract's company tutor a RUPTURE_REQUEST link — one contract, 30 days,
// revoked by a newer one; the tutor asks from the mail; the manager sees the request; the
// request spent the link.
const journey = browserJourney();
const { newPage } = journey;
const MANAGER = 'responsable@demo.alternance.test';

/** The rupture-request links mailed to the address, oldest first. */
function ruptureLinks(to: string): string[] {
  return journey.sink
    .to(to)
    .filter((m) => m.subject.startsWith('Demander la rupture'))
    .map((m) => /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(m.text)?.[0])
    .filter((l): l is string => Boolean(l));
}

describe('a company tutor asks for a rupture through their personal link, in Chromium', () => {
  let manager: WatchedPage;
  type LinkedContract = { id: string; status: string; ruptures: unknown[]; mission: { tutor1: { email: string; firstName: string; lastName: string }; tutor2: unknown; hrContact: { email: string; firstName: string; lastName: string } | null; student: { firstName: string; lastName: string } } };
  let contract: LinkedContract;
  let contracts: LinkedContract[] = [];
  let link = '';

  it('the manager mails the rupture-request link twice: the first is revoked by the second, valid 30 days', async () => {
    ({ contracts } = await gqlAs<{ contracts: LinkedContract[] }>(
      journey.api.url,
      'query { contracts(first: 100, filter: { contractType: "CAPP" }) { id status ruptures { id } mission { tutor1 { email firstName lastName } tutor2 { email } hrContact { email firstName lastName } student { firstName lastName } } } }',
    ));
    const eligible = contracts.filter((c) => c.status === 'ACTIVE' && c.ruptures.length === 0 && c.mission.tutor1 && !c.mission.tutor2 && c.mission.hrContact && c.mission.hrContact.email !== c.mission.tutor1.email);
    contract = eligible[0]!;
    expect(contract).toBeDefined();
    const tutor = contract.mission.tutor1.email;

    manager = await newPage();
    await signIn(manager.page, journey.api.url, MANAGER);
    await manager.page.goto(`${journey.api.url}/contrats/${contract.id}`);
    const send = manager.page.locator('[data-testid="send-rupture-link"]');
    await send.waitFor();
    expect(await manager.page.locator('[data-testid="rupture-section"]').textContent()).toContain('valable 30 jours pour ce seul contrat');
    await send.click();
    // Tableau 8: the professionals — company tutors and HR contacts — ask the manager to break a contract.
    await manager.page.getByText('Lien envoyé à 2 contact(s) de l’organisme d’accueil.').waitFor();
    await expect.poll(() => ruptureLinks(tutor).length, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => ruptureLinks(contract.mission.hrContact!.email).length, { timeout: 30_000 }).toBe(1);
    // The API's "today" is 2025-07-01: the link serves until 31/07/2025.
    const mail = journey.sink.to(tutor).find((m) => m.subject.startsWith('Demander la rupture'))!;
    expect(mail.subject).toBe(`Demander la rupture de l’alternance de ${contract.mission.student.firstName} ${contract.mission.student.lastName}`);
    expect(mail.text).toContain('valable pour ce seul contrat jusqu’au 31/07/2025');

    await send.click();
    await expect.poll(() => ruptureLinks(tutor).length, { timeout: 30_000 }).toBe(2);
    const [first, second] = ruptureLinks(tutor) as [string, string];
    // The outbox sends one instant's mails in no set order: the older link is whichever the API revoked.
    const opened = await Promise.all(
      [first, second].map(async (candidate) => {
        const page = await newPage();
        await page.page.goto(candidate);
        const alert = page.page.locator('[role="alert"]');
        const form = page.page.locator('[data-testid="request-rupture-form"]');
        await Promise.race([alert.waitFor(), form.waitFor()]);
        return { candidate, page, revoked: await alert.isVisible() };
      }),
    );
    const revoked = opened.filter((o) => o.revoked);
    expect(revoked).toHaveLength(1);
    expect(await revoked[0]!.page.page.locator('[role="alert"]').textContent()).toContain('Un nouveau lien vous a été envoyé par e-mail : utilisez le plus récent.');
    link = opened.find((o) => !o.revoked)!.candidate;
  });

  it('the tutor opens the link from the mail, gives the reason and asks', async () => {
    const tutor = await newPage();
    await tutor.page.goto(link);
    await tutor.page.getByRole('heading', { name: 'Demande de rupture de l’alternance' }).waitFor();
    const student = `${contract.mission.student.firstName} ${contract.mission.student.lastName}`;
    const form = tutor.page.locator('[data-testid="request-rupture-form"]');
    await form.waitFor();
    expect(await tutor.page.locator('main').textContent()).toContain(`la rupture du contrat de ${student}`);
    // The reason is required: an empty request is refused under its field.
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => tutor.page.locator('#rupture-request-reason-msg').textContent()).toBeTruthy();
    await tutor.page.locator('#rupture-request-reason').fill('L’entreprise ferme le site de Marseille : plus de mission possible.');
    await screenshot(tutor.page, '45-tuteur-demande-rupture');
    const violations = await seriousA11yViolations(tutor.page);
    expect(violations, JSON.stringify(violations)).toEqual([]);
    await form.locator('button[type="submit"]').click();
    await tutor.page.getByText('Demande envoyée au responsable de l’alternance.').waitFor();
    const state = tutor.page.locator('[data-testid="rupture-state"]');
    await state.waitFor();
    expect(await state.textContent()).toContain('Demandée');
    expect(await form.count()).toBe(0);
  });

  it('the manager sees the requested rupture, by the tutor, with the reason, and is mailed', async () => {
    const { firstName, lastName } = contract.mission.tutor1;
    await expect.poll(() => journey.sink.to(MANAGER).some((m) => m.subject.includes('Demande de rupture') && m.text.includes('plus de mission possible')), { timeout: 30_000 }).toBe(true);
    await manager.page.reload();
    const state = manager.page.locator('[data-testid="rupture-state"]');
    await state.waitFor();
    const text = await state.textContent();
    expect(text).toContain('Demandée');
    // Said as the company tutor's request, not the alternant's.
    expect(text).toContain(`Demandée par ${firstName} ${lastName} (tuteur en entreprise)`);
    expect(text).toContain('L’entreprise ferme le site de Marseille');
    // The manager now carries it out; no new link while a request is open.
    await manager.page.locator('[data-testid="start-rupture-form"]').waitFor();
    expect(await manager.page.locator('[data-testid="send-rupture-link"]').count()).toBe(0);
    await screenshot(manager.page, '46-rupture-demandee-par-le-tuteur');
  });

  it('the link is spent: opened again, it says so in French', async () => {
    const again = await newPage();
    await again.page.goto(link);
    const alert = again.page.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Vous avez déjà répondu avec ce lien : il ne sert plus.');
    expect(await again.page.locator('[data-testid="request-rupture-form"]').count()).toBe(0);
  });

  it('on another contract, the HR contact opens their link and asks; the manager reads it as the HR contact’s request (Tableau 8)', async () => {
    const other = contracts.find((c) => c.id !== contract.id && c.status === 'ACTIVE' && c.ruptures.length === 0 && c.mission.hrContact && c.mission.hrContact.email !== c.mission.tutor1.email)!;
    expect(other).toBeDefined();
    const hr = other.mission.hrContact!;
    // The demo's HR contacts may serve several contracts of their organisation: this contract's link is the newest.
    const before = ruptureLinks(hr.email).length;
    await manager.page.goto(`${journey.api.url}/contrats/${other.id}`);
    await manager.page.locator('[data-testid="send-rupture-link"]').click();
    await expect.poll(() => ruptureLinks(hr.email).length, { timeout: 30_000 }).toBe(before + 1);
    const contact = await newPage();
    await contact.page.goto(ruptureLinks(hr.email).at(-1)!);
    await contact.page.getByRole('heading', { name: 'Demande de rupture de l’alternance' }).waitFor();
    const form = contact.page.locator('[data-testid="request-rupture-form"]');
    await form.waitFor();
    await contact.page.locator('#rupture-request-reason').fill('Réorganisation du service : le poste d’alternant est supprimé.');
    await form.locator('button[type="submit"]').click();
    await contact.page.getByText('Demande envoyée au responsable de l’alternance.').waitFor();
    await manager.page.reload();
    const state = manager.page.locator('[data-testid="rupture-state"]');
    await state.waitFor();
    expect(await state.textContent()).toContain(`Demandée par ${hr.firstName} ${hr.lastName} (contact RH)`);
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
