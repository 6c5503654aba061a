import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, gqlAs, screenshot, signIn } from './browser';

// §4.6 on the demo's day (2 March 2026): a 1st visit planned in January and not reported took
// place — the academic tutor's « Mes alternant(e)s » reads « Compte rendu à saisir » (not
// « Planifiée … En retard ») and leads straight to the report; the office counts and filters those
// visits, and sees when a proposal's slots were sent again (« Relancer » → « Relancé le … »).
const TUTOR = 'tuteur.academique@demo.alternance.test';
// The demo's second academic tutor (Nadia Enseignante), who also has 1st visits made and not reported.
const TUTOR_2 = 'tutrice.academique@demo.alternance.test';
const MANAGER = 'responsable@demo.alternance.test';

// The demo's day: its 1st visits are in January and February, its 2nd ones offered for April.
const journey = browserJourney({ today: '2026-03-02' });
const { newPage } = journey;

describe('a visit whose day has passed without a report, in Chromium (§4.6)', () => {
  let studentId = '';

  it('the tutor’s « Mes alternant(e)s » reads « Compte rendu à saisir », not late, and leads to the report — in French and in English', async () => {
    const tutor = await newPage();
    await signIn(tutor.page, journey.api.url, TUTOR);
    await tutor.page.waitForURL(/\/mes-alternants/);
    const due = tutor.page.locator('[data-testid="follow-up-table"] td[data-visit="1"]:has([data-report-stage="DUE"])');
    await due.first().waitFor();
    const cell = due.first();
    studentId = (await cell.locator('xpath=..').getAttribute('data-student'))!;
    const text = (await cell.textContent()) ?? '';
    expect(text).toContain('Compte rendu à saisir');
    expect(text).toMatch(/\d{2}\/01\/2026/);
    expect(text).not.toContain('Planifiée');
    expect(text).not.toContain('En retard');
    expect(await cell.locator('[data-code="VISIT_LATE"]').count()).toBe(0);
    await screenshot(tutor.page, '65-compte-rendu-a-saisir');
    await expectAccessible(tutor, 'my alternants, a report to write');

    await tutor.page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => cell.textContent()).toContain('Report to write');
    expect(await cell.locator('[data-action="WRITE_REPORT_1"]').textContent()).toBe('Write the report');
    await tutor.page.getByRole('button', { name: 'FR', exact: true }).click();
    await expect.poll(() => cell.textContent()).toContain('Saisir le compte rendu');

    await cell.locator('[data-action="WRITE_REPORT_1"]').click();
    await tutor.page.waitForURL(/\/visites\/[0-9a-f-]{36}#compte-rendu$/);
    await tutor.page.locator('[data-testid="report-due"]').waitFor();
    expect(await tutor.page.locator('[data-testid="reschedule-visit"]').count()).toBe(1);
    expect(await tutor.page.locator('[data-testid="report-due"]').textContent()).toMatch(/La visite du \d{2}\/01\/2026 a eu lieu : son compte rendu est à saisir/);
    expect(await tutor.page.locator('[data-testid="visit-state"]').textContent()).toBe('Compte rendu à saisir');
    // Straight to the report: its first field has the focus.
    await expect.poll(() => tutor.page.evaluate(() => document.activeElement?.id)).toBe('report-attendees');
    // Nothing says the report must wait for the visit's day: it is past.
    expect(await tutor.page.locator('main').textContent()).not.toContain('à partir du jour de la visite');
    await screenshot(tutor.page, '65b-visite-compte-rendu-a-saisir');
    await expectAccessible(tutor, 'visit, report to write');
    await tutor.page.locator('#report-attendees').fill('L’alternant(e), son tuteur en entreprise, le tuteur universitaire');
    await tutor.page.locator('#report-activities').fill('Refonte du portail client');
    await tutor.page.locator('#report-progress').fill('Bonne progression');
    await tutor.page.locator('#report-tutorOpinion').fill('Favorable');
    await tutor.page.locator('[data-action="SAVE_REPORT"]').click();
    await expect.poll(() => tutor.page.locator('[data-testid="visit-state"]').getAttribute('data-state'), { timeout: 15_000 }).toBe('HELD');
    expect(await tutor.page.locator('[data-testid="report-due"]').count()).toBe(0);

    await tutor.page.goto(`${journey.api.url}/mes-alternants`);
    const row = tutor.page.locator(`[data-testid="follow-up-table"] tr[data-student="${studentId}"] td[data-visit="1"]`);
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('Réalisée');
    expect(await row.locator('[data-action="WRITE_REPORT_1"]').count()).toBe(0);
  });

  it('the office counts and filters the reports to write, and sees « Relancé le … » on a proposal sent again', async () => {
    const office = await newPage();
    await signIn(office.page, journey.api.url, MANAGER);
    await office.page.goto(`${journey.api.url}/visites`);
    const count = office.page.locator('[data-testid="report-due-count"]');
    await expect.poll(() => count.textContent(), { timeout: 15_000 }).toMatch(/^[1-9]\d* alternant\(e\)\(s\) avec un compte rendu de visite à saisir$/);
    await office.page.getByText('Comptes rendus à saisir seulement').click();
    await office.page.getByRole('button', { name: 'Filtrer' }).click();
    // Every row listed has a visit whose report is due (once the filtered page has replaced the whole one); none of those reads late.
    const unmarked = () => office.page.locator('[data-testid="follow-up-table"] tbody tr').evaluateAll((rows) => rows.filter((r) => !r.querySelector('[data-report-stage="DUE"]')).length);
    await expect.poll(unmarked, { timeout: 15_000 }).toBe(0);
    expect(await office.page.locator('[data-testid="follow-up-table"] td:has([data-report-stage="DUE"]) [data-code="VISIT_LATE"]').count()).toBe(0);
    // The report just written is no longer listed.
    expect(await office.page.locator(`[data-testid="follow-up-table"] tr[data-student="${studentId}"]`).count()).toBe(0);
    await screenshot(office.page, '66-visites-comptes-rendus-a-saisir');
    await expectAccessible(office, 'visits overview, reports to write');

    // « Relancer »: a 2nd visit declined by tutor 1 while tutor 2 has not answered (the demo's proposals to chase).
    await office.page.getByText('Comptes rendus à saisir seulement').click();
    await office.page.getByText('Créneaux à relancer seulement').click();
    await office.page.getByRole('button', { name: 'Filtrer' }).click();
    const chased = office.page.locator('[data-testid="follow-up-table"] td[data-visit="2"]:has([data-code="SLOTS_DECLINED"])').first();
    await chased.waitFor({ timeout: 15_000 });
    const chasedStudent = (await chased.locator('xpath=..').getAttribute('data-student'))!;
    expect(await chased.locator('[data-code="SLOTS_REMINDED"]').count()).toBe(0);
    await chased.locator('a').first().click();
    await office.page.locator('[data-action="REMIND_SLOTS"]').click();
    await expect.poll(() => office.page.locator('[data-testid="visit-notice"]').textContent(), { timeout: 15_000 }).toContain('Créneaux renvoyés à');
    await expect.poll(() => office.page.locator('[data-testid="slots-reminded"]').textContent(), { timeout: 15_000 }).toContain('Dernière relance le 02/03/2026');
    await office.page.goto(`${journey.api.url}/visites`);
    await office.page.getByText('Créneaux à relancer seulement').click();
    await office.page.getByRole('button', { name: 'Filtrer' }).click();
    const reminded = office.page.locator(`[data-testid="follow-up-table"] tr[data-student="${chasedStudent}"] td[data-visit="2"] [data-code="SLOTS_REMINDED"]`);
    await expect.poll(() => reminded.textContent(), { timeout: 15_000 }).toContain('Relancé le 02/03/2026');
    await screenshot(office.page, '67-visites-relance');
    await expectAccessible(office, 'visits overview, reminded');
  });

  it('the office hands an alternant whose 1st visit was made to another tutor: the visit stays with Nadia, who finds its report under « Comptes rendus à saisir » (§4.6, note 32)', async () => {
    const tutor = await newPage();
    await signIn(tutor.page, journey.api.url, TUTOR_2);
    await tutor.page.waitForURL(/\/mes-alternants/);
    const due = tutor.page.locator('[data-testid="follow-up-table"] td[data-visit="1"]:has([data-report-stage="DUE"])').first();
    await due.waitFor();
    const handedId = (await due.locator('xpath=..').getAttribute('data-student'))!;
    const { student } = await gqlAs<{ student: { firstName: string; lastName: string } }>(journey.api.url, 'query($id: ID!) { student(id: $id) { firstName lastName } }', { id: handedId });
    const name = `${student.firstName} ${student.lastName}`;
    expect(await tutor.page.locator('[data-testid="visit-reports-kept"]').count()).toBe(0);

    const office = await newPage();
    await signIn(office.page, journey.api.url, MANAGER);
    await office.page.goto(`${journey.api.url}/tutorat`);
    await office.page.locator('#assign-search').fill(student.lastName);
    await office.page.getByRole('button', { name: 'Filtrer' }).click();
    const row = office.page.locator(`[data-testid="follow-up-table"] tr[data-student="${handedId}"]`);
    await row.waitFor({ timeout: 15_000 });
    await row.locator('input[type="checkbox"]').check();
    await office.page.locator('#assign-tutor').selectOption({ label: 'Paul Enseignant' });
    await office.page.locator('[data-action="ASSIGN_TUTOR"]').click();
    await expect.poll(() => office.page.locator('[data-testid="assign-notice"]').textContent(), { timeout: 15_000 }).toContain('1 alternant');

    // Nadia no longer lists the alternant, but the visit she made: its report is hers to write.
    await tutor.page.goto(`${journey.api.url}/mes-alternants`);
    const kept = tutor.page.locator('[data-testid="visit-reports-kept"]');
    await kept.waitFor({ timeout: 15_000 });
    expect(await tutor.page.locator(`[data-testid="follow-up-table"] tr[data-student="${handedId}"]`).count()).toBe(0);
    const line = kept.locator('li').filter({ hasText: name });
    expect(await kept.locator('h2').textContent()).toBe('Comptes rendus à saisir');
    expect(await line.textContent()).toMatch(new RegExp(`1re visite de ${name} \\(.+\\) le \\d{2}/0[12]/2026 · suivi\\(e\\) désormais par Paul Enseignant`));
    await screenshot(tutor.page, '65c-comptes-rendus-a-saisir-ancien-tuteur');
    await expectAccessible(tutor, 'my alternants, reports kept');
    await tutor.page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => kept.locator('h2').textContent()).toBe('Reports to write');
    expect(await line.textContent()).toContain('now followed by Paul Enseignant');
    await tutor.page.getByRole('button', { name: 'FR', exact: true }).click();

    await line.locator('[data-action="WRITE_KEPT_REPORT_1"]').click();
    await tutor.page.waitForURL(/\/visites\/[0-9a-f-]{36}#compte-rendu$/);
    await tutor.page.locator('[data-testid="report-due"]').waitFor();
    // Hers to report on, not to move nor cancel: the alternant's visits to come are Paul's now.
    expect(await tutor.page.locator('[data-testid="reschedule-visit"], [data-testid="cancel-visit"]').count()).toBe(0);
    await tutor.page.locator('#report-attendees').fill('L’alternant(e), son tuteur en entreprise, Nadia Enseignante');
    await tutor.page.locator('#report-activities').fill('Développement d’une application interne');
    await tutor.page.locator('#report-progress').fill('Bonne progression');
    await tutor.page.locator('#report-tutorOpinion').fill('Favorable');
    await tutor.page.locator('[data-action="SAVE_REPORT"]').click();
    await expect.poll(() => tutor.page.locator('[data-testid="visit-state"]').getAttribute('data-state'), { timeout: 15_000 }).toBe('HELD');
    await tutor.page.goto(`${journey.api.url}/mes-alternants`);
    await tutor.page.locator('[data-testid="follow-up-table"]').waitFor();
    expect(await tutor.page.locator('[data-testid="visit-reports-kept"]').count()).toBe(0);

    // The mails: Nadia is told the report stays hers; Paul's assignment says who writes it, no invitation to a day past.
    const mails = () => journey.sink.mails;
    await expect.poll(() => mails().filter((m) => m.subject === `Compte rendu à saisir — 1re visite de ${name}`).length, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => mails().filter((m) => m.to.includes(TUTOR) && m.subject.startsWith('Alternant(e)s qui vous sont affecté(e)s')).map((m) => m.text.replace(/=\r?\n/g, '').replace(/\s+/g, ' ')).join(' '), { timeout: 15_000 }).toContain('reste à saisir par Nadia Enseignante');
    expect(mails().filter((m) => m.subject === `Visite à réaliser — 1re visite de ${name}` || m.subject === `Visite retirée de votre agenda — 1re visite de ${name}`)).toEqual([]);
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
