import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpSink } from '@alternance/smtp-sink';
import { addDays, cohortTrainingHours, defaultReferenceData, medicalAbsenceDeadline, professionalRequestDeadline } from '@alternance/domain';
import { startApi, type ApiProcess } from './api-process';
import { gqlAs, launchChromium, openPage, screenshot, seriousA11yViolations, signIn, type WatchedPage } from './browser';

// Issue 11 §4: a medical absence justified in time through the tutor's link, and one left
// late, end in the right states. The API runs on "today" = the absence day, then is started
// again on the same database the day after the 10 jours ouvrables (§4.3.1): its sweep turns
// the late one definitively unjustified.
let sink: SmtpSink;
let api: ApiProcess;
let browser: Browser;
let databasePath: string;
let smtpUrl: string;
let dataDir: string;
const contexts: BrowserContext[] = [];
const pages: WatchedPage[] = [];

interface DemoMission { id: string; contractType: string; cohort: string; startDate: string; tutor1: { email: string } | null; student: { id: string; firstName: string; lastName: string; email: string } }
let mission: DemoMission;
let day: string;
/** The other alternant under contract whose stoppage the host mails to the office. */
let otherId: string | undefined;

async function newPage(device: 'desktop' | 'phone' = 'desktop'): Promise<WatchedPage> {
  const context = await browser.newContext(device === 'phone' ? { locale: 'fr-FR', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const watched = await openPage(context);
  pages.push(watched);
  return watched;
}

async function linksTo(to: string, count: number, timeoutMs = 20_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const links = sink.to(to).map((m) => /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(m.text)?.[0]).filter((l): l is string => Boolean(l));
    if (links.length >= count) return links;
    if (Date.now() > deadline) throw new Error(`Fewer than ${count} personal links mailed to ${to}: ${links.length}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A day, two months into the contract, whose morning and afternoon are both training in the cohort's calendar. */
function trainingDay(m: DemoMission): string {
  const source = cohortTrainingHours(defaultReferenceData, m.cohort);
  if (!source) throw new Error(`no calendar for ${m.cohort}`);
  for (let d = addDays(m.startDate, 60), i = 0; i < 120; d = addDays(d, 1), i += 1) {
    if (source.kindOf(d, 'AM') === 'TRAINING' && source.kindOf(d, 'PM') === 'TRAINING') return d;
  }
  throw new Error('no full training day');
}

beforeAll(async () => {
  sink = new SmtpSink();
  smtpUrl = await sink.start();
  // The test owns the database file: the API is started on it three times.
  dataDir = mkdtempSync(join(tmpdir(), 'absences-e2e-'));
  databasePath = join(dataDir, 'db.sqlite');
  // A first run seeds the demo and finds a validated apprentice and their calendar.
  const probe = await startApi({ smtpUrl, databasePath });
  const data = await gqlAs<{ missions: DemoMission[] }>(probe.url, `query { missions(first: 100, filter: { state: VALIDATED }) { id contractType cohort startDate tutor1 { email } student { id firstName lastName email } } }`);
  await probe.stop();
  // The last one: the demo's own absences are on the first alternants' early days.
  mission = data.missions.filter((m) => (m.contractType === 'CAPP' || m.contractType === 'CPRO') && m.tutor1 && cohortTrainingHours(defaultReferenceData, m.cohort)).at(-1)!;
  day = trainingDay(mission);
  api = await startApi({ smtpUrl, today: day, databasePath });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await api?.stop();
  await sink?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('absences and their justification in Chromium (§4.3.1)', () => {
  const name = () => `${mission.student.lastName} ${mission.student.firstName}`;

  it('the secretariat records the morning and the afternoon from the group’s day sheet', async () => {
    const { page, problems } = await newPage();
    await signIn(page, api.url, 'secretariat@demo.alternance.test');
    await page.goto(`${api.url}/absences/saisie`);
    await page.locator('#sheet-cohort').selectOption(mission.cohort);
    await page.locator('#sheet-date').fill(day);
    for (const half of ['AM', 'PM'] as const) {
      await page.locator('#sheet-half').selectOption(half);
      await page.getByTestId('sheet-open').click();
      const box = page.locator(`input[data-student-id="${mission.student.id}"]`);
      await box.waitFor();
      await box.check();
      await page.getByTestId('sheet-record').click();
      await expect.poll(() => box.isDisabled()).toBe(true);
    }
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'absences-day-sheet');
    expect(problems).toEqual([]);
  });

  it('the morning is declared medical from the list: the tutor gets a link for it', async () => {
    const { page, problems } = await newPage();
    await signIn(page, api.url, 'secretariat@demo.alternance.test');
    await page.goto(`${api.url}/absences`);
    await page.locator('#abs-from').fill(day);
    await page.locator('#abs-to').fill(day);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    const rows = page.locator('[data-testid="absences-table"] tbody tr', { hasText: name() });
    await expect.poll(() => rows.count()).toBe(2);
    await rows.filter({ hasText: 'matin' }).locator('[data-action="DECLARE_MEDICAL"]').click();
    await page.getByTestId('confirm-yes').click();
    await expect.poll(() => rows.locator('[data-state="AWAITING_STOPPAGE"]').count()).toBe(1);
    expect(await linksTo(mission.tutor1!.email, 1)).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('the tutor sends the morning’s stoppage on a phone through their link: justified', async () => {
    const links = await linksTo(mission.tutor1!.email, 1);
    const morningLink = sink.to(mission.tutor1!.email).find((m) => m.text.includes('(matin)') && /\/lien\/[A-Za-z0-9_-]+/.test(m.text))!;
    const link = /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(morningLink.text)![0];
    expect(links).toContain(link);
    const { page, problems } = await newPage('phone');
    await page.goto(link);
    // The mail says whom the stoppage goes to for this alternant (Tableau 8: the manager, their site's secretariat).
    expect(morningLink.text).toContain(`Vos contacts pour l’alternance de ${mission.student.firstName} ${mission.student.lastName}`);
    expect(morningLink.text).toMatch(/pour un arrêt maladie à transmettre/);
    await page.getByRole('heading', { name: 'Transmettre un arrêt de travail' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Not a PDF/JPEG/PNG whatever its name: refused under the file field.
    await page.locator('#stoppage-file').setInputFiles({ name: 'arret.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ this is not a pdf') });
    await page.getByTestId('stoppage-send').click();
    await page.locator('#stoppage-file-msg.field-error').waitFor();
    await page.locator('#stoppage-file').setInputFiles({ name: 'arret.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    await page.getByTestId('stoppage-send').click();
    await page.getByTestId('link-done').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'absences-tutor-link-phone');
    // « Qui contacter ? » from the absence link too (§6.1.1), for this alternant, and back to the link.
    await page.getByRole('link', { name: /Qui contacter/ }).click();
    await page.locator('[data-testid="contacts-own"]').waitFor();
    expect(await page.locator('[data-testid="contacts-own"]').textContent()).toContain(`${mission.student.firstName} ${mission.student.lastName}`);
    await page.getByRole('link', { name: /Retour à mon lien/ }).click();
    await page.getByRole('heading', { name: 'Transmettre un arrêt de travail' }).waitFor();
    // Sent through the link, not mailed to them (§4.3.1 step 3): the manager and the secretariat are told.
    for (const office of ['responsable@demo.alternance.test', 'secretariat@demo.alternance.test']) {
      await expect.poll(() => sink.to(office).some((m) => m.subject === `Arrêt de travail reçu : ${mission.student.firstName} ${mission.student.lastName}`), { timeout: 20_000 }).toBe(true);
    }
    expect(problems).toEqual([]);
  });

  it('the afternoon, declared medical after the morning’s stoppage came, gets its own link (a stoppage justifies only the half-days awaiting it when it arrives, §4.3.1)', async () => {
    const { page, problems } = await newPage();
    await signIn(page, api.url, 'secretariat@demo.alternance.test');
    await page.goto(`${api.url}/absences`);
    await page.locator('#abs-from').fill(day);
    await page.locator('#abs-to').fill(day);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    const rows = page.locator('[data-testid="absences-table"] tbody tr', { hasText: name() });
    await expect.poll(() => rows.locator('[data-state="JUSTIFIED"]').count()).toBe(1);
    await rows.filter({ hasText: 'après-midi' }).locator('[data-action="DECLARE_MEDICAL"]').click();
    await page.getByTestId('confirm-yes').click();
    await expect.poll(() => rows.locator('[data-state="AWAITING_STOPPAGE"]').count()).toBe(1);
    expect(await linksTo(mission.tutor1!.email, 2)).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('the host mailed another alternant’s stoppage to the office: the secretariat records it, saying from whom', async () => {
    const { page, problems } = await newPage();
    await signIn(page, api.url, 'secretariat@demo.alternance.test');
    await page.goto(`${api.url}/absences/saisie`);
    await page.locator('#sheet-cohort').selectOption(mission.cohort);
    await page.locator('#sheet-date').fill(day);
    await page.locator('#sheet-half').selectOption('AM');
    await page.getByTestId('sheet-open').click();
    // Another apprentice or professionalisation contract of the cohort: an intern's absence is not under work law (§4.3).
    const validated = await gqlAs<{ missions: DemoMission[] }>(api.url, `query { missions(first: 100, filter: { state: VALIDATED }) { id contractType cohort startDate tutor1 { email } student { id firstName lastName email } } }`);
    const underContract = validated.missions.filter((m) => (m.contractType === 'CAPP' || m.contractType === 'CPRO') && m.cohort === mission.cohort && m.student.id !== mission.student.id)
      // Not a namesake either: the next step finds the first alternant's rows by name.
      .filter((m) => !`${m.student.lastName} ${m.student.firstName}`.includes(name()) && !name().includes(`${m.student.lastName} ${m.student.firstName}`))
      .map((m) => m.student.id);
    await page.locator('input[data-student-id]').first().waitFor();
    for (const id of underContract) {
      if (await page.locator(`input[data-student-id="${id}"]:not([disabled])`).count()) {
        otherId = id;
        break;
      }
    }
    expect(otherId, 'another alternant under contract in the day sheet').toBeDefined();
    await page.locator(`input[data-student-id="${otherId}"]`).check();
    await page.getByTestId('sheet-record').click();
    await expect.poll(() => page.locator(`input[data-student-id="${otherId}"]`).isDisabled()).toBe(true);

    await page.goto(`${api.url}/absences?etudiant=${otherId}`);
    const row = page.locator('[data-testid="absences-table"] tbody tr', { hasText: new RegExp(day.split('-').reverse().join('/')) });
    await row.locator('[data-action="DECLARE_MEDICAL"]').click();
    await page.getByTestId('confirm-yes').click();
    await row.locator('[data-action="RECORD_STOPPAGE"]').click();
    const panel = page.getByTestId('office-stoppage');
    await panel.waitFor();
    await page.locator('#stoppage-file').setInputFiles({ name: 'arret-mel.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    // Who sent it is not assumed: the form asks first.
    await page.getByTestId('stoppage-send').click();
    await page.locator('#stoppage-sender[aria-invalid="true"]').waitFor();
    await page.locator('#stoppage-sender').selectOption('HOST');
    // The day the host's mail arrived (the API runs on the absence's day; the browser's clock is today's).
    await page.locator('#stoppage-receivedOn').fill(day);
    await page.getByTestId('stoppage-send').click();
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('[data-state="JUSTIFIED"]').count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'absences-office-stoppage');
    expect(problems).toEqual([]);
  });

  it('past the 10 jours ouvrables, the afternoon is definitively unjustified and its link no longer works', async () => {
    await api.stop();
    const late = addDays(medicalAbsenceDeadline(day, { whitMondayHoliday: true }), 1);
    api = await startApi({ smtpUrl, today: late, databasePath });
    const { page, problems } = await newPage();
    await signIn(page, api.url, 'secretariat@demo.alternance.test');
    await page.goto(`${api.url}/absences`);
    await page.locator('#abs-from').fill(day);
    await page.locator('#abs-to').fill(day);
    const rows = page.locator('[data-testid="absences-table"] tbody tr', { hasText: name() });
    // The sweep runs a second after start: filter until it has.
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Filtrer' }).click();
        return [await rows.locator('[data-state="JUSTIFIED"]').count(), await rows.locator('[data-state="UNJUSTIFIED"]').count()];
      }, { timeout: 20_000 })
      .toEqual([1, 1]);
    await screenshot(page, 'absences-list-after-deadline');
    await expect.poll(() => sink.to(mission.student.email).some((m) => m.subject.includes('définitivement injustifiée')), { timeout: 20_000 }).toBe(true);
    const afternoon = sink.to(mission.tutor1!.email).find((m) => m.text.includes('(après-midi)') && /\/lien\/[A-Za-z0-9_-]+/.test(m.text))!;
    const token = /\/lien\/([A-Za-z0-9_-]+)/.exec(afternoon.text)![1];
    const opened = await fetch(`${api.url}/auth/link`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
    expect(opened.status).toBe(410);
    expect(problems).toEqual([]);
  });

  it('the host mailed a stoppage in time, the secretariat reads it after the deadline: recorded on the absence nobody declared medical (§4.3.1 step 3)', async () => {
    const deadline = medicalAbsenceDeadline(day, { whitMondayHoliday: true });
    const { page, problems } = await newPage();
    await signIn(page, api.url, 'secretariat@demo.alternance.test');
    // The other alternant's afternoon of the same day, noted late from the attendance sheet, nobody having justified it.
    await page.goto(`${api.url}/absences/saisie`);
    await page.locator('#sheet-cohort').selectOption(mission.cohort);
    await page.locator('#sheet-date').fill(day);
    await page.locator('#sheet-half').selectOption('PM');
    await page.getByTestId('sheet-open').click();
    await page.locator(`input[data-student-id="${otherId}"]`).check();
    await page.getByTestId('sheet-record').click();
    await expect.poll(() => page.locator(`input[data-student-id="${otherId}"]`).isDisabled()).toBe(true);
    await page.goto(`${api.url}/absences?etudiant=${otherId}`);
    const row = page.locator('[data-testid="absences-table"] tbody tr', { hasText: 'après-midi' }).filter({ hasText: day.split('-').reverse().join('/') });
    await row.locator('[data-state="RECORDED"]').waitFor();
    // The host's mail arrived on the last day of the 10 jours ouvrables: in time, whatever day it is typed in.
    await row.locator('[data-action="RECORD_STOPPAGE"]').click();
    const panel = page.getByTestId('office-stoppage');
    await panel.waitFor();
    await page.locator('#stoppage-file').setInputFiles({ name: 'arret-mel-tardif.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    await page.locator('#stoppage-sender').selectOption('HOST');
    await page.locator('#stoppage-receivedOn').fill(deadline);
    await page.getByTestId('stoppage-send').click();
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('[data-state="JUSTIFIED"]').count()).toBe(1);
    expect(await row.textContent()).toContain('Raison médicale');
    expect(problems).toEqual([]);
  });

  it('the afternoon closed at its deadline though the host’s mail had arrived that day: the secretariat records it, the tutor is told (§4.3.1 step 3)', async () => {
    const deadline = medicalAbsenceDeadline(day, { whitMondayHoliday: true });
    const { page, problems } = await newPage();
    await signIn(page, api.url, 'secretariat@demo.alternance.test');
    await page.goto(`${api.url}/absences?etudiant=${mission.student.id}`);
    const row = page.locator('[data-testid="absences-table"] tbody tr', { hasText: 'après-midi' }).filter({ hasText: day.split('-').reverse().join('/') });
    await row.locator('[data-state="UNJUSTIFIED"]').waitFor();
    await row.locator('[data-action="RECORD_STOPPAGE"]').click();
    const panel = page.getByTestId('office-stoppage');
    await panel.waitFor();
    await page.locator('#stoppage-file').setInputFiles({ name: 'arret-dernier-jour.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    await page.locator('#stoppage-sender').selectOption('HOST');
    // A mail of today, the day after the deadline, is late: the field says so, nothing changes.
    await page.locator('#stoppage-receivedOn').fill(addDays(deadline, 1));
    await page.getByTestId('stoppage-send').click();
    await page.locator('#stoppage-receivedOn[aria-invalid="true"]').waitFor();
    // It had arrived on the deadline itself: the host was in time.
    await page.locator('#stoppage-receivedOn').fill(deadline);
    await page.getByTestId('stoppage-send').click();
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('[data-state="JUSTIFIED"]').count()).toBe(1);
    await expect.poll(() => sink.to(mission.tutor1!.email).some((m) => m.subject.includes('justifiée : arrêt de travail reçu à temps') && m.text.includes('(après-midi)')), { timeout: 20_000 }).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('decisions and the student’s own page in Chromium (§4.3.2, §4.3.3)', () => {
  it('the direction grants the demo’s professional-absence request: the alternant and the tutor are mailed', async () => {
    const { page, problems } = await newPage();
    await signIn(page, api.url, 'direction@demo.alternance.test');
    await page.goto(`${api.url}/absences/demandes`);
    const grant = page.locator('[data-action="GRANT"]').first();
    await grant.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The demo has two: one through the tutor's link, one mailed to the direction (§4.3.2).
    const before = await page.locator('[data-action="GRANT"]').count();
    await grant.click();
    await expect.poll(() => page.locator('[data-action="GRANT"]').count()).toBe(before - 1);
    // The decided list (granted ones by default, read by cursor) shows it at once.
    await expect.poll(() => page.getByTestId('decided-requests').locator('li').count()).toBeGreaterThan(0);
    await expect.poll(() => sink.mails.filter((m) => m.subject.includes('Absence professionnelle') && m.subject.includes('accordée')).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual([]);
  });

  it('the direction records a request the tutor mailed (§4.3.2 step 1), consults a teacher of the period (step 2), who gets the decision (step 3)', async () => {
    const { page, problems } = await newPage();
    await signIn(page, api.url, 'direction@demo.alternance.test');
    // The API's day is the one after the stoppage's deadline; the viewer's day is the form's default.
    const today = addDays(medicalAbsenceDeadline(day, { whitMondayHoliday: true }), 1);
    const source = cohortTrainingHours(defaultReferenceData, mission.cohort)!;
    let first = addDays(today, 1);
    while (!(source.kindOf(first, 'AM') === 'TRAINING' && professionalRequestDeadline(first, { whitMondayHoliday: true }) >= today)) first = addDays(first, 1);
    const tooSoon = (() => {
      let d = addDays(today, 1);
      while (source.kindOf(d, 'AM') !== 'TRAINING') d = addDays(d, 1);
      return d;
    })();
    await page.goto(`${api.url}/absences/demandes`);
    const form = page.getByTestId('mailed-request');
    await form.waitFor();
    expect(await page.locator('#mailed-receivedOn').inputValue()).toBe(today);
    await page.locator('#mailed-search').fill(mission.student.email);
    await expect.poll(() => page.locator('#mailed-student').inputValue()).toBe(mission.student.id);
    // Too late when mailed today for a training day within 10 jours ouvrables: refused on the first day, nothing recorded.
    await page.locator('#mailed-firstDay').fill(tooSoon);
    await page.locator('#mailed-lastDay').fill(tooSoon);
    await page.locator('#mailed-firstHalf').selectOption('AM');
    await page.locator('#mailed-lastHalf').selectOption('AM');
    await page.locator('#mailed-reason').fill('Recette chez le client : présence indispensable.');
    await page.locator('[data-action="RECORD_MAILED"]').click();
    await page.locator('#mailed-firstDay[aria-invalid="true"]').waitFor();
    expect(await page.locator('#mailed-firstDay-msg').innerText()).toContain('Demande trop tardive');
    await page.locator('#mailed-firstDay').fill(first);
    await page.locator('#mailed-lastDay').fill(first);
    await page.locator('[data-action="RECORD_MAILED"]').click();
    const request = page.locator('article', { hasText: 'Recette chez le client' });
    await request.waitFor();
    expect(await request.innerText()).toContain('demandée par mél de');
    const teachers = request.getByLabel('Enseignants en charge des enseignements de la période (une adresse e-mail par ligne)');
    await teachers.fill('prof.e2e@univ.example');
    await request.locator('[data-action="CONSULT"]').click();
    await request.getByTestId('teachers-consulted').waitFor();
    await expect.poll(() => sink.to('prof.e2e@univ.example').filter((m) => m.subject.includes('votre avis')).length, { timeout: 20_000 }).toBe(1);
    expect(sink.to('prof.e2e@univ.example')[0]!.text).toContain('(matin)');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'absences-professional-mailed');
    await request.locator('[data-action="GRANT"]').click();
    await request.waitFor({ state: 'detached' });
    await expect.poll(() => sink.to('prof.e2e@univ.example').filter((m) => m.subject.includes('accordée')).length, { timeout: 20_000 }).toBe(1);
    expect(problems).toEqual([]);
  });

  it('the manager decides another reason from « Absences à décider »', async () => {
    const { page, problems } = await newPage();
    await signIn(page, api.url, 'responsable@demo.alternance.test');
    await page.goto(`${api.url}/absences/decisions`);
    const rows = page.locator('[data-testid="absences-table"] tbody tr [data-action="ACCEPT"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const before = await rows.count();
    // A refusal without a comment is refused, nothing changes.
    await page.locator('[data-action="REFUSE"]').first().click();
    await page.getByRole('alert').first().waitFor();
    expect(await rows.count()).toBe(before);
    await rows.first().click();
    await expect.poll(() => rows.count()).toBe(before - 1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the manager notes unjustified a recorded absence nobody explained (§4.3.3): the alternant is mailed', async () => {
    const { page, problems } = await newPage();
    await signIn(page, api.url, 'responsable@demo.alternance.test');
    await page.goto(`${api.url}/absences`);
    await page.locator('#abs-state').selectOption('RECORDED');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    const close = page.locator('[data-testid="absences-table"] tbody tr [data-action="CLOSE_UNJUSTIFIED"]');
    await expect.poll(() => close.count()).toBeGreaterThan(0);
    const before = await close.count();
    const mailed = sink.mails.filter((m) => m.subject === 'Votre absence est notée injustifiée').length;
    const row = page.locator('[data-testid="absences-table"] tbody tr', { has: page.locator('[data-action="CLOSE_UNJUSTIFIED"]') }).first();
    await row.getByRole('textbox', { name: 'Commentaire (facultatif)' }).fill('Aucun justificatif reçu');
    await row.locator('[data-action="CLOSE_UNJUSTIFIED"]').click();
    await page.getByTestId('confirm-yes').click();
    // Reloaded with the same filter: the absence left the recorded ones.
    await expect.poll(() => close.count()).toBe(before - 1);
    await expect.poll(() => sink.mails.filter((m) => m.subject === 'Votre absence est notée injustifiée' && m.text.includes('Aucun justificatif reçu')).length, { timeout: 20_000 }).toBe(mailed + 1);
    const violations = await seriousA11yViolations(page);
    expect(violations, JSON.stringify(violations)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a student reads « Mes absences » on a phone', async () => {
    const { page, problems } = await newPage('phone');
    await signIn(page, api.url, /@demo\.alternance\.test$/.test(mission.student.email) ? mission.student.email : 'etudiant1@demo.alternance.test');
    await page.goto(`${api.url}/mes-absences`);
    await page.getByRole('heading', { name: 'Mes absences', level: 1 }).waitFor();
    await page.getByTestId('attendance-panel').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'absences-mine-phone');
    expect(problems).toEqual([]);
  });

  it('one upload justifies three half-days: the alternant picks the range, each absence gets the same document (§4.3, §4.3.3)', async () => {
    // The demo's alternant who signs in (README: alternant.livret@…): found by the name their session shows.
    const probe = await newPage();
    await signIn(probe.page, api.url, 'alternant.livret@demo.alternance.test');
    const shown = (await probe.page.locator('.who').first().textContent())!.trim();
    const found = await gqlAs<{ students: { id: string; firstName: string; lastName: string; cohort: string }[] }>(api.url, `query($s: String) { students(search: $s, first: 20) { id firstName lastName cohort } }`, { s: shown.split(' ').at(-1) });
    // Namesakes exist in the demo: theirs is of M2-2025 (README).
    const student = found.students.find((x) => `${x.firstName} ${x.lastName}` === shown && x.cohort === 'M2-2025')!;
    expect(student, shown).toBeDefined();
    const m = { cohort: student.cohort, student: { id: student.id, lastName: student.lastName } };
    // Three training half-days in a row of the demo's year (README: 2025/2026), far from the demo's own absences; the API is started the day after.
    const source = cohortTrainingHours(defaultReferenceData, m.cohort)!;
    const halves: [string, 'AM' | 'PM'][] = [];
    for (let d = '2026-01-05', i = 0; halves.length < 3 && i < 200; d = addDays(d, 1), i += 1) {
      for (const half of ['AM', 'PM'] as const) if (halves.length < 3 && source.kindOf(d, half) === 'TRAINING') halves.push([d, half]);
    }
    expect(halves, `${shown} ${m.cohort}`).toHaveLength(3);
    const [[first, firstHalf], , [second, secondHalf]] = halves as [[string, 'AM' | 'PM'], [string, 'AM' | 'PM'], [string, 'AM' | 'PM']];
    await api.stop();
    api = await startApi({ smtpUrl, today: addDays(second, 1), databasePath });
    const office = await newPage();
    await signIn(office.page, api.url, 'secretariat@demo.alternance.test');
    await office.page.goto(`${api.url}/absences/saisie`);
    await office.page.locator('#sheet-cohort').selectOption(m.cohort);
    for (const [date, half] of halves) {
      await office.page.locator('#sheet-date').fill(date);
      await office.page.locator('#sheet-half').selectOption(half);
      await office.page.getByTestId('sheet-open').click();
      const box = office.page.locator(`input[data-student-id="${m.student.id}"]`);
      await box.waitFor();
      await box.check();
      await office.page.getByTestId('sheet-record').click();
      await expect.poll(() => box.isDisabled()).toBe(true);
    }
    expect(office.problems).toEqual([]);

    const { page, problems } = await newPage();
    await signIn(page, api.url, 'alternant.livret@demo.alternance.test');
    await page.goto(`${api.url}/mes-absences`);
    const form = page.getByTestId('range-justification');
    await form.waitFor();
    // A reversed range is named under its field before anything is sent.
    await page.locator('#range-from').fill(second);
    await page.locator('#range-to').fill(first);
    await page.getByTestId('range-none').waitFor();
    await page.locator('#range-from').fill(first);
    await page.locator('#range-fromHalf').selectOption(firstHalf);
    await page.locator('#range-to').fill(second);
    await page.locator('#range-toHalf').selectOption(secondHalf);
    const covered = form.locator('[data-covered]');
    await expect.poll(() => covered.evaluateAll((items) => items.map((i) => i.getAttribute('data-covered')))).toEqual(halves.map(([d, h]) => `${d} ${h}`));
    await page.locator('#range-reason').fill('Convocation au tribunal comme juré(e) d’assises.');
    await page.locator('#range-file').setInputFiles({ name: 'convocation.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    const mailed = sink.to('responsable@demo.alternance.test').length;
    await page.getByTestId('range-send').click();
    for (const [date, half] of halves) {
      const article = page.locator(`article[data-absence="${date} ${half}"]`);
      await expect.poll(() => article.textContent(), { timeout: 10_000 }).toContain('convocation.pdf');
    }
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'absences-range-justified');
    // The manager gets one mail listing the three half-days, not three.
    await expect.poll(() => sink.to('responsable@demo.alternance.test').slice(mailed).filter((mail) => mail.subject.includes('justification à examiner')).length, { timeout: 20_000 }).toBe(1);
    const mail = sink.to('responsable@demo.alternance.test').slice(mailed).find((x) => x.subject.includes('justification à examiner'))!;
    expect(mail.text).toContain('3 absences des demi-journées suivantes');
    // The manager, who decides (§4.3.3), sees the one document on each absence it covers.
    const manager = await newPage();
    await signIn(manager.page, api.url, 'responsable@demo.alternance.test');
    await manager.page.goto(`${api.url}/absences/decisions`);
    // Theirs of these days (the demo gave them another reason to decide, in September).
    const rows = manager.page.locator('[data-testid="absences-table"] tbody tr', { hasText: m.student.lastName }).filter({ hasText: new RegExp(halves.map(([d]) => d.split('-').reverse().join('/')).join('|')) });
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => rows.locator('[data-testid="absence-file"]').count()).toBe(3);
    expect(await rows.locator('[data-testid="absence-file"]').first().getAttribute('download')).toBe('convocation.pdf');
    expect(manager.problems).toEqual([]);
    expect(problems).toEqual([]);
  });
});
