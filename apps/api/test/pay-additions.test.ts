import { describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, MISSION_FIELDS, validFiche } from './support/fixtures.js';
import { validatedMission } from './support/journey.js';
import { mailedApp } from './support/mailed-app.js';

const SAVE = `mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { ${MISSION_FIELDS} higherEducationDiploma disabilityExtraYear } errors { code field message } } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!) { submitMission(id: $id, version: $version) { findings { code message } errors { code } } }`;
const CONTRACT = `query($id: ID!) { contract(id: $id) { findings { code } paySegments { from gridYear ratePercent monthlyMinimumGross } mission { higherEducationDiploma disabilityExtraYear } } }`;

// M2-2026 apprentice born 2002-05-10 (21–25, grid year 2): 61 % of 1 867,02 € = 1 138,89 €;
// with a higher-education diploma 61 + 15 = 76 % → 1 418,9352 → 1 418,94 € (§4.2.1).
describe.each(DIALECTS)('the apprentice’s +15-point additions on the fiche (§4.2.1, note 27, %s)', (dialect) => {
  const app = mailedApp({ dialect, today: '2026-07-01' });

  async function submitted(fiche: Record<string, unknown>): Promise<string[]> {
    const { auth } = await createStudent(app.t);
    const saved = (await app.t.gql(SAVE, { input: fiche }, auth)).data.saveMissionDraft;
    expect(saved.errors).toEqual([]);
    const result = (await app.t.gql(SUBMIT, { id: saved.mission.id, version: saved.mission.version }, auth)).data.submitMission;
    return result.findings.map((f: { code: string }) => f.code);
  }

  it('checks the agreed pay against the raised minimum, and only with the diploma declared', async () => {
    expect(await submitted({ ...validFiche('pa1', '52345678901231'), monthlyGrossPay: 1418.93, higherEducationDiploma: true })).toContain('PAY_BELOW_MINIMUM');
    expect(await submitted({ ...validFiche('pa2', '52345678901232'), monthlyGrossPay: 1418.93 })).not.toContain('PAY_BELOW_MINIMUM');
  });

  it('keeps the facts on the mission and prices the contract’s schedule with them', async () => {
    const { auth } = await createStudent(app.t);
    const fiche = { ...validFiche('pa3', '52345678901233'), monthlyGrossPay: 1418.94, higherEducationDiploma: true };
    const mission = await validatedMission(app.t, app.smtp, auth, app.manager, fiche);
    const contract = (await app.t.gql(CONTRACT, { id: mission.contract.id }, app.manager)).data.contract;
    expect(contract.mission).toEqual({ higherEducationDiploma: true, disabilityExtraYear: false });
    expect(contract.findings.map((f: { code: string }) => f.code)).not.toContain('PAY_BELOW_MINIMUM');
    expect(contract.paySegments).toEqual([{ from: '2026-09-03', gridYear: 2, ratePercent: 76, monthlyMinimumGross: 1418.94 }]);
    // The roster the add-in pulls carries them, so its check is the office's.
    const roster = await app.t.gql(`{ rosterRows(filter: { cohort: "M2-2026" }) { missionId higherEducationDiploma disabilityExtraYear } }`, {}, app.manager);
    expect(roster.data.rosterRows.find((r: { missionId: string }) => r.missionId === mission.id)).toEqual({ missionId: mission.id, higherEducationDiploma: true, disabilityExtraYear: false });
  });
});
