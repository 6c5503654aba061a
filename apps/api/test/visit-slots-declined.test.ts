import { SmtpSink } from '@alternance/smtp-sink';
import { addDays, calendarFor, defaultReferenceData, halfDayKind } from '@alternance/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlternanceCalendar } from '../src/modules/calendars/calendar.entities.js';
import { sweepUnansweredVisitProposals } from '../src/modules/visits/visit-reminders.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { lastLinkTo, validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

// §4.6 note 34: « Rendez-vous à caler avec le(s) tuteur(s) professionnel(s) et forcément un jour où
// l'alternant(e) est présent(e) ». The company tutor for whom none of the slots works says so,
// with their availability, through the same link; the visitor offers others.
const VISIT = 'id version state visitNumber date slotsDeclinedAt slotsDeclinedNote slotsUnanswered slots { id date half }';
const PROPOSE = `mutation($input: ProposeVisitSlotsInput!) { proposeVisitSlots(input: $input) { visit { ${VISIT} } errors { code field message } } }`;
const DECLINE = `mutation($id: ID!, $version: Int!, $availability: String!) { declineVisitSlots(visitId: $id, version: $version, availability: $availability) { visit { ${VISIT} } errors { code field message } } }`;
const OTHER = `mutation($id: ID!, $version: Int!, $slots: [VisitSlotInput!]!, $ack: Boolean) { proposeOtherVisitSlots(visitId: $id, version: $version, slots: $slots, acknowledgeWarnings: $ack) { visit { ${VISIT} } errors { code field message } } }`;
const CHOOSE = `mutation($id: ID!, $version: Int!, $slot: ID!) { chooseVisitSlot(visitId: $id, version: $version, slotId: $slot) { visit { ${VISIT} } errors { code field message } } }`;
const CANCEL = `mutation($id: ID!, $version: Int!, $reason: String!) { cancelVisit(visitId: $id, version: $version, reason: $reason) { visit { ${VISIT} } errors { code field message } } }`;
const ASSIGN = `mutation($a: [TutorAssignmentInput!]!, $tutor: ID) { assignAcademicTutor(assignments: $a, academicTutorId: $tutor) { errors { code field message } } }`;

/** The weekdays from `after` whose half-day is of `kind` in the M2-2026 calendar. */
function days(after: string, half: 'AM' | 'PM', kind: 'COMPANY' | 'TRAINING', count: number): string[] {
  const calendar = calendarFor(defaultReferenceData, 'M2-2026')!;
  const found: string[] = [];
  for (let d = after; found.length < count && d < '2027-07-01'; d = addDays(d, 1)) if (halfDayKind(calendar, d, half) === kind) found.push(d);
  return found;
}

describe.each(DIALECTS)('the company tutor declines the slots, the visitor offers others (§4.6 note 34, %s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let tutor: { id: string; email: string; auth: Auth };
  let student: { id: string; auth: Auth; email: string };
  let fiche: ReturnType<typeof validFiche>;
  const managerEmail = `manager-decline-${dialect}@miage.example`;
  let visit: any;
  let second: any;

  const company = async () => ({ cookie: (await t.post('/auth/link', { token: lastLinkTo(smtp, fiche.tutor1.email) })).cookie! });
  const version = async () => (await t.gql('query($id: ID!) { student(id: $id) { version } }', { id: student.id }, manager)).data.student.version;

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    await t.createUser('MANAGER', managerEmail);
    manager = { cookie: await t.login(managerEmail) };
    const created = await createStudent(t);
    fiche = validFiche(`d-${dialect}`, dialect === 'sqlite' ? '71234567890125' : '81234567890125');
    await validatedMission(t, smtp, created.auth, manager, fiche);
    t.clock.set('2027-01-04');
    manager = { cookie: await t.login(managerEmail) };
    const user = await t.createUser('ACADEMIC_TUTOR', `paul-decline-${dialect}@miage.example`);
    tutor = { id: user.id, email: user.email, auth: { cookie: await t.login(user.email) } };
    student = { id: created.student.id, email: created.email, auth: { cookie: await t.login(created.email) } };
    expect((await t.gql(ASSIGN, { a: [{ studentId: student.id, version: await version() }], tutor: tutor.id }, manager)).data.assignAcademicTutor.errors).toEqual([]);
    const [a, b] = days('2027-01-05', 'AM', 'COMPANY', 2);
    const proposed = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 1, slots: [a, b].map((date) => ({ date, half: 'AM', format: 'ON_SITE', location: '12 rue de la République, Marseille' })) } }, tutor.auth)).data.proposeVisitSlots;
    expect(proposed.errors).toEqual([]);
    visit = proposed.visit;
    await t.app.mail.deliverDue();
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('the slot mail tells the company tutor to answer through the link, not to reply to the pôle’s address', () => {
    const mail = smtp.to(fiche.tutor1.email).filter((m) => m.subject.includes('merci de choisir un créneau')).at(-1)!;
    expect(mail.text).not.toContain('répondez à ce message');
    expect(mail.text.replace(/=\r?\n/g, '')).toContain('indiquez-le depuis ce même lien avec vos disponibilités');
  });

  it('declines through the link: availability required (field named), version checked; the tutor is mailed it; the link is spent', async () => {
    const link = lastLinkTo(smtp, fiche.tutor1.email);
    const auth = { cookie: (await t.post('/auth/link', { token: link })).cookie! };
    const empty = (await t.gql(DECLINE, { id: visit.id, version: visit.version, availability: '  ' }, auth)).data.declineVisitSlots;
    expect(empty.errors).toMatchObject([{ code: 'BAD_USER_INPUT', field: 'availability' }]);
    const stale = (await t.gql(DECLINE, { id: visit.id, version: visit.version + 1, availability: 'Les mardis après-midi' }, auth)).data.declineVisitSlots;
    expect(stale.errors).toMatchObject([{ code: 'CONFLICT' }]);
    // Only the company tutor, through this visit's link, may answer.
    expect((await t.gql(DECLINE, { id: visit.id, version: visit.version, availability: 'x' }, tutor.auth)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const declined = (await t.gql(DECLINE, { id: visit.id, version: visit.version, availability: 'Les mardis après-midi de janvier, sauf le 12' }, auth)).data.declineVisitSlots;
    expect(declined.errors).toEqual([]);
    expect(declined.visit).toMatchObject({ state: 'PROPOSED', slotsDeclinedNote: 'Les mardis après-midi de janvier, sauf le 12' });
    expect(declined.visit.slotsDeclinedAt).not.toBeNull();
    expect((await t.post('/auth/link', { token: link })).status).toBe(410);

    await t.app.mail.deliverDue();
    const told = smtp.to(tutor.email).filter((m) => m.subject.startsWith('Aucun créneau ne convient — 1re visite'));
    expect(told).toHaveLength(1);
    const text = told[0]!.text.replace(/=\r?\n/g, '');
    expect(text).toContain('Julie Tutrice');
    expect(text).toContain('Les mardis apr');
    expect(text).toContain(`/visites/${visit.id}`);
    // The visitor sees the answer on the visit.
    expect((await t.gql(`query($id: ID!) { visit(id: $id) { slotsDeclinedNote } }`, { id: visit.id }, tutor.auth)).data.visit.slotsDeclinedNote).toContain('mardis');
    visit = declined.visit;
  });

  it('the tutor offers other slots, checked as a proposal (a school day refused under its field unless acknowledged on the provisional calendar); the company tutor picks one from the fresh link', async () => {
    const school = days('2027-01-05', 'PM', 'TRAINING', 1)[0]!;
    const refused = (await t.gql(OTHER, { id: visit.id, version: visit.version, slots: [{ date: school, half: 'PM', format: 'ON_SITE', location: 'Sur place' }] }, tutor.auth)).data.proposeOtherVisitSlots;
    expect(refused.errors).toMatchObject([{ code: 'VISIT_NOT_ON_COMPANY_DAY', field: 'slots.0.date' }]);
    expect((await t.gql(OTHER, { id: visit.id, version: visit.version, slots: [] }, tutor.auth)).data.proposeOtherVisitSlots.errors).toMatchObject([{ code: 'BAD_USER_INPUT', field: 'slots' }]);
    // The student plans nothing.
    expect((await t.gql(OTHER, { id: visit.id, version: visit.version, slots: [{ date: school, half: 'PM', format: 'ON_SITE', location: 'x' }] }, student.auth)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const tuesday = days('2027-01-05', 'PM', 'COMPANY', 1)[0]!;
    const offered = (await t.gql(OTHER, { id: visit.id, version: visit.version, slots: [{ date: tuesday, half: 'PM', format: 'REMOTE', location: 'https://visio.example/v1' }] }, tutor.auth)).data.proposeOtherVisitSlots;
    expect(offered.errors).toEqual([]);
    expect(offered.visit).toMatchObject({ state: 'PROPOSED', slotsDeclinedAt: null, slotsDeclinedNote: null, slots: [{ date: tuesday, half: 'PM' }] });
    await t.app.mail.deliverDue();
    const mail = smtp.to(fiche.tutor1.email).filter((m) => m.subject.includes('nouveaux créneaux')).at(-1)!;
    expect(mail.subject).toBe(`1re visite de ${(await t.gql(`query($id: ID!) { visit(id: $id) { studentName } }`, { id: visit.id }, tutor.auth)).data.visit.studentName} : nouveaux créneaux, merci de choisir un créneau`);
    const chosen = (await t.gql(CHOOSE, { id: visit.id, version: offered.visit.version, slot: offered.visit.slots[0].id }, await company())).data.chooseVisitSlot;
    expect(chosen.errors).toEqual([]);
    expect(chosen.visit).toMatchObject({ state: 'SCHEDULED', date: tuesday });
    // Once scheduled, no other slots: the visit is moved instead.
    expect((await t.gql(OTHER, { id: visit.id, version: chosen.visit.version, slots: [{ date: tuesday, half: 'PM', format: 'ON_SITE', location: 'x' }] }, tutor.auth)).data.proposeOtherVisitSlots.errors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);
  });

  it('while the manager acts as tutor (note 32), the managers get the company tutor’s answer', async () => {
    expect((await t.gql(ASSIGN, { a: [{ studentId: student.id, version: await version() }], tutor: null }, manager)).data.assignAcademicTutor.errors).toEqual([]);
    const april = days('2027-04-05', 'PM', 'COMPANY', 1)[0]!;
    second = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 2, slots: [{ date: april, half: 'PM', format: 'ON_SITE', location: 'Sur place' }] } }, manager)).data.proposeVisitSlots.visit;
    await t.app.mail.deliverDue();
    const declined = (await t.gql(DECLINE, { id: second.id, version: second.version, availability: 'Semaine du 12 avril' }, await company())).data.declineVisitSlots;
    expect(declined.errors).toEqual([]);
    await t.app.mail.deliverDue();
    expect(smtp.to(managerEmail).filter((m) => m.subject.startsWith('Aucun créneau ne convient — 2de visite'))).toHaveLength(1);
    second = declined.visit;
  });

  it('a slot that is no longer a company day when the company tutor picks it (the calendar changed since) is refused; another is taken (note 34)', async () => {
    const [a, b] = days('2027-04-12', 'PM', 'COMPANY', 2);
    const offered = (await t.gql(OTHER, { id: second.id, version: second.version, slots: [a, b].map((date) => ({ date, half: 'PM', format: 'ON_SITE', location: 'Sur place' })) }, manager)).data.proposeOtherVisitSlots;
    expect(offered.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const em = t.orm.em.fork();
    await em.nativeUpdate(AlternanceCalendar, { code: 'M2-2026' }, { provisional: false });
    try {
      // Since the slots went out, the alternant's own calendar puts them in training on the first day.
      const SET = `mutation($s: ID!, $d: Date!) { setStudentCalendarHalfDays(studentId: $s, code: "M2-2026", version: 0, from: { date: $d, half: AM }, to: { date: $d, half: PM }, kind: TRAINING) { errors { code } } }`;
      expect((await t.gql(SET, { s: student.id, d: a }, manager)).data.setStudentCalendarHalfDays.errors).toEqual([]);
      const auth = await company();
      const refused = (await t.gql(CHOOSE, { id: second.id, version: offered.visit.version, slot: offered.visit.slots[0].id }, auth)).data.chooseVisitSlot;
      expect(refused.visit).toBeNull();
      expect(refused.errors).toMatchObject([{ code: 'VISIT_NOT_ON_COMPANY_DAY', field: 'slotId' }]);
      expect(refused.errors[0].message).toContain('n’est plus en entreprise');
      const taken = (await t.gql(CHOOSE, { id: second.id, version: offered.visit.version, slot: offered.visit.slots[1].id }, auth)).data.chooseVisitSlot;
      expect(taken.errors).toEqual([]);
      expect(taken.visit).toMatchObject({ state: 'SCHEDULED', date: b });
      second = taken.visit;
    } finally {
      await em.nativeUpdate(AlternanceCalendar, { code: 'M2-2026' }, { provisional: true });
    }
  });

  it('slots all past without an answer: the visitor is told once (the day after the last slot), and again after other slots went unanswered', async () => {
    const sweep = () => sweepUnansweredVisitProposals(t.orm.em, t.clock, 'https://alternance.example');
    const unanswered = () => smtp.to(managerEmail).filter((m) => m.subject.startsWith('Créneaux restés sans réponse — 2de visite'));
    const cancelled = (await t.gql(CANCEL, { id: second.id, version: second.version, reason: 'Réorganisation du service' }, manager)).data.cancelVisit;
    expect(cancelled.errors).toEqual([]);
    const [c, d] = days('2027-05-03', 'PM', 'COMPANY', 2) as [string, string];
    let fresh = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 2, slots: [{ date: c, half: 'PM', format: 'ON_SITE', location: 'Sur place' }] } }, manager)).data.proposeVisitSlots.visit;
    expect(fresh).toMatchObject({ state: 'PROPOSED', slotsUnanswered: false });

    const at = async (day: string) => {
      t.clock.set(day);
      manager = { cookie: await t.login(managerEmail) };
      return (await t.gql(`query($id: ID!) { visit(id: $id) { ${VISIT} } }`, { id: fresh.id }, manager)).data.visit;
    };
    // On the slot's day the company tutor may still pick it: nothing said.
    expect(await at(c)).toMatchObject({ slotsUnanswered: false });
    expect((await sweep()).sent).toBe(0);
    fresh = await at(addDays(c, 1));
    expect(fresh.slotsUnanswered).toBe(true);
    expect((await sweep()).sent).toBe(1);
    expect((await sweep()).sent).toBe(0);
    await t.app.mail.deliverDue();
    expect(unanswered()).toHaveLength(1);
    expect(unanswered()[0]!.text.replace(/=\r?\n/g, '')).toContain(`/visites/${fresh.id}`);

    // Other slots: no longer unanswered; past them too, the visitor is told again.
    const other = (await t.gql(OTHER, { id: fresh.id, version: fresh.version, slots: [{ date: d, half: 'PM', format: 'ON_SITE', location: 'Sur place' }] }, manager)).data.proposeOtherVisitSlots;
    expect(other.errors).toEqual([]);
    expect(other.visit.slotsUnanswered).toBe(false);
    await at(addDays(d, 1));
    expect((await sweep()).sent).toBe(1);
    await t.app.mail.deliverDue();
    expect(unanswered()).toHaveLength(2);
  });
});
