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
    expect(read.checklist).toEqual([{ code: 'INTERNSHIP_AGREEMENT', dueDate: '2026-05-05', sansDelai: true, overdue: false, done: false }]);
    expect(read.findings.filter((f: any) => f.code === 'CHECKLIST_OVERDUE')).toEqual([]);
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
      'Convention de stage avec AMU, établie et signée par toutes les parties avant le début du stage : à faire sans délai, le contrat ayant commencé avant la validation de la mission : au plus tard le 05/05/2026 (dans 5 jour(s)).',
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
    const read = (await t.gql(CONTRACT, { id: validated.mission.contract.id }, manager)).data.contract;
    expect(read.checklist.filter((i: any) => i.code !== 'FOREIGN_CONTACT_CFA').every((i: any) => i.dueDate === '2026-09-02' && !i.sansDelai)).toBe(true);
    expect(read.findings.filter((f: any) => f.code === 'CHECKLIST_OVERDUE')).toEqual([]);
  });
});
