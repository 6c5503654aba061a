import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';
import { loggedStatements } from './support/statement-count.js';

// Issue 15: a missions page the API knows how to project (the portal's list) is read as plain
// rows of the columns it shows; any other selection (here, the same fields in a fragment) is
// read as entities. Both must give the same page, for every order, filter and scope.

const FIELDS = `id version state cohort contractType startDate endDate requestDate stateSince waitingDays monthlyGrossPay smcMonthly hoursPerDay title
  findings { code severity } student { id firstName lastName cohort } organisation { id name siret } workOrganisation { id name }
  tutor1 { id lastName email } tutor2 { id lastName } hrContact { id lastName }`;
const PROJECTED = `query($filter: MissionFilter, $sort: MissionSort, $first: Int) { missions(filter: $filter, sort: $sort, first: $first) { ${FIELDS} } }`;
const ENTITIES = `query($filter: MissionFilter, $sort: MissionSort, $first: Int) { missions(filter: $filter, sort: $sort, first: $first) { ... on Mission { ${FIELDS} } } }`;

describe.each(DIALECTS)('missions list read model (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2025-09-15' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
  });
  afterAll(() => t?.close());

  const SORTS = ['URGENCY', 'RECENT', 'STUDENT', 'ORGANISATION', 'START_DATE', 'STATE'];
  const FILTERS: Record<string, unknown>[] = [{}, { toHandle: true }, { cohort: 'M1-2025' }, { search: 'a' }, { findingCode: 'PAY_BELOW_MINIMUM' }, { state: 'VALIDATED', contractType: 'CAPP' }];

  it('gives the page the entities give, for every order and filter', async () => {
    let rows = 0;
    for (const sort of SORTS) {
      for (const filter of FILTERS) {
        const variables = { filter, sort, first: 40 };
        const projected = await t.gql(PROJECTED, variables, manager);
        const entities = await t.gql(ENTITIES, variables, manager);
        expect(projected.errors, JSON.stringify(projected.errors)).toBeUndefined();
        expect(projected.data, `${sort} ${JSON.stringify(filter)}`).toEqual(entities.data);
        rows += projected.data.missions.length;
      }
    }
    expect(rows).toBeGreaterThan(100);
  });

  it('reads the projected page as rows of the columns shown, the other as entities', async () => {
    const statements = async (query: string): Promise<string[]> => {
      const logged = await loggedStatements(t.orm, () => t.gql(query, { first: 10 }, manager));
      return logged.filter((sql) => /from [`"]mission[`"]/.test(sql) && !/count\(/.test(sql));
    };
    const [projected] = await statements(PROJECTED);
    expect(projected).toMatch(/"m__title"/);
    // Only the columns shown: not the mission's long texts nobody asked for.
    expect(projected).not.toMatch(/"objectives"|"deliverables"/);
    const [entities] = await statements(ENTITIES);
    expect(entities).toBeDefined();
    expect(entities).not.toMatch(/"m__title"/);
  });

  it('keeps a student and an academic tutor to the missions they may see', async () => {
    for (const email of ['etudiant1@demo.alternance.test', 'tuteur.academique@demo.alternance.test']) {
      const who = { cookie: await t.login(email, 'Alternance-Demo-2026') };
      const projected = await t.gql(PROJECTED, { first: 100 }, who);
      const all = await t.gql(PROJECTED, { first: 100 }, manager);
      expect(projected.data.missions.length, email).toBeGreaterThan(0);
      expect(projected.data.missions.length, email).toBeLessThan(all.data.missions.length);
      expect(projected.data, email).toEqual((await t.gql(ENTITIES, { first: 100 }, who)).data);
    }
  });
});
