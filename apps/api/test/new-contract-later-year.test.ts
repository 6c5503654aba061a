// §5: « En cas de rupture d'un contrat d'alternance, il est possible d'en signer un nouveau afin de
// terminer sa formation » — the same-type and other-OPA rules concern that contract, not a later
// training year's, which the student's history must not burden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contract } from '../src/modules/contracts/contract.entities.js';
import { newContractFindings } from '../src/modules/lifecycle/new-contract-rules.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { activeContract } from './support/lifecycle-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe.each(DIALECTS)('the rules of a new contract after a rupture (§5, %s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ dialect, today: '2026-07-01' });
  });
  afterAll(() => t?.close());

  it('bind the contract that finishes the broken one’s years, not the next programme’s', async () => {
    const { student } = await createStudent(t, { cohort: 'L3I-2025' });
    // An L3I apprenticeship planned to 2026-07-03, broken on 2026-01-31.
    const { contract } = await activeContract(t, student, { cohort: 'L3I-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2026-07-03', siret: '44444444400011' });
    const em = t.orm.em.fork();
    const broken = await em.findOneOrFail(Contract, contract.id, { populate: ['mission', 'mission.organisation'] });
    broken.status = 'BROKEN';
    broken.endDate = '2026-01-31';
    broken.mission.brokenOn = '2026-01-31';
    await em.flush();

    const fiche = (startDate: string) => Object.assign(new Mission(), { student: broken.student, state: 'DRAFT', cohort: 'L3I-2025', contractType: 'CPRO', startDate, endDate: '2027-09-03', organisation: broken.mission.organisation });
    const codes = async (startDate: string) => (await newContractFindings(em, fiche(startDate))).map((f) => f.code);
    // Within the broken contract's years: it replaces it — same type, another OPA.
    expect(await codes('2026-03-01')).toEqual(['NEW_CONTRACT_TYPE_MUST_MATCH', 'NEW_CONTRACT_SAME_OPA']);
    // The Master's contract from 2026-09-03, after the planned DFC: not concerned.
    expect(await codes('2026-09-03')).toEqual([]);
  });
});
