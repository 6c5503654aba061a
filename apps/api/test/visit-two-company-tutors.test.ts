import { SmtpSink } from '@alternance/smtp-sink';
import { addDays, calendarFor, defaultReferenceData, halfDayKind } from '@alternance/domain';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { CompanyTutor } from '../src/modules/people/people.entities.js';
import { sweepUnansweredVisitProposals } from '../src/modules/visits/visit-reminders.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { lastLinkTo, validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

// §4.6 note 34: « Rendez-vous à caler avec le(s) tuteur(s) professionnel(s) »; §3.1: a contract may
// name a second company tutor. Both get the slots, each with their own link; either picks (the first
// pick wins) or declines with their availability; everyone is told who picked.
const VISIT = 'id version state date slotChosenByName companyTutorNames slotsDeclinedAt slotsDeclinedNote slotsDeclinedByMe slotDeclines { companyTutorName availability } slotsUnanswered slots { id date half }';
const PROPOSE = `mutation($input: ProposeVisitSlotsInput!) { proposeVisitSlots(input: $input) { visit { ${VISIT} } errors { code field message } } }`;
const DECLINE = `mutation($id: ID!, $version: Int!, $availability: String!) { declineVisitSlots(visitId: $id, version: $version, availability: $availability) { visit { ${VISIT} } errors { code field message } } }`;
const OTHER = `mutation($id: ID!, $version: Int!, $slots: [VisitSlotInput!]!) { proposeOtherVisitSlots(visitId: $id, version: $version, slots: $slots) { visit { ${VISIT} } errors { code field message } } }`;
const CHOOSE = `mutation($id: ID!, $version: Int!, $slot: ID!) { chooseVisitSlot(visitId: $id, version: $version, slotId: $slot) { visit { ${VISIT} } errors { code field message } } }`;
const CANCEL = `mutation($id: ID!, $version: Int!, $reason: String!) { cancelVisit(visitId: $id, version: $version, reason: $reason) { visit { ${VISIT} } errors { code field message } } }`;
const READ = `query($id: ID!) { visit(id: $id) { ${VISIT} } }`;
// The portal's overview and « Mes alternant(e)s » selection (read as plain rows): both tutors named, declines and unanswered proposals shown.
const FOLLOW_UP = `query($filter: AlternantFollowUpFilter) { alternantsFollowUp(filter: $filter) { items { student { id } companyTutorName companyTutorNames visits { id state visitNumber date slotDeclines { companyTutorName availability } slotsUnanswered } } } }`;
const ASSIGN = `mutation($a: [TutorAssignmentInput!]!, $tutor: ID) { assignAcademicTutor(assignments: $a, academicTutorId: $tutor) { errors { code field message } } }`;

/** The weekdays from `after` whose half-day is a company one in the M2-2026 calendar. */
function companyDays(after: string, half: 'AM' | 'PM', count: number): string[] {
  const calendar = calendarFor(defaultReferenceData, 'M2-2026')!;
  const found: string[] = [];
  for (let d = after; found.length < count && d < '2027-07-01'; d = addDays(d, 1)) if (halfDayKind(calendar, d, half) === 'COMPANY') found.push(d);
  return found;
}

const flat = (text: string) => text.replace(/=\r?\n/g, '');

describe.each(DIALECTS)('a visit with two company tutors (§4.6 note 34, §3.1, %s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let tutor: { id: string; email: string; auth: Auth };
  let student: { id: string; email: string };
  let fiche: ReturnType<typeof validFiche>;
  const managerEmail = `manager-two-${dialect}@miage.example`;
  const tutor2Email = `marc-second-${dialect}@calanques.example`;
  let visit: any;

  const linkOf = async (email: string) => ({ cookie: (await t.post('/auth/link', { token: lastLinkTo(smtp, email) })).cookie! });
  const version = async () => (await t.gql('query($id: ID!) { student(id: $id) { version } }', { id: student.id }, manager)).data.student.version;
  const proposals = (email: string) => smtp.to(email).filter((m) => m.subject.includes('merci de choisir un créneau'));
  async function dayIs(today: string): Promise<void> {
    t.clock.set(today);
    manager = { cookie: await t.login(managerEmail) };
    tutor.auth = { cookie: await t.login(tutor.email) };
  }

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    await t.createUser('MANAGER', managerEmail);
    manager = { cookie: await t.login(managerEmail) };
    const created = await createStudent(t);
    student = { id: created.student.id, email: created.email };
    fiche = validFiche(`two-${dialect}`, dialect === 'sqlite' ? '71234567890126' : '81234567890126');
    const validated = await validatedMission(t, smtp, created.auth, manager, fiche);
    const em = t.orm.em.fork();
    const mission = await em.findOneOrFail(Mission, validated.id, { populate: ['tutor1'] });
    mission.tutor2 = Object.assign(new CompanyTutor(), { firstName: 'Marc', lastName: 'Second', email: tutor2Email, organisation: mission.tutor1!.organisation });
    await em.flush();
    const user = await t.createUser('ACADEMIC_TUTOR', `paul-two-${dialect}@miage.example`);
    tutor = { id: user.id, email: user.email, auth: { cookie: '' } };
    await dayIs('2027-01-04');
    expect((await t.gql(ASSIGN, { a: [{ studentId: student.id, version: await version() }], tutor: tutor.id }, manager)).data.assignAcademicTutor.errors).toEqual([]);
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('mails the slots to both company tutors, each with their own link, each told of the other', async () => {
    const [a, b] = companyDays('2027-01-05', 'AM', 2);
    const proposed = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 1, slots: [a, b].map((date) => ({ date, half: 'AM', format: 'ON_SITE', location: '12 rue de la République, Marseille' })) } }, tutor.auth)).data.proposeVisitSlots;
    expect(proposed.errors).toEqual([]);
    visit = proposed.visit;
    expect(visit.companyTutorNames).toEqual(['Julie Tutrice', 'Marc Second']);
    // The office's visits overview and the tutor's « Mes alternant(e)s » name both company tutors (§3.1), as does the student's « Mes visites ».
    for (const auth of [manager, tutor.auth]) {
      const row = (await t.gql(FOLLOW_UP, { filter: { studentId: student.id } }, auth)).data.alternantsFollowUp.items[0];
      expect(row).toMatchObject({ companyTutorName: 'Julie Tutrice', companyTutorNames: ['Julie Tutrice', 'Marc Second'] });
      expect(row.visits).toMatchObject([{ id: visit.id, state: 'PROPOSED', slotDeclines: [], slotsUnanswered: false }]);
    }
    const own = (await t.gql('{ visits { id companyTutorNames } }', {}, { cookie: await t.login(student.email) })).data.visits;
    expect(own).toEqual([{ id: visit.id, companyTutorNames: ['Julie Tutrice', 'Marc Second'] }]);
    await t.app.mail.deliverDue();
    expect(proposals(fiche.tutor1.email)).toHaveLength(1);
    expect(proposals(tutor2Email)).toHaveLength(1);
    expect(lastLinkTo(smtp, tutor2Email)).not.toBe(lastLinkTo(smtp, fiche.tutor1.email));
    expect(flat(proposals(fiche.tutor1.email)[0]!.text)).toContain('aussi proposés à Marc Second');
    expect(flat(proposals(tutor2Email)[0]!.text)).toContain('aussi proposés à Julie Tutrice');
    // Tutor 2's link opens the visit, as tutor 1's does.
    const read = (await t.gql(READ, { id: visit.id }, await linkOf(tutor2Email))).data.visit;
    expect(read).toMatchObject({ id: visit.id, state: 'PROPOSED', slotsDeclinedByMe: false });
  });

  it('tutor 1 declines: the visitor is told Marc Second may still pick; tutor 1’s link is spent, tutor 2’s still works and picks', async () => {
    const julie = await linkOf(fiche.tutor1.email);
    const declined = (await t.gql(DECLINE, { id: visit.id, version: visit.version, availability: 'Les jeudis de février' }, julie)).data.declineVisitSlots;
    expect(declined.errors).toEqual([]);
    expect(declined.visit).toMatchObject({ state: 'PROPOSED', slotsDeclinedNote: 'Les jeudis de février', slotsDeclinedByMe: true, slotDeclines: [{ companyTutorName: 'Julie Tutrice', availability: 'Les jeudis de février' }] });
    expect((await t.post('/auth/link', { token: lastLinkTo(smtp, fiche.tutor1.email) })).status).toBe(410);
    // Declining twice is refused, saying so.
    const again = (await t.gql(DECLINE, { id: visit.id, version: declined.visit.version, availability: 'Toujours pas' }, julie)).data.declineVisitSlots;
    expect(again.errors).toMatchObject([{ code: 'INVALID_TRANSITION', field: 'availability' }]);
    expect(again.errors[0].message).toContain('déjà indiqué');
    // The office sees the refusal and the availability in its overview, to act on it.
    const row = (await t.gql(FOLLOW_UP, { filter: { studentId: student.id } }, manager)).data.alternantsFollowUp.items[0];
    expect(row.visits).toMatchObject([{ id: visit.id, state: 'PROPOSED', slotDeclines: [{ companyTutorName: 'Julie Tutrice', availability: 'Les jeudis de février' }], slotsUnanswered: false }]);
    await t.app.mail.deliverDue();
    const told = smtp.to(tutor.email).filter((m) => m.subject.startsWith('Aucun créneau ne convient — 1re visite'));
    expect(told).toHaveLength(1);
    expect(flat(told[0]!.text)).toContain('Julie Tutrice, tuteur en entreprise');
    expect(flat(told[0]!.text)).toContain('Marc Second, également tuteur en entreprise, n’a pas encore répondu');

    const marc = await linkOf(tutor2Email);
    expect((await t.gql(READ, { id: visit.id }, marc)).data.visit.slotsDeclinedByMe).toBe(false);
    const chosen = (await t.gql(CHOOSE, { id: visit.id, version: declined.visit.version, slot: visit.slots[1].id }, marc)).data.chooseVisitSlot;
    expect(chosen.errors).toEqual([]);
    expect(chosen.visit).toMatchObject({ state: 'SCHEDULED', date: visit.slots[1].date, slotChosenByName: 'Marc Second' });
    expect((await t.post('/auth/link', { token: lastLinkTo(smtp, tutor2Email) })).status).toBe(410);
    // The visitor sees who picked.
    expect((await t.gql(READ, { id: visit.id }, tutor.auth)).data.visit.slotChosenByName).toBe('Marc Second');

    // Tutor 1's open session picks too late: refused, naming who picked and the day.
    const late = (await t.gql(CHOOSE, { id: visit.id, version: declined.visit.version, slot: visit.slots[0].id }, julie)).data.chooseVisitSlot;
    expect(late.visit).toBeNull();
    expect(late.errors).toMatchObject([{ code: 'INVALID_TRANSITION', field: 'slotId' }]);
    expect(late.errors[0].message).toContain('déjà retenu pour cette visite par Marc Second');

    // Everyone — both tutors, the alternant, the visitor — gets the confirmation naming who picked, with the invitation.
    await t.app.mail.deliverDue();
    const confirmed = smtp.mails.filter((m) => m.subject.startsWith('Visite confirmée — 1re visite'));
    expect(confirmed.flatMap((m) => m.to).sort()).toEqual([fiche.tutor1.email, tutor2Email, student.email, tutor.email].sort());
    for (const mail of confirmed) {
      const parsed = await simpleParser(mail.raw);
      expect(parsed.text).toContain('Marc Second a retenu ce créneau');
      expect(parsed.text).toContain('Tuteurs en entreprise : Julie Tutrice, Marc Second');
      expect(parsed.attachments.some((x) => x.contentType.startsWith('text/calendar')), mail.to.join()).toBe(true);
    }
  });

  let second: any;
  let scheduled: any;

  it('the unanswered sweep counts tutor 2’s refusal as an answer; with no answer from either, it names both tutors', async () => {
    const [c, d] = companyDays('2027-04-05', 'PM', 2) as [string, string];
    second = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 2, slots: [{ date: c, half: 'PM', format: 'ON_SITE', location: 'Sur place' }] } }, tutor.auth)).data.proposeVisitSlots.visit;
    await t.app.mail.deliverDue();
    const declined = (await t.gql(DECLINE, { id: second.id, version: second.version, availability: 'Semaine du 12 avril' }, await linkOf(tutor2Email))).data.declineVisitSlots;
    expect(declined.errors).toEqual([]);
    const sweep = () => sweepUnansweredVisitProposals(t.orm.em, t.clock, 'https://alternance.example');
    await dayIs(addDays(c, 1));
    expect((await t.gql(READ, { id: second.id }, tutor.auth)).data.visit.slotsUnanswered).toBe(false);
    expect((await sweep()).sent).toBe(0);

    const other = (await t.gql(OTHER, { id: second.id, version: declined.visit.version, slots: [{ date: d, half: 'PM', format: 'ON_SITE', location: 'Sur place' }] }, tutor.auth)).data.proposeOtherVisitSlots;
    expect(other.errors).toEqual([]);
    expect(other.visit).toMatchObject({ slotDeclines: [], slotsDeclinedAt: null });
    await t.app.mail.deliverDue();
    // Both tutors get the new slots — tutor 2 too, whose former link was spent.
    expect(smtp.to(tutor2Email).filter((m) => m.subject.includes('nouveaux créneaux'))).toHaveLength(1);
    expect(smtp.to(fiche.tutor1.email).filter((m) => m.subject.includes('nouveaux créneaux'))).toHaveLength(1);
    await dayIs(addDays(d, 1));
    expect((await sweep()).sent).toBe(1);
    await t.app.mail.deliverDue();
    const unanswered = smtp.to(tutor.email).filter((m) => m.subject.startsWith('Créneaux restés sans réponse — 2de visite'));
    expect(unanswered).toHaveLength(1);
    expect(flat(unanswered[0]!.text)).toContain('Julie Tutrice et Marc Second, tuteurs en entreprise');
    // Unanswered after the sweep: the overview says so, for the office to act.
    const row = (await t.gql(FOLLOW_UP, { filter: { studentId: student.id } }, manager)).data.alternantsFollowUp.items[0];
    expect(row.visits.find((v: any) => v.id === second.id)).toMatchObject({ state: 'PROPOSED', slotDeclines: [], slotsUnanswered: true });
    second = (await t.gql(READ, { id: second.id }, tutor.auth)).data.visit;
  });

  it('two picks at once, one from each tutor: one schedules the visit, the other is refused naming who picked; one confirmation each', async () => {
    expect((await t.gql(CANCEL, { id: second.id, version: second.version, reason: 'Nouvelle proposition' }, tutor.auth)).data.cancelVisit.errors).toEqual([]);
    const [e, f] = companyDays(addDays(t.clock.today(), 1), 'PM', 2) as [string, string];
    const fresh = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 2, slots: [e, f].map((date) => ({ date, half: 'PM', format: 'ON_SITE', location: 'Sur place' })) } }, tutor.auth)).data.proposeVisitSlots;
    expect(fresh.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const [julie, marc] = [await linkOf(fiche.tutor1.email), await linkOf(tutor2Email)];
    const before = smtp.mails.length;
    const answers = await Promise.all([
      t.gql(CHOOSE, { id: fresh.visit.id, version: fresh.visit.version, slot: fresh.visit.slots[0].id }, julie),
      t.gql(CHOOSE, { id: fresh.visit.id, version: fresh.visit.version, slot: fresh.visit.slots[1].id }, marc),
    ]);
    const payloads = answers.map((a) => a.data.chooseVisitSlot);
    const won = payloads.filter((p) => p.errors.length === 0);
    const lost = payloads.filter((p) => p.errors.length > 0);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = won[0].visit.slotChosenByName;
    expect(['Julie Tutrice', 'Marc Second']).toContain(winner);
    expect(lost[0].errors).toMatchObject([{ code: 'INVALID_TRANSITION', field: 'slotId' }]);
    expect(lost[0].errors[0].message).toContain(`déjà retenu pour cette visite par ${winner}`);
    const stored = (await t.gql(READ, { id: fresh.visit.id }, tutor.auth)).data.visit;
    scheduled = stored;
    expect(stored).toMatchObject({ state: 'SCHEDULED', date: won[0].visit.date, slotChosenByName: winner });
    await t.app.mail.deliverDue();
    const confirmed = smtp.mails.slice(before).filter((m) => m.subject.startsWith('Visite confirmée — 2de visite'));
    expect(confirmed.flatMap((m) => m.to).sort()).toEqual([fiche.tutor1.email, tutor2Email, student.email, tutor.email].sort());
  });

  it('the proposal cancelled before any pick (previous test) was told to both company tutors', async () => {
    const current = (await t.gql(READ, { id: second.id }, tutor.auth)).data.visit;
    expect(current.state).toBe('CANCELLED');
    const { visits } = (await t.gql('query($s: ID!) { visits(studentId: $s) { id state } }', { s: student.id }, tutor.auth)).data;
    const live = visits.find((v: any) => v.state === 'SCHEDULED' && v.id !== visit.id);
    expect(live).toBeTruthy();
    const cancelled = smtp.mails.filter((m) => m.subject.startsWith('Visite annulée — 2de visite'));
    expect(cancelled.flatMap((m) => m.to).sort()).toEqual([fiche.tutor1.email, tutor2Email].sort());
  });

  it('tutor 2 replaced while slots are proposed (§3.1): the new tutor 2 gets them with their own link, the former one’s stops; tutor 1 is not mailed again', async () => {
    expect((await t.gql(CANCEL, { id: scheduled.id, version: scheduled.version, reason: 'Réorganisation' }, tutor.auth)).data.cancelVisit.errors).toEqual([]);
    const [g] = companyDays(addDays(t.clock.today(), 1), 'AM', 1) as [string];
    const proposed = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 2, slots: [{ date: g, half: 'AM', format: 'ON_SITE', location: 'Sur place' }] } }, tutor.auth)).data.proposeVisitSlots;
    expect(proposed.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const formerLink = lastLinkTo(smtp, tutor2Email);
    const tutor1Proposals = proposals(fiche.tutor1.email).length;
    const { contracts } = (await t.gql('{ contracts(first: 20) { id version student { id } } }', {}, manager)).data;
    const contract = contracts.find((c: any) => c.student.id === student.id);
    const nora = `nora-relais-${dialect}@calanques.example`;
    const CHANGE = 'mutation($c: ID!, $v: Int!, $i: CompanyTutorChangeInput!) { changeCompanyTutor(contractId: $c, version: $v, input: $i) { errors { code field message } } }';
    const input = { slot: 2, tutor: { firstName: 'Nora', lastName: 'Relais', email: nora, jobTitle: 'Responsable d’équipe' }, effectiveOn: t.clock.today(), avenantSignedOn: addDays(t.clock.today(), -1), reason: 'Marc Second change de service' };
    expect((await t.gql(CHANGE, { c: contract.id, v: contract.version, i: input }, manager)).data.changeCompanyTutor.errors).toEqual([]);
    await t.app.mail.deliverDue();
    expect(proposals(nora)).toHaveLength(1);
    expect(flat(proposals(nora)[0]!.text)).toContain('aussi proposés à Julie Tutrice');
    expect(proposals(fiche.tutor1.email)).toHaveLength(tutor1Proposals);
    expect((await t.post('/auth/link', { token: formerLink })).status).toBe(410);
    const slotLink = /\/lien\/([A-Za-z0-9_-]+)/.exec(proposals(nora)[0]!.text)![1]!;
    const noraAuth = { cookie: (await t.post('/auth/link', { token: slotLink })).cookie! };
    const answer = await t.gql(CHOOSE, { id: proposed.visit.id, version: (await t.gql(READ, { id: proposed.visit.id }, tutor.auth)).data.visit.version, slot: proposed.visit.slots[0].id }, noraAuth);
    expect(answer.errors).toBeUndefined();
    const chosen = answer.data.chooseVisitSlot;
    expect(chosen.errors).toEqual([]);
    expect(chosen.visit).toMatchObject({ state: 'SCHEDULED', slotChosenByName: 'Nora Relais', companyTutorNames: ['Julie Tutrice', 'Nora Relais'] });
  });
});
