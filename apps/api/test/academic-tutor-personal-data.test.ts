import { describe, expect, it } from 'vitest';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { linkSession, missionAwaitingConfirmation, validatedMission } from './support/journey.js';
import { mailedApp } from './support/mailed-app.js';
import type { Auth } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
const MISSION_FIELDS = `id monthlyGrossPay smcMonthly previousRatePercent higherEducationDiploma disabilityExtraYear returnComment rejectionReason derogationReason
  startDate endDate contractType hoursPerDay title organisation { name } tutor1 { email phone } hrContact { email }
  student { email foreign aptObtained aptObtainedOn birthDate nationality }`;
const MISSION = `query($id: ID!) { mission(id: $id) { ${MISSION_FIELDS} } }`;
const MISSIONS = `{ missions(first: 100) { ${MISSION_FIELDS} } }`;
const CONTRACT_FIELDS = `id startDate endDate contractType monthlyGrossPay paySegments { ageBracket ratePercent } checklist { code }
  figures { billableHours cost unbilledHours } trainingFigures { billableHours cost costPerHour unbilledCost volumes { annualCost } }
  student { foreign aptObtained aptObtainedOn birthDate } mission { smcMonthly previousRatePercent higherEducationDiploma disabilityExtraYear }`;
const CONTRACT = `query($id: ID!) { contract(id: $id) { ${CONTRACT_FIELDS} } }`;
const CONTRACTS = `{ contracts(first: 100) { ${CONTRACT_FIELDS} } }`;
const STUDENTS = '{ students(first: 100) { email foreign aptObtained aptObtainedOn birthDate nationality } }';
const ASSIGN = 'mutation($a: [TutorAssignmentInput!]!, $tutor: ID) { assignAcademicTutor(assignments: $a, academicTutorId: $tutor) { errors { code } } }';

/** What ACADEMIC_TUTOR_READING hides, as the answers carry it: null (a list: empty, or without the item). */
const HIDDEN_MISSION = { monthlyGrossPay: null, smcMonthly: null, previousRatePercent: null, higherEducationDiploma: null, disabilityExtraYear: null, returnComment: null, rejectionReason: null, derogationReason: null };
const HIDDEN_STUDENT = { foreign: null, aptObtained: null, aptObtainedOn: null, birthDate: null, nationality: null };
const FOREIGN_STEPS = ['WORK_PERMIT', 'FOREIGN_CONTACT_CFA'];

/**
 * Personal data minimisation for the academic tutor (ACADEMIC_TUTOR_READING, docs/security.md):
 * they visit the company and follow the livret (§4.6, §4.7), so they read the contract's type and
 * dates, the organisation and the company's people — not the pay and its inputs (§4.2), the
 * disability year (§4.2.1 note 27), a foreign student's APT and steps (§3.4, note 26), the training
 * cost (§2.5), nor the manager's words to the student (§3.3.3, §2.1.2). The manager and the student
 * still read every one of them.
 */
describe.each(DIALECTS)('the academic tutor reads only what the visits and the livret need (%s)', (dialect) => {
  const app = mailedApp({ dialect, today: '2026-07-01' });

  it('hides each field in the details, the lists and the assignment mail; the manager and the student read them', async () => {
    const { t, smtp, manager } = app;
    const { student: record, auth: student } = await createStudent(t, { foreign: true, nationality: 'Sénégalaise' });
    const fiche = { ...validFiche(`at1-${dialect}`, dialect === 'sqlite' ? '83345678901234' : '93345678901234'), disabilityExtraYear: true, higherEducationDiploma: true, previousRatePercent: 61 };
    const m = await validatedMission(t, smtp, student, manager, fiche);
    // The manager's words (§3.3.3, §2.1.2) and an APT on the record, as the office leaves them.
    const em = t.orm.em.fork();
    await em.nativeUpdate(Mission, { id: m.id }, { returnComment: 'Précisez la rémunération', rejectionReason: 'Motif de refus antérieur', derogationReason: 'Reprise d’études après un congé maladie long' });
    await em.nativeUpdate(Student, { id: record.id }, { aptObtained: true, aptObtainedOn: '2026-06-20' });

    const tutorEmail = `tuteur-univ-${dialect}@univ.example`;
    const tutorId = (await t.createUser('ACADEMIC_TUTOR', tutorEmail)).id;
    const version = (await t.gql('query($id: ID!) { student(id: $id) { version } }', { id: record.id }, manager)).data.student.version;
    expect((await t.gql(ASSIGN, { a: [{ studentId: record.id, version }], tutor: tutorId }, manager)).data.assignAcademicTutor.errors).toEqual([]);
    const tutor: Auth = { cookie: await t.login(tutorEmail) };

    // The office and the student: every field.
    for (const reader of [manager, student]) {
      const seen = (await t.gql(MISSION, { id: m.id }, reader)).data.mission;
      expect(seen).toMatchObject({ monthlyGrossPay: 2500, previousRatePercent: 61, higherEducationDiploma: true, disabilityExtraYear: true, returnComment: 'Précisez la rémunération', rejectionReason: 'Motif de refus antérieur', derogationReason: 'Reprise d’études après un congé maladie long' });
      expect(seen.student).toEqual({ email: record.email, foreign: true, aptObtained: true, aptObtainedOn: '2026-06-20', birthDate: '2002-05-10', nationality: 'Sénégalaise' });
    }
    const office = (await t.gql(CONTRACT, { id: m.contract.id }, manager)).data.contract;
    expect(office.monthlyGrossPay).toBe(2500);
    expect(office.paySegments.length).toBeGreaterThan(0);
    expect(office.checklist.map((i: any) => i.code)).toEqual(expect.arrayContaining(FOREIGN_STEPS));
    expect(office.figures.cost).toEqual(expect.any(Number));
    expect(office.trainingFigures.cost).toEqual(expect.any(Number));
    expect(office.student).toMatchObject({ foreign: true, aptObtained: true });
    expect(office.mission).toEqual({ smcMonthly: null, previousRatePercent: 61, higherEducationDiploma: true, disabilityExtraYear: true });

    // The academic tutor: the contract's dates and type, the company and its people; nothing hidden.
    const mission = (await t.gql(MISSION, { id: m.id }, tutor)).data.mission;
    expect(mission).toMatchObject({ ...HIDDEN_MISSION, contractType: 'CAPP', startDate: fiche.startDate, endDate: fiche.endDate, title: fiche.title, organisation: { name: fiche.organisation.name }, tutor1: { email: fiche.tutor1.email }, hrContact: { email: fiche.hrContact.email } });
    expect(mission.student).toEqual({ email: record.email, ...HIDDEN_STUDENT });
    const contract = (await t.gql(CONTRACT, { id: m.contract.id }, tutor)).data.contract;
    expect(contract).toMatchObject({ startDate: office.startDate, endDate: office.endDate, contractType: 'CAPP', monthlyGrossPay: null, paySegments: [] });
    expect(contract.checklist.map((i: any) => i.code)).toEqual(office.checklist.map((i: any) => i.code).filter((c: string) => !FOREIGN_STEPS.includes(c)));
    expect(contract.checklist.length).toBeGreaterThan(0);
    expect(contract.figures).toEqual({ billableHours: office.figures.billableHours, cost: null, unbilledHours: null });
    expect(contract.trainingFigures).toMatchObject({ billableHours: office.trainingFigures.billableHours, cost: null, costPerHour: null, unbilledCost: null });
    expect(contract.trainingFigures.volumes.every((v: any) => v.annualCost === null)).toBe(true);
    expect(contract.student).toEqual({ foreign: null, aptObtained: null, aptObtainedOn: null, birthDate: null });
    expect(contract.mission).toEqual({ smcMonthly: null, previousRatePercent: null, higherEducationDiploma: null, disabilityExtraYear: null });

    // The lists they read (missions, contracts, students) carry the same nulls.
    const listed = (await t.gql(MISSIONS, {}, tutor)).data.missions;
    expect(listed.map((x: any) => x.id)).toEqual([m.id]);
    expect(listed[0]).toMatchObject(HIDDEN_MISSION);
    expect(listed[0].student).toMatchObject(HIDDEN_STUDENT);
    const contracts = (await t.gql(CONTRACTS, {}, tutor)).data.contracts;
    expect(contracts).toHaveLength(1);
    expect(contracts[0]).toEqual(contract);
    expect((await t.gql(STUDENTS, {}, tutor)).data.students).toEqual([{ email: record.email, ...HIDDEN_STUDENT }]);

    // Their assignment mail names the alternant, nothing of the pay, health or papers.
    await t.app.mail.deliverDue();
    const assigned = smtp.to(tutorEmail).map((x) => x.text);
    expect(assigned.join('\n')).toContain(record.lastName);
    expect(assigned.join('\n')).not.toMatch(/rémunération|APT|handicap|étranger|2 ?500/i);
  });

  it('reads the findings of their alternant, without those that quote the pay, a permit or the derogation’s reason', async () => {
    const { t, smtp, manager } = app;
    const { auth: student } = await createStudent(t);
    const m = await validatedMission(t, smtp, student, manager, validFiche(`at3-${dialect}`, dialect === 'sqlite' ? '83345678901236' : '93345678901236'));
    const tutorEmail = `tuteur-univ3-${dialect}@univ.example`;
    const tutorId = (await t.createUser('ACADEMIC_TUTOR', tutorEmail)).id;
    const studentId = (await t.gql('query($id: ID!) { mission(id: $id) { student { id version } } }', { id: m.id }, manager)).data.mission.student;
    expect((await t.gql(ASSIGN, { a: [{ studentId: studentId.id, version: studentId.version }], tutor: tutorId }, manager)).data.assignAcademicTutor.errors).toEqual([]);
    const tutor: Auth = { cookie: await t.login(tutorEmail) };
    // Findings as the rules store them on the mission (a pay below the minimum, a permit, a derogation, a date).
    const finding = (code: string, field: string, message: string) => ({ code, severity: 'warning', field, message, messageEn: message, ref: '§' });
    await t.orm.em.fork().nativeUpdate(Mission, { id: m.id }, {
      findings: [
        finding('PAY_BELOW_MINIMUM', 'monthlyGrossPay', 'Le salaire brut mensuel convenu (900,00 €) est inférieur au minimum'),
        finding('APT_MISSING', 'aptObtained', 'Autorisation provisoire de travail manquante'),
        finding('PROGRAM_CONTRACT_DEROGATION', 'contractType', 'admis par dérogation : « Reprise d’études après un congé maladie »'),
        finding('DDC_TOO_LATE', 'startDate', 'DDC trop tardive'),
      ] as any,
    });
    const codes = async (auth: Auth) => (await t.gql('query($id: ID!) { mission(id: $id) { findings { code } } }', { id: m.id }, auth)).data.mission.findings.map((f: any) => f.code);
    expect(await codes(manager)).toEqual(['PAY_BELOW_MINIMUM', 'APT_MISSING', 'PROGRAM_CONTRACT_DEROGATION', 'DDC_TOO_LATE']);
    expect(await codes(student)).toEqual(['PAY_BELOW_MINIMUM', 'APT_MISSING', 'PROGRAM_CONTRACT_DEROGATION', 'DDC_TOO_LATE']);
    expect(await codes(tutor)).toEqual(['DDC_TOO_LATE']);
  });

  it('a contact’s error report goes to the office and the student, its author reads it back; no other contact nor the academic tutor', async () => {
    const { t, smtp, manager } = app;
    const { student: record, auth: student } = await createStudent(t);
    const fiche = validFiche(`at2-${dialect}`, dialect === 'sqlite' ? '83345678901235' : '93345678901235');
    const m = await missionAwaitingConfirmation(t, student, manager, fiche);
    const tutorEmail = `tuteur-univ2-${dialect}@univ.example`;
    const tutorId = (await t.createUser('ACADEMIC_TUTOR', tutorEmail)).id;
    const version = (await t.gql('query($id: ID!) { student(id: $id) { version } }', { id: record.id }, manager)).data.student.version;
    expect((await t.gql(ASSIGN, { a: [{ studentId: record.id, version }], tutor: tutorId }, manager)).data.assignAcademicTutor.errors).toEqual([]);
    const academic: Auth = { cookie: await t.login(tutorEmail) };

    const companyTutor = await linkSession(t, smtp, fiche.tutor1.email);
    const hr = await linkSession(t, smtp, fiche.hrContact.email);
    const reported = await t.gql('mutation($id: ID!, $c: String!) { reportMissionError(id: $id, comment: $c) { errors { code } mission { confirmations { party errorComment } } } }', { id: m.id, c: 'Le poste est mal intitulé' }, companyTutor);
    expect(reported.data.reportMissionError.errors).toEqual([]);
    const own = (list: any[]) => list.find((c) => c.party === 'COMPANY_TUTOR_1').errorComment;
    expect(own(reported.data.reportMissionError.mission.confirmations)).toBe('Le poste est mal intitulé');

    const read = async (auth: Auth) => own((await t.gql('query($id: ID!) { mission(id: $id) { confirmations { party errorComment errorReportedAt } } }', { id: m.id }, auth)).data.mission.confirmations);
    expect(await read(manager)).toBe('Le poste est mal intitulé');
    expect(await read(student)).toBe('Le poste est mal intitulé');
    expect(await read(companyTutor)).toBe('Le poste est mal intitulé');
    expect(await read(hr)).toBeNull();
    expect(await read(academic)).toBeNull();
    // The report itself stays visible: the contact and the tutor see that an error was reported, and when.
    const reportedAt = (await t.gql('query($id: ID!) { mission(id: $id) { confirmations { party errorReportedAt } } }', { id: m.id }, hr)).data.mission.confirmations.find((c: any) => c.party === 'COMPANY_TUTOR_1').errorReportedAt;
    expect(reportedAt).toEqual(expect.any(String));
  });
});
