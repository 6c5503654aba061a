import { SmtpSink } from '@alternance/smtp-sink';
import { addDays, calendarFor, defaultReferenceData, halfDayKind } from '@alternance/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { CompanyTutor } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { lastLinkTo, validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

// §4.6: the academic tutor proposes slots; note 34: « Rendez-vous à caler avec le(s) tuteur(s)
// professionnel(s) ». A proposal left unanswered is sent again — « relancer » — to the company
// tutors who have not declined it, each with a fresh link, and the reminder is audited.
const VISIT = 'id version state slots { id date } slotDeclines { companyTutorName } slotsReminderTo';
const PROPOSE = `mutation($input: ProposeVisitSlotsInput!) { proposeVisitSlots(input: $input) { visit { ${VISIT} } errors { code field message } } }`;
const REMIND = `mutation($id: ID!, $version: Int!) { remindVisitSlots(visitId: $id, version: $version) { visit { ${VISIT} } errors { code field message } } }`;
const DECLINE = `mutation($id: ID!, $version: Int!, $availability: String!) { declineVisitSlots(visitId: $id, version: $version, availability: $availability) { visit { ${VISIT} } errors { code field message } } }`;
const ASSIGN = `mutation($a: [TutorAssignmentInput!]!, $tutor: ID) { assignAcademicTutor(assignments: $a, academicTutorId: $tutor) { errors { code field message } } }`;

/** The company mornings of the M2-2026 calendar from `after`. */
function companyMornings(after: string, count: number): string[] {
  const calendar = calendarFor(defaultReferenceData, 'M2-2026')!;
  const found: string[] = [];
  for (let d = after; found.length < count && d < '2027-07-01'; d = addDays(d, 1)) if (halfDayKind(calendar, d, 'AM') === 'COMPANY') found.push(d);
  return found;
}

describe.each(DIALECTS)('the planner sends a proposal again to the company tutors who have not answered (§4.6 note 34, %s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let tutor: Auth;
  let other: Auth;
  let student: { id: string; auth: Auth };
  let fiche: ReturnType<typeof validFiche>;
  let visit: any;
  const managerEmail = `manager-remind-${dialect}@miage.example`;
  const tutor2Email = `second-remind-${dialect}@calanques.example`;
  const reminders = (to: string) => smtp.to(to).filter((m) => m.subject.startsWith('Rappel — 1re visite'));

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    await t.createUser('MANAGER', managerEmail);
    manager = { cookie: await t.login(managerEmail) };
    const created = await createStudent(t);
    fiche = validFiche(`r-${dialect}`, dialect === 'sqlite' ? '71234567890127' : '81234567890127');
    const validated = await validatedMission(t, smtp, created.auth, manager, fiche);
    // §3.1: a second company tutor; the slots go to both.
    const em = t.orm.em.fork();
    const mission = await em.findOneOrFail(Mission, validated.id, { populate: ['tutor1'] });
    mission.tutor2 = Object.assign(new CompanyTutor(), { firstName: 'Marc', lastName: 'Second', email: tutor2Email, organisation: mission.tutor1!.organisation });
    await em.flush();
    t.clock.set('2027-01-04');
    manager = { cookie: await t.login(managerEmail) };
    const academic = await t.createUser('ACADEMIC_TUTOR', `paul-remind-${dialect}@miage.example`);
    tutor = { cookie: await t.login(academic.email) };
    other = { cookie: await t.login((await t.createUser('ACADEMIC_TUTOR', `autre-remind-${dialect}@miage.example`)).email) };
    student = { id: created.student.id, auth: { cookie: await t.login(created.email) } };
    const version = (await t.gql('query($id: ID!) { student(id: $id) { version } }', { id: student.id }, manager)).data.student.version;
    expect((await t.gql(ASSIGN, { a: [{ studentId: student.id, version }], tutor: academic.id }, manager)).data.assignAcademicTutor.errors).toEqual([]);
    const [a, b] = companyMornings('2027-01-05', 2);
    const proposed = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 1, slots: [a, b].map((date) => ({ date, half: 'AM', format: 'ON_SITE', location: '12 rue de la République, Marseille' })) } }, tutor)).data.proposeVisitSlots;
    expect(proposed.errors).toEqual([]);
    visit = proposed.visit;
    await t.app.mail.deliverDue();
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('only the visit’s planners may; a stale version is a conflict', async () => {
    expect((await t.gql(REMIND, { id: visit.id, version: visit.version }, student.auth)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(REMIND, { id: visit.id, version: visit.version }, other)).data.remindVisitSlots.errors).toMatchObject([{ code: 'NOT_FOUND', field: 'visitId' }]);
    expect((await t.gql(REMIND, { id: visit.id, version: visit.version + 1 }, tutor)).data.remindVisitSlots.errors).toMatchObject([{ code: 'CONFLICT' }]);
    await t.app.mail.deliverDue();
    expect(reminders(fiche.tutor1.email)).toEqual([]);
  });

  it('the academic tutor reminds both tutors before any answer: fresh links, the former revoked; audited', async () => {
    const former = lastLinkTo(smtp, fiche.tutor1.email);
    expect(visit.slotsReminderTo).toEqual([`${fiche.tutor1.firstName} ${fiche.tutor1.lastName}`, 'Marc Second']);
    const done = (await t.gql(REMIND, { id: visit.id, version: visit.version }, tutor)).data.remindVisitSlots;
    expect(done.errors).toEqual([]);
    expect(done.visit.version).toBe(visit.version);
    await t.app.mail.deliverDue();
    for (const to of [fiche.tutor1.email, tutor2Email]) {
      const [mail] = reminders(to);
      expect(mail, to).toBeTruthy();
      expect(mail!.text.replace(/=\r?\n/g, '')).toContain('Ce lien remplace celui reçu précédemment');
    }
    expect(await t.post('/auth/link', { token: former })).toMatchObject({ status: 410, body: { error: 'LINK_REVOKED' } });
    const events = await t.orm.em.fork().find(AuditEvent, { entityId: visit.id, action: 'REMIND_SLOTS' });
    expect(events.map((e) => e.comment)).toEqual([`${fiche.tutor1.firstName} ${fiche.tutor1.lastName}, Marc Second`]);
  });

  it('once tutor 1 declined, the manager’s reminder goes to tutor 2 alone', async () => {
    const auth = { cookie: (await t.post('/auth/link', { token: lastLinkTo(smtp, fiche.tutor1.email) })).cookie! };
    const declined = (await t.gql(DECLINE, { id: visit.id, version: visit.version, availability: 'Les mardis de janvier' }, auth)).data.declineVisitSlots;
    expect(declined.errors).toEqual([]);
    visit = declined.visit;
    // The company tutor reads no such list; the planner reads who a reminder would go to.
    expect(visit.slotsReminderTo).toEqual([]);
    const read = await t.gql(`query($id: ID!) { visit(id: $id) { slotsReminderTo } }`, { id: visit.id }, manager);
    expect(read.data.visit.slotsReminderTo).toEqual(['Marc Second']);
    const done = (await t.gql(REMIND, { id: visit.id, version: visit.version }, manager)).data.remindVisitSlots;
    expect(done.errors).toEqual([]);
    await t.app.mail.deliverDue();
    expect(reminders(fiche.tutor1.email)).toHaveLength(1);
    expect(reminders(tutor2Email)).toHaveLength(2);
  });

  it('refused once every slot is past: other slots are to be offered', async () => {
    const last = visit.slots.map((s: any) => s.date).sort().at(-1);
    t.clock.set(last);
    tutor = { cookie: await t.login(`paul-remind-${dialect}@miage.example`) };
    expect((await t.gql(REMIND, { id: visit.id, version: visit.version }, tutor)).data.remindVisitSlots.errors).toEqual([]);
    t.clock.set(addDays(last, 1));
    tutor = { cookie: await t.login(`paul-remind-${dialect}@miage.example`) };
    const late = (await t.gql(REMIND, { id: visit.id, version: visit.version }, tutor)).data.remindVisitSlots;
    expect(late.errors).toMatchObject([{ code: 'INVALID_TRANSITION', field: 'visitId' }]);
    expect(late.errors[0].message).toContain('proposez-en d’autres');
    expect((await t.gql(`query($id: ID!) { visit(id: $id) { slotsReminderTo } }`, { id: visit.id }, tutor)).data.visit.slotsReminderTo).toEqual([]);
  });
});
