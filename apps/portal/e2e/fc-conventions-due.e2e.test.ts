import { describe, expect, it } from 'vitest';
import { browserJourney, gqlAs, screenshot, seriousA11yViolations, signIn } from './browser';

// §2.1.1 note 5, §2.1.2 note 7: « La formation des étudiant(e)s en formation continue (FC) est TOUJOURS
// régie par une convention de formation ». On the demo day (2026-03-02, as `pnpm start`) the office's dashboard counts
// the FC conventions not recorded that fall due soon or are late and opens the students list on them;
// the direction reads the count without a link it could not open; the student due soon is reminded.
const journey = browserJourney({ today: '2026-03-02' });
const { newPage } = journey;

describe('FC conventions de formation to receive, in Chromium', () => {
  it('the manager reads the count on the dashboard and opens the filtered list of students', async () => {
    const { page } = await newPage();
    await signIn(page, journey.api.url, 'responsable@demo.alternance.test');
    await page.goto(`${journey.api.url}/tableau-de-bord`);
    const card = page.locator('[data-testid="fc-agreements-due"]');
    await card.waitFor();
    const count = Number(((await card.locator('.n-statistic-value').textContent()) ?? '').replace(/\D/g, ''));
    expect(count).toBeGreaterThanOrEqual(2);
    expect(await card.textContent()).toContain('Conventions FC à recevoir');
    expect(await card.textContent()).toMatch(/dont \d+ en retard/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await card.getByRole('link').click();
    await page.waitForURL(/\/etudiants\?convention=a-recevoir/);
    await page.locator('[data-testid="fc-due-filter-on"]').waitFor();
    const rows = page.locator('[data-testid="students-table"] tbody tr');
    await expect.poll(() => rows.count()).toBe(Math.min(count, 50));
    const table = (await page.locator('[data-testid="students-table"]').textContent()) ?? '';
    // The demo's FC students: one due soon (an FC-CPRO validated this morning, its item « dès validation » due 07/03/2026), one late since September; not the signed one nor the one due in September.
    expect(table).toContain('Convention-Proche');
    expect(table).toContain('échéance proche (07/03/2026)');
    expect(table).toContain('Convention-Retard');
    expect(table).toMatch(/en retard \(\d\d\/\d\d\/\d{4}\)/);
    expect(table).not.toContain('Convention-Signee');
    expect(table).not.toContain('Convention-Afaire');
    // No code shown raw.
    expect(table).not.toMatch(/DUE_SOON|OVERDUE/);
    await screenshot(page, '71-conventions-fc-a-recevoir');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Unticking the filter lists every student again.
    await page.locator('[data-testid="fc-due-filter"]').click();
    await page.waitForURL((url) => !url.search.includes('convention'));
    await expect.poll(() => rows.count()).toBe(50);
  });

  it('the direction reads the count without a link to a list it cannot open', async () => {
    const { page } = await newPage();
    await signIn(page, journey.api.url, 'direction@demo.alternance.test');
    await page.goto(`${journey.api.url}/tableau-de-bord`);
    const card = page.locator('[data-testid="fc-agreements-due"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('Conventions FC à recevoir');
    expect(await card.getByRole('link').count()).toBe(0);
  });

  it('the FC student whose convention falls due soon is reminded by mail, and the office with them', async () => {
    const data = await gqlAs<{ students: { email: string }[] }>(journey.api.url, 'query { students(search: "Convention-Proche", first: 5) { email } }');
    const email = data.students[0]!.email;
    await expect.poll(() => journey.sink.to(email).map((m) => m.subject), { timeout: 30_000, interval: 500 }).toContain('Rappel — votre convention de formation (formation continue)');
    const mail = journey.sink.to(email).find((m) => m.subject.startsWith('Rappel'))!;
    expect(mail.text).toContain('07/03/2026');
    expect(mail.text).toContain('SFCA');
    await expect.poll(() => journey.sink.to('responsable@demo.alternance.test').some((m) => m.subject.includes('Convention de formation à recevoir')), { timeout: 30_000, interval: 500 }).toBe(true);
  });
});
