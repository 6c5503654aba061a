import { SmtpSink } from '@alternance/smtp-sink';
import { addDays, calendarFor, defaultReferenceData, halfDayKind } from '@alternance/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Student } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { lastLinkTo } from './support/journey.js';
import { activeContract, PDF_BASE64 } from './support/lifecycle-fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
const VISIT = 'id version state visitNumber date slots { id date }';
const PROPOSE = `mutation($input: ProposeVisitSlotsInput!) { proposeVisitSlots(input: $input) { visit { ${VISIT} } errors { code field message } } }`;
const CHOOSE = `mutation($id: ID!, $version: Int!, $slot: ID!) { chooseVisitSlot(visitId: $id, version: $version, slotId: $slot) { visit { ${VISIT} } errors { code field message } } }`;

/** The company mornings of the M1-2025 calendar from `after` (note 34: « forcément un jour où l'alternant(e) est présent(e) »). */
function companyMornings(after: string, count: number): string[] {
  const calendar = calendarFor(defaultReferenceData, 'M1-2025')!;
  const days: string[] = [];
  for (let d = after; days.length < count; d = addDays(d, 1)) if (halfDayKind(calendar, d, 'AM') === 'COMPANY') days.push(d);
  return days;
}

/**
 * §4.6: the academic tutor visits the alternant « au sein de l'organisme professionnel d'accueil »,
 * « forcément un jour où l'alternant(e) est présent(e) » (note 34); §5: after a rupture the contract
 * ends on its last day. The visits still to hold in the organisation left are cancelled, everyone
 * invited is told, and the academic tutor hears of the rupture.
 */
describe.each(DIALECTS)('visits after a rupture (§4.6, §5) on %s', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  const managerEmail = `manager-vr-${dialect}@miage.example`;
  const academicEmail = `tuteur-univ-vr-${dialect}@miage.example`;

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-01-05', smtpUrl: await smtp.start() });
    await t.createUser('MANAGER', managerEmail);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('cancels the visits after the last day, keeps the one before, and tells the academic tutor', async () => {
    const manager: Auth = { cookie: await t.login(managerEmail) };
    const academicId = (await t.createUser('ACADEMIC_TUTOR', academicEmail)).id;
    const academic: Auth = { cookie: await t.login(academicEmail) };
    const { student, email: studentEmail } = await createStudent(t, { cohort: 'MASTER-2025', birthDate: '2003-05-10' });
    await t.orm.em.fork().nativeUpdate(Student, { id: student.id }, { academicTutor: academicId });
    const { contract, tutorEmail } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03', siret: '77777777700011' });
    const lastDay = '2026-01-31';
    const [january] = companyMornings('2026-01-12', 1);
    const february = companyMornings('2026-02-02', 2);
    expect(january! <= lastDay && february[0]! > lastDay).toBe(true);

    // Visit 1 set for February (its usual window), picked by the company tutor; visit 2 offered early, one slot in January.
    const slot = (date: string) => ({ date, half: 'AM', format: 'ON_SITE', location: '1 quai du Port, Marseille' });
    const first = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 1, slots: [slot(february[0]!)] } }, academic)).data.proposeVisitSlots;
    expect(first.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const companyTutor = { cookie: (await t.post('/auth/link', { token: lastLinkTo(smtp, tutorEmail) })).cookie! };
    const chosen = (await t.gql(CHOOSE, { id: first.visit.id, version: first.visit.version, slot: first.visit.slots[0].id }, companyTutor)).data.chooseVisitSlot;
    expect(chosen.visit).toMatchObject({ state: 'SCHEDULED', date: february[0] });
    const second = (await t.gql(PROPOSE, { input: { studentId: student.id, visitNumber: 2, slots: [slot(january!), slot(february[1]!)], acknowledgeWarnings: true } }, academic)).data.proposeVisitSlots;
    expect(second.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const sentBefore = { student: smtp.to(studentEmail).length, academic: smtp.to(academicEmail).length, tutor: smtp.to(tutorEmail).length };

    // The rupture, last day 31/01/2026, every step done, completed.
    const started = (await t.gql(`mutation($c: ID!, $d: Date!) { startRupture(contractId: $c, reason: "Désaccord", lastDay: $d, skipMediation: true) { rupture { id version steps { id version needsScan } } errors { code field } } }`, { c: contract.id, d: lastDay }, manager)).data.startRupture;
    expect(started.errors).toEqual([]);
    for (const step of started.rupture.steps) {
      const r = step.needsScan
        ? (await t.gql(`mutation($id: ID!, $v: Int!, $doc: DocumentUpload!) { uploadRuptureScan(id: $id, version: $v, document: $doc) { errors { code } } }`, { id: step.id, v: step.version, doc: { fileName: 'scan.pdf', contentBase64: PDF_BASE64 } }, manager)).data.uploadRuptureScan
        : (await t.gql(`mutation($id: ID!, $v: Int!) { setRuptureStepDone(id: $id, version: $v, done: true) { errors { code } } }`, { id: step.id, v: step.version }, manager)).data.setRuptureStepDone;
      expect(r.errors).toEqual([]);
    }
    const completed = (await t.gql(`mutation($id: ID!, $v: Int!) { completeRupture(id: $id, version: $v) { rupture { state } errors { code } } }`, { id: started.rupture.id, v: started.rupture.version }, manager)).data.completeRupture;
    expect(completed).toEqual({ rupture: { state: 'COMPLETED' }, errors: [] });
    await t.app.mail.deliverDue();

    // Visit 1, in February, can no longer take place: cancelled; visit 2 still has a slot within the contract.
    const visits = (await t.gql(`query($s: ID!) { visits(studentId: $s, academicYear: "2025-2026") { ${VISIT} } }`, { s: student.id }, academic)).data.visits;
    expect(visits.map((v: any) => [v.visitNumber, v.state]).sort()).toEqual([[1, 'CANCELLED'], [2, 'PROPOSED']]);
    // Everyone invited to visit 1 is told, with the reason; the academic tutor also hears of the rupture itself.
    const cancelled = (to: string, from: number) => smtp.to(to).slice(from).filter((m) => m.text.includes('Le contrat a pris fin le 31/01/2026'));
    expect(cancelled(studentEmail, sentBefore.student)).toHaveLength(1);
    expect(cancelled(academicEmail, sentBefore.academic)).toHaveLength(1);
    expect(cancelled(tutorEmail, sentBefore.tutor)).toHaveLength(1);
    const notices = smtp.to(academicEmail).slice(sentBefore.academic).filter((m) => m.subject === `Rupture de l’alternance de ${student.firstName} ${student.lastName} enregistrée`);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain('le contrat a pris fin le 31/01/2026 (inclus)');
  }, 60_000);
});
