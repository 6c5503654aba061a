import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// §2.1.1 note 5, §2.1.2 note 7: « La formation des étudiant(e)s en formation continue (FC) est TOUJOURS
// régie par une convention de formation, qu'il y ait une immersion professionnelle ou pas » — followed by
// the office on the student's record, as the APT is, and with the contract's checklist item when there is one.
const FOLLOW = `query($id: ID!) { student(id: $id) { id version status trainingAgreementSignedOn trainingAgreement { signedOn dueDate state daysLeft ref } } }`;
const RECORD = `mutation($id: ID!, $version: Int!, $on: Date) { recordTrainingAgreement(studentId: $id, version: $version, signedOn: $on) { student { id version trainingAgreementSignedOn trainingAgreement { state signedOn } } errors { code field message } } }`;
const CHECKLIST = `query($id: ID!) { contract(id: $id) { checklist { id version code dueDate done overdue } } }`;
const TICK = `mutation($id: ID!, $version: Int!, $done: Boolean!) { setChecklistItemDone(id: $id, version: $version, done: $done) { item { done } errors { code } } }`;

describe.each(DIALECTS)('an FC student’s convention de formation (§2.1.1 note 5, %s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let secretariat: Auth;

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    manager = await t.as('MANAGER');
    secretariat = await t.as('SECRETARIAT');
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('follows it for an FC student without any contract (FC-SANS): due before the training starts, recorded, withdrawn; never for FI', async () => {
    const fi = (await createStudent(t, { status: 'FI' })).student;
    const fiRead = (await t.gql(FOLLOW, { id: fi.id }, secretariat)).data.student;
    expect(fiRead.trainingAgreement).toBeNull();
    const refused = await t.gql(RECORD, { id: fi.id, version: fi.version, on: '2026-06-30' }, secretariat);
    expect(refused.data.recordTrainingAgreement.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'status' })]);

    const { student, auth } = await createStudent(t, { status: 'FC', cohort: 'M2-2026' });
    let read = (await t.gql(FOLLOW, { id: student.id }, secretariat)).data.student;
    // M2-2026 starts on 2026-09-03: the convention is due by the day before.
    expect(read.trainingAgreement).toEqual({ signedOn: null, dueDate: '2026-09-02', state: 'TO_DO', daysLeft: 63, ref: '§2.1.1 note 5, §2.1.2 note 7' });
    // The student reads their own follow-up too.
    expect((await t.gql(FOLLOW, { id: student.id }, auth)).data.student.trainingAgreement.state).toBe('TO_DO');

    const future = await t.gql(RECORD, { id: student.id, version: read.version, on: '2026-07-02' }, secretariat);
    expect(future.data.recordTrainingAgreement.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'signedOn' })]);
    const bad = await t.gql(RECORD, { id: student.id, version: read.version, on: '2026-02-30' }, secretariat);
    expect(bad.errors?.[0]?.message ?? bad.data.recordTrainingAgreement.errors[0].field).toMatch(/signedOn|Date/);
    const recorded = await t.gql(RECORD, { id: student.id, version: read.version, on: '2026-06-25' }, secretariat);
    expect(recorded.data.recordTrainingAgreement.errors).toEqual([]);
    expect(recorded.data.recordTrainingAgreement.student).toMatchObject({ trainingAgreementSignedOn: '2026-06-25', trainingAgreement: { state: 'SIGNED', signedOn: '2026-06-25' } });
    // A second office member with the version read before: refused, not overwritten.
    const stale = await t.gql(RECORD, { id: student.id, version: read.version, on: null }, manager);
    expect(stale.data.recordTrainingAgreement.errors[0].code).toBe('CONFLICT');
    read = (await t.gql(FOLLOW, { id: student.id }, secretariat)).data.student;
    expect(read.trainingAgreementSignedOn).toBe('2026-06-25');

    // A student cannot record it.
    const byStudent = await t.gql(RECORD, { id: student.id, version: read.version, on: '2026-06-25' }, auth);
    expect(byStudent.errors?.[0]?.extensions?.code ?? byStudent.data?.recordTrainingAgreement?.errors?.[0]?.code).toBe('FORBIDDEN');

    const withdrawn = await t.gql(RECORD, { id: student.id, version: read.version, on: null }, secretariat);
    expect(withdrawn.data.recordTrainingAgreement.student.trainingAgreement).toEqual({ state: 'TO_DO', signedOn: null });
  });

  it('FC-CPRO: the contract’s SFCA item (« dès validation ») sets the due date, and the record and the item follow each other', async () => {
    const { student, auth } = await createStudent(t, { status: 'FC', birthDate: '1990-03-10', cohort: 'M2-2026' });
    const mission = await validatedMission(t, smtp, auth, manager, { ...validFiche('fc1', '52345678901234'), contractType: 'CPRO' });
    const item = mission.contract.checklist.find((i: { code: string }) => i.code === 'TRAINING_AGREEMENT_SFCA');
    expect(item).toMatchObject({ done: false });
    let read = (await t.gql(FOLLOW, { id: student.id }, secretariat)).data.student;
    expect(read.trainingAgreement.dueDate).toBe(item.dueDate);
    expect(item.dueDate < '2026-09-02').toBe(true);

    // Recorded on the student: the contract's item is ticked.
    const recorded = await t.gql(RECORD, { id: student.id, version: read.version, on: '2026-07-01' }, secretariat);
    expect(recorded.data.recordTrainingAgreement.errors).toEqual([]);
    let checklist = (await t.gql(CHECKLIST, { id: mission.contract.id }, manager)).data.contract.checklist;
    const ticked = checklist.find((i: { code: string }) => i.code === 'TRAINING_AGREEMENT_SFCA');
    expect(ticked.done).toBe(true);

    // Unticked in the contract's list: the student's record follows; ticked again, it is signed today.
    expect((await t.gql(TICK, { id: ticked.id, version: ticked.version, done: false }, secretariat)).data.setChecklistItemDone.errors).toEqual([]);
    read = (await t.gql(FOLLOW, { id: student.id }, secretariat)).data.student;
    // Due 5 jours ouvrables after the validation: the contract's checklist warns of it already (checklistAttentionLimit,
    // §3.4), and so does the student's record — one rule for the same convention, not calendar days on one side.
    expect(read.trainingAgreement).toMatchObject({ signedOn: null, state: 'DUE_SOON', dueDate: item.dueDate });
    checklist = (await t.gql(CHECKLIST, { id: mission.contract.id }, manager)).data.contract.checklist;
    const unticked = checklist.find((i: { code: string }) => i.code === 'TRAINING_AGREEMENT_SFCA');
    expect(unticked).toMatchObject({ done: false, overdue: true });
    expect((await t.gql(TICK, { id: unticked.id, version: unticked.version, done: true }, secretariat)).data.setChecklistItemDone.errors).toEqual([]);
    read = (await t.gql(FOLLOW, { id: student.id }, secretariat)).data.student;
    expect(read.trainingAgreement).toMatchObject({ signedOn: '2026-07-01', state: 'SIGNED' });
  });

  it('FC-CPRO validated after the convention was recorded: its SFCA item is done from the start, as the record says', async () => {
    const { student, auth } = await createStudent(t, { status: 'FC', birthDate: '1988-05-12', cohort: 'M2-2026' });
    const read = (await t.gql(FOLLOW, { id: student.id }, secretariat)).data.student;
    expect((await t.gql(RECORD, { id: student.id, version: read.version, on: '2026-06-20' }, secretariat)).data.recordTrainingAgreement.errors).toEqual([]);
    const mission = await validatedMission(t, smtp, auth, manager, { ...validFiche('fc2', '52345678901235'), contractType: 'CPRO' });
    expect(mission.contract.checklist.find((i: { code: string }) => i.code === 'TRAINING_AGREEMENT_SFCA')).toMatchObject({ done: true });
    expect((await t.gql(FOLLOW, { id: student.id }, secretariat)).data.student.trainingAgreement).toMatchObject({ signedOn: '2026-06-20', state: 'SIGNED' });
  });
});
