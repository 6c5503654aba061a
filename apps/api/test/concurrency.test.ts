import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { ChangeProposal } from '../src/modules/roster/change-proposal.entity.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

const ROW = { lastName: 'Nouveau', firstName: 'Élève', cohort: 'M2-2026', status: 'FI', contractType: 'CAPP', startDate: '2026-09-03', endDate: '2027-09-03', siret: '55555555555555', company: 'Nouvelle OPA', monthlyGrossPay: 2100 };

describe.each(DIALECTS)('conflicts, all-or-nothing imports and proposals (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  let secretariat: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, today: '2026-07-01' });
    manager = await t.as('MANAGER');
    secretariat = await t.as('SECRETARIAT');
  });
  afterAll(() => t?.close());

  it('refuses a stale version with CONFLICT and applies nothing', async () => {
    const { student } = await createStudent(t);
    const update = `mutation($id: ID!, $version: Int!, $input: StudentInput!) { updateStudent(id: $id, version: $version, input: $input) { student { version lastName } errors { code field message } } }`;
    const input = { firstName: 'Camille', lastName: 'Premier', email: student.email, status: 'FI', cohort: 'M2-2026' };
    const first = await t.gql(update, { id: student.id, version: 1, input }, secretariat);
    expect(first.data.updateStudent.student).toEqual({ version: 2, lastName: 'Premier' });
    const second = await t.gql(update, { id: student.id, version: 1, input: { ...input, lastName: 'Second' } }, manager);
    expect(second.data.updateStudent).toEqual({ student: null, errors: [{ code: 'CONFLICT', field: 'version', message: 'Ce dossier étudiant a été modifié par quelqu’un d’autre entre-temps : rechargez avant d’enregistrer.' }] });
    expect((await t.orm.em.fork().findOneOrFail(Student, student.id)).lastName).toBe('Premier');
  });

  it('detects two writers racing on the same record (the database version check), never overwriting', async () => {
    const { student } = await createStudent(t);
    const a = t.orm.em.fork();
    const b = t.orm.em.fork();
    const sa = await a.findOneOrFail(Student, student.id);
    const sb = await b.findOneOrFail(Student, student.id);
    sa.lastName = 'A';
    await a.flush();
    sb.lastName = 'B';
    await expect(b.flush()).rejects.toThrow(/optimistic lock/i);
    expect((await t.orm.em.fork().findOneOrFail(Student, student.id)).lastName).toBe('A');
  });

  it('imports a roster all or nothing: one bad row and nothing is written, each error naming row and field', async () => {
    const em = t.orm.em.fork();
    const before = { students: await em.count(Student, {}), missions: await em.count(Mission, {}), audit: await em.count(AuditEvent, {}) };
    const rows = [
      { ...ROW, email: `a-${dialect}@etu.example` },
      { ...ROW, email: `b-${dialect}@etu.example`, startDate: '2026-13-01' },
      { ...ROW, email: `c-${dialect}@etu.example`, status: 'XX' },
    ];
    const refused = await t.gql(`mutation($rows: [RosterImportRow!]!) { importRoster(rows: $rows) { imported errors { code field index } } }`, { rows }, secretariat);
    // The Date scalar refuses 2026-13-01 before anything runs, naming the row and field.
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/rows\[1\]\.startDate/);
    const rows2 = [rows[0], { ...rows[2]! }, { ...ROW, email: `d-${dialect}@etu.example`, cohort: 'L9-2099' }];
    const refused2 = await t.gql(`mutation($rows: [RosterImportRow!]!) { importRoster(rows: $rows) { imported errors { code field index } } }`, { rows: rows2 }, secretariat);
    expect(refused2.data.importRoster).toEqual({ imported: 0, errors: [{ code: 'BAD_USER_INPUT', field: 'status', index: 1 }, { code: 'BAD_USER_INPUT', field: 'cohort', index: 2 }] });
    expect({ students: await em.count(Student, {}), missions: await em.count(Mission, {}), audit: await em.count(AuditEvent, {}) }).toEqual(before);
    const ok = await t.gql(`mutation($rows: [RosterImportRow!]!) { importRoster(rows: $rows) { imported errors { code } } }`, { rows: [rows[0], { ...ROW, email: `e-${dialect}@etu.example`, requestDate: '2026-07-01' }] }, secretariat);
    expect(ok.data.importRoster).toEqual({ imported: 2, errors: [] });
    expect(await em.count(Student, {})).toBe(before.students + 2);
    const submitted = await em.findOneOrFail(Mission, { student: { email: `e-${dialect}@etu.example` } });
    expect(submitted.state).toBe('SUBMITTED');
  });

  it('turns spreadsheet corrections into proposals, all or nothing, and applies them when the manager accepts', async () => {
    const { auth } = await createStudent(t);
    const saved = await t.gql(`mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { id version } } }`, { input: validFiche('p1', '66666666666666') }, auth);
    const mission = saved.data.saveMissionDraft.mission;
    const rows = await t.gql(`query { rosterRows(filter: { cohort: "M2-2026" }) { missionId missionVersion startDate company status foreign repeating monthlyGrossPay birthDate } }`, {}, secretariat);
    const row = rows.data.rosterRows.find((r: { missionId: string }) => r.missionId === mission.id);
    expect(row).toMatchObject({ missionVersion: mission.version, startDate: '2026-09-03', company: 'Calanques Data', status: 'FI', foreign: false, repeating: false, monthlyGrossPay: 2500, birthDate: '2002-05-10' });
    const propose = `mutation($changes: [ContractChangeInput!]!) { proposeContractChanges(changes: $changes) { proposals { id version missionId state startDate } errors { code field index } } }`;
    const stale = await t.gql(propose, { changes: [{ missionId: mission.id, missionVersion: mission.version, startDate: '2026-09-07' }, { missionId: mission.id, missionVersion: mission.version - 1, endDate: '2027-09-07' }] }, secretariat);
    expect(stale.data.proposeContractChanges).toEqual({ proposals: [], errors: [{ code: 'CONFLICT', field: 'missionVersion', index: 1 }] });
    expect(await t.orm.em.fork().count(ChangeProposal, {})).toBe(0);
    const proposed = await t.gql(propose, { changes: [{ missionId: mission.id, missionVersion: mission.version, startDate: '2026-09-07', monthlyGrossPay: 2300 }] }, secretariat);
    const proposal = proposed.data.proposeContractChanges.proposals[0];
    expect(proposal).toMatchObject({ state: 'PENDING', startDate: '2026-09-07' });
    const decide = `mutation($id: ID!, $version: Int!) { decideChangeProposal(id: $id, version: $version, accept: true) { proposal { state } mission { startDate monthlyGrossPay version } errors { code message } } }`;
    expect((await t.gql(decide, { id: proposal.id, version: proposal.version }, secretariat)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const accepted = await t.gql(decide, { id: proposal.id, version: proposal.version }, manager);
    expect(accepted.data.decideChangeProposal).toMatchObject({ proposal: { state: 'ACCEPTED' }, mission: { startDate: '2026-09-07', monthlyGrossPay: 2300 }, errors: [] });
    // A second proposal read before that change can no longer apply.
    const late = await t.gql(propose, { changes: [{ missionId: mission.id, missionVersion: mission.version, endDate: '2027-09-10' }] }, secretariat);
    expect(late.data.proposeContractChanges.errors[0].code).toBe('CONFLICT');
  });
});
