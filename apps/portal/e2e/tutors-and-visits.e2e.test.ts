import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { ReceivedMail } from '@alternance/smtp-sink';
import { browserJourney, gqlAs, screenshot, seriousA11yViolations, signIn, type WatchedPage } from './browser';

// Issue 12 §1–2 (§4.6): the manager assigns a tutor; the tutor proposes a slot on a school day
// (refused with the VISIT_* explanation), then on a company day; the company tutor picks it
// through the mailed link; everyone's invitation (.ics) parses; the report asks for follow-up
// and the manager is alerted. The alternant's contract names two company tutors (§3.1): each gets
// the slots with their own link (note 34, « le(s) tuteur(s) »); tutor 1 declines, tutor 2 picks,
// and tutor 1's link then shows who picked. 14 January 2026 is a company morning in the demo's L3I, M1 and
// M2 calendars, so the visit can be held (and reported) the same day.
const TODAY = '2026-01-14';
const MANAGER = 'responsable@demo.alternance.test';
const TUTOR = 'tuteur.academique@demo.alternance.test';

const journey = browserJourney({ today: TODAY });
const { newPage } = journey;

/** The mails whose subject matches, waiting until there are at least `count`. */
async function mailsLike(subject: RegExp, count: number, timeoutMs = 20_000): Promise<ReceivedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = journey.sink.mails.filter((m) => subject.test(m.subject));
    if (found.length >= count) return found;
    if (Date.now() > deadline) throw new Error(`Fewer than ${count} mails like ${subject}: ${found.length}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

type Tutor = { email: string; firstName: string; lastName: string };
const fullName = (t: Tutor) => `${t.firstName} ${t.lastName}`;

describe('academic tutors and company visits in Chromium (issue 12)', () => {
  let studentId = '';
  let tutor1: Tutor;
  let tutor2: Tutor;
  let tutor: WatchedPage;
  let visitUrl = '';
  let later = '';

  it('the manager sees who has no tutor after the deadline, and assigns one (bulk selection, tutor load)', async () => {
    const manager = await newPage();
    await signIn(manager.page, journey.api.url, MANAGER);
    await manager.page.locator('[data-testid="unassigned-panel"] li').first().waitFor();
    await manager.page.goto(`${journey.api.url}/tutorat`);
    await manager.page.locator('[data-testid="follow-up-table"] tbody tr').first().waitFor();
    await manager.page.getByText('Sans tuteur seulement').click();
    await manager.page.getByRole('button', { name: 'Filtrer' }).click();
    // An alternant waiting for a tutor, with no visit yet.
    const row = manager.page.locator('[data-testid="follow-up-table"] tbody tr').filter({ has: manager.page.locator('td[data-visit="1"]:not(:has(a))') }).first();
    await row.waitFor();
    studentId = (await row.getAttribute('data-student'))!;
    expect(await row.textContent()).toContain('Responsable de l’alternance');
    await row.locator('input[type="checkbox"]').check();
    await manager.page.locator('#assign-tutor').selectOption({ label: 'Paul Enseignant' });
    await manager.page.locator('[data-action="ASSIGN_TUTOR"]').click();
    await expect.poll(() => manager.page.locator('[data-testid="assign-notice"]').textContent(), { timeout: 15_000 }).toContain('1 alternant');
    expect(await manager.page.locator('[data-testid="tutor-loads"]').textContent()).toContain('Paul Enseignant');
    await screenshot(manager.page, '60-affectation-tuteurs');
    expect(await seriousA11yViolations(manager.page)).toEqual([]);
    await mailsLike(/Alternant\(e\)s qui vous sont affecté\(e\)s/, 1);

    // §3.1: the contract names a second company tutor, added by the manager if it has none yet;
    // the visit's slots will go to both (note 34, « le(s) tuteur(s) professionnel(s) »).
    const { contracts } = await gqlAs<{ contracts: { id: string; status: string; student: { id: string }; mission: { tutor1: Tutor | null; tutor2: Tutor | null } }[] }>(journey.api.url, '{ contracts(first: 100) { id status student { id } mission { tutor1 { email firstName lastName } tutor2 { email firstName lastName } } } }');
    const contract = contracts.find((c) => c.student.id === studentId && c.status === 'ACTIVE' && c.mission.tutor1);
    expect(contract, 'the alternant’s running contract').toBeTruthy();
    tutor1 = contract!.mission.tutor1!;
    if (contract!.mission.tutor2 && contract!.mission.tutor2.email !== tutor1.email) {
      tutor2 = contract!.mission.tutor2;
    } else {
      tutor2 = { email: 'marc.second@filiale.example', firstName: 'Marc', lastName: 'Second' };
      await manager.page.goto(`${journey.api.url}/contrats/${contract!.id}`);
      await manager.page.locator('[data-testid="tutor-change-form"]').waitFor();
      await manager.page.locator('#tc-slot-2').check();
      await manager.page.locator('#tc-first-name').fill(tutor2.firstName);
      await manager.page.locator('#tc-last-name').fill(tutor2.lastName);
      await manager.page.locator('#tc-email').fill(tutor2.email);
      await manager.page.locator('#tc-effective-on').fill(TODAY);
      if ((await manager.page.locator('#tc-avenant').getAttribute('aria-required')) === 'true') await manager.page.locator('#tc-avenant').fill('2026-01-12');
      await manager.page.locator('#tc-reason').fill('Second tuteur sur le site où travaille l’alternant(e).');
      await manager.page.locator('[data-testid="tutor-change-save"]').click();
      await expect.poll(() => manager.page.locator('[data-testid="company-tutors"] [data-slot="2"]').textContent(), { timeout: 15_000 }).toContain(tutor2.email);
    }
  });

  it('the tutor proposes a slot on a school day of the published calendar: refused with the VISIT_* explanation', async () => {
    tutor = await newPage();
    await signIn(tutor.page, journey.api.url, TUTOR);
    await tutor.page.waitForURL(/\/mes-alternants/);
    await tutor.page.locator(`tr[data-student="${studentId}"] [data-action="PLAN_VISIT_1"]`).click();
    await tutor.page.locator('tr[data-date] td[data-kind]').first().waitFor();
    const morning = async (kind: string, nth = 0) => {
      const dates = await tutor.page.locator(`tr[data-date]:has(td:nth-child(2)[data-kind="${kind}"])`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-date')!));
      const date = dates.filter((d) => d >= TODAY)[nth];
      if (!date) throw new Error(`no ${kind} morning n°${nth + 1} from ${TODAY}`);
      return date;
    };
    const school = await morning('TRAINING');
    await tutor.page.locator('#slot-0-date').fill(school);
    // §4.6: on site « majoritairement » — the address where the alternant works is offered from the fiche; a remote
    // slot asks for its link instead, and back on site the address returns.
    const location = tutor.page.locator('#slot-0-location');
    await expect.poll(() => location.inputValue()).toMatch(/^\d+ rue de la République, 13001 Marseille$/);
    const address = await location.inputValue();
    await tutor.page.locator('#slot-0-format').selectOption('REMOTE');
    expect(await location.inputValue()).toBe('');
    await tutor.page.locator('#slot-0-format').selectOption('ON_SITE');
    expect(await location.inputValue()).toBe(address);
    await tutor.page.locator('[data-action="SEND_SLOTS"]').click();
    // The year's calendar is the published one (the demo's manager published it in August 2025, §2.2.2): a school day
    // is refused outright under the slot's date — note 34's « forcément » —, not a warning to acknowledge.
    const refusal = tutor.page.locator('#slot-0-date-error');
    await expect.poll(() => refusal.textContent()).toContain('n’est pas en entreprise selon son calendrier d’alternance. Le guide (note 34)');
    expect(await tutor.page.locator('[data-testid="visit-warnings"]').count()).toBe(0);
    await screenshot(tutor.page, '61-visite-refusee');
    expect(await seriousA11yViolations(tutor.page)).toEqual([]);

    expect(await morning('COMPANY')).toBe(TODAY);
    // A later company morning first: the company tutor will decline it (next step).
    later = await morning('COMPANY', 1);
    await tutor.page.locator('#slot-0-date').fill(later);
    await tutor.page.locator('[data-action="SEND_SLOTS"]').click();
    await tutor.page.waitForURL(/\/visites\/[0-9a-f-]{36}/);
    visitUrl = tutor.page.url().split('?')[0]!;
    await expect.poll(() => tutor.page.locator('[data-testid="visit-state"]').getAttribute('data-state'), { timeout: 15_000 }).toBe('PROPOSED');
  });

  it('both company tutors get the slot, each with their own link; tutor 1 declines with their availability (note 34); the office finds it « à relancer » and sends the slots again to tutor 2; the tutor offers another from the visit page', async () => {
    const proposals = await mailsLike(/merci de choisir un créneau/, 2);
    expect(proposals.flatMap((m) => m.to).sort()).toEqual([tutor1.email, tutor2.email].sort());
    const first = proposals.find((m) => m.to.includes(tutor1.email));
    expect(first!.text).not.toContain('répondez à ce message');
    const link = /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(first!.text)?.[0];
    const phone = await newPage('phone');
    await phone.page.goto(link!);
    await phone.page.locator(`label[data-slot-date="${later}"]`).waitFor();
    // Nothing said: refused under the field.
    await phone.page.locator('[data-action="DECLINE_SLOTS"]').click();
    await expect.poll(() => phone.page.locator('[data-testid="decline-slots"] .field-error').textContent(), { timeout: 15_000 }).toContain('Indiquez vos disponibilités');
    await phone.page.locator('#availability').fill('Le 14 janvier au matin, ou le 21');
    await phone.page.locator('[data-action="DECLINE_SLOTS"]').click();
    await phone.page.locator('[data-testid="slots-declined"]').waitFor();
    await screenshot(phone.page, '62a-creneaux-declines-telephone');
    expect(await seriousA11yViolations(phone.page)).toEqual([]);
    const [told] = await mailsLike(/^Aucun créneau ne convient — 1re visite/, 1);
    expect(told!.to).toEqual([TUTOR]);
    expect(told!.text).toContain('Le 14 janvier au matin, ou le 21');

    // The office's visits overview names both company tutors (§3.1) and shows the refusal with the
    // availability, so that it can act; the tutor's « Mes alternant(e)s » alike.
    const office = await newPage();
    await signIn(office.page, journey.api.url, MANAGER);
    await office.page.goto(`${journey.api.url}/visites`);
    for (const page of [office.page, tutor.page]) {
      if (page === tutor.page) await page.goto(`${journey.api.url}/mes-alternants`);
      const row = page.locator(`[data-testid="follow-up-table"] tr[data-student="${studentId}"]`);
      await row.waitFor();
      expect(await row.locator('[data-testid="company-tutors"]').textContent()).toBe(`${fullName(tutor1)}, ${fullName(tutor2)}`);
      const declinedCell = row.locator('td[data-visit="1"] [data-code="SLOTS_DECLINED"]');
      await declinedCell.waitFor();
      expect(await declinedCell.textContent()).toContain(`Créneaux refusés par ${fullName(tutor1)}`);
      expect(await declinedCell.textContent()).toContain('Le 14 janvier au matin, ou le 21');
    }
    await screenshot(office.page, '62c-visites-creneaux-refuses');
    expect(await seriousA11yViolations(office.page)).toEqual([]);

    // « À relancer » (§4.6 note 34): the office finds the proposals to chase, and sends the slots
    // again to tutor 2, who has not answered — with a fresh link, by mail; tutor 1, who declined, gets none.
    await office.page.getByText('Créneaux à relancer seulement').click();
    await office.page.getByRole('button', { name: 'Filtrer' }).click();
    await expect.poll(() => office.page.locator('[data-testid="to-chase-count"]').textContent(), { timeout: 15_000 }).toMatch(/^[1-9]\d* alternant\(e\)\(s\) avec des créneaux à relancer/);
    const chased = office.page.locator(`[data-testid="follow-up-table"] tr[data-student="${studentId}"]`);
    await chased.waitFor();
    // Every row listed has a proposal declined or unanswered (once the filtered page has replaced the whole one).
    const unmarked = () => office.page.locator('[data-testid="follow-up-table"] tbody tr').evaluateAll((rows) => rows.filter((r) => !r.querySelector('[data-code="SLOTS_DECLINED"], [data-code="SLOTS_UNANSWERED"]')).length);
    await expect.poll(unmarked, { timeout: 15_000 }).toBe(0);
    await screenshot(office.page, '62d-visites-a-relancer');
    await chased.locator('td[data-visit="1"] a').click();
    const remind = office.page.locator('[data-testid="remind-slots"]');
    await remind.waitFor();
    expect(await remind.textContent()).toContain(fullName(tutor2));
    expect(await remind.textContent()).not.toContain(fullName(tutor1));
    await office.page.locator('[data-action="REMIND_SLOTS"]').click();
    await expect.poll(() => office.page.locator('[data-testid="visit-notice"]').textContent(), { timeout: 15_000 }).toContain(`Créneaux renvoyés à ${fullName(tutor2)}`);
    expect(await seriousA11yViolations(office.page)).toEqual([]);
    const [reminder] = await mailsLike(/^Rappel — 1re visite/, 1);
    expect(reminder!.to).toEqual([tutor2.email]);
    expect(reminder!.text).toMatch(/https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/);

    await tutor.page.goto(visitUrl);
    const declined = tutor.page.locator('[data-testid="slots-declined"]');
    await declined.waitFor();
    expect(await declined.textContent()).toContain('Le 14 janvier au matin, ou le 21');
    await tutor.page.locator('#other-date').fill(TODAY);
    await tutor.page.locator('#other-location').fill('10 rue de la République, 13001 Marseille');
    await tutor.page.locator('[data-action="PROPOSE_OTHER_SLOTS"]').click();
    await expect.poll(() => tutor.page.locator('[data-testid="visit-notice"]').textContent(), { timeout: 15_000 }).toContain('Nouveaux créneaux envoyés');
    await expect.poll(() => tutor.page.locator('[data-testid="slots-declined"]').count(), { timeout: 15_000 }).toBe(0);
    await screenshot(tutor.page, '62b-autres-creneaux');
    expect(await seriousA11yViolations(tutor.page)).toEqual([]);
  });

  it('tutor 2 picks the slot through their own mailed link, on a phone; everyone — tutor 1 too — gets the .ics naming who picked; tutor 1’s link shows it', async () => {
    const proposals = await mailsLike(/nouveaux créneaux, merci de choisir un créneau/, 2);
    const linkIn = (to: string) => /https?:\/\/[^\s"<>]+\/lien\/[A-Za-z0-9_-]+/.exec(proposals.find((m) => m.to.includes(to))?.text ?? '')?.[0];
    const link = linkIn(tutor2.email);
    expect(link).toBeTruthy();
    expect(linkIn(tutor1.email)).toBeTruthy();
    expect(linkIn(tutor1.email)).not.toBe(link);
    const phone = await newPage('phone');
    await phone.page.goto(link!);
    await expect.poll(() => phone.page.locator('[data-testid="both-tutors"]').textContent(), { timeout: 15_000 }).toContain(fullName(tutor1));
    await phone.page.locator(`label[data-slot-date="${TODAY}"] input`).check();
    await screenshot(phone.page, '62-choix-creneau-telephone');
    expect(await seriousA11yViolations(phone.page)).toEqual([]);
    await phone.page.locator('[data-action="CHOOSE_SLOT"]').click();
    await phone.page.locator('[data-testid="slot-chosen"]').waitFor();

    const confirmations = await mailsLike(/^Visite confirmée/, 4);
    const recipients = confirmations.flatMap((m) => m.to);
    expect(new Set(recipients).size).toBe(4);
    expect(recipients).toEqual(expect.arrayContaining([tutor1.email, tutor2.email, TUTOR]));
    for (const mail of confirmations) {
      const parsed = await simpleParser(mail.raw);
      expect(parsed.text).toContain(`${fullName(tutor2)} a retenu ce créneau`);
      const ics = parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8');
      expect(ics, mail.to.join()).toBeTruthy();
      const calendar = new ICAL.Component(ICAL.parse(ics!));
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      expect(event.startDate.toJSDate().toISOString().slice(0, 10)).toBe(TODAY);
      expect(event.sequence).toBe(0);
      expect(event.uid).toMatch(/^visite-/);
    }

    // Tutor 1's link, still valid, now says who picked and when: nothing left to choose.
    const other = await newPage('phone');
    await other.page.goto(linkIn(tutor1.email)!);
    const chosen = other.page.locator('[data-testid="slot-already-chosen"]');
    await chosen.waitFor();
    expect(await chosen.textContent()).toContain(`${fullName(tutor2)} a retenu ce créneau`);
    expect(await other.page.locator('[data-action="CHOOSE_SLOT"]').count()).toBe(0);
    await screenshot(other.page, '62c-creneau-deja-retenu-tuteur-1');
    expect(await seriousA11yViolations(other.page)).toEqual([]);
  });

  it('the tutor records the report; follow-up needed alerts the manager by mail', async () => {
    await tutor.page.goto(visitUrl);
    await expect.poll(() => tutor.page.locator('[data-testid="visit-state"]').getAttribute('data-state'), { timeout: 15_000 }).toBe('SCHEDULED');
    // The visit page says which company tutor picked the slot.
    expect(await tutor.page.locator('[data-testid="slot-chosen-by"]').textContent()).toBe(fullName(tutor2));
    await tutor.page.locator('#report-attendees').fill('L’alternant(e), sa tutrice en entreprise, le tuteur universitaire');
    await tutor.page.locator('#report-activities').fill('Développement d’une API de données');
    await tutor.page.locator('#report-progress').fill('Bonne progression');
    await tutor.page.locator('#report-pointsOfAttention').fill('Charge de travail en période d’examens');
    await tutor.page.locator('#report-tutorOpinion').fill('Favorable, avec un point d’attention');
    await tutor.page.locator('[data-testid="follow-up-needed"]').click();
    await tutor.page.locator('#report-followUpNote').fill('Appeler la tutrice fin février');
    await tutor.page.locator('[data-action="SAVE_REPORT"]').click();
    await expect.poll(() => tutor.page.locator('[data-testid="visit-state"]').getAttribute('data-state'), { timeout: 15_000 }).toBe('HELD');
    await screenshot(tutor.page, '63-compte-rendu');
    expect(await seriousA11yViolations(tutor.page)).toEqual([]);
    const [alert] = await mailsLike(/^Suivi à prévoir/, 1);
    expect(alert!.to).toEqual([MANAGER]);
    expect(alert!.text).toContain('Appeler la tutrice fin février');
  });

  it('the livret’s period 1 now ends at the visit; the tutor’s visits feed (.ics) holds it', async () => {
    await tutor.page.goto(`${journey.api.url}/mes-alternants`);
    const row = tutor.page.locator(`tr[data-student="${studentId}"]`);
    await row.locator('[data-action="OPEN_LIVRET"]').click();
    await tutor.page.waitForURL(/\/livrets\/[0-9a-f-]{36}$/);
    await expect.poll(() => tutor.page.getByTestId('period-1-dates').textContent(), { timeout: 15_000 }).toContain('Fin à la visite du tuteur universitaire');
    expect(await tutor.page.locator('main').textContent()).toContain('14/01/2026');
    expect(await seriousA11yViolations(tutor.page)).toEqual([]);
    await tutor.page.goto(`${journey.api.url}/mes-alternants`);
    expect(await tutor.page.getByTestId('calendar-feed').textContent()).toContain('vos visites en entreprise');
    await tutor.page.getByTestId('feed-create').click();
    const url = await tutor.page.getByTestId('feed-url').inputValue();
    expect(url).toMatch(/\/calendriers\/flux\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.startDate.toString().slice(0, 10), e.uid.startsWith('visite-')])).toContainEqual([TODAY, true]);
  });

  it('the manager’s visits overview lists the visit held, at 390 px too', async () => {
    const phone = await newPage('phone');
    await signIn(phone.page, journey.api.url, MANAGER);
    await phone.page.goto(`${journey.api.url}/visites`);
    const row = phone.page.locator(`[data-testid="follow-up-table"] tr[data-student="${studentId}"]`);
    await row.waitFor();
    expect(await row.locator('td[data-visit="1"]').textContent()).toContain('Réalisée');
    await screenshot(phone.page, '64-visites-telephone');
    expect(await seriousA11yViolations(phone.page)).toEqual([]);
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
