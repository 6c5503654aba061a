import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { confirmAs, linkSession, missionAwaitingConfirmation, validate } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
const CONTRACT = `query($id: ID!) { contract(id: $id) { findings { code subject message } checklist { code dueDate sansDelai overdue done } } }`;

/**
 * §3.4 « Et après validation ? »: the démarches are done « APRES la validation de la mission … et AVANT
 * le démarrage du contrat ». A mission validated after its DDC (a validation that came late, its
 * warnings accepted; a replacement contract after a rupture, §5) can no longer meet « avant »: its
 * items are still due, « à faire sans délai », counted from the validation — not all late at once
 * since the day before the DDC, a day the validation had not happened yet.
 */
describe.each(DIALECTS)('checklist of a mission validated after its DDC (§3.4, %s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-04-01', smtpUrl: await smtp.start() });
    manager = await t.as('MANAGER');
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  async function travel(day: string): Promise<void> {
    t.clock.set(day);
    manager = await t.as('MANAGER');
  }

  async function confirmed(student: Record<string, unknown>, fiche: any): Promise<any> {
    const { auth } = await createStudent(t, student);
    const m = await missionAwaitingConfirmation(t, auth, manager, fiche);
    await confirmAs(t, await linkSession(t, smtp, fiche.tutor1.email), m.id);
    const done = await confirmAs(t, await linkSession(t, smtp, fiche.hrContact.email), m.id);
    expect(done.mission.state).toBe('CONFIRMED');
    return done.mission;
  }

  it('an internship validated on Tuesday 2026-04-28, after it started on 2026-04-20: its convention « sans délai », due 5 jours ouvrables after the validation; not late before', async () => {
    // An M1's classic internship (§2.2, FI-CSTAGE): Tableau 5's DDC window does not hold it, so it may be validated once started.
    const fiche = { ...validFiche('sd1', '42345678901234'), contractType: 'CSTAGE', monthlyGrossPay: 700, hoursPerDay: 7, startDate: '2026-04-20', endDate: '2026-08-14' };
    const mission = await confirmed({ status: 'FI', cohort: 'MASTER-2025', group: 'M1-AIX', site: 'FORBIN' }, fiche);
    await travel('2026-04-28');
    const validated = await validate(t, manager, mission.id, mission.version);
    expect(validated.errors).toEqual([]);
    const contract = validated.mission.contract;
    const read = (await t.gql(CONTRACT, { id: contract.id }, manager)).data.contract;
    // Wed 29, Thu 30, (Fri 1 May, a public holiday), Sat 2, Mon 4, Tue 5: the « dès validation » day, not 19/04, before the validation.
    // Due within the warning's 5 jours ouvrables (checklistAttentionLimit): on the office's radar from the validation, « sans délai », not late.
    expect(read.checklist).toEqual([{ code: 'INTERNSHIP_AGREEMENT', dueDate: '2026-05-05', sansDelai: true, overdue: true, done: false }]);
    expect(read.findings.filter((f: any) => f.code === 'CHECKLIST_OVERDUE').map((f: any) => f.message)).toEqual([
      'Convention de stage avec AMU, établie et signée par toutes les parties avant le début du stage : à faire sans délai, le contrat ayant commencé avant la validation de la mission : au plus tard le 05/05/2026 (dans 5 jour(s) ouvrable(s)).',
    ]);
    // The validation mail says so too, instead of « au plus tard le 19/04/2026 » under « Avant la date de début ».
    await t.app.mail.deliverDue();
    const mail = smtp.to(fiche.hrContact.email).map((m) => m.text).filter((x) => x.includes('au plus tard')).at(-1)!;
    expect(mail).toContain('À faire sans délai, le contrat ayant commencé le 20/04/2026, avant la validation de la mission');
    expect(mail).toContain('sans délai, au plus tard le 05/05/2026');
    expect(mail).not.toContain('19/04/2026');

    // Within the warning days: due, said « sans délai »; late from the day after its due date.
    await travel('2026-04-30');
    const soon = (await t.gql(CONTRACT, { id: contract.id }, manager)).data.contract.findings.find((f: any) => f.code === 'CHECKLIST_OVERDUE');
    expect(soon.message).toBe(
      'Convention de stage avec AMU, établie et signée par toutes les parties avant le début du stage : à faire sans délai, le contrat ayant commencé avant la validation de la mission : au plus tard le 05/05/2026 (dans 3 jour(s) ouvrable(s)).',
    );
    await travel('2026-05-06');
    const late = (await t.gql(CONTRACT, { id: contract.id }, manager)).data.contract.findings.find((f: any) => f.code === 'CHECKLIST_OVERDUE');
    expect(late.message).toContain('en retard depuis le 05/05/2026 (à faire sans délai');
  });

  it('validated before the DDC: « avant le début » as ever, not « sans délai »', async () => {
    await travel('2026-07-01');
    const mission = await confirmed({ foreign: true, aptObtained: false }, validFiche('sd2', '52345678901234'));
    const validated = await validate(t, manager, mission.id, mission.version);
    expect(validated.errors).toEqual([]);
    contracts.push(validated.mission.contract.id);
    const read = (await t.gql(CONTRACT, { id: validated.mission.contract.id }, manager)).data.contract;
    expect(read.checklist.filter((i: any) => i.code !== 'FOREIGN_CONTACT_CFA').every((i: any) => i.dueDate === '2026-09-02' && !i.sansDelai)).toBe(true);
    // Only the item « dès validation » (5 jours ouvrables after it) is within the warning's 5 jours ouvrables from the validation on.
    expect(read.findings.filter((f: any) => f.code === 'CHECKLIST_OVERDUE').map((f: any) => f.subject)).toEqual(['FOREIGN_CONTACT_CFA']);
  });

  const contracts: string[] = [];
  /** The contract page's flags, the contracts list's « en retard » filter and the dashboard's count, on one day. */
  async function views(day: string): Promise<{ page: string[]; list: string[]; dashboard: number; items: number }> {
    await travel(day);
    const all = (await t.gql('{ contracts(first: 100) { id } }', {}, manager)).data.contracts.map((c: any) => c.id);
    const pages = await Promise.all(all.map(async (id: string) => ({ id, checklist: (await t.gql(CONTRACT, { id }, manager)).data.contract.checklist })));
    const list = (await t.gql('{ contracts(first: 100, filter: { overdue: true }) { id } }', {}, manager)).data.contracts.map((c: any) => c.id);
    const dashboard = (await t.gql('{ dashboard { overdueChecklistItems } }', {}, manager)).data.dashboard.overdueChecklistItems;
    return {
      page: pages.filter((p) => p.checklist.some((i: any) => i.overdue)).map((p) => p.id).sort(),
      list: [...list].sort(),
      dashboard,
      items: pages.reduce((n, p) => n + p.checklist.filter((i: any) => i.overdue).length, 0),
    };
  }

  it('the contract page, the contracts list’s « en retard » filter and the dashboard’s count agree on one due date, counted in jours ouvrables (checklistAttentionLimit, §3.4)', async () => {
    const [later] = contracts;
    // Its item « dès validation » done, the others are due Wednesday 2 September 2026.
    const items = (await t.gql('query($id: ID!) { contract(id: $id) { checklist { id version code } } }', { id: later }, manager)).data.contract.checklist;
    const early = items.find((i: any) => i.code === 'FOREIGN_CONTACT_CFA');
    expect((await t.gql('mutation($id: ID!, $v: Int!) { setChecklistItemDone(id: $id, version: $v, done: true) { errors { message } } }', { id: early.id, v: early.version }, manager)).data.setChecklistItemDone.errors).toEqual([]);
    // Wednesday 26 August + 5 jours ouvrables is Tuesday 1 September: not yet.
    const before = await views('2026-08-26');
    expect(before.page).not.toContain(later);
    expect(before.list).toEqual(before.page);
    expect(before.dashboard).toBe(before.items);
    // Thursday 27 August + 5 jours ouvrables (the Sunday not counted) is 2 September: flagged — 6 calendar days away — everywhere at once.
    const within = await views('2026-08-27');
    expect(within.page).toContain(later);
    expect(within.list).toEqual(within.page);
    expect(within.dashboard).toBe(within.items);
    expect(within.dashboard).toBeGreaterThan(before.dashboard);
  });
});
