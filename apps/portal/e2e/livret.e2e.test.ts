import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { browserJourney, screenshot, seriousA11yViolations, signIn, type WatchedPage } from './browser';

// Issue 12 §3 (guide §4.7): the company tutor fills the objectives and the grid through the
// mailed link (on a phone), the student self-evaluates, the manager's dashboard shows the
// period complete, the PDF holds the livret, and the reminders go out once each.
const STUDENT = 'alternant.livret@demo.alternance.test';
const YEAR = 'M2-2025|2025-2026';
// Period 1 of the 2025-2026 year runs until 27 February 2026.
const journey = browserJourney({ today: '2026-02-20' });
const { newPage } = journey;

async function waitFor<T>(read: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('livret d’alternance in Chromium', () => {
  let manager: WatchedPage;
  let student: WatchedPage;
  let studentName = '';
  let livretId = '';

  it('the manager finds the alternant’s livret and mails the company tutor their link', async () => {
    student = await newPage();
    await signIn(student.page, journey.api.url, STUDENT);
    await student.page.goto(`${journey.api.url}/mon-livret`);
    const title = await student.page.locator('h1').textContent();
    studentName = title!.split('—')[1]!.trim();
    // The demo's alternant has had their academic tutor's 1st visit (§4.6): it closes period 1 (§4.7).
    expect(await student.page.getByTestId('period-1-dates').textContent()).toContain('Fin à la visite du tuteur universitaire');

    manager = await newPage();
    await signIn(manager.page, journey.api.url, 'responsable@demo.alternance.test');
    await manager.page.goto(`${journey.api.url}/livrets?annee=${encodeURIComponent(YEAR)}`);
    await manager.page.getByTestId('livret-alternants').waitFor();
    expect(await seriousA11yViolations(manager.page)).toEqual([]);
    const [first, last] = studentName.split(' ');
    await manager.page.getByRole('link', { name: `${last} ${first}` }).click();
    await manager.page.waitForURL(/\/livrets\/[0-9a-f-]{36}$/);
    livretId = manager.page.url().split('/').at(-1)!;
    await manager.page.getByTestId('period-3-dates').waitFor();
    expect(await seriousA11yViolations(manager.page)).toEqual([]);
    await manager.page.getByTestId('send-livret-link').click();
    await manager.page.getByText('Un nouveau lien personnel a été envoyé').waitFor();
  });

  it('the company tutor opens the mailed link on a phone and fills the objectives and the grid of period 1', async () => {
    const mail = await waitFor(() => journey.sink.mails.find((m) => m.subject.includes(`Livret d’alternance de ${studentName}`)), 'the livret link mail');
    const link = /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(mail.text)![0];
    const tutor = await newPage('phone');
    await tutor.page.goto(link);
    await tutor.page.waitForURL(/\/lien\/livret$/);
    const objectives = tutor.page.getByTestId('sheet-p1-objectives-company_tutor');
    await objectives.locator('textarea').fill('Reprendre le module de facturation et le livrer en production.');
    await tutor.page.getByTestId('submit-p1-objectives-company_tutor').click();
    await expect.poll(() => tutor.page.getByTestId('state-p1-objectives-company_tutor').textContent()).toBe('Fait');

    // The self-evaluation is the alternant's: the tutor only reads it.
    expect(await tutor.page.getByTestId('submit-p1-self_evaluation-alternant').count()).toBe(0);
    const grid = tutor.page.getByTestId('sheet-p1-tutor_evaluation-company_tutor');
    // Submitting with criteria unanswered is refused, and says why.
    await tutor.page.getByTestId('submit-p1-tutor_evaluation-company_tutor').click();
    await grid.getByRole('alert').filter({ hasText: 'Grille incomplète' }).waitFor();
    const criteria = grid.locator('.criterion');
    await criteria.first().waitFor();
    for (let i = 0; i < (await criteria.count()); i++) await criteria.nth(i).getByText('Maîtrisé', { exact: true }).click();
    await grid.locator('input[id$="-ANALYSE-comment"]').fill('Analyse claire des besoins');
    await tutor.page.getByTestId('submit-p1-tutor_evaluation-company_tutor').click();
    await expect.poll(() => tutor.page.getByTestId('state-p1-tutor_evaluation-company_tutor').textContent()).toBe('Fait');
    expect(await tutor.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(tutor.page)).toEqual([]);
    await screenshot(tutor.page, 'livret-tutor-phone');
  });

  it('the student self-evaluates period 1', async () => {
    await student.page.goto(`${journey.api.url}/mon-livret`);
    const self = student.page.getByTestId('sheet-p1-self_evaluation-alternant');
    const criteria = self.locator('.criterion');
    await criteria.first().waitFor();
    for (let i = 0; i < (await criteria.count()); i++) await criteria.nth(i).getByText('Acquis', { exact: true }).click();
    await student.page.getByTestId('submit-p1-self_evaluation-alternant').click();
    await expect.poll(() => student.page.getByTestId('state-p1-self_evaluation-alternant').textContent()).toBe('Fait');
    expect(await seriousA11yViolations(student.page)).toEqual([]);
  });

  it('the manager’s dashboard shows period 1 complete for the alternant, and the PDF holds the livret', async () => {
    await manager.page.goto(`${journey.api.url}/livrets?annee=${encodeURIComponent(YEAR)}`);
    const cell = manager.page.getByTestId(`cell-${livretId}-1`);
    await expect.poll(async () => (await cell.textContent())?.replace(/\s+/g, ' ')).toMatch(/^Fait · Fait · Fait/);
    expect(await manager.page.getByTestId('period-1-complete').textContent()).toMatch(/[1-9]\d* alternant\(e\)\(s\) à jour/);

    const response = await manager.page.request.get(`${journey.api.url}/livret/${livretId}/livret.pdf`);
    expect(response.status()).toBe(200);
    const { text } = await extractText(new Uint8Array(await response.body()), { mergePages: true });
    expect(text).toContain(studentName);
    for (const n of [1, 2, 3]) expect(text).toContain(`Période ${n}`);
    expect(text).toContain('Analyse d’un besoin et conception d’une solution : Maîtrisé — Analyse claire des besoins');
    expect(text).toContain('Autonomie et prise d’initiative : Acquis');
    expect(text).toContain('Reprendre le module de facturation');
  });

  it('reminders: run twice, each goes out once', async () => {
    await manager.page.goto(`${journey.api.url}/livrets?annee=${encodeURIComponent(YEAR)}`);
    await manager.page.locator('#ls-remind').fill('30');
    await manager.page.getByTestId('save-livret-settings').click();
    await manager.page.getByText('Réglages enregistrés.').waitFor();
    await manager.page.getByTestId('send-reminders').click();
    const notice = manager.page.getByTestId('livret-notice');
    await expect.poll(() => notice.textContent()).toMatch(/\d+ rappel\(s\) envoyé\(s\)/);
    const sent = Number(/(\d+) rappel/.exec((await notice.textContent())!)![1]);
    expect(sent).toBeGreaterThan(0);
    await manager.page.getByTestId('send-reminders').click();
    await expect.poll(() => notice.textContent()).toContain('0 rappel(s) envoyé(s).');

    // Before the due date a « Rappel », after it a « Retard »: the demo's visits end some periods earlier than the common dates.
    const reminders = () => journey.sink.mails.filter((m) => /^(Rappel|Retard) — livret d’alternance/.test(m.subject));
    await waitFor(() => (reminders().length >= sent ? true : undefined), `${sent} reminder mails`);
    await new Promise((r) => setTimeout(r, 1_000));
    const keys = reminders().map((m) => `${m.to.join(',')}|${m.subject}|${/^- (.+)$/m.exec(m.text)?.[1]}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Our alternant's period 1 is complete: nobody is reminded about it.
    expect(reminders().some((m) => m.subject.includes(studentName))).toBe(false);
  });

  it('the grid editor publishes a new version; the filled grids keep theirs', async () => {
    await manager.page.goto(`${journey.api.url}/livrets/grille`);
    await manager.page.getByTestId('publish-grid').waitFor();
    expect(await seriousA11yViolations(manager.page)).toEqual([]);
    await manager.page.getByTestId('publish-grid').click();
    await manager.page.getByText('Version 2 publiée.').waitFor();
    await manager.page.goto(`${journey.api.url}/livrets/${livretId}`);
    const filled = manager.page.getByTestId('sheet-p1-tutor_evaluation-company_tutor');
    await expect.poll(() => filled.textContent()).toContain('Grille version 1');
    expect(await manager.page.getByTestId('sheet-p2-tutor_evaluation-company_tutor').textContent()).toContain('Grille version 2');
  });

  // §4.6 note 34 (the period ends follow the visits): a 1st visit whose slots all passed in early
  // February without the company tutor picking one — its visitor was told once, the day after its
  // last slot (the demo's outbox says so: sent on 03/02/2026, not mailed again at the start), and its page says so.
  it('a visit whose slots went unanswered: the visitor was mailed once on its day, the visit page says so', async () => {
    await manager.page.goto(`${journey.api.url}/visites`);
    await manager.page.getByTestId('to-chase-only').click();
    const cell = manager.page.locator('td[data-visit]', { has: manager.page.locator('[data-code="SLOTS_UNANSWERED"]') }).first();
    await cell.waitFor();
    await cell.getByRole('link').first().click();
    await manager.page.waitForURL(/\/visites\/[0-9a-f-]{36}$/);
    const alert = manager.page.getByTestId('slots-unanswered');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('proposez d’autres créneaux');
    expect(await manager.page.getByTestId('other-slots').count()).toBe(1);
    await screenshot(manager.page, '72-creneaux-sans-reponse');
    expect(await seriousA11yViolations(manager.page)).toEqual([]);
    // Told on 03/02/2026, before the demo started (its outbox says so): not mailed again at the start.
    expect(journey.sink.mails.filter((m) => m.subject.startsWith('Créneaux restés sans réponse'))).toEqual([]);
  });

  it('no console error or CSP violation on any page', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
