import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Absence } from '../src/modules/absences/absence.entities.js';
import { User } from '../src/modules/auth/auth.entities.js';
import { Mission, MissionConfirmation } from '../src/modules/missions/mission.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { lastLinkTo, validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

const MISSION = `query($id: ID!) { mission(id: $id) {
  id contractType monthlyGrossPay disabilityExtraYear returnComment rejectionReason derogationReason derogationBy derogationOn
  confirmations { party errorComment errorReportedAt } findings { code } student { email foreign } } }`;
const ABSENCE = 'id date half state reason hours comment decisionComment stoppage { issuedOn from to sentBy } document { fileName }';
const ABSENCES = `query($filter: AbsenceFilter) { absences(filter: $filter) { ${ABSENCE} } }`;
const SCOPES = ['missions:read', 'contracts:read', 'students:read'];

/**
 * Who reads what, role by role (docs/security.md, "Who reads what"): the fields the earlier
 * matrices left open — who granted a derogation and when (it tells there is one, §2.1.2), the
 * MIAGE's validation words to a partner's token (§3.3.3), an absence's justification to the
 * academic tutor (§4.3.1) — null for the reader without a role in it, given to the one with it.
 */
describe.each(DIALECTS)('personal data by role (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let student: { student: { id: string; email: string }; auth: Auth; email: string };
  let mission: any;
  const office: Record<string, string> = {};
  const fiche = { ...validFiche(`pdr-${dialect}`, dialect === 'sqlite' ? '84345678901234' : '94345678901234'), disabilityExtraYear: true };
  let academicEmail = '';

  const linkAuth = async (to: string): Promise<Auth> => {
    const opened = await t.post('/auth/link', { token: lastLinkTo(smtp, to) });
    expect(opened.status).toBe(200);
    return { cookie: opened.cookie! };
  };
  const token = async (name: string, partner: string | null): Promise<Auth> =>
    ({ token: (await t.post('/auth/tokens', { name, ...(partner ? { partner } : {}), adHocDocuments: true, scopes: SCOPES }, manager)).body.token });

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    for (const role of ['MANAGER', 'SECRETARIAT', 'DIRECTION'] as const) office[role] = (await t.createUser(role)).email;
    manager = { cookie: await t.login(office.MANAGER!) };
    student = (await createStudent(t, { foreign: true })) as any;
    mission = await validatedMission(t, smtp, student.auth, manager, fiche);
    academicEmail = (await t.createUser('ACADEMIC_TUTOR')).email;
    const em = t.orm.em.fork();
    const record = await em.findOneOrFail(Student, student.student.id);
    record.academicTutor = em.getReference(User, (await em.findOneOrFail(User, { email: academicEmail })).id);
    await em.flush();
    // The manager's words as the office leaves them (§3.3.3, §2.1.2), a contact's error report, and the derogation's finding.
    await em.nativeUpdate(Mission, { id: mission.id }, {
      returnComment: 'Précisez la rémunération',
      rejectionReason: 'Motif de refus antérieur',
      derogationReason: 'Reprise d’études après un congé maladie long',
      derogationBy: 'Jean Responsable',
      derogationOn: '2026-06-15',
      findings: [{ code: 'PROGRAM_CONTRACT_DEROGATION', severity: 'warning', field: 'contractType', message: 'admis par dérogation', messageEn: 'admitted by derogation', ref: '§2.1.2' }] as any,
    });
    await em.nativeUpdate(MissionConfirmation, { mission: mission.id, party: 'COMPANY_TUTOR_1' }, { errorComment: 'Le poste est mal intitulé', errorReportedAt: new Date('2026-06-10T10:00:00Z') });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('who granted a derogation and when: the office and the student; null for the company contacts and the academic tutor (§2.1.2)', async () => {
    const read = async (auth: Auth) => (await t.gql(MISSION, { id: mission.id }, auth)).data.mission;
    for (const reader of [manager, student.auth]) {
      expect(await read(reader)).toMatchObject({ derogationReason: 'Reprise d’études après un congé maladie long', derogationBy: 'Jean Responsable', derogationOn: '2026-06-15' });
    }
    // The contract links mailed at validation (CONTRACT_VIEW), and the academic tutor's session.
    const tutor = await linkAuth(fiche.tutor1.email);
    const hr = await linkAuth(fiche.hrContact.email);
    const academic = { cookie: await t.login(academicEmail) };
    for (const reader of [tutor, hr, academic]) {
      const seen = await read(reader);
      expect(seen).toMatchObject({ id: mission.id, contractType: 'CAPP', derogationReason: null, derogationBy: null, derogationOn: null });
    }
  });

  it('a partner’s token reads the contract (pay, disability year, a foreign student) but not the MIAGE’s validation words; the office’s own token reads them (§3.1, §3.3.3)', async () => {
    const cfa = await token(`CFA ${dialect}`, 'cfa');
    const addin = await token(`Excel ${dialect}`, null);
    const partner = (await t.gql(MISSION, { id: mission.id }, cfa)).data.mission;
    expect(partner).toMatchObject({
      id: mission.id,
      monthlyGrossPay: 2500,
      disabilityExtraYear: true,
      student: { email: student.email, foreign: true },
      returnComment: null,
      rejectionReason: null,
      derogationReason: null,
      derogationBy: null,
      derogationOn: null,
      findings: [],
    });
    const tutor1 = (m: any) => m.confirmations.find((c: any) => c.party === 'COMPANY_TUTOR_1');
    expect(tutor1(partner)).toMatchObject({ errorComment: null, errorReportedAt: expect.any(String) });

    const own = (await t.gql(MISSION, { id: mission.id }, addin)).data.mission;
    expect(own).toMatchObject({ returnComment: 'Précisez la rémunération', rejectionReason: 'Motif de refus antérieur', derogationBy: 'Jean Responsable', derogationOn: '2026-06-15', findings: [{ code: 'PROGRAM_CONTRACT_DEROGATION' }] });
    expect(tutor1(own).errorComment).toBe('Le poste est mal intitulé');
  });

  it('the mediations before a rupture: the office, the student and the academic tutor; none for the company contacts nor a partner’s token (§5)', async () => {
    const recorded = await t.gql('mutation($id: ID!, $input: MediationInput!) { recordMediation(contractId: $id, input: $input) { errors { code field } } }', { id: mission.contract.id, input: { difficulty: 'Tensions avec le tuteur sur les horaires', actions: 'Entretien à trois', outcome: 'RESOLVED', heldOn: '2026-06-20' } }, manager);
    expect(recorded.data.recordMediation.errors).toEqual([]);
    const read = async (auth: Auth) => (await t.gql('query($id: ID!) { contract(id: $id) { id mediations { difficulty } } }', { id: mission.contract.id }, auth)).data.contract;
    const told = { id: mission.contract.id, mediations: [{ difficulty: 'Tensions avec le tuteur sur les horaires' }] };
    for (const reader of [manager, student.auth, { cookie: await t.login(academicEmail) }, await token(`Excel2 ${dialect}`, null)]) expect(await read(reader)).toEqual(told);
    for (const reader of [await linkAuth(fiche.tutor1.email), await token(`CFA2 ${dialect}`, 'cfa')]) expect(await read(reader)).toEqual({ id: mission.contract.id, mediations: [] });
  });

  it('an absence’s justification (the stoppage, the alternant’s and the manager’s words): the manager, the secretariat and the student; the academic tutor and the direction read the absence, not them (§4.3.1, §4.3.3)', async () => {
    t.clock.set('2026-10-01');
    const secretariat = { cookie: await t.login(office.SECRETARIAT!) };
    manager = { cookie: await t.login(office.MANAGER!) };
    const recorded = await t.gql('mutation($input: RecordAbsencesInput!) { recordAbsences(input: $input) { absences { id } errors { code field } } }', { input: { date: '2026-10-01', half: 'AM', studentIds: [student.student.id] } }, secretariat);
    expect(recorded.data.recordAbsences.errors).toEqual([]);
    const id = recorded.data.recordAbsences.absences[0].id;
    await t.orm.em.fork().nativeUpdate(Absence, { id }, {
      state: 'JUSTIFIED',
      reason: 'MEDICAL',
      comment: 'Grippe, je transmets l’arrêt',
      decisionComment: 'Arrêt reçu',
      stoppageIssuedOn: '2026-10-01',
      stoppageFrom: '2026-10-01',
      stoppageTo: '2026-10-02',
      stoppageReceivedOn: '2026-10-02',
      stoppageSentBy: 'HOST',
    });
    const read = async (auth: Auth) => ((await t.gql(ABSENCES, { filter: { studentId: student.student.id } }, auth)).data.absences as any[]).find((a) => a.id === id);

    const justification = { comment: 'Grippe, je transmets l’arrêt', decisionComment: 'Arrêt reçu', stoppage: { issuedOn: '2026-10-01', from: '2026-10-01', to: '2026-10-02', sentBy: 'HOST' } };
    for (const reader of [manager, secretariat, { cookie: await t.login(student.email) }]) expect(await read(reader)).toMatchObject(justification);

    for (const reader of [{ cookie: await t.login(academicEmail) }, { cookie: await t.login(office.DIRECTION!) }]) {
      const seen = await read(reader);
      // Nor that it was medical (§4.3.1): the reason reads UNDISCLOSED, as another reason would.
      expect(seen).toMatchObject({ id, date: '2026-10-01', half: 'AM', state: 'JUSTIFIED', reason: 'UNDISCLOSED', comment: null, decisionComment: null, stoppage: null, document: null });
      expect(seen.hours).toBeGreaterThan(0);
    }
  });

  it('whether an absence was medical: the manager, the secretariat, the student and the host’s contact of its stoppage link; the academic tutor and the direction read a medical and another reason alike — in the list, its filters and the absence’s facts (§4.3.1, §4.3.3)', async () => {
    t.clock.set('2026-10-02');
    const secretariat = { cookie: await t.login(office.SECRETARIAT!) };
    manager = { cookie: await t.login(office.MANAGER!) };
    const alternant = { cookie: await t.login(student.email) };
    const FIELDS = 'id date half state reason deadline decidedBy decidedAt';
    const record = async (half: 'AM' | 'PM') => {
      const r = await t.gql('mutation($input: RecordAbsencesInput!) { recordAbsences(input: $input) { absences { id version } errors { code field } } }', { input: { date: '2026-10-02', half, studentIds: [student.student.id] } }, secretariat);
      expect(r.data.recordAbsences.errors).toEqual([]);
      return r.data.recordAbsences.absences[0] as { id: string; version: number };
    };
    const [am, pm] = [await record('AM'), await record('PM')];
    // AM: ill, the host's stoppage awaited (its tutor gets the link); PM: another reason, accepted by the manager.
    expect((await t.gql(`mutation($id: ID!, $version: Int!) { declareMedicalAbsence(id: $id, version: $version) { errors { code } } }`, am, manager)).data.declareMedicalAbsence.errors).toEqual([]);
    expect((await t.gql(`mutation($id: ID!, $version: Int!) { giveAbsenceReason(id: $id, version: $version, reason: "Rendez-vous") { errors { code } } }`, pm, alternant)).data.giveAbsenceReason.errors).toEqual([]);
    const readAll = async (auth: Auth, filter: Record<string, unknown> = {}) =>
      ((await t.gql(`query($filter: AbsenceFilter) { absences(filter: $filter) { ${FIELDS} } }`, { filter: { studentId: student.student.id, from: '2026-10-02', to: '2026-10-02', ...filter } }, auth)).data.absences as any[]).sort((a, b) => a.half.localeCompare(b.half));
    const told = [
      { id: am.id, half: 'AM', state: 'AWAITING_STOPPAGE', reason: 'MEDICAL', deadline: '2026-10-14', decidedBy: null },
      { id: pm.id, half: 'PM', state: 'AWAITING_DECISION', reason: 'OTHER', deadline: null, decidedBy: null },
    ];
    const academic = { cookie: await t.login(academicEmail) };
    const direction = { cookie: await t.login(office.DIRECTION!) };
    const notTold = [
      { id: am.id, half: 'AM', state: 'PENDING', reason: 'UNDISCLOSED', deadline: null, decidedBy: null },
      { id: pm.id, half: 'PM', state: 'PENDING', reason: 'UNDISCLOSED', deadline: null, decidedBy: null },
    ];
    for (const reader of [manager, secretariat, alternant]) expect(await readAll(reader)).toMatchObject(told);
    for (const reader of [academic, direction]) {
      expect(await readAll(reader)).toMatchObject(notTold);
      // A filter matches what they read: « MEDICAL » or « AWAITING_STOPPAGE » finds nothing, « UNDISCLOSED » and « PENDING » both.
      for (const filter of [{ reason: 'MEDICAL' }, { reason: 'OTHER' }, { state: 'AWAITING_STOPPAGE' }, { state: 'AWAITING_DECISION' }]) expect(await readAll(reader, filter)).toEqual([]);
      for (const filter of [{ reason: 'UNDISCLOSED' }, { state: 'PENDING' }]) expect((await readAll(reader, filter)).map((a) => a.id)).toEqual([am.id, pm.id]);
    }
    expect((await readAll(manager, { reason: 'MEDICAL' })).map((a) => a.id)).toEqual([am.id]);
    expect(await readAll(manager, { reason: 'UNDISCLOSED' })).toEqual([]);
    expect((await readAll(manager, { state: 'PENDING' })).map((a) => a.id)).toEqual([am.id, pm.id]);

    // The host sends the stoppage (§4.3.1): the tutor of its link reads that absence as medical.
    await t.app.mail.deliverDue();
    const tutorLink = await linkAuth(fiche.tutor1.email);
    const context = (await t.gql(`{ absenceLinkContext { absence { ${FIELDS} } } }`, {}, tutorLink)).data.absenceLinkContext;
    expect(context.absence).toMatchObject(told[0]!);

    // Settled: the manager accepts the other reason — who decided, and when, would tell it from a stoppage.
    const pmNow = (await readAll(manager)).find((a) => a.id === pm.id);
    const version = (await t.gql('query($filter: AbsenceFilter) { absences(filter: $filter) { id version } }', { filter: { studentId: student.student.id, from: '2026-10-02', to: '2026-10-02' } }, manager)).data.absences.find((a: any) => a.id === pmNow.id).version;
    expect((await t.gql('mutation($id: ID!, $version: Int!) { decideAbsence(id: $id, version: $version, accept: true) { errors { code } } }', { id: pm.id, version }, manager)).data.decideAbsence.errors).toEqual([]);
    expect((await readAll(manager)).find((a) => a.id === pm.id)).toMatchObject({ state: 'JUSTIFIED', reason: 'OTHER', decidedBy: expect.any(String), decidedAt: expect.any(String) });
    for (const reader of [academic, direction]) expect((await readAll(reader)).find((a) => a.id === pm.id)).toEqual({ id: pm.id, date: '2026-10-02', half: 'PM', state: 'JUSTIFIED', reason: 'UNDISCLOSED', deadline: null, decidedBy: null, decidedAt: null });
  });
});
