import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, signIn } from './browser';

// §3.2 « la MIAGE vous en diffusera … au fil de l'eau : consultez-la donc très régulièrement »: the
// manager publishes an offer, the students still looking receive it by mail (the real SMTP sink),
// a student follows the mail's link to the offer, then changes their choice from the mail's link
// without signing in.
const journey = browserJourney();
const REFERENCE = 'OFF-E2E-DIFF';

describe('the diffusion of an offer by mail, in Chromium', () => {
  let student = '';
  let offerLink = '';
  let alertsLink = '';

  it('the manager publishes an offer: the students still looking receive it by mail', async () => {
    const { page } = await journey.newPage();
    await signIn(page, journey.api.url, 'responsable@demo.alternance.test');
    await page.goto(`${journey.api.url}/offres`);
    await page.locator('#offer-reference').fill(REFERENCE);
    await page.locator('#offer-title').fill('Alternance — diffusion au fil de l’eau');
    await page.locator('#offer-description').fill('Équipe data, Marseille.');
    await page.getByRole('button', { name: 'Publier une offre' }).click();
    await page.getByText('Offre publiée.').waitFor();
    // Published for every cohort: the diffusion runs on publication; the outbox delivers within seconds.
    const toDemoStudent = () => journey.sink.mails.find((m) => m.text.includes(`[${REFERENCE}]`) && m.to.some((to) => /^etudiant\d@demo\.alternance\.test$/.test(to)));
    await expect.poll(toDemoStudent, { timeout: 30_000 }).toBeTruthy();
    const mail = toDemoStudent()!;
    student = mail.to[0]!;
    expect(mail.subject).toMatch(/^Offres d’alternance de la MIAGE : \d+ nouvelles? offres?$/);
    expect(mail.text).toContain('indiquez sa référence dans votre fiche de validation de mission');
    offerLink = new RegExp(`https?://[^\\s]+/offres\\?ref=${REFERENCE}`).exec(mail.text)![0];
    alertsLink = /https?:\/\/[^\s]+\/offres\/alertes\/[\w.-]+/.exec(mail.text)![0];
    // The manager sees how many it was sent to; the sink receives exactly that many, one per student.
    await page.reload();
    const sent = page.locator(`[data-testid="offer-sent-${REFERENCE}"]`);
    await expect.poll(() => sent.textContent(), { timeout: 10_000 }).toMatch(/^\d+ étudiant\(e\)s?$/);
    const count = Number((await sent.textContent())!.split(' ')[0]);
    expect(count).toBeGreaterThan(1);
    const mailed = () => journey.sink.mails.filter((m) => m.text.includes(`[${REFERENCE}]`)).map((m) => m.to[0]);
    await expect.poll(() => mailed().length, { timeout: 30_000 }).toBe(count);
    expect(new Set(mailed()).size).toBe(count);
  });

  it('the student follows the mail’s link to the offer, shown whole and new since their last visit', async () => {
    const { page } = await journey.newPage();
    await signIn(page, journey.api.url, student);
    await page.goto(offerLink);
    const focus = page.locator('[data-testid="offer-focus"]');
    await focus.waitFor();
    expect(await focus.textContent()).toContain(`${REFERENCE} — Alternance — diffusion au fil de l’eau`);
    expect(await focus.textContent()).toContain('Équipe data, Marseille.');
    await page.locator(`[data-testid="offer-new-${REFERENCE}"]`).waitFor();
    expect(await page.locator('[data-testid="offers-new-count"]').textContent()).toMatch(/nouvelles? offres? depuis votre dernière visite/);
    expect(await page.locator('[data-testid="offer-alerts-DAILY"] input').isChecked()).toBe(true);
    await expectAccessible(page, 'offer-diffusion-student');
    // The next visit: nothing published since, nothing new.
    await page.reload();
    await page.locator('[data-testid="offer-focus"]').waitFor();
    expect(await page.locator(`[data-testid="offer-new-${REFERENCE}"]`).count()).toBe(0);
  });

  it('the mail’s link, without signing in, stops the offer mails; the portal shows the choice', async () => {
    const { page } = await journey.newPage();
    await page.goto(alertsLink);
    await page.locator('[data-testid="offer-alerts-choice"]').waitFor();
    expect(await page.locator('[data-testid="offer-alerts-DAILY"] input').isChecked()).toBe(true);
    await page.locator('[data-testid="offer-alerts-stop"]').click();
    await expect.poll(() => page.locator('[data-testid="offer-alerts-saved"]').textContent()).toContain('Vous ne recevrez plus d’offres par mél');
    expect(await page.locator('[data-testid="offer-alerts-NONE"] input').isChecked()).toBe(true);
    await expectAccessible(page, 'offer-alerts-link');
    // Signed in, the student finds the choice made from the mail, and may change it back.
    const signedIn = (await journey.newPage()).page;
    await signIn(signedIn, journey.api.url, student);
    await signedIn.goto(`${journey.api.url}/offres`);
    await signedIn.locator('[data-testid="offer-alerts-choice"]').waitFor();
    expect(await signedIn.locator('[data-testid="offer-alerts-NONE"] input').isChecked()).toBe(true);
    await signedIn.locator('[data-testid="offer-alerts-IMMEDIATE"]').click();
    await signedIn.locator('[data-testid="offer-alerts-save"]').click();
    await signedIn.getByText('Vous recevrez chaque offre dès sa publication.').waitFor();
  });

  it('a student on their first visit of the offers page saves their choice at once, with no « changed meanwhile »', async () => {
    const { page } = await journey.newPage();
    const newcomer = [1, 2, 3, 4, 5].map((n) => `etudiant${n}@demo.alternance.test`).find((email) => email !== student)!;
    await signIn(page, journey.api.url, newcomer);
    await page.goto(`${journey.api.url}/offres`);
    await page.locator('[data-testid="offer-alerts-choice"]').waitFor();
    await page.locator('[data-testid="offer-alerts-IMMEDIATE"]').click();
    await page.locator('[data-testid="offer-alerts-save"]').click();
    await page.getByText('Vous recevrez chaque offre dès sa publication.').waitFor();
    expect(await page.getByText('modifié entre-temps').count()).toBe(0);
  });

  it('no page logged a problem', () => {
    for (const p of journey.pages) expect(p.problems).toEqual([]);
  });
});
