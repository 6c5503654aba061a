import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';
import { loggedStatements } from './support/statement-count.js';

// Issue 15: an absences page whose selection the API knows (the portal's) is read as plain
// rows; any other selection (here, the same fields in a fragment) as entities. Both must
// give the same page, for every filter and scope.

const FIELDS = `id version date half state reason comment organisationName hours deadline decidedBy decidedAt decisionComment recordedBy source createdAt
  stoppage { issuedOn from to receivedOn sentBy fileName mediaType size } student { id firstName lastName cohort group }`;
const ARGS = '$filter: AbsenceFilter, $first: Int, $offset: Int';
const PROJECTED = `query(${ARGS}) { absences(filter: $filter, first: $first, offset: $offset) { ${FIELDS} } }`;
// The portal's shape: the fields in a named fragment.
const NAMED = `fragment F on Absence { ${FIELDS} } query(${ARGS}) { absences(filter: $filter, first: $first, offset: $offset) { ...F } }`;
const ENTITIES = `query(${ARGS}) { absences(filter: $filter, first: $first, offset: $offset) { ... on Absence { ${FIELDS} } } }`;

describe.each(DIALECTS)('absences read model (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2026-03-02' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
  });
  afterAll(() => t?.close());

  it('gives the page the entities give, for every filter', async () => {
    const filters: Record<string, unknown>[] = [{}, { state: 'AWAITING_STOPPAGE' }, { state: 'UNJUSTIFIED' }, { cohort: 'M1-2025' }, { reason: 'UNKNOWN' }, { from: '2025-10-01', to: '2026-01-31' }];
    let rows = 0;
    for (const filter of filters) {
      for (const [first, offset] of [[100, 0], [7, 3]] as const) {
        const variables = { filter, first, offset };
        const projected = await t.gql(PROJECTED, variables, manager);
        const entities = await t.gql(ENTITIES, variables, manager);
        expect(projected.errors, JSON.stringify(projected.errors)).toBeUndefined();
        expect(projected.data, JSON.stringify(variables)).toEqual(entities.data);
        expect((await t.gql(NAMED, variables, manager)).data, JSON.stringify(variables)).toEqual(entities.data);
        rows += projected.data.absences.length;
      }
    }
    expect(rows).toBeGreaterThan(20);
  });

  it('reads the projected page as rows, the other as entities', async () => {
    const statements = async (query: string): Promise<string[]> => {
      const logged = await loggedStatements(t.orm, () => t.gql(query, { first: 10 }, manager));
      return logged.filter((sql) => /from [`"]absence[`"]/.test(sql));
    };
    expect((await statements(PROJECTED)).some((sql) => /"s__first_name"/.test(sql))).toBe(true);
    expect((await statements(NAMED)).some((sql) => /"s__first_name"/.test(sql))).toBe(true);
    expect((await statements(ENTITIES)).some((sql) => /"s__first_name"/.test(sql))).toBe(false);
  });

  it('keeps an academic tutor and a student to their absences', async () => {
    for (const email of ['tuteur.academique@demo.alternance.test', 'etudiant1@demo.alternance.test']) {
      const who = { cookie: await t.login(email, 'Alternance-Demo-2026') };
      const projected = await t.gql(PROJECTED, { first: 100 }, who);
      const all = await t.gql(PROJECTED, { first: 100 }, manager);
      expect(projected.errors, email).toBeUndefined();
      expect(projected.data.absences.length, email).toBeLessThan(all.data.absences.length);
      expect(projected.data, email).toEqual((await t.gql(ENTITIES, { first: 100 }, who)).data);
    }
  });
});
