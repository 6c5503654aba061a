import { SmtpSink } from '@alternance/smtp-sink';
import { addDays, calendarFor, defaultReferenceData, halfDayKind } from '@alternance/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { lastLinkTo, validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

// §4.6: a visit planned on a day now past, without a report, took place: what the academic tutor
// owes is its report (« compte rendu à saisir », visitReportStage DUE) — the visit is neither
// « planifiée » nor late (VISIT_LATE). The office counts and filters those (reportDue,
// reportDueOnly) where it chases the rest, and sees when a proposal was sent again (« relancé le … »).
const VISIT = 'id version state date slots { id date } reportStage slotsRemindedAt';
const PROPOSE = `mutation($input: ProposeVisitSlotsInput!) { proposeVisitSlots(input: $input) { visit { ${VISIT} } errors { code field message } } }`;
const CHOOSE = `mutation($id: ID!, $version: Int!, $slot: ID!) { chooseVisitSlot(visitId: $id, version: $version, slotId: $slot) { visit { ${VISIT} } errors { code field message } } }`;
const REMIND = `mutation($id: ID!, $version: Int!) { remindVisitSlots(visitId: $id, version: $version) { visit { ${VISIT} } errors { code field message } } }`;
const REPORT = `mutation($id: ID!, $version: Int!, $input: VisitReportInput!) { recordVisitReport(visitId: $id, version: $version, input: $input) { visit { ${VISIT} } errors { code field message } } }`;
const ASSIGN = `mutation($a: [TutorAssignmentInput!]!, $tutor: ID) { assignAcademicTutor(assignments: $a, academicTutorId: $tutor) { errors { code field message } } }`;
const FOLLOW_UP = `query($filter: AlternantFollowUpFilter) { alternantsFollowUp(filter: $filter) { total late toChase reportDue items { student { id } visits { id visitNumber state reportStage slotsRemindedAt } findings { code window { min } } } } }`;

/** The company mornings of the M2-2026 calendar from `after`. */
function companyMornings(after: string, count: number): string[] {
  const calendar = calendarFor(defaultReferenceData, 'M2-2026')!;
  const found: string[] = [];
  for (let d = after; found.length < count && d < '2027-07-01'; d = addDays(d, 1)) if (halfDayKind(calendar, d, 'AM') === 'COMPANY') found.push(d);
  return found;
}

describe.each(DIALECTS)('a planned visit whose day has passed without a report: its report is due (§4.6, %s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let tutor: Auth;
  let student: { id: string };
  let fiche: ReturnType<typeof validFiche>;
  let visit: any;
  let day: string;
  let firstId: string;
  let firstName: string;
  let otherId: string;
  const managerEmail = `manager-due-${dialect}@miage.example`;
  const tutorEmail = `paul-due-${dialect}@miage.example`;
  const otherEmail = `autre-due-${dialect}@miage.example`;

  /** Signs everyone in again on `today` (sessions last a day). */
  async function on(today: string) {
    t.clock.set(today);
    manager = { cookie: await t.login(managerEmail) };
    tutor = { cookie: await t.login(tutorEmail) };
  }
  const followUp = async (filter: Record<string, unknown> = {}, who: Auth = manager) => {
    const read = await t.gql(FOLLOW_UP, { filter: { academicYear: '2026-2027', ...filter } }, who);
    expect(read.errors, JSON.stringify(read.errors)).toBeUndefined();
    return read.data.alternantsFollowUp;
  };
  const mine = (list: any) => list.items.find((i: any) => i.student.id === student.id);

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    await t.createUser('MANAGER', managerEmail);
    manager = { cookie: await t.login(managerEmail) };
    const created = await createStudent(t);
    fiche = validFiche(`due-${dialect}`, dialect === 'sqlite' ? '71234567890135' : '81234567890135');
    await validatedMission(t, smtp, created.auth, manager, fiche);
    student = { id: created.student.id };
    const academic = await t.createUser('ACADEMIC_TUTOR', tutorEmail);
    firstId = academic.id;
    firstName = academic.displayName;
    otherId = (await t.createUser('ACADEMIC_TUTOR', otherEmail)).id;
    await on('2027-01-04');
    const version = (await t.gql('query($id: ID!) { student(id: $id) { version } }', { id: student.id }, manager)).data.student.version;
    expect((await t.gql(ASSIGN, { a: [{ studentId: student.id, version }], tutor: academic.id }, manager)).data.assignAcademicTutor.errors).toEqual([]);
    [day] = companyMornings('2027-01-18', 1) as [string];
    const proposed = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 1, slots: [{ date: day, half: 'AM', format: 'ON_SITE', location: '12 rue de la République, Marseille' }] } }, tutor)).data.proposeVisitSlots;
    expect(proposed.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const company = { cookie: (await t.post('/auth/link', { token: lastLinkTo(smtp, fiche.tutor1.email) })).cookie! };
    const chosen = (await t.gql(CHOOSE, { id: proposed.visit.id, version: proposed.visit.version, slot: proposed.visit.slots[0].id }, company)).data.chooseVisitSlot;
    expect(chosen.errors).toEqual([]);
    visit = chosen.visit;
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('planned on a day to come, then on its day: no report due yet', async () => {
    expect(visit).toMatchObject({ state: 'SCHEDULED', date: day, reportStage: 'NOT_YET' });
    expect(await followUp()).toMatchObject({ reportDue: 0 });
    await on(day);
    expect((await t.gql(`query($id: ID!) { visit(id: $id) { reportStage } }`, { id: visit.id }, tutor)).data.visit.reportStage).toBe('OPEN');
    const list = await followUp({ reportDueOnly: true });
    expect(list).toMatchObject({ total: 0, reportDue: 0 });
  });

  it('from the day after: « compte rendu à saisir », counted and filtered, for the tutor and the office', async () => {
    await on(addDays(day, 1));
    expect((await t.gql(`query($id: ID!) { visit(id: $id) { state reportStage } }`, { id: visit.id }, tutor)).data.visit).toEqual({ state: 'SCHEDULED', reportStage: 'DUE' });
    for (const who of [manager, tutor]) {
      const all = await followUp({}, who);
      expect(all.reportDue).toBe(1);
      expect(mine(all).visits).toMatchObject([{ visitNumber: 1, state: 'SCHEDULED', reportStage: 'DUE' }]);
      const due = await followUp({ reportDueOnly: true }, who);
      expect(due).toMatchObject({ total: 1, reportDue: 1 });
      expect(due.items.map((i: any) => i.student.id)).toEqual([student.id]);
    }
    const loads = (await t.gql(`{ tutorLoads(academicYear: "2026-2027") { tutor { displayName } visitsHeld visitsPlanned reportsDue } }`, {}, manager)).data.tutorLoads;
    expect(loads.find((l: any) => l.visitsPlanned + l.reportsDue + l.visitsHeld > 0)).toMatchObject({ visitsHeld: 0, visitsPlanned: 0, reportsDue: 1 });
  });

  it('once the usual window is over, the visit whose day has passed is not late: its report is what is due', async () => {
    await on('2027-03-02');
    const all = await followUp();
    expect(mine(all).findings.map((f: any) => f.code)).not.toContain('VISIT_LATE');
    expect(all).toMatchObject({ late: 0, reportDue: 1 });
    expect(await followUp({ lateOnly: true })).toMatchObject({ total: 0 });
  });

  it('a new tutor is told the report is due — by the tutor who made the visit, which stays theirs — not that the visit is planned', async () => {
    const version = (await t.gql('query($id: ID!) { student(id: $id) { version } }', { id: student.id }, manager)).data.student.version;
    expect((await t.gql(ASSIGN, { a: [{ studentId: student.id, version }], tutor: otherId }, manager)).data.assignAcademicTutor.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const [assigned] = smtp.to(otherEmail).filter((m) => m.subject.startsWith('Alternant(e)s qui vous sont affecté(e)s'));
    const text = assigned!.text.replace(/=\r?\n/g, '');
    expect(text.replace(/\s+/g, ' ')).toContain(`Le compte rendu de la 1re visite du ${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)} reste à saisir par ${firstName}`);
    expect(text).not.toContain('1re visite planifiée');
    // Back to the first tutor, who held it.
    const back = (await t.gql('query($id: ID!) { student(id: $id) { version } }', { id: student.id }, manager)).data.student.version;
    expect((await t.gql(ASSIGN, { a: [{ studentId: student.id, version: back }], tutor: firstId }, manager)).data.assignAcademicTutor.errors).toEqual([]);
  });

  it('once the report is recorded: held, nothing due', async () => {
    visit = (await t.gql(`query($id: ID!) { visit(id: $id) { ${VISIT} } }`, { id: visit.id }, tutor)).data.visit;
    const input = { attendees: 'Tous', activities: 'Développement', progress: 'Bonne', pointsOfAttention: '', tutorOpinion: 'Favorable', followUpNeeded: false };
    const done = (await t.gql(REPORT, { id: visit.id, version: visit.version, input }, tutor)).data.recordVisitReport;
    expect(done.errors).toEqual([]);
    expect(done.visit).toMatchObject({ state: 'HELD', reportStage: 'RECORDED' });
    expect(await followUp()).toMatchObject({ late: 0, reportDue: 0 });
    expect(await followUp({ reportDueOnly: true })).toMatchObject({ total: 0 });
  });

  it('a proposal sent again shows « relancé le … » on the overview’s row, its version unchanged; other slots clear it', async () => {
    const [a, b] = companyMornings('2027-04-05', 2) as [string, string];
    const proposed = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 2, slots: [{ date: a, half: 'AM', format: 'ON_SITE', location: 'Marseille' }] } }, tutor)).data.proposeVisitSlots;
    expect(proposed.errors).toEqual([]);
    expect(proposed.visit.slotsRemindedAt).toBeNull();
    const reminded = (await t.gql(REMIND, { id: proposed.visit.id, version: proposed.visit.version }, tutor)).data.remindVisitSlots;
    expect(reminded.errors).toEqual([]);
    expect(reminded.visit.version).toBe(proposed.visit.version);
    expect(new Date(reminded.visit.slotsRemindedAt).toISOString().slice(0, 10)).toBe('2027-03-02');
    const row = mine(await followUp());
    expect(row.visits.find((v: any) => v.visitNumber === 2)).toMatchObject({ state: 'PROPOSED', reportStage: null, slotsRemindedAt: reminded.visit.slotsRemindedAt });
    const other = (await t.gql(
      `mutation($id: ID!, $version: Int!, $slots: [VisitSlotInput!]!) { proposeOtherVisitSlots(visitId: $id, version: $version, slots: $slots) { visit { ${VISIT} } errors { code field message } } }`,
      { id: proposed.visit.id, version: reminded.visit.version, slots: [{ date: b, half: 'AM', format: 'ON_SITE', location: 'Marseille' }] },
      tutor,
    )).data.proposeOtherVisitSlots;
    expect(other.errors).toEqual([]);
    expect(other.visit.slotsRemindedAt).toBeNull();
  });
});
