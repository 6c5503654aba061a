import { describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { lastLinkTo, linkSession, missionAwaitingConfirmation } from './support/journey.js';
import { mailedApp } from './support/mailed-app.js';
import type { Auth } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
const CONTRACT = `query($id: ID!) { contract(id: $id) {
  id version findings { code }
  figures { billableHours cost unbilledHours }
  trainingFigures { billableHours cost costPerHour unbilledHours unbilledCost trainingHalfDays volumes { programme trainingHours annualCost } }
  mission { id findings { code } auditTrail { action } }
} }`;
const CONFIRM = 'mutation($id: ID!) { confirmMission(id: $id) { findings { code } mission { id state findings { code } auditTrail { action } } errors { code } } }';
const CHANGE = `mutation($c: ID!, $v: Int!, $i: CompanyTutorChangeInput!) { changeCompanyTutor(contractId: $c, version: $v, input: $i) { errors { code field } } }`;

/**
 * What the company contacts read through their mailed links (§3.1): the rules' findings
 * (« Anomalies ») and the mission's audit trail are the office's; the contract's training cost
 * (§2.5) is the signing organisation's and its OPCO's — the HR contact reads it, the company
 * tutors (1, 2, or one who took over) do not.
 */
describe.each(DIALECTS)('company contacts read the mission and the contract without the office’s findings; only HR reads the cost (%s)', (dialect) => {
  const app = mailedApp({ dialect, today: '2026-07-01' });

  it('tutor 1, tutor 2 and HR answer and read the contract; the student and the office still see everything', async () => {
    const { t, smtp, manager } = app;
    const { auth: student } = await createStudent(t);
    // A DDC nine days after the request: VALIDATION_LEAD_TIME warns (§3.3.1), the office accepts it.
    const fiche = { ...validFiche(`cc-${dialect}`, dialect === 'sqlite' ? '62345678901234' : '72345678901234'), startDate: '2026-07-10', tutor2: { firstName: 'Théo', lastName: 'Second', email: `tuteur2-cc-${dialect}@calanques.example` } };
    const m = await missionAwaitingConfirmation(t, student, manager, fiche);
    const parties = { tutor1: fiche.tutor1.email, tutor2: fiche.tutor2.email, hr: fiche.hrContact.email };
    for (const email of Object.values(parties)) {
      const session = await linkSession(t, smtp, email);
      // Their answer gives back the mission's state, not the office's findings nor who did what.
      const answered = (await t.gql(CONFIRM, { id: m.id }, session)).data.confirmMission;
      expect(answered.errors).toEqual([]);
      expect(answered.findings).toEqual([]);
      expect(answered.mission.findings).toEqual([]);
      expect(answered.mission.auditTrail).toEqual([]);
    }
    const version = (await t.gql('query($id: ID!) { mission(id: $id) { version } }', { id: m.id }, manager)).data.mission.version;
    const validated = await t.gql('mutation($id: ID!, $v: Int!) { validateMission(id: $id, version: $v, acceptWarnings: true) { mission { contract { id version } } errors { code } } }', { id: m.id, v: version }, manager);
    expect(validated.data.validateMission.errors).toEqual([]);
    const contractId = validated.data.validateMission.mission.contract.id;
    await t.app.mail.deliverDue();

    // The office (and the student, on their own contract) read the findings and the cost.
    const office = (await t.gql(CONTRACT, { id: contractId }, manager)).data.contract;
    expect(office.mission.findings.map((f: any) => f.code)).toContain('VALIDATION_LEAD_TIME');
    expect(office.findings.length).toBeGreaterThan(0);
    expect(office.mission.auditTrail.map((e: any) => e.action)).toContain('VALIDATE');
    expect(office.figures.cost).toBeGreaterThan(0);
    expect(office.trainingFigures).toMatchObject({ cost: expect.any(Number), costPerHour: expect.any(Number) });
    expect(office.trainingFigures.volumes[0].annualCost).toBeGreaterThan(0);
    const own = (await t.gql(CONTRACT, { id: contractId }, student)).data.contract;
    expect(own.findings).toEqual(office.findings);
    expect(own.figures.cost).toBe(office.figures.cost);
    expect(own.mission.auditTrail).toEqual([]);

    const read = async (auth: Auth) => (await t.gql(CONTRACT, { id: contractId }, auth)).data.contract;
    const asTutor = async (contract: any) => {
      expect(contract.findings).toEqual([]);
      expect(contract.mission.findings).toEqual([]);
      expect(contract.mission.auditTrail).toEqual([]);
      // Hours stay (the alternant's time away, §2.3); the amounts and what the SFCA cannot bill go.
      expect(contract.figures).toEqual({ billableHours: office.figures.billableHours, cost: null, unbilledHours: null });
      expect(contract.trainingFigures).toMatchObject({ billableHours: office.trainingFigures.billableHours, trainingHalfDays: office.trainingFigures.trainingHalfDays, cost: null, costPerHour: null, unbilledHours: null, unbilledCost: null });
      expect(contract.trainingFigures.volumes.map((v: any) => v.annualCost)).toEqual(office.trainingFigures.volumes.map(() => null));
      expect(contract.trainingFigures.volumes.map((v: any) => v.trainingHours)).toEqual(office.trainingFigures.volumes.map((v: any) => v.trainingHours));
    };
    // The contract links mailed at validation (CONTRACT_VIEW), one per company contact.
    const view = async (email: string) => {
      const opened = await t.post('/auth/link', { token: lastLinkTo(smtp, email) });
      expect(opened.status).toBe(200);
      return { cookie: opened.cookie! };
    };
    await asTutor(await read(await view(parties.tutor1)));
    await asTutor(await read(await view(parties.tutor2)));
    const hr = await read(await view(parties.hr));
    expect(hr.findings).toEqual([]);
    expect(hr.mission.findings).toEqual([]);
    expect(hr.mission.auditTrail).toEqual([]);
    expect(hr.figures).toEqual(office.figures);
    expect(hr.trainingFigures).toEqual(office.trainingFigures);

    // A tutor who takes over (§3.1) reads the contract as the others did.
    const contract = (await t.gql('query($id: ID!) { contract(id: $id) { version } }', { id: contractId }, manager)).data.contract;
    const changed = await t.gql(CHANGE, { c: contractId, v: contract.version, i: { slot: 1, tutor: { firstName: 'Nadia', lastName: 'Nouvelle', email: `nadia-cc-${dialect}@calanques.example` }, effectiveOn: '2026-07-10', avenantSignedOn: '2026-07-01', reason: 'Départ' } }, manager);
    expect(changed.data.changeCompanyTutor.errors).toEqual([]);
    await t.app.mail.deliverDue();
    await asTutor(await read(await view(`nadia-cc-${dialect}@calanques.example`)));
  });
});
