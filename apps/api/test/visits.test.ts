import { SmtpSink } from '@alternance/smtp-sink';
import { addDays, calendarFor, defaultReferenceData, findCohort, halfDayKind, trainingYearOf } from '@alternance/domain';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlternanceCalendar } from '../src/modules/calendars/calendar.entities.js';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { CompanyTutor, Student } from '../src/modules/people/people.entities.js';
import { visitDatesFor } from '../src/modules/visits/visit-dates.js';
import { Visit } from '../src/modules/visits/visit.entity.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { lastLinkTo, validatedMission } from './support/journey.js';
import { invitationOf } from './support/invitations.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

const VISIT = 'id version state visitNumber academicYear date half format location icsSequence visitorName slots { id date half format findings { code } } report { attendees followUpNeeded } followUpNeeded';
const PROPOSE = `mutation($input: ProposeVisitSlotsInput!) { proposeVisitSlots(input: $input) { visit { ${VISIT} } errors { code field message } findings { code message ref } } }`;
const CHOOSE = `mutation($id: ID!, $version: Int!, $slot: ID!) { chooseVisitSlot(visitId: $id, version: $version, slotId: $slot) { visit { ${VISIT} } errors { code field message } } }`;
const REPORT = `mutation($id: ID!, $version: Int!, $input: VisitReportInput!) { recordVisitReport(visitId: $id, version: $version, input: $input) { visit { ${VISIT} } errors { code field message } } }`;
const RESCHEDULE = `mutation($id: ID!, $version: Int!, $slot: VisitSlotInput!, $reason: String) { rescheduleVisit(visitId: $id, version: $version, slot: $slot, reason: $reason) { visit { ${VISIT} } errors { code field message } } }`;
const CANCEL = `mutation($id: ID!, $version: Int!, $reason: String!) { cancelVisit(visitId: $id, version: $version, reason: $reason) { visit { ${VISIT} } errors { code field message } } }`;
const ASSIGN = `mutation($a: [TutorAssignmentInput!]!, $tutor: ID) { assignAcademicTutor(assignments: $a, academicTutorId: $tutor) { students { id version academicTutor { id } } errors { code field message } } }`;
const FOLLOW = `query($f: AlternantFollowUpFilter) { alternantsFollowUp(filter: $f) { academicYear total items { student { id version } programme academicTutor { id } assignmentDeadline visitWindows { visitNumber from to } findings { code message } visits { id state visitNumber } } } }`;

/** The first weekday of January 2027 whose morning is of `kind` in the M2-2026 calendar. */
function januaryMorning(kind: 'COMPANY' | 'TRAINING', after = '2027-01-04'): string {
  const calendar = calendarFor(defaultReferenceData, 'M2-2026')!;
  for (let d = after; d < '2027-03-01'; d = addDays(d, 1)) if (halfDayKind(calendar, d, 'AM') === kind) return d;
  throw new Error(`no ${kind} morning`);
}

describe.each(DIALECTS)('academic tutors and company visits (issue 12, §4.6, %s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let tutor: Auth;
  let tutorId: string;
  let student: { id: string; email: string; auth: Auth };
  let fiche: ReturnType<typeof validFiche>;
  const managerEmail = `manager-visits-${dialect}@miage.example`;
  const tutorEmail = `tuteur-univ-${dialect}@miage.example`;
  const secondTutorEmail = `tuteur2-${dialect}@calanques.example`;

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    await t.createUser('MANAGER', managerEmail);
    manager = { cookie: await t.login(managerEmail) };
    tutorId = (await t.createUser('ACADEMIC_TUTOR', tutorEmail)).id;
    tutor = { cookie: await t.login(tutorEmail) };
    const created = await createStudent(t);
    student = { id: created.student.id, email: created.email, auth: created.auth };
    fiche = validFiche(`v-${dialect}`, dialect === 'sqlite' ? '71234567890123' : '81234567890123');
    const validated = await validatedMission(t, smtp, created.auth, manager, fiche);
    // A second company tutor (§4.6: "en présence … du (des) tuteur(s) professionnel(s)"): invited to the visits too.
    const em = t.orm.em.fork();
    const mission = await em.findOneOrFail(Mission, validated.id, { populate: ['tutor1'] });
    mission.tutor2 = Object.assign(new CompanyTutor(), { firstName: 'Marc', lastName: 'Second', email: secondTutorEmail, organisation: mission.tutor1!.organisation });
    await em.flush();
  });
  /** Moves the API's day; the sessions of before have idled out, so everyone signs in again. */
  async function dayIs(today: string): Promise<void> {
    t.clock.set(today);
    manager = { cookie: await t.login(managerEmail) };
    tutor = { cookie: await t.login(tutorEmail) };
    student.auth = { cookie: await t.login(student.email) };
  }

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('lists the alternant without a tutor after the deadline (note 32), then the manager assigns one in bulk', async () => {
    await dayIs('2026-11-10');
    const before = (await t.gql(FOLLOW, { f: { academicYear: '2026-2027', unassignedOnly: true } }, manager)).data.alternantsFollowUp;
    expect(before.items).toHaveLength(1);
    expect(before.items[0]).toMatchObject({ programme: 'M2', academicTutor: null, assignmentDeadline: '2026-11-10', findings: [] });
    await dayIs('2026-11-11');
    const late = (await t.gql(FOLLOW, { f: { academicYear: '2026-2027' } }, manager)).data.alternantsFollowUp.items[0];
    expect(late.findings.map((f: any) => f.code)).toEqual(['ACADEMIC_TUTOR_NOT_ASSIGNED']);
    expect(late.visitWindows).toEqual([{ visitNumber: 1, from: '2027-01-01', to: '2027-02-28' }, { visitNumber: 2, from: '2027-04-01', to: '2027-06-30' }]);

    const stale = await t.gql(ASSIGN, { a: [{ studentId: student.id, version: late.student.version + 5 }], tutor: tutorId }, manager);
    expect(stale.data.assignAcademicTutor.errors).toMatchObject([{ code: 'CONFLICT', field: 'assignments.0.version' }]);
    expect((await t.gql(FOLLOW, { f: { academicYear: '2026-2027' } }, tutor)).data.alternantsFollowUp.items).toEqual([]);

    const assigned = await t.gql(ASSIGN, { a: [{ studentId: student.id, version: late.student.version }], tutor: tutorId }, manager);
    expect(assigned.data.assignAcademicTutor.errors).toEqual([]);
    await t.app.mail.deliverDue();
    expect(smtp.to(tutorEmail).at(-1)!.subject).toContain('Alternant(e)s qui vous sont affecté(e)s');
    const mine = (await t.gql(FOLLOW, { f: { academicYear: '2026-2027' } }, tutor)).data.alternantsFollowUp.items;
    expect(mine.map((i: any) => i.student.id)).toEqual([student.id]);
    expect(mine[0].findings).toEqual([]);
    const loads = (await t.gql('{ tutorLoads(academicYear: "2026-2027") { tutor { id } alternants } }', {}, manager)).data.tutorLoads;
    expect(loads.find((l: any) => l.tutor.id === tutorId)).toEqual({ tutor: { id: tutorId }, alternants: 1 });
  });

  let visit: any;

  it('refuses a slot on a school day with the VISIT_* explanation, and writes nothing', async () => {
    await dayIs('2027-01-04');
    const school = januaryMorning('TRAINING');
    const refused = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 1, slots: [{ date: school, half: 'AM', format: 'ON_SITE', location: '12 rue de la République, Marseille' }] } }, tutor)).data.proposeVisitSlots;
    expect(refused.visit).toBeNull();
    expect(refused.errors).toMatchObject([{ code: 'VISIT_NOT_ON_COMPANY_DAY', field: 'input.slots.0.date' }]);
    expect(refused.findings[0]).toMatchObject({ code: 'VISIT_NOT_ON_COMPANY_DAY', ref: '§4.6, note 34' });
    expect(refused.findings[0].message).toContain('n’est pas en entreprise selon son calendrier');
    expect((await t.gql('{ visits { id } }', {}, tutor)).data.visits).toEqual([]);
    const badInput = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 1, slots: [{ date: '2027-01-05', half: 'AM', format: 'REMOTE', location: 'zoom' }, { date: '2026-12-01', half: 'PM', format: 'ON_SITE', location: ' ' }] } }, tutor)).data.proposeVisitSlots;
    expect(badInput.errors.map((e: any) => e.field)).toEqual(['input.slots.0.location', 'input.slots.1.date', 'input.slots.1.location']);
  });

  it('on the published calendar a school day is refused even acknowledged (note 34: "forcément"); on the provisional one it is a warning', async () => {
    const school = januaryMorning('TRAINING');
    const slot = { date: school, half: 'AM', format: 'ON_SITE', location: '12 rue de la République, Marseille' };
    const CHECK = `query($s: ID!, $d: Date!) { checkVisitSlot(studentId: $s, visitNumber: 1, date: $d, half: AM, academicYear: "2026-2027") { code severity } }`;
    // The seeded M2-2026 calendar is the guide's provisional pattern: a warning, which the planner may acknowledge.
    expect((await t.gql(CHECK, { s: student.id, d: school }, tutor)).data.checkVisitSlot).toEqual([{ code: 'VISIT_NOT_ON_COMPANY_DAY', severity: 'WARNING' }]);
    const em = t.orm.em.fork();
    await em.nativeUpdate(AlternanceCalendar, { code: 'M2-2026' }, { provisional: false });
    try {
      expect((await t.gql(CHECK, { s: student.id, d: school }, tutor)).data.checkVisitSlot).toEqual([{ code: 'VISIT_NOT_ON_COMPANY_DAY', severity: 'ERROR' }]);
      const refused = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 1, slots: [slot], acknowledgeWarnings: true } }, tutor)).data.proposeVisitSlots;
      expect(refused.visit).toBeNull();
      expect(refused.errors).toMatchObject([{ code: 'VISIT_NOT_ON_COMPANY_DAY', field: 'input.slots.0.date' }]);
      expect(refused.errors[0].message).toContain('Visite impossible');
      // A company day of the same calendar is not refused.
      expect((await t.gql(CHECK, { s: student.id, d: januaryMorning('COMPANY') }, tutor)).data.checkVisitSlot).toEqual([]);
      expect((await t.gql('{ visits { id } }', {}, tutor)).data.visits).toEqual([]);
    } finally {
      await em.nativeUpdate(AlternanceCalendar, { code: 'M2-2026' }, { provisional: true });
    }
  });

  it('proposes slots on company days; the company tutor picks one through the personal link; everyone gets the invitation', async () => {
    const day = januaryMorning('COMPANY');
    const other = januaryMorning('COMPANY', addDays(day, 1));
    const proposed = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 1, slots: [{ date: day, half: 'AM', format: 'ON_SITE', location: '12 rue de la République, Marseille' }, { date: other, half: 'AM', format: 'REMOTE', location: 'https://visio.example/abc' }] } }, tutor)).data.proposeVisitSlots;
    expect(proposed.errors).toEqual([]);
    visit = proposed.visit;
    expect(visit).toMatchObject({ state: 'PROPOSED', visitNumber: 1, academicYear: '2026-2027', icsSequence: 0 });
    await t.app.mail.deliverDue();
    const stored = await t.orm.em.fork().find(OutboxMail, { template: 'VISIT_SLOTS_PROPOSED' });
    expect(stored.at(-1)!.text).toContain('/lien/[masqué]');
    const token = lastLinkTo(smtp, fiche.tutor1.email);

    // The student sees the visit, not the link's choices.
    expect((await t.gql('{ visits { id state } }', {}, student.auth)).data.visits).toEqual([{ id: visit.id, state: 'PROPOSED' }]);

    const opened = await t.post('/auth/link', { token });
    expect(opened.body).toMatchObject({ role: 'COMPANY_TUTOR', purpose: 'VISIT_SLOT_CHOICE', visitId: visit.id, missionId: null });
    const company = { cookie: opened.cookie! };
    // Bound to this visit only: no mission, no student list, no other visit.
    expect((await t.gql('{ missions { id } students { id } }', {}, company)).data).toEqual({ missions: [], students: [] });
    const seen = (await t.gql(`query($id: ID!) { visit(id: $id) { id studentName companyTutorName report { attendees } slots { id } } }`, { id: visit.id }, company)).data.visit;
    expect(seen).toMatchObject({ id: visit.id, companyTutorName: 'Julie Tutrice', report: null });

    const conflict = (await t.gql(CHOOSE, { id: visit.id, version: visit.version + 1, slot: visit.slots[0].id }, company)).data.chooseVisitSlot;
    expect(conflict.errors).toMatchObject([{ code: 'CONFLICT' }]);
    const chosen = (await t.gql(CHOOSE, { id: visit.id, version: visit.version, slot: visit.slots[0].id }, company)).data.chooseVisitSlot;
    expect(chosen.errors).toEqual([]);
    visit = chosen.visit;
    expect(visit).toMatchObject({ state: 'SCHEDULED', date: day, half: 'AM', format: 'ON_SITE' });
    // The link is spent: it opens nothing any more.
    expect((await t.post('/auth/link', { token })).status).toBe(410);

    await t.app.mail.deliverDue();
    const invitations: Record<string, Awaited<ReturnType<typeof invitationOf>>> = {};
    for (const to of [student.email, fiche.tutor1.email, secondTutorEmail, tutorEmail]) {
      const mail = smtp.to(to).find((m) => m.subject.startsWith('Visite confirmée'));
      expect(mail, to).toBeDefined();
      invitations[to] = await invitationOf(mail!);
    }
    const first = invitations[student.email]!;
    expect(first).toMatchObject({ method: 'REQUEST', sequence: 0, status: 'CONFIRMED' });
    // 9:00 in Paris in January is 8:00 UTC.
    expect(first.start).toBe(`${day}T08:00:00.000Z`);
    expect(new Set(Object.values(invitations).map((i) => i.uid)).size).toBe(1);
  });

  it('records the report on or after the visit day; follow-up needed alerts the manager', async () => {
    const input = { attendees: 'Alternant, tutrice, tuteur universitaire', activities: 'API de données', progress: 'Bonne', pointsOfAttention: 'Charge de travail', tutorOpinion: 'Favorable', followUpNeeded: true, followUpNote: 'Point en mars' };
    await dayIs(addDays(visit.date, -1));
    expect((await t.gql(REPORT, { id: visit.id, version: visit.version, input }, tutor)).data.recordVisitReport.errors).toMatchObject([{ code: 'VISIT_NOT_HELD_YET' }]);
    await dayIs(visit.date);
    const missing = (await t.gql(REPORT, { id: visit.id, version: visit.version, input: { ...input, followUpNote: '' } }, tutor)).data.recordVisitReport;
    expect(missing.errors).toMatchObject([{ field: 'input.followUpNote' }]);
    const done = (await t.gql(REPORT, { id: visit.id, version: visit.version, input }, tutor)).data.recordVisitReport;
    expect(done.errors).toEqual([]);
    expect(done.visit).toMatchObject({ state: 'HELD', followUpNeeded: true, report: { followUpNeeded: true } });
    await t.app.mail.deliverDue();
    expect(smtp.to(managerEmail).at(-1)!.subject).toContain('Suivi à prévoir');
    // The student sees the visit held, never the tutor's report.
    expect((await t.gql('{ visits { state report { attendees } followUpNeeded } }', {}, student.auth)).data.visits).toEqual([{ state: 'HELD', report: null, followUpNeeded: false }]);
    expect(await visitDatesFor(t.orm.em.fork(), student.id, '2026-2027')).toEqual({ first: visit.date, second: null });
    // The GDPR export holds the visit and its report (written about the student).
    const exported = (await t.gql('query($id: ID!) { personalDataExport(studentId: $id) }', { id: student.id }, manager)).data.personalDataExport;
    expect(exported.visits).toMatchObject([{ visitNumber: 1, state: 'HELD', report: { followUpNeeded: true } }]);
    visit = done.visit;
  });

  it('judges a slot on the alternant’s calendar in force, their own half-days included (§2.2.1, note 34)', async () => {
    const CHECK = `query($s: ID!, $d: Date!) { checkVisitSlot(studentId: $s, visitNumber: 2, date: $d, half: AM, academicYear: "2026-2027") { code } }`;
    // A company morning of the spring, in the visit's usual months.
    let day = '2027-04-05';
    const calendar = calendarFor(defaultReferenceData, 'M2-2026')!;
    while (halfDayKind(calendar, day, 'AM') !== 'COMPANY') day = addDays(day, 1);
    const codes = async () => (await t.gql(CHECK, { s: student.id, d: day }, tutor)).data.checkVisitSlot.map((f: any) => f.code);
    expect(await codes()).not.toContain('VISIT_NOT_ON_COMPANY_DAY');
    const SET = `mutation($s: ID!, $d: Date!) { setStudentCalendarHalfDays(studentId: $s, code: "M2-2026", version: 0, from: { date: $d, half: AM }, to: { date: $d, half: PM }, kind: TRAINING) { calendar { version } errors { code } } }`;
    const own = (await t.gql(SET, { s: student.id, d: day }, manager)).data.setStudentCalendarHalfDays;
    expect(own.errors).toEqual([]);
    expect(await codes()).toContain('VISIT_NOT_ON_COMPANY_DAY');
    const cleared = await t.gql(`mutation($s: ID!, $v: Int!) { clearStudentCalendar(studentId: $s, code: "M2-2026", version: $v) { errors { code } } }`, { s: student.id, v: own.calendar.version }, manager);
    expect(cleared.data.clearStudentCalendar.errors).toEqual([]);
    expect(await codes()).not.toContain('VISIT_NOT_ON_COMPANY_DAY');
  });

  it('gives the academic tutor an iCalendar feed of their visits with a day, under the invitations’ UID', async () => {
    const CREATE = `mutation($s: ID!) { createCalendarFeed(kind: ACADEMIC_TUTOR, subjectId: $s) { url errors { code field } } }`;
    // Their own feed only.
    const other = await t.createUser('ACADEMIC_TUTOR');
    expect((await t.gql(CREATE, { s: other.id }, tutor)).data.createCalendarFeed.errors).toMatchObject([{ code: 'FORBIDDEN' }]);
    const created = (await t.gql(CREATE, { s: tutorId }, tutor)).data.createCalendarFeed;
    expect(created.errors).toEqual([]);
    const res = await t.app.server.inject({ method: 'GET', url: new URL(created.url).pathname });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const component = new ICAL.Component(ICAL.parse(res.body));
    expect(String(component.getFirstPropertyValue('x-wr-calname'))).toContain('Visites en entreprise');
    const events = component.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const stored = await t.orm.em.fork().findOneOrFail(Visit, visit.id);
    expect(events.map((e) => [e.uid, e.startDate.toString().slice(0, 10), e.summary])).toEqual([[stored.icsUid, visit.date, expect.stringContaining('Visite 1 — ')]]);
    // Another tutor's feed does not hold this visit.
    const otherAuth = { cookie: await t.login(other.email) };
    const theirs = (await t.gql(CREATE, { s: other.id }, otherAuth)).data.createCalendarFeed;
    const body = (await t.app.server.inject({ method: 'GET', url: new URL(theirs.url).pathname })).body;
    expect(new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent')).toEqual([]);
  });

  it('reschedules the 2nd visit (same UID, SEQUENCE + 1) and cancels it (METHOD:CANCEL); then it is late', async () => {
    await dayIs('2027-04-01');
    const calendar = calendarFor(defaultReferenceData, 'M2-2026')!;
    const companyDays: string[] = [];
    for (let d = '2027-04-05'; companyDays.length < 2 && d < '2027-06-30'; d = addDays(d, 1)) if (halfDayKind(calendar, d, 'PM') === 'COMPANY') companyDays.push(d);
    const [a, b] = companyDays as [string, string];
    let second = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 2, slots: [{ date: a, half: 'PM', format: 'ON_SITE', location: 'Sur place' }] } }, manager)).data.proposeVisitSlots.visit;
    const again = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 2, slots: [{ date: b, half: 'PM', format: 'ON_SITE', location: 'Sur place' }] } }, tutor)).data.proposeVisitSlots;
    expect(again.errors).toMatchObject([{ code: 'VISIT_EXISTS' }]);
    await t.app.mail.deliverDue();
    const company = { cookie: (await t.post('/auth/link', { token: lastLinkTo(smtp, fiche.tutor1.email) })).cookie! };
    second = (await t.gql(CHOOSE, { id: second.id, version: second.version, slot: second.slots[0].id }, company)).data.chooseVisitSlot.visit;
    const moved = (await t.gql(RESCHEDULE, { id: second.id, version: second.version, slot: { date: b, half: 'PM', format: 'ON_SITE', location: 'Sur place' }, reason: 'Réunion client' }, tutor)).data.rescheduleVisit;
    expect(moved.errors).toEqual([]);
    expect(moved.visit).toMatchObject({ date: b, icsSequence: 1 });
    expect(await visitDatesFor(t.orm.em.fork(), student.id, '2026-2027')).toEqual({ first: visit.date, second: b });
    // Reassigned to another tutor, the visit still to come follows (its invitation too, SEQUENCE + 1:
    // academic-tutor-change-visits.test.ts); back again before cancelling (+ 1).
    const other = await t.createUser('ACADEMIC_TUTOR');
    const row = (await t.gql(FOLLOW, { f: { academicYear: '2026-2027' } }, manager)).data.alternantsFollowUp.items[0];
    const to = async (tutorId: string, version: number) => (await t.gql(ASSIGN, { a: [{ studentId: student.id, version }], tutor: tutorId }, manager)).data.assignAcademicTutor.students[0];
    const moved1 = await to(other.id, row.student.version);
    expect((await t.gql(`query($id: ID!) { visit(id: $id) { academicTutor { id } } }`, { id: second.id }, manager)).data.visit.academicTutor).toEqual({ id: other.id });
    expect((await t.gql(`query($id: ID!) { visit(id: $id) { id } }`, { id: second.id }, tutor)).data.visit).toBeNull();
    await to(tutorId, moved1.version);
    const current = (await t.gql(`query($id: ID!) { visit(id: $id) { version academicTutor { id } } }`, { id: second.id }, tutor)).data.visit;
    expect(current.academicTutor).toEqual({ id: tutorId });
    const cancelled = (await t.gql(CANCEL, { id: second.id, version: current.version, reason: 'Alternant(e) en arrêt' }, tutor)).data.cancelVisit;
    expect(cancelled.visit).toMatchObject({ state: 'CANCELLED', icsSequence: 4 });
    await t.app.mail.deliverDue();
    const movedMail = smtp.to(student.email).find((m) => m.subject.startsWith('Visite déplacée'))!;
    const cancelMail = smtp.to(student.email).find((m) => m.subject.startsWith('Visite annulée'))!;
    const scheduled = smtp.to(student.email).filter((m) => m.subject.startsWith('Visite confirmée')).at(-1)!;
    const [s0, s1, s2] = await Promise.all([invitationOf(scheduled), invitationOf(movedMail), invitationOf(cancelMail)]);
    expect([s0.sequence, s1.sequence, s2.sequence]).toEqual([0, 1, 4]);
    expect(new Set([s0.uid, s1.uid, s2.uid]).size).toBe(1);
    expect(s2).toMatchObject({ method: 'CANCEL', status: 'CANCELLED' });
    expect(await visitDatesFor(t.orm.em.fork(), student.id, '2026-2027')).toEqual({ first: visit.date, second: null });

    // Two proposals of the new 2nd visit at once: one goes through, the other is told it exists.
    const input = { studentId: student.id, visitNumber: 2, slots: [{ date: b, half: 'PM', format: 'ON_SITE', location: 'Sur place' }] };
    const both = await Promise.all([t.gql(PROPOSE, { input }, tutor), t.gql(PROPOSE, { input }, manager)]);
    const outcomes = both.map((r) => (r.data.proposeVisitSlots.visit ? 'OK' : r.data.proposeVisitSlots.errors[0].code)).sort();
    expect(outcomes).toEqual(['OK', 'VISIT_EXISTS']);

    await dayIs('2027-06-30');
    expect((await t.gql(FOLLOW, { f: { academicYear: '2026-2027', lateOnly: true } }, manager)).data.alternantsFollowUp.items).toEqual([]);
    await dayIs('2027-07-01');
    const late = (await t.gql(FOLLOW, { f: { academicYear: '2026-2027', lateOnly: true } }, manager)).data.alternantsFollowUp.items;
    expect(late.map((i: any) => i.findings.map((f: any) => f.code))).toEqual([['VISIT_LATE']]);
  });
});

describe.each(DIALECTS)('the demo programme follows its year (issue 12, %s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2026-03-02' });
  });
  afterAll(() => t?.close());

  it('has alternants with and without tutors, visits in every state, and late ones', async () => {
    const manager = await t.as('MANAGER');
    const year = (await t.gql(FOLLOW, { f: { academicYear: '2025-2026' } }, manager)).data.alternantsFollowUp;
    expect(year.total).toBeGreaterThan(5);
    const states = new Set(year.items.flatMap((i: any) => i.visits.map((v: any) => v.state)));
    expect([...states].sort()).toEqual(['HELD', 'PROPOSED', 'SCHEDULED']);
    expect(year.items.some((i: any) => i.academicTutor === null)).toBe(true);
    expect(year.items.some((i: any) => i.academicTutor !== null)).toBe(true);
    const codes = new Set(year.items.flatMap((i: any) => i.findings.map((f: any) => f.code)));
    expect(codes).toEqual(new Set(['ACADEMIC_TUTOR_NOT_ASSIGNED', 'VISIT_LATE']));
    // Pages (issue 15): the same rows in the same order, a page at a time; `late` counts every page's.
    const lateRows = year.items.filter((i: any) => i.findings.some((f: any) => f.code === 'VISIT_LATE')).length;
    const PAGED = `query($f: AlternantFollowUpFilter, $first: Int, $offset: Int) { alternantsFollowUp(filter: $f, first: $first, offset: $offset) { total late items { student { id } } } }`;
    const pages: string[] = [];
    for (let offset = 0; offset < year.total; offset += 2) {
      const page = (await t.gql(PAGED, { f: { academicYear: '2025-2026' }, first: 2, offset }, manager)).data.alternantsFollowUp;
      expect(page).toMatchObject({ total: year.total, late: lateRows });
      pages.push(...page.items.map((i: any) => i.student.id));
    }
    expect(pages).toEqual(year.items.map((i: any) => i.student.id));
    const onlyLate = (await t.gql(PAGED, { f: { academicYear: '2025-2026', lateOnly: true }, first: 1 }, manager)).data.alternantsFollowUp;
    expect(onlyLate).toMatchObject({ total: lateRows, late: lateRows });
    expect(onlyLate.items).toHaveLength(1);
    const cancelled = await t.gql('{ visits(academicYear: "2025-2026") { state report { followUpNeeded } } }', {}, manager);
    expect(cancelled.data.visits.some((v: any) => v.state === 'CANCELLED')).toBe(true);
    expect(cancelled.data.visits.some((v: any) => v.report?.followUpNeeded)).toBe(true);
    const loads = (await t.gql('{ tutorLoads(academicYear: "2025-2026") { tutor { displayName } alternants visitsHeld } }', {}, manager)).data.tutorLoads;
    expect(loads.filter((l: any) => l.alternants > 0).length).toBe(2);
  });
  it('is coherent on its day with §4.6 (assignments « au plus tard début novembre »): every alternant of the year has an academic tutor but two late on purpose, and the alternant who signs in has theirs', async () => {
    const manager = await t.as('MANAGER');
    const waiting = (await t.gql(FOLLOW, { f: { academicYear: '2025-2026', unassignedOnly: true } }, manager)).data.alternantsFollowUp;
    expect(waiting.total).toBe(2);
    for (const row of waiting.items) expect(row.findings.map((f: any) => f.code)).toContain('ACADEMIC_TUTOR_NOT_ASSIGNED');
    const me = (await t.gql('{ viewer { studentId } }', {}, { cookie: await t.login('alternant.livret@demo.alternance.test', 'Alternance-Demo-2026') })).data.viewer.studentId;
    expect(waiting.items.map((i: any) => i.student.id)).not.toContain(me);
    expect((await t.gql('query($id: ID!) { student(id: $id) { academicTutor { id } } }', { id: me }, manager)).data.student.academicTutor).not.toBeNull();
  });

  it('lets the manager act as tutor for an alternant still waiting for one, and the mail says so (note 32)', async () => {
    const manager = await t.as('MANAGER');
    const items = (await t.gql(FOLLOW, { f: { academicYear: '2025-2026', unassignedOnly: true } }, manager)).data.alternantsFollowUp.items;
    const row = items.find((i: any) => !i.visits.some((v: any) => v.visitNumber === 2) && i.programme !== 'L3G');
    expect(row).toBeDefined();
    const student = await t.orm.em.fork().findOneOrFail(Student, row.student.id);
    const calendar = calendarFor(defaultReferenceData, trainingYearOf(findCohort(defaultReferenceData, student.cohort)!, '2025-2026')!.calendar!)!;
    let day = '2026-04-06';
    while (halfDayKind(calendar, day, 'AM') !== 'COMPANY') day = addDays(day, 1);
    const proposed = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 2, academicYear: '2025-2026', slots: [{ date: day, half: 'AM', format: 'REMOTE', location: 'https://visio.example/x' }] } }, manager)).data.proposeVisitSlots;
    expect(proposed.errors).toEqual([]);
    expect(proposed.visit.visitorName).toContain('Le responsable de l’alternance');
    const mail = await t.orm.em.fork().findOneOrFail(OutboxMail, { template: 'VISIT_SLOTS_PROPOSED' }, { orderBy: { createdAt: 'desc' } });
    expect(mail.text).toContain('qui assure le rôle de tuteur universitaire tant qu’aucun tuteur n’est affecté');
    // An academic tutor cannot plan for an alternant who is not theirs.
    const paul = { cookie: await t.login('tuteur.academique@demo.alternance.test', 'Alternance-Demo-2026') };
    const refused = await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 1, academicYear: '2025-2026', slots: [{ date: day, half: 'AM', format: 'ON_SITE', location: 'x' }] } }, paul);
    expect(refused.data.proposeVisitSlots.errors).toMatchObject([{ code: 'NOT_FOUND', field: 'studentId' }]);
  });
});
