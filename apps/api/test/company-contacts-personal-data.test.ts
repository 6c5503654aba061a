import { describe, expect, it } from 'vitest';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { activeContract } from './support/lifecycle-fixtures.js';
import { lastLinkTo, linkSession, missionAwaitingConfirmation, validatedMission } from './support/journey.js';
import { mailedApp } from './support/mailed-app.js';
import type { Auth } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
const MISSION = `query($id: ID!) { mission(id: $id) {
  id state returnComment rejectionReason derogationReason monthlyGrossPay smcMonthly previousRatePercent higherEducationDiploma disabilityExtraYear
  student { foreign aptObtained aptObtainedOn birthDate nationality }
} }`;
const CONTRACT = `query($id: ID!) { contract(id: $id) {
  monthlyGrossPay paySegments { ageBracket ratePercent monthlyMinimumGross } checklist { code }
  student { foreign aptObtained }
  mission { monthlyGrossPay disabilityExtraYear higherEducationDiploma smcMonthly previousRatePercent }
} }`;
const REPORT = 'mutation($id: ID!, $c: String!) { reportMissionError(id: $id, comment: $c) { errors { code } } }';
const version = async (t: any, id: string, manager: Auth) => (await t.gql('query($id: ID!) { mission(id: $id) { version } }', { id }, manager)).data.mission.version;

/**
 * Personal data minimisation for the company contacts (COMPANY_CONTACT_READING, docs/security.md):
 * the manager's return comment, rejection reason and derogation reason are said to the student
 * (§3.3.3, §2.1.2), not to the company; the pay, its inputs and its schedule's age brackets (§4.2), the disability year
 * (§4.2.1 note 27) and a foreign student's APT and steps (§3.4, note 26) are the HR contact's
 * (« toute information concernant le contrat », §3.1), not a company tutor's.
 */
describe.each(DIALECTS)('company contacts read only what their role needs (%s)', (dialect) => {
  const app = mailedApp({ dialect, today: '2026-07-01' });

  it('the office’s return comment, rejection reason and derogation reason go to the office and the student, never to a tutor or HR', async () => {
    const { t, smtp, manager } = app;
    const { auth: student } = await createStudent(t);
    const fiche = validFiche(`pd1-${dialect}`, dialect === 'sqlite' ? '82345678901234' : '92345678901234');
    const m = await missionAwaitingConfirmation(t, student, manager, { ...fiche, startDate: '2026-07-20' });
    const tutor = await linkSession(t, smtp, fiche.tutor1.email);
    const hr = await linkSession(t, smtp, fiche.hrContact.email);
    expect((await t.gql(REPORT, { id: m.id, c: 'Le poste est mal intitulé' }, tutor)).data.reportMissionError.errors).toEqual([]);
    const returned = await t.gql('mutation($id: ID!, $v: Int!, $c: String!) { returnMission(id: $id, version: $v, comment: $c) { errors { code } } }', { id: m.id, v: await version(t, m.id, manager), c: 'Corrigez l’intitulé et la rémunération' }, manager);
    expect(returned.data.returnMission.errors).toEqual([]);
    const read = async (auth: Auth) => (await t.gql(MISSION, { id: m.id }, auth)).data.mission;
    expect((await read(manager)).returnComment).toBe('Corrigez l’intitulé et la rémunération');
    expect((await read(student)).returnComment).toBe('Corrigez l’intitulé et la rémunération');
    for (const contact of [tutor, hr]) {
      const seen = await read(contact);
      expect(seen.state).toBe('RETURNED');
      expect(seen.returnComment).toBeNull();
    }

    const rejected = await t.gql('mutation($id: ID!, $v: Int!, $r: String!) { rejectMission(id: $id, version: $v, reason: $r) { errors { code } } }', { id: m.id, v: await version(t, m.id, manager), r: 'Mission sans lien avec la formation' }, manager);
    expect(rejected.data.rejectMission.errors).toEqual([]);
    expect((await read(manager)).rejectionReason).toBe('Mission sans lien avec la formation');
    expect((await read(student)).rejectionReason).toBe('Mission sans lien avec la formation');
    for (const contact of [tutor, hr]) {
      const seen = await read(contact);
      expect(seen.state).toBe('REJECTED');
      expect(seen.rejectionReason).toBeNull();
    }

    // A derogation's reason (§2.1.2) is the manager's word on the student's admission, often personal: not the company's.
    await t.orm.em.fork().nativeUpdate(Mission, { id: m.id }, { derogationReason: 'Reprise d’études après un congé maladie long' });
    expect((await read(manager)).derogationReason).toBe('Reprise d’études après un congé maladie long');
    expect((await read(student)).derogationReason).toBe('Reprise d’études après un congé maladie long');
    for (const contact of [tutor, hr]) expect((await read(contact)).derogationReason).toBeNull();
  });

  it('a foreign apprentice’s pay, schedule, disability year and APT: the office and HR read them, the tutor does not', async () => {
    const { t, smtp, manager } = app;
    const { auth: student } = await createStudent(t, { foreign: true, nationality: 'Sénégalaise' });
    const fiche = { ...validFiche(`pd2-${dialect}`, dialect === 'sqlite' ? '82345678901235' : '92345678901235'), disabilityExtraYear: true, higherEducationDiploma: true, previousRatePercent: 61 };
    const m = await validatedMission(t, smtp, student, manager, fiche);
    const contractId = m.contract.id;
    expect(m.contract.checklist.map((i: any) => i.code)).toEqual(expect.arrayContaining(['WORK_PERMIT', 'FOREIGN_CONTACT_CFA']));

    // The contract links mailed at validation (CONTRACT_VIEW): a tutor's mail names no APT nor pay.
    const view = async (email: string) => {
      const opened = await t.post('/auth/link', { token: lastLinkTo(smtp, email) });
      expect(opened.status).toBe(200);
      return { cookie: opened.cookie! };
    };
    const validatedMail = (email: string) => smtp.to(email).map((x) => x.text).filter((x) => x.includes('est validée')).at(-1)!;
    expect(validatedMail(fiche.tutor1.email)).not.toMatch(/APT|étranger|rémunération/);
    expect(validatedMail(fiche.hrContact.email)).toMatch(/APT/);
    expect(validatedMail(fiche.hrContact.email)).toMatch(/rémunération minimale/);
    const tutor = await view(fiche.tutor1.email);
    const hr = await view(fiche.hrContact.email);

    const office = (await t.gql(CONTRACT, { id: contractId }, manager)).data.contract;
    expect(office.monthlyGrossPay).toBe(2500);
    expect(office.paySegments.length).toBeGreaterThan(0);
    expect(office.paySegments[0].ageBracket).toEqual(expect.any(String));
    expect(office.checklist.map((i: any) => i.code)).toContain('WORK_PERMIT');
    expect(office.student).toEqual({ foreign: true, aptObtained: false });
    expect(office.mission).toEqual({ monthlyGrossPay: 2500, disabilityExtraYear: true, higherEducationDiploma: true, smcMonthly: null, previousRatePercent: 61 });

    // HR: everything of the contract (§3.1), as the office.
    expect((await t.gql(CONTRACT, { id: contractId }, hr)).data.contract).toEqual(office);

    // The company tutor: the contract's steps and dates, no pay, no age bracket, no disability, no foreign student.
    const seen = (await t.gql(CONTRACT, { id: contractId }, tutor)).data.contract;
    expect(seen.monthlyGrossPay).toBeNull();
    expect(seen.paySegments).toEqual([]);
    expect(seen.checklist.map((i: any) => i.code)).toEqual(office.checklist.map((i: any) => i.code).filter((c: string) => !['WORK_PERMIT', 'FOREIGN_CONTACT_CFA'].includes(c)));
    expect(seen.checklist.length).toBeGreaterThan(0);
    expect(seen.student).toEqual({ foreign: null, aptObtained: null });
    expect(seen.mission).toEqual({ monthlyGrossPay: null, disabilityExtraYear: null, higherEducationDiploma: null, smcMonthly: null, previousRatePercent: null });

    const fields = async (auth: Auth) => (await t.gql(MISSION, { id: m.id }, auth)).data.mission;
    expect((await fields(hr)).student).toEqual({ foreign: true, aptObtained: false, aptObtainedOn: null, birthDate: '2002-05-10', nationality: 'Sénégalaise' });
    expect((await fields(tutor)).student).toEqual({ foreign: null, aptObtained: null, aptObtainedOn: null, birthDate: null, nationality: null });
    expect((await fields(student)).disabilityExtraYear).toBe(true);

    // The office sends the tutor the contract link again: the mail names no pay either.
    const resent = await t.gql('mutation($id: ID!, $v: Int!, $p: ConfirmingParty!) { resendConfirmationLink(id: $id, version: $v, party: $p) { errors { code } } }', { id: m.id, v: await version(t, m.id, manager), p: 'COMPANY_TUTOR_1' }, manager);
    expect(resent.data.resendConfirmationLink.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const again = smtp.to(fiche.tutor1.email).map((x) => x.text).at(-1)!;
    expect(again).toContain('heures de formation');
    expect(again).not.toContain('rémunération');
  });

  it('the year’s outcome notice tells the student the new minimum pay, not the company tutor (§4.2.1, §3.1)', async () => {
    const { t, smtp, manager } = app;
    const { student, email } = await createStudent(t, { cohort: 'MASTER-2025', birthDate: '2004-03-10' });
    const { tutorEmail } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03', siret: dialect === 'sqlite' ? '11111111100021' : '11111111100022' });
    const preview = await t.gql('{ yearChangePreview(cohort: "MASTER-2025", programme: "M1") { rows { student { id } studentVersion payBefore { ratePercent } payAfter { ratePercent } } } }', {}, manager);
    const row = preview.data.yearChangePreview.rows.find((r: any) => r.student.id === student.id);
    expect(row.payAfter.ratePercent).toBeGreaterThan(row.payBefore.ratePercent);
    const closed = await t.gql('mutation($o: [YearOutcomeInput!]!) { closeTrainingYear(cohort: "MASTER-2025", programme: "M1", outcomes: $o) { errors { code field } } }', { o: [{ studentId: student.id, version: row.studentVersion, outcome: 'PASSES' }] }, manager);
    expect(closed.data.closeTrainingYear.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const notice = (to: string) => smtp.to(to).filter((x) => x.subject.startsWith('Fin d’année M1')).at(-1)!.text;
    expect(notice(email)).toContain('Rémunération minimale');
    expect(notice(tutorEmail)).toContain('Année M2');
    expect(notice(tutorEmail)).not.toMatch(/Rémunération|brut mensuel/);
  });
});
