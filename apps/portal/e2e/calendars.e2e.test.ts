import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { browserJourney, gqlAs, pageOverflow, screenshot, seriousA11yViolations, signIn } from './browser';

// Issue 11 §4: the manager changes two half-days and publishes; the alternant's and the tutor's
// notices land in the SMTP sink with the right dates; the contract's hours change; the
// alternant's .ics feed parses and shows the new half-days.
const journey = browserJourney({ today: '2025-09-15' });
const { newPage } = journey;

interface Target {
  contractId: string;
  studentId: string;
  student: string;
  tutor: string;
  code: string;
  date: string;
}

/**
 * A demo alternant, their contract, their calendar and a Wednesday they spend at the company — on
 * the calendar the demo left provisional (next year's, M2-2026: the running year's were published
 * in August 2025, §2.2.2), so that publishing makes it definitive.
 */
async function findTarget(): Promise<Target> {
  const data = await gqlAs<{ contracts: { id: string; contractType: string; startDate: string; endDate: string; student: { id: string; email: string; cohort: string }; mission: { tutor1: { email: string } | null } }[]; calendars: { code: string; cohorts: string[]; provisional: boolean }[] }>(
    journey.api.url,
    `{ contracts(first: 100) { id contractType startDate endDate student { id email cohort } mission { tutor1 { email } } } calendars { code cohorts provisional } }`,
  );
  for (const c of data.contracts) {
    if (!c.mission.tutor1 || !['CAPP', 'CPRO'].includes(c.contractType)) continue;
    const calendar = data.calendars.find((k) => k.provisional && k.cohorts.includes(c.student.cohort));
    if (!calendar) continue;
    const days = await gqlAs<{ calendar: { days: { date: string; am: string; pm: string }[] } }>(journey.api.url, `query($c: String!) { calendar(code: $c) { days { date am pm } } }`, { c: calendar.code });
    const day = days.calendar.days.find((d) => d.date > '2025-10-01' && d.date >= c.startDate && d.date <= c.endDate && d.am === 'COMPANY' && d.pm === 'COMPANY');
    if (day) return { contractId: c.id, studentId: c.student.id, student: c.student.email, tutor: c.mission.tutor1.email, code: calendar.code, date: day.date };
  }
  throw new Error('no demo alternant with a company day');
}

const FRENCH_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const french = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${FRENCH_DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${FRENCH_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

async function waitForMail(to: string, template: RegExp, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = journey.sink.to(to).find((m) => template.test(m.subject));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${template}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('alternance calendars in Chromium', () => {
  let target: Target;
  let hoursBefore: number;

  it('the manager selects two half-days on the year view, sets them to training and publishes', async () => {
    target = await findTarget();
    const figures = `query($id: ID!) { contract(id: $id) { trainingFigures { billableHours trainingHalfDays calendars } } }`;
    const before = await gqlAs<{ contract: { trainingFigures: { billableHours: number; trainingHalfDays: number } } }>(journey.api.url, figures, { id: target.contractId });
    hoursBefore = before.contract.trainingFigures.trainingHalfDays;

    const manager = await newPage();
    await signIn(manager.page, journey.api.url, 'responsable@demo.alternance.test');
    await manager.page.goto(`${journey.api.url}/calendriers/${target.code}`);
    const am = manager.page.locator(`[data-date="${target.date}"][data-half="AM"]`);
    await am.waitFor();
    expect(await am.getAttribute('data-kind')).toBe('COMPANY');
    await am.click();
    // Keyboard: Shift + → extends the selection to the afternoon.
    await am.focus();
    await manager.page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => manager.page.locator('[data-testid="calendar-selection"]').textContent()).toContain('2 demi-journées');
    await manager.page.locator('#calendar-kind').selectOption('TRAINING');
    // Before applying, the effect on the year's training half-days shows at once.
    await expect.poll(() => manager.page.locator('[data-testid="calendar-delta"]').textContent()).toContain('+2 demi-journée(s)');
    await manager.page.locator('[data-testid="calendar-apply"]').click();
    await expect.poll(() => manager.page.locator(`[data-date="${target.date}"][data-half="PM"]`).getAttribute('data-kind')).toBe('TRAINING');
    expect(await manager.page.locator('[data-testid="calendar-draft-changes"] li').count()).toBe(2);
    expect(await seriousA11yViolations(manager.page)).toEqual([]);
    await screenshot(manager.page, 'calendar-editor');
    await manager.page.locator('[data-testid="calendar-publish"]').click();
    // The demo's calendar is still the guide's provisional one: publishing makes it definitive, and everyone on it is told (§2.2.2).
    await expect.poll(() => manager.page.locator('.n-dialog').textContent()).toContain('le publier le rend définitif');
    await manager.page.locator('[data-testid="confirm-yes"]').click();
    await expect.poll(() => manager.page.locator('[data-testid="calendar-versions"] > li').count()).toBe(2);
  });

  it('sends the alternant and the tutor one notice each, with exactly the two half-days', async () => {
    for (const to of [target.student, target.tutor]) {
      const mail = await waitForMail(to, /Calendrier d’alternance modifié/);
      expect(mail.text).toContain(`- ${french(target.date)}, matin : entreprise → formation`);
      expect(mail.text).toContain(`- ${french(target.date)}, après-midi : entreprise → formation`);
      expect(mail.text).toContain('n’est plus provisoire : il est désormais définitif.');
    }
    expect(journey.sink.to(target.student).filter((m) => /Calendrier d’alternance modifié/.test(m.subject))).toHaveLength(1);
  });

  it('the tutor opens the mail’s link on a phone and reads the alternant’s calendar as it now stands, and only that (footnotes 13–15)', async () => {
    const mail = await waitForMail(target.tutor, /Calendrier d’alternance modifié/);
    const link = /https?:\/\/\S+\/lien\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    expect(link, mail.text).toBeTruthy();
    const tutor = await newPage('phone');
    await tutor.page.goto(link!);
    await expect.poll(() => tutor.page.locator('h1').textContent()).toContain('Calendrier d’alternance de vos alternant(e)s');
    const calendar = tutor.page.locator('[data-testid="contact-calendar"]').first();
    await calendar.waitFor();
    await calendar.locator(`[data-date="${target.date}"][data-half="PM"][data-kind="TRAINING"]`).waitFor();
    // Read-only, and the link opens neither the mission nor the contract.
    expect(await tutor.page.locator('[data-testid="calendar-apply"], [data-action="CONFIRM"], [data-testid="training-figures"]').count()).toBe(0);
    expect(await pageOverflow(tutor.page)).toBe(0);
    expect(await seriousA11yViolations(tutor.page)).toEqual([]);
    await screenshot(tutor.page, 'calendar-tutor-link');
  });

  it('recomputes the contract’s hours from the published version', async () => {
    const after = await gqlAs<{ contract: { trainingFigures: { trainingHalfDays: number; calendars: string[] } } }>(journey.api.url, `query($id: ID!) { contract(id: $id) { trainingFigures { trainingHalfDays calendars } } }`, { id: target.contractId });
    expect(after.contract.trainingFigures.trainingHalfDays).toBe(hoursBefore + 2);
    expect(after.contract.trainingFigures.calendars).toContain(`${target.code} v2`);
  });

  it('the office reads that the L3I’s classic group has no alternance calendar (§2.2): none on the record, none read by the internship', async () => {
    const data = await gqlAs<{ contracts: { id: string; contractType: string; student: { id: string; email: string; group: string | null } }[] }>(journey.api.url, `{ contracts(first: 100) { id contractType student { id email group } } }`);
    const intern = data.contracts.find((c) => c.student.group === 'L3I-CLASSIC' && c.contractType === 'CSTAGE');
    if (!intern) throw new Error('no classic-group L3I intern in the demo');
    const office = await newPage();
    await signIn(office.page, journey.api.url, 'secretariat@demo.alternance.test');
    await office.page.goto(`${journey.api.url}/etudiants/${intern.student.id}`);
    await expect.poll(() => office.page.locator('[data-testid="no-alternance-calendar"]').textContent()).toContain('rythme de formation classique');
    expect(await office.page.locator('[data-testid="student-calendar"] [data-date]').count()).toBe(0);
    await office.page.goto(`${journey.api.url}/contrats/${intern.id}`);
    await expect.poll(() => office.page.locator('[data-testid="calendars-read"]').textContent()).toContain('aucun (rythme classique, §2.2)');
    expect(await seriousA11yViolations(office.page)).toEqual([]);
    // Nor was the intern told of the alternance group's change.
    expect(journey.sink.to(intern.student.email).filter((m) => /Calendrier d’alternance modifié/.test(m.subject))).toEqual([]);
  });

  it('an alternant reads « Mon calendrier »: the year grid at once, not folded under a code, and its revision half-days (§2.2.2, §2.2.3)', async () => {
    const student = await newPage('phone');
    await signIn(student.page, journey.api.url, 'alternant.livret@demo.alternance.test');
    await student.page.goto(`${journey.api.url}/mon-calendrier`);
    await expect.poll(() => student.page.locator('[data-testid="student-calendar"]').textContent()).toContain('Mon calendrier d’alternance');
    await student.page.locator('[data-testid="student-calendar"] [data-date][data-kind="TRAINING"]').first().waitFor({ state: 'visible' });
    const counts = await student.page.locator('[data-testid="calendar-revision-count"]').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    for (const text of counts) expect(text).toMatch(/Demi-journées de révision dans ce calendrier : [1-9]\d* \(§2\.2\.3\)/);
    expect(await seriousA11yViolations(student.page)).toEqual([]);
  });

  it('the secretariat reads the calendar and its history on a phone, without editing it', async () => {
    const secretariat = await newPage('phone');
    await signIn(secretariat.page, journey.api.url, 'secretariat@demo.alternance.test');
    await secretariat.page.goto(`${journey.api.url}/calendriers/${target.code}`);
    await secretariat.page.locator(`[data-date="${target.date}"][data-half="AM"][data-kind="TRAINING"]`).waitFor();
    expect(await secretariat.page.locator('[data-testid="calendar-apply"]').count()).toBe(0);
    expect(await secretariat.page.locator('[data-testid="calendar-publish"]').count()).toBe(0);
    expect(await secretariat.page.locator('[data-testid="calendar-versions"] > li').count()).toBe(2);
    // Nothing wider than the phone but the year grid's own scroller.
    expect(await secretariat.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(secretariat.page)).toEqual([]);
    await screenshot(secretariat.page, 'calendar-phone');
    // The running year's calendar the demo's manager published before the year began (§2.2.2): definitive, its
    // history says the publication changed no half-day — not « version initiale », which is the guide's.
    await secretariat.page.goto(`${journey.api.url}/calendriers/M2-2025`);
    await expect.poll(() => secretariat.page.locator('[data-testid="calendar-versions"] > li').allTextContents()).toEqual([
      expect.stringMatching(/Version 2 — publiée le 28\/08\/2025 .*aucune demi-journée modifiée : le calendrier devient définitif/),
      expect.stringMatching(/Version 1 — .*Provisoire \(calendrier du guide, jamais publié\).*version initiale/),
    ]);
    expect(await secretariat.page.locator('[data-testid="calendar-provisional"]').count()).toBe(0);
  });

  it('the office gives the alternant their subscription address (on a phone); the feed parses and shows the new training day', async () => {
    const office = await newPage('phone');
    await signIn(office.page, journey.api.url, 'responsable@demo.alternance.test');
    await office.page.goto(`${journey.api.url}/etudiants/${target.studentId}`);
    // The panel has read the student's subscriptions (none yet) before the office asks for one.
    await office.page.locator('[data-testid="calendar-feed"]').getByText('Aucun abonnement').waitFor();
    await office.page.waitForLoadState('networkidle');
    // The record fits the phone's width: a long status tag (the FC convention's due date) once widened it, the
    // page panned sideways and the tap on the button landed on the panel's title.
    expect(await pageOverflow(office.page)).toBe(0);
    await office.page.locator('[data-testid="feed-create"]').click();
    const student = office;
    await student.page.locator('[data-testid="feed-url"], [data-testid="calendar-feed"] [role="alert"]').first().waitFor();
    expect(await student.page.locator('[data-testid="calendar-feed"] [role="alert"]').allTextContents()).toEqual([]);
    const url = await student.page.locator('[data-testid="feed-url"]').inputValue();
    expect(url).toMatch(/\/calendriers\/flux\/[A-Za-z0-9_-]+\.ics$/);
    expect(await seriousA11yViolations(student.page)).toEqual([]);
    await screenshot(student.page, 'my-calendar-phone');
    const response = await fetch(url);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const day = events.find((e) => e.startDate.toString().startsWith(target.date));
    expect(day?.summary).toBe('Formation');
  });
});
