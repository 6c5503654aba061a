import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, MISSION_FIELDS, validFiche } from './support/fixtures.js';
import { validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

const RECORD = `mutation($id: ID!, $version: Int!, $on: Date) { recordApt(studentId: $id, version: $version, obtainedOn: $on) { student { id version aptObtained aptObtainedOn } errors { code field message } } }`;
const CONTRACT = `query($id: ID!) { contract(id: $id) { findings { code } checklist { code done } } }`;

describe.each(DIALECTS)('APT after validation, stage-alternance approval (issue 9 §1, %s)', (dialect) => {
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
  /** Moves the API's clock; sessions idle that long are gone, so the office signs in again. */
  async function travel(day: string): Promise<void> {
    t.clock.set(day);
    manager = await t.as('MANAGER');
    secretariat = await t.as('SECRETARIAT');
  }

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('validates a foreign apprentice without APT; the APT is a checklist item until the DDC, then an error; recording it ticks the item', async () => {
    const { auth, student } = await createStudent(t, { foreign: true, aptObtained: false });
    const mission = await validatedMission(t, smtp, auth, manager, validFiche('apt1', '32345678901234'));
    expect(mission.state).toBe('VALIDATED');
    expect(mission.findings.map((f: { code: string }) => f.code)).not.toContain('APT_MISSING');
    const workPermit = mission.contract.checklist.find((i: { code: string }) => i.code === 'WORK_PERMIT');
    expect(workPermit).toMatchObject({ dueDate: '2026-09-02', done: false });

    // The day before the DDC: not yet an error. On the DDC without APT: the contract is void.
    await travel('2026-09-02');
    expect((await t.gql(CONTRACT, { id: mission.contract.id }, manager)).data.contract.findings.map((f: { code: string }) => f.code)).not.toContain('APT_MISSING');
    await travel('2026-09-03');
    expect((await t.gql(CONTRACT, { id: mission.contract.id }, manager)).data.contract.findings.map((f: { code: string }) => f.code)).toContain('APT_MISSING');
    await travel('2026-07-20');

    // Recording it: not in the future, then the day it was obtained.
    const future = await t.gql(RECORD, { id: student.id, version: student.version, on: '2026-07-21' }, secretariat);
    expect(future.data.recordApt.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'obtainedOn' })]);
    const recorded = await t.gql(RECORD, { id: student.id, version: student.version, on: '2026-07-15' }, secretariat);
    expect(recorded.data.recordApt.errors).toEqual([]);
    expect(recorded.data.recordApt.student).toMatchObject({ aptObtained: true, aptObtainedOn: '2026-07-15' });
    const stale = await t.gql(RECORD, { id: student.id, version: student.version, on: '2026-07-15' }, secretariat);
    expect(stale.data.recordApt.errors[0].code).toBe('CONFLICT');
    await travel('2026-09-03');
    const after = (await t.gql(CONTRACT, { id: mission.contract.id }, manager)).data.contract;
    expect(after.findings.map((f: { code: string }) => f.code)).not.toContain('APT_MISSING');
    expect(after.checklist.find((i: { code: string }) => i.code === 'WORK_PERMIT').done).toBe(true);
    await travel('2026-07-01');
  });

  it('an APT obtained on the DDC came too late (§3.4, note 26 « AVANT son début »): APT_MISSING, the contract\'s step not done', async () => {
    const { auth, student } = await createStudent(t, { foreign: true, aptObtained: false });
    const mission = await validatedMission(t, smtp, auth, manager, validFiche('apt2', '32345678901235'));
    expect(mission.state).toBe('VALIDATED');
    // The DDC is 2026-09-03: an APT of that very day does not make it valid.
    await travel('2026-09-03');
    const recorded = await t.gql(RECORD, { id: student.id, version: student.version, on: '2026-09-03' }, secretariat);
    expect(recorded.data.recordApt.errors).toEqual([]);
    const late = (await t.gql(`query($id: ID!) { contract(id: $id) { findings { code field message } checklist { code done } } }`, { id: mission.contract.id }, manager)).data.contract;
    expect(late.findings).toContainEqual(expect.objectContaining({ code: 'APT_MISSING', field: 'aptObtained', message: expect.stringContaining('obtenue le 03/09/2026, pas avant la date de début du contrat (DDC) du 03/09/2026') }));
    expect(late.checklist.find((i: { code: string }) => i.code === 'WORK_PERMIT').done).toBe(false);
    // The day before: held before the DDC, the contract stands and its step is done.
    const fixed = await t.gql(RECORD, { id: student.id, version: recorded.data.recordApt.student.version, on: '2026-09-02' }, secretariat);
    expect(fixed.data.recordApt.errors).toEqual([]);
    const ok = (await t.gql(CONTRACT, { id: mission.contract.id }, manager)).data.contract;
    expect(ok.findings.map((f: { code: string }) => f.code)).not.toContain('APT_MISSING');
    expect(ok.checklist.find((i: { code: string }) => i.code === 'WORK_PERMIT').done).toBe(true);
    // The add-in's roster carries the day, for the APT column.
    const rows = (await t.gql(`{ rosterRows { missionId aptObtained aptObtainedOn } }`, {}, secretariat)).data.rosterRows;
    expect(rows.find((r: { missionId: string }) => r.missionId === mission.id)).toMatchObject({ aptObtained: true, aptObtainedOn: '2026-09-02' });
    await travel('2026-07-01');
  });

  it('ticking the contract\'s APT step records the APT on the student, whose rules read it; unticking withdraws it', async () => {
    const { auth, student } = await createStudent(t, { foreign: true, aptObtained: false });
    const mission = await validatedMission(t, smtp, auth, manager, validFiche('apt3', '32345678901236'));
    await travel('2026-07-20');
    const item = (await t.gql(`query($id: ID!) { contract(id: $id) { checklist { id version code done } } }`, { id: mission.contract.id }, secretariat)).data.contract.checklist.find((i: { code: string }) => i.code === 'WORK_PERMIT');
    const SET = `mutation($id: ID!, $version: Int!, $done: Boolean!) { setChecklistItemDone(id: $id, version: $version, done: $done) { item { id version done } errors { code } } }`;
    const ticked = await t.gql(SET, { id: item.id, version: item.version, done: true }, secretariat);
    expect(ticked.data.setChecklistItemDone.errors).toEqual([]);
    const STUDENT = `query($id: ID!) { student(id: $id) { aptObtained aptObtainedOn } }`;
    expect((await t.gql(STUDENT, { id: student.id }, secretariat)).data.student).toEqual({ aptObtained: true, aptObtainedOn: '2026-07-20' });
    // On the DDC the contract stands: the APT was held before it.
    await travel('2026-09-03');
    expect((await t.gql(CONTRACT, { id: mission.contract.id }, manager)).data.contract.findings.map((f: { code: string }) => f.code)).not.toContain('APT_MISSING');
    const unticked = await t.gql(SET, { id: item.id, version: ticked.data.setChecklistItemDone.item.version, done: false }, secretariat);
    expect(unticked.data.setChecklistItemDone.errors).toEqual([]);
    expect((await t.gql(STUDENT, { id: student.id }, secretariat)).data.student).toEqual({ aptObtained: false, aptObtainedOn: null });
    expect((await t.gql(CONTRACT, { id: mission.contract.id }, manager)).data.contract.findings.map((f: { code: string }) => f.code)).toContain('APT_MISSING');
    await travel('2026-07-01');
  });

  it('refuses "stage en alternance approuvé" from the student (field error); the manager approves it', async () => {
    const { auth } = await createStudent(t);
    const fiche = { ...validFiche('sa1', '42345678901234'), contractType: 'CSTAGEALT', monthlyGrossPay: 700, hoursPerDay: 7, startDate: '2026-09-03', endDate: '2027-06-30' };
    const ticked = await t.gql(
      `mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { id } errors { code field message } } }`,
      { input: { ...fiche, stageAltApproved: true } },
      auth,
    );
    expect(ticked.data.saveMissionDraft.mission).toBeNull();
    expect(ticked.data.saveMissionDraft.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'stageAltApproved' })]);

    let m = (await t.gql(`mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { ${MISSION_FIELDS} } errors { code } } }`, { input: { ...fiche, stageAltApproved: false } }, auth)).data.saveMissionDraft.mission;
    m = (await t.gql(`mutation($id: ID!, $version: Int!) { submitMission(id: $id, version: $version) { mission { ${MISSION_FIELDS} } } }`, { id: m.id, version: m.version }, auth)).data.submitMission.mission;
    expect(m.findings.map((f: { code: string }) => f.code)).toContain('STAGEALT_EXCEPTIONAL');
    const APPROVE = `mutation($id: ID!, $version: Int!) { approveStageAlt(id: $id, version: $version, approved: true) { mission { ${MISSION_FIELDS} } errors { code } } }`;
    const bySecretariat = await t.gql(APPROVE, { id: m.id, version: m.version }, secretariat);
    expect(bySecretariat.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const approved = await t.gql(APPROVE, { id: m.id, version: m.version }, manager);
    expect(approved.data.approveStageAlt.errors).toEqual([]);
    expect(approved.data.approveStageAlt.mission.findings.map((f: { code: string }) => f.code)).not.toContain('STAGEALT_EXCEPTIONAL');
  });
});
