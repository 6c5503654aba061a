import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';
import { loggedStatements } from './support/statement-count.js';

// Issue 15: a change-proposals page whose selection the API knows (the portal's) reads its
// missions as plain rows; any other selection (here, the same fields in a fragment) as
// entities. Both must give the same page, for every state and page.

const FIELDS = `id version state comment createdAt decidedAt startDate endDate monthlyGrossPay missionId
  mission { id version cohort contractType startDate endDate monthlyGrossPay student { id firstName lastName } }`;
const ARGS = '$state: ProposalState, $first: Int!, $offset: Int!';
const PROJECTED = `query(${ARGS}) { changeProposals(state: $state, first: $first, offset: $offset) { ${FIELDS} } }`;
const ENTITIES = `query(${ARGS}) { changeProposals(state: $state, first: $first, offset: $offset) { ... on ChangeProposal { ${FIELDS} } } }`;

describe.each(DIALECTS)('change proposals read model (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2026-03-02' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    // The demo holds no proposal: a few, on validated missions, one of them rejected.
    const missions = (await t.gql(`{ missions(filter: { state: VALIDATED }, first: 5) { id version } }`, {}, manager)).data.missions as { id: string; version: number }[];
    const changes = missions.map((m, i) => ({ missionId: m.id, missionVersion: m.version, endDate: `2027-0${(i % 8) + 1}-15`, comment: `avenant ${i}` }));
    const proposed = await t.gql(`mutation($changes: [ContractChangeInput!]!) { proposeContractChanges(changes: $changes) { proposals { id version } errors { code } } }`, { changes }, manager);
    expect(proposed.data.proposeContractChanges.errors).toEqual([]);
    const [first] = proposed.data.proposeContractChanges.proposals as { id: string; version: number }[];
    await t.gql(`mutation { decideChangeProposal(id: "${first!.id}", version: ${first!.version}, accept: false) { errors { code } } }`, {}, manager);
  });
  afterAll(() => t?.close());

  it('gives the page the entities give, for every state and page', async () => {
    let rows = 0;
    for (const state of [null, 'PENDING', 'ACCEPTED', 'REJECTED']) {
      for (const [first, offset] of [[100, 0], [2, 1]] as const) {
        const variables = { state, first, offset };
        const projected = await t.gql(PROJECTED, variables, manager);
        const entities = await t.gql(ENTITIES, variables, manager);
        expect(projected.errors, JSON.stringify(projected.errors)).toBeUndefined();
        expect(projected.data, JSON.stringify(variables)).toEqual(entities.data);
        rows += projected.data.changeProposals.length;
      }
    }
    expect(rows).toBeGreaterThan(8);
  });

  it('reads the missions of the projected page as rows, the other as entities', async () => {
    const statements = async (query: string): Promise<string[]> => {
      const logged = await loggedStatements(t.orm, () => t.gql(query, { state: null, first: 10, offset: 0 }, manager));
      return logged.filter((sql) => /from [`"]mission[`"]/.test(sql));
    };
    expect((await statements(PROJECTED)).some((sql) => /"m__cohort"/.test(sql))).toBe(true);
    expect((await statements(ENTITIES)).some((sql) => /"m__cohort"/.test(sql))).toBe(false);
  });

  it('reads the proposals of the projected page as rows too', async () => {
    const logged = await loggedStatements(t.orm, () => t.gql(PROJECTED, { state: null, first: 10, offset: 0 }, manager));
    expect(logged.filter((sql) => /from [`"]change_proposal[`"]/.test(sql)).map((sql) => /"p__state"/.test(sql))).toEqual([true]);
  });
});
