import { SmtpSink } from '@alternance/smtp-sink';
import { addDays, calendarFor, defaultReferenceData, halfDayKind } from '@alternance/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { bodyOf, invitationOf } from './support/invitations.js';
import { lastLinkTo, validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

// §4.6: the academic tutor makes the visits; note 32: before one is assigned, the manager does.
// When the alternant changes hands, the visits still to hold follow — and whoever holds a
// scheduled visit's invitation must learn who now comes, or the former tutor goes and the new
// one never knows.
const VISIT = 'id version state visitNumber date icsSequence visitorName academicTutor { id } slots { id }';
const PROPOSE = `mutation($input: ProposeVisitSlotsInput!) { proposeVisitSlots(input: $input) { visit { ${VISIT} } errors { code field message } } }`;
const CHOOSE = `mutation($id: ID!, $version: Int!, $slot: ID!) { chooseVisitSlot(visitId: $id, version: $version, slotId: $slot) { visit { ${VISIT} } errors { code field message } } }`;
const ASSIGN = `mutation($a: [TutorAssignmentInput!]!, $tutor: ID) { assignAcademicTutor(assignments: $a, academicTutorId: $tutor) { students { id version } errors { code field message } } }`;
const STUDENT = 'query($id: ID!) { student(id: $id) { id version } }';
const ONE_VISIT = `query($id: ID!) { visit(id: $id) { ${VISIT} } }`;

/** The first weekday from `after` whose half-day is a company one in the M2-2026 calendar. */
function companyDay(after: string, half: 'AM' | 'PM'): string {
  const calendar = calendarFor(defaultReferenceData, 'M2-2026')!;
  for (let d = after; d < '2027-07-01'; d = addDays(d, 1)) if (halfDayKind(calendar, d, half) === 'COMPANY') return d;
  throw new Error(`no company ${half} from ${after}`);
}

describe.each(DIALECTS)('an academic tutor change hands the visits over (§4.6, note 32, %s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let paul: { id: string; email: string; name: string; auth: Auth };
  let nadia: { id: string; email: string; name: string; auth: Auth };
  let student: { id: string; email: string; name: string };
  let fiche: ReturnType<typeof validFiche>;
  const managerEmail = `manager-handover-${dialect}@miage.example`;
  let first: any;
  let second: any;

  async function tutorUser(email: string) {
    const user = await t.createUser('ACADEMIC_TUTOR', email);
    return { id: user.id, email, name: user.displayName, auth: { cookie: await t.login(email) } };
  }
  const version = async () => (await t.gql(STUDENT, { id: student.id }, manager)).data.student.version;
  const assign = async (tutorId: string | null) => {
    const done = (await t.gql(ASSIGN, { a: [{ studentId: student.id, version: await version() }], tutor: tutorId }, manager)).data.assignAcademicTutor;
    expect(done.errors).toEqual([]);
    await t.app.mail.deliverDue();
  };
  const mailsTo = (to: string, subject: string) => smtp.to(to).filter((m) => m.subject.startsWith(subject));

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    await t.createUser('MANAGER', managerEmail);
    manager = { cookie: await t.login(managerEmail) };
    const created = await createStudent(t);
    fiche = validFiche(`h-${dialect}`, dialect === 'sqlite' ? '71234567890124' : '81234567890124');
    await validatedMission(t, smtp, created.auth, manager, fiche);
    student = { id: created.student.id, email: created.email, name: `${created.student.firstName} ${created.student.lastName}` };

    // January 2027: Paul is the tutor; the 1st visit is scheduled with the company tutor, the 2nd proposed.
    t.clock.set('2027-01-04');
    manager = { cookie: await t.login(managerEmail) };
    paul = await tutorUser(`paul-${dialect}@miage.example`);
    nadia = await tutorUser(`nadia-${dialect}@miage.example`);
    await assign(paul.id);
    const day = companyDay('2027-01-05', 'AM');
    first = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 1, slots: [{ date: day, half: 'AM', format: 'ON_SITE', location: '12 rue de la République, Marseille' }] } }, paul.auth)).data.proposeVisitSlots.visit;
    await t.app.mail.deliverDue();
    const company = { cookie: (await t.post('/auth/link', { token: lastLinkTo(smtp, fiche.tutor1.email) })).cookie! };
    first = (await t.gql(CHOOSE, { id: first.id, version: first.version, slot: first.slots[0].id }, company)).data.chooseVisitSlot.visit;
    expect(first).toMatchObject({ state: 'SCHEDULED', icsSequence: 0 });
    second = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 2, slots: [{ date: companyDay('2027-04-05', 'PM'), half: 'PM', format: 'REMOTE', location: 'https://visio.example/v2' }] } }, paul.auth)).data.proposeVisitSlots;
    expect(second.errors).toEqual([]);
    second = second.visit;
    await t.app.mail.deliverDue();
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('to another tutor: the new one gets the scheduled visit’s invitation, the former its cancellation, the alternant and the company tutor the update', async () => {
    const scheduled = await invitationOf(mailsTo(paul.email, 'Visite confirmée').at(-1)!);
    await assign(nadia.id);

    const now = (await t.gql(ONE_VISIT, { id: first.id }, manager)).data.visit;
    expect(now).toMatchObject({ state: 'SCHEDULED', academicTutor: { id: nadia.id }, visitorName: nadia.name, icsSequence: 1 });
    expect((await t.gql(ONE_VISIT, { id: second.id }, manager)).data.visit).toMatchObject({ state: 'PROPOSED', academicTutor: { id: nadia.id }, icsSequence: 0 });

    // Nadia: the visit is hers, in her calendar, and her assignment mail lists both visits.
    const taken = mailsTo(nadia.email, 'Visite à réaliser — 1re visite');
    expect(taken).toHaveLength(1);
    const hers = await invitationOf(taken[0]!);
    expect(hers).toMatchObject({ method: 'REQUEST', uid: scheduled.uid, sequence: 1, start: scheduled.start });
    expect(hers.attendees).toContain(nadia.email);
    expect(hers.attendees).not.toContain(paul.email);
    expect(hers.description).toContain(nadia.name);
    expect(await bodyOf(taken[0]!)).toContain(`devait être réalisée par ${paul.name}`);
    const assigned = mailsTo(nadia.email, 'Alternant(e)s qui vous sont affecté(e)s').at(-1)!.text;
    expect(assigned).toContain('1re visite planifiée');
    expect(assigned).toContain('2de visite : créneaux proposés au tuteur en entreprise, en attente de son choix');
    expect(assigned).toContain('M2 MIAGE 2026/2027');

    // Paul: the visit leaves his calendar.
    const left = mailsTo(paul.email, 'Visite retirée de votre agenda — 1re visite');
    expect(left).toHaveLength(1);
    expect(await invitationOf(left[0]!)).toMatchObject({ method: 'CANCEL', uid: scheduled.uid, sequence: 1, attendees: [paul.email] });
    expect(await bodyOf(left[0]!)).toContain(`sera réalisée par ${nadia.name}`);

    // The alternant and the company tutor keep the event, updated to name who comes.
    for (const to of [student.email, fiche.tutor1.email]) {
      const updated = mailsTo(to, 'Visite mise à jour — 1re visite');
      expect(updated, to).toHaveLength(1);
      expect(await invitationOf(updated[0]!)).toMatchObject({ method: 'REQUEST', uid: scheduled.uid, sequence: 1 });
      expect(await bodyOf(updated[0]!)).toContain(`elle sera réalisée par ${nadia.name}, et non plus par ${paul.name}`);
    }
    // The proposed visit holds no event: nobody is mailed about it but Nadia's list.
    expect(smtp.mails.filter((m) => m.subject.includes('2de visite') && /mise à jour|retirée|à réaliser/.test(m.subject))).toEqual([]);
  });

  it('back to none (the manager acts, note 32): the manager gets the invitation, the tutor its cancellation', async () => {
    await assign(null);
    const taken = mailsTo(managerEmail, 'Visite à réaliser — 1re visite');
    expect(taken).toHaveLength(1);
    expect(await invitationOf(taken[0]!)).toMatchObject({ method: 'REQUEST', sequence: 2 });
    expect(await invitationOf(mailsTo(nadia.email, 'Visite retirée de votre agenda').at(-1)!)).toMatchObject({ method: 'CANCEL', sequence: 2, attendees: [nadia.email] });
    const update = mailsTo(student.email, 'Visite mise à jour — 1re visite').at(-1)!;
    expect(await bodyOf(update)).toContain('responsable de l’alternance, qui assure le rôle de tuteur universitaire');
    // Assigning the tutor the alternant already has changes nothing and mails nobody.
    await assign(paul.id);
    const count = smtp.mails.length;
    await assign(paul.id);
    expect(smtp.mails.length).toBe(count);
    expect((await t.gql(ONE_VISIT, { id: first.id }, paul.auth)).data.visit).toMatchObject({ academicTutor: { id: paul.id }, icsSequence: 3 });
  });

  it('a visit whose day has passed stays with the tutor who made it: no invitation nor cancellation, they write its report; the visit to come follows the alternant', async () => {
    // The 1st visit was held (January) without its report yet; the office hands the alternant to Nadia in February.
    t.clock.set('2027-02-01');
    manager = { cookie: await t.login(managerEmail) };
    paul.auth = { cookie: await t.login(paul.email) };
    nadia.auth = { cookie: await t.login(nadia.email) };
    const before = (await t.gql(ONE_VISIT, { id: first.id }, manager)).data.visit;
    expect(before).toMatchObject({ state: 'SCHEDULED', academicTutor: { id: paul.id } });
    const counts = () => [mailsTo(nadia.email, 'Visite à réaliser — 1re visite').length, mailsTo(paul.email, 'Visite retirée de votre agenda — 1re visite').length, smtp.mails.filter((m) => m.subject.startsWith('Visite mise à jour — 1re visite')).length];
    const sent = counts();
    await assign(nadia.id);

    expect((await t.gql(ONE_VISIT, { id: first.id }, manager)).data.visit).toMatchObject({ state: 'SCHEDULED', academicTutor: { id: paul.id }, visitorName: paul.name, icsSequence: before.icsSequence });
    expect((await t.gql(ONE_VISIT, { id: second.id }, manager)).data.visit).toMatchObject({ state: 'PROPOSED', academicTutor: { id: nadia.id } });
    // Nobody is invited to, cancelled from or updated about a visit already made.
    expect(counts()).toEqual(sent);
    const dayFr = `${first.date.slice(8, 10)}/${first.date.slice(5, 7)}/${first.date.slice(0, 4)}`;
    const assigned = mailsTo(nadia.email, 'Alternant(e)s qui vous sont affecté(e)s').at(-1)!.text.replace(/=\r?\n/g, '').replace(/\s+/g, ' ');
    expect(assigned).toContain(`Le compte rendu de la 1re visite du ${dayFr} reste à saisir par ${paul.name}`);
    expect(assigned).toContain('2de visite : créneaux proposés au tuteur en entreprise');
    expect(assigned).not.toContain('1re visite planifiée');
    const stays = mailsTo(paul.email, 'Compte rendu à saisir — 1re visite');
    expect(stays).toHaveLength(1);
    expect((await bodyOf(stays[0]!)).replace(/\s+/g, ' ')).toContain(`est désormais suivi(e) par ${nadia.name}. La 1re visite du ${dayFr} reste la vôtre`);

    // Paul finds it among his reports to write, reads it, and nothing else of the alternant.
    const KEPT = '{ visitReportsKept { id visitNumber reportStage studentName } }';
    expect((await t.gql(KEPT, {}, paul.auth)).data.visitReportsKept).toEqual([{ id: first.id, visitNumber: 1, reportStage: 'DUE', studentName: student.name }]);
    expect((await t.gql(KEPT, {}, nadia.auth)).data.visitReportsKept).toEqual([]);
    expect((await t.gql(ONE_VISIT, { id: first.id }, paul.auth)).data.visit).toMatchObject({ id: first.id, academicTutor: { id: paul.id } });
    expect((await t.gql('{ visits { id } }', {}, paul.auth)).data.visits.map((v: any) => v.id)).toEqual([first.id]);
    expect((await t.gql(ONE_VISIT, { id: second.id }, paul.auth)).data.visit).toBeNull();
    expect((await t.gql(STUDENT, { id: student.id }, paul.auth)).data.student).toBeNull();
    expect((await t.gql('{ alternantsFollowUp { items { student { id } } } }', {}, paul.auth)).data.alternantsFollowUp.items).toEqual([]);
    // He reports on it; he does not move nor cancel it — the alternant's visits to come are Nadia's.
    const MOVE = 'mutation($id: ID!, $version: Int!) { rescheduleVisit(visitId: $id, version: $version, slot: { date: "2027-03-01", half: AM, format: REMOTE, location: "https://visio.example/x" }) { errors { code field } } }';
    expect((await t.gql(MOVE, { id: first.id, version: before.version }, paul.auth)).data.rescheduleVisit.errors).toEqual([{ code: 'NOT_FOUND', field: 'visitId' }]);
    const CANCEL = 'mutation($id: ID!, $version: Int!) { cancelVisit(visitId: $id, version: $version, reason: "x") { errors { code field } } }';
    expect((await t.gql(CANCEL, { id: first.id, version: before.version }, paul.auth)).data.cancelVisit.errors).toEqual([{ code: 'NOT_FOUND', field: 'visitId' }]);
    const REPORT = `mutation($id: ID!, $version: Int!, $input: VisitReportInput!) { recordVisitReport(visitId: $id, version: $version, input: $input) { visit { ${VISIT} } errors { code field message } } }`;
    const input = { attendees: 'L’alternant(e), son tuteur, Paul', activities: 'Portail client', progress: 'Bonne', pointsOfAttention: '', tutorOpinion: 'Favorable', followUpNeeded: false };
    const reported = (await t.gql(REPORT, { id: first.id, version: before.version, input }, paul.auth)).data.recordVisitReport;
    expect(reported.errors).toEqual([]);
    expect(reported.visit).toMatchObject({ state: 'HELD', academicTutor: { id: paul.id } });
    expect((await t.gql(KEPT, {}, paul.auth)).data.visitReportsKept).toEqual([]);
  });
});
