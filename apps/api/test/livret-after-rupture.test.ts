import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, MISSION_FIELDS } from './support/fixtures.js';
import { confirmAs, linkSession, validate } from './support/journey.js';
import { activeContract, PDF_BASE64 } from './support/lifecycle-fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
const LIVRET = 'id version companyTutorName periods { number sheets { id version code author state editable } }';
const SAVE_SHEET = `mutation($input: SaveLivretSheetInput!) { saveLivretSheet(input: $input) { livret { ${LIVRET} } errors { code field } } }`;
const STEP = 'id version key needsScan done';
const RUPTURE = `id version state steps { ${STEP} }`;
const SAVE = `mutation($id: ID, $version: Int, $input: MissionInput!) { saveMissionDraft(id: $id, version: $version, input: $input) { mission { ${MISSION_FIELDS} } errors { code field message } } }`;
const ACT = (name: string) => `mutation($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) { mission { ${MISSION_FIELDS} } errors { code field message } } }`;

/**
 * §4.7 « un(e) alternant(e) doit tenir à jour un livret d'alternance, ainsi que son (ses)
 * tuteur(s) professionnel(s) » and §5 « il est possible d'en signer un nouveau afin de terminer
 * sa formation »: the year's livret, opened with the first contract's tutor, is kept after the
 * rupture by the new contract's tutor — who gets its link, fills it and is reminded — and no
 * longer by the former one.
 */
describe.each(DIALECTS)('livret after a rupture and a new contract (§4.7, §5) on %s', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let managerEmail: string;

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2025-10-15', smtpUrl: await smtp.start() });
    managerEmail = (await t.createUser('MANAGER', `manager-lr-${dialect}@miage.example`)).email;
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  const signIn = async (email: string): Promise<Auth> => ({ cookie: await t.login(email) });

  /** A session through the livret's link last mailed to `to` (§4.7). */
  async function livretSession(to: string): Promise<Auth> {
    const mail = smtp.to(to).filter((m) => m.subject.startsWith('Livret d’alternance')).at(-1);
    const token = /\/lien\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    expect(token).toBeTruthy();
    const opened = await t.post('/auth/link', { token: token! });
    expect(opened.status).toBe(200);
    return { cookie: opened.cookie! };
  }

  /** The contract is broken on `lastDay` (§5), every step done; a new contract at another organisation is validated after §3. Returns its tutor's address. */
  async function breakAndSignAnew(studentEmail: string, contractId: string, lastDay: string, siret: string, tag: string): Promise<string> {
    const manager = await signIn(managerEmail);
    const START = `mutation($c: ID!, $d: Date!) { startRupture(contractId: $c, reason: "Désaccord", lastDay: $d, skipMediation: true) { rupture { ${RUPTURE} } errors { code field } } }`;
    const started = await t.gql(START, { c: contractId, d: lastDay }, manager);
    expect(started.data.startRupture.errors).toEqual([]);
    let rupture = started.data.startRupture.rupture;
    for (const step of rupture.steps) {
      const r = step.needsScan
        ? (await t.gql(`mutation($id: ID!, $v: Int!, $doc: DocumentUpload!) { uploadRuptureScan(id: $id, version: $v, document: $doc) { errors { code } } }`, { id: step.id, v: step.version, doc: { fileName: 'scan.pdf', contentBase64: PDF_BASE64 } }, manager)).data.uploadRuptureScan
        : (await t.gql(`mutation($id: ID!, $v: Int!) { setRuptureStepDone(id: $id, version: $v, done: true) { errors { code } } }`, { id: step.id, v: step.version }, manager)).data.setRuptureStepDone;
      expect(r.errors).toEqual([]);
    }
    const completed = await t.gql(`mutation($id: ID!, $v: Int!) { completeRupture(id: $id, version: $v) { rupture { ${RUPTURE} } errors { code field } } }`, { id: rupture.id, v: rupture.version }, manager);
    expect(completed.data.completeRupture.errors).toEqual([]);
    rupture = completed.data.completeRupture.rupture;

    // The new contract, at another organisation, validated after the whole §3 procedure.
    const studentAuth = await signIn(studentEmail);
    const fresh = (await t.gql(`mutation($r: ID!) { startMissionAfterRupture(ruptureId: $r) { mission { id version } errors { code } } }`, { r: rupture.id }, studentAuth)).data.startMissionAfterRupture.mission;
    const newTutor = `nina-${tag}-${dialect}@nouvel-opa.example`;
    const newHr = `omar-${tag}-${dialect}@nouvel-opa.example`;
    const input = { organisation: { name: 'Nouvel OPA', siret, opco: 'OPCO Atlas' }, tutor1: { firstName: 'Nina', lastName: 'Nouvelle', email: newTutor }, hrContact: { firstName: 'Omar', lastName: 'RH', email: newHr }, context: 'Nouvelle équipe' };
    const saved = await t.gql(SAVE, { id: fresh.id, version: fresh.version, input }, studentAuth);
    expect(saved.data.saveMissionDraft.errors).toEqual([]);
    const submitted = await t.gql(ACT('submitMission'), { id: fresh.id, version: saved.data.saveMissionDraft.mission.version }, studentAuth);
    expect(submitted.data.submitMission.errors).toEqual([]);
    const asked = await t.gql(ACT('requestMissionConfirmations'), { id: fresh.id, version: submitted.data.submitMission.mission.version }, manager);
    expect(asked.data.requestMissionConfirmations.errors).toEqual([]);
    await t.app.mail.deliverDue();
    await confirmAs(t, await linkSession(t, smtp, newTutor), fresh.id);
    const confirmed = await confirmAs(t, await linkSession(t, smtp, newHr), fresh.id);
    expect(confirmed.mission.state).toBe('CONFIRMED');
    const validated = await validate(t, manager, fresh.id, confirmed.mission.version);
    expect(validated.errors).toEqual([]);
    await t.app.mail.deliverDue();
    return newTutor;
  }

  it('hands the livret over to the new contract’s tutor: link, sheets, reminders; the former tutor is out', async () => {
    let manager = await signIn(managerEmail);
    const { student, email: studentEmail } = await createStudent(t, { cohort: 'MASTER-2025', birthDate: '2003-05-10' });
    const { contract, tutorEmail: formerTutor } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03', siret: '33333333300011' });

    // October: the year's livret opens with the first contract's tutor, who gets its link.
    const opened = await t.gql('mutation { openLivrets(cohort: "MASTER-2025", academicYear: "2025-2026") { created errors { code } } }', {}, manager);
    expect(opened.data.openLivrets).toEqual({ created: 1, errors: [] });
    await t.app.mail.deliverDue();
    const formerToken = /\/lien\/([A-Za-z0-9_-]+)/.exec(smtp.to(formerTutor).find((m) => m.subject.startsWith('Livret d’alternance'))!.text)![1]!;

    // January: the contract is broken, last day 31/01/2026 (§5); another is signed elsewhere.
    t.clock.set('2026-01-05');
    const newTutor = await breakAndSignAnew(studentEmail, contract.id, '2026-01-31', '44444444400011', 'a');

    // The new tutor got the livret's link and fills the tutor's sheets of period 2.
    const linkMail = smtp.to(newTutor).find((m) => m.subject.startsWith('Livret d’alternance'));
    expect(linkMail?.subject).toBe(`Livret d’alternance de ${student.firstName} ${student.lastName} (2025-2026) : votre lien personnel`);
    const tutorAuth = await livretSession(newTutor);
    const livrets = await t.gql(`{ myLivrets { ${LIVRET} } }`, {}, tutorAuth);
    expect(livrets.data.myLivrets).toHaveLength(1);
    const livret = livrets.data.myLivrets[0];
    expect(livret.companyTutorName).toBe('Nina Nouvelle');
    const saveObjectives = await t.gql(SAVE_SHEET, { input: { livretId: livret.id, period: 2, code: 'OBJECTIVES', text: 'Objectifs chez le nouvel OPA', submit: true } }, tutorAuth);
    expect(saveObjectives.data.saveLivretSheet.errors).toEqual([]);

    // The former tutor's link no longer reaches the livret: they are not its tutor any more.
    expect((await t.post('/auth/link', { token: formerToken })).status).not.toBe(200);

    // March: period 1's tutor sheets are late; the reminder goes to the new tutor, not to the former one.
    t.clock.set('2026-03-10');
    manager = await signIn(managerEmail);
    const before = smtp.to(formerTutor).length;
    const reminded = await t.gql('mutation { sendLivretReminders { sent errors { code } } }', {}, manager);
    expect(reminded.data.sendLivretReminders.errors).toEqual([]);
    await t.app.mail.deliverDue();
    expect(smtp.to(newTutor).some((m) => m.subject === `Retard — livret d’alternance de ${student.firstName} ${student.lastName}, période 1`)).toBe(true);
    expect(smtp.to(formerTutor).slice(before).filter((m) => m.subject.includes('livret'))).toEqual([]);
  }, 60_000);
  it('opens the livret of a student whose contract was broken with the new contract’s tutor, never the former one', async () => {
    t.clock.set('2026-03-12');
    const { student, email: studentEmail } = await createStudent(t, { cohort: 'MASTER-2025', birthDate: '2003-06-11' });
    const { contract, tutorEmail: formerTutor } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03', siret: '55555555500011' });
    const newTutor = await breakAndSignAnew(studentEmail, contract.id, '2026-03-31', '66666666600011', 'b');
    const manager = await signIn(managerEmail);
    // The student has two validated missions now, the broken one first by creation: the livret is the new one's.
    const opened = await t.gql('mutation { openLivrets(cohort: "MASTER-2025", academicYear: "2025-2026") { created errors { code } } }', {}, manager);
    expect(opened.data.openLivrets.created).toBeGreaterThanOrEqual(1);
    await t.app.mail.deliverDue();
    expect(smtp.to(newTutor).some((m) => m.subject === `Livret d’alternance de ${student.firstName} ${student.lastName} (2025-2026) : votre lien personnel`)).toBe(true);
    expect(smtp.to(formerTutor).filter((m) => m.subject.includes('Livret'))).toEqual([]);
    const tutorAuth = await livretSession(newTutor);
    expect((await t.gql(`{ myLivrets { ${LIVRET} } }`, {}, tutorAuth)).data.myLivrets.map((l: any) => l.companyTutorName)).toEqual(['Nina Nouvelle']);
  }, 60_000);
  it('reminds the former tutor no more once the broken contract’s last day is past, before a new contract exists', async () => {
    t.clock.set('2026-02-02');
    let manager = await signIn(managerEmail);
    const { student, email: studentEmail } = await createStudent(t, { cohort: 'MASTER-2025', birthDate: '2003-07-12' });
    const { contract, tutorEmail: formerTutor } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03', siret: '88888888800011' });
    await t.gql('mutation { openLivrets(cohort: "MASTER-2025", academicYear: "2025-2026") { created } }', {}, manager);
    const started = (await t.gql(`mutation($c: ID!) { startRupture(contractId: $c, reason: "Désaccord", lastDay: "2026-03-03", skipMediation: true) { rupture { ${RUPTURE} } errors { code } } }`, { c: contract.id }, manager)).data.startRupture;
    for (const step of started.rupture.steps) {
      if (step.needsScan) await t.gql(`mutation($id: ID!, $v: Int!, $doc: DocumentUpload!) { uploadRuptureScan(id: $id, version: $v, document: $doc) { errors { code } } }`, { id: step.id, v: step.version, doc: { fileName: 'scan.pdf', contentBase64: PDF_BASE64 } }, manager);
      else await t.gql(`mutation($id: ID!, $v: Int!) { setRuptureStepDone(id: $id, version: $v, done: true) { errors { code } } }`, { id: step.id, v: step.version }, manager);
    }
    const completed = await t.gql(`mutation($id: ID!, $v: Int!) { completeRupture(id: $id, version: $v) { rupture { state } errors { code } } }`, { id: started.rupture.id, v: started.rupture.version }, manager);
    expect(completed.data.completeRupture.errors).toEqual([]);
    const period = (n: number) => (m: { subject: string }) => m.subject.endsWith(`livret d’alternance de ${student.firstName} ${student.lastName}, période ${n}`);
    // On the last day the tutor is still the alternant's: period 1's sheets are due, they are reminded.
    t.clock.set('2026-03-03');
    manager = await signIn(managerEmail);
    await t.gql('mutation { sendLivretReminders { sent } }', {}, manager);
    await t.app.mail.deliverDue();
    expect(smtp.to(formerTutor).filter(period(1)).length).toBeGreaterThan(0);
    // After it, the former tutor is not reminded of period 2's sheets any more; the alternant still is of theirs.
    t.clock.set('2026-06-01');
    manager = await signIn(managerEmail);
    await t.gql('mutation { sendLivretReminders { sent } }', {}, manager);
    await t.app.mail.deliverDue();
    expect(smtp.to(studentEmail).filter(period(2)).length).toBeGreaterThan(0);
    expect(smtp.to(formerTutor).filter(period(2))).toEqual([]);
  }, 60_000);
});
