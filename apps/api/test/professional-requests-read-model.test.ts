import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { ProfessionalAbsenceRequest } from '../src/modules/absences/absence.entities.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';
import { loggedStatements } from './support/statement-count.js';

// Issue 15: a page of professional-absence requests whose selection the API knows (the
// portal's) is read as plain rows, in one statement with its students; any other selection
// (here, the same fields in an inline fragment) as entities. Both must give the same page,
// for every state, page and scope.

const FIELDS = `id version firstDay firstHalf lastDay lastHalf reason requestedBy requestedOn state decidedBy decidedAt decisionComment cursor
  student { id firstName lastName cohort }`;
const ARGS = '$state: ProfessionalAbsenceState, $first: Int, $after: String';
const PROJECTED = `query(${ARGS}) { professionalAbsenceRequests(state: $state, first: $first, after: $after) { ${FIELDS} } }`;
const ENTITIES = `query(${ARGS}) { professionalAbsenceRequests(state: $state, first: $first, after: $after) { ... on ProfessionalAbsenceRequest { ${FIELDS} } } }`;
const PASSWORD = 'Alternance-Demo-2026';

describe.each(DIALECTS)('professional-absence requests read model (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2026-03-02' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', PASSWORD) };
    // The demo holds one request: some more, of every state, several on a same first day (the id settles their order).
    const em = t.orm.em.fork();
    const missions = await em.find(Mission, { state: 'VALIDATED', tutor1: { $ne: null } }, { populate: ['student', 'tutor1'], orderBy: { id: 'asc' }, limit: 6 });
    expect(missions.length).toBeGreaterThan(2);
    missions.forEach((mission, i) => {
      for (const [k, state] of (['PENDING', 'GRANTED', 'REFUSED'] as const).entries()) {
        const day = `2026-0${4 + (i % 2)}-1${k}`;
        em.persist(
          Object.assign(new ProfessionalAbsenceRequest(), {
            student: mission.student,
            mission,
            firstDay: day,
            firstHalf: 'AM',
            lastDay: day,
            lastHalf: 'PM',
            reason: `Salon ${i}-${k}`,
            requestedById: mission.tutor1!.id,
            requestedByLabel: `${mission.tutor1!.firstName} ${mission.tutor1!.lastName}`,
            requestedOn: '2026-03-01',
            state,
            ...(state === 'PENDING' ? {} : { decidedBy: 'Direction', decidedAt: new Date('2026-03-02T10:00:00Z'), decisionComment: state === 'REFUSED' ? 'Période d’examens' : null }),
          }),
        );
      }
    });
    await em.flush();
  });
  afterAll(() => t?.close());

  it('gives the page the entities give, for every state and page', async () => {
    let rows = 0;
    for (const state of [null, 'PENDING', 'GRANTED', 'REFUSED']) {
      let after: string | null = null;
      // Pages of 4 after each cursor, to the end.
      for (let page = 0; page < 10; page++) {
        const variables = { state, first: 4, after };
        const projected = await t.gql(PROJECTED, variables, manager);
        const entities = await t.gql(ENTITIES, variables, manager);
        expect(projected.errors, JSON.stringify(projected.errors)).toBeUndefined();
        expect(projected.data, JSON.stringify(variables)).toEqual(entities.data);
        const requests = projected.data.professionalAbsenceRequests as { cursor: string }[];
        rows += requests.length;
        if (requests.length < 4) break;
        after = requests[requests.length - 1]!.cursor;
      }
      const whole = await t.gql(PROJECTED, { state, first: 100 }, manager);
      expect(whole.data, String(state)).toEqual((await t.gql(ENTITIES, { state, first: 100 }, manager)).data);
    }
    expect(rows).toBeGreaterThan(30);
  });

  it('reads the projected page as rows with its students, the other as entities', async () => {
    const statements = async (query: string): Promise<string[]> => {
      const logged = await loggedStatements(t.orm, () => t.gql(query, { first: 10 }, manager));
      return logged.filter((sql) => /from [`"]professional_absence_request[`"]/.test(sql));
    };
    const projected = await statements(PROJECTED);
    expect(projected).toHaveLength(1);
    expect(projected[0]).toMatch(/"s__first_name"/);
    expect((await statements(ENTITIES)).some((sql) => /"s__first_name"/.test(sql))).toBe(false);
  });

  it('keeps an academic tutor and a student to their alternants’ and their own requests', async () => {
    const all = (await t.gql(PROJECTED, { first: 100 }, manager)).data.professionalAbsenceRequests as { student: { id: string } }[];
    for (const email of ['tuteur.academique@demo.alternance.test', 'etudiant1@demo.alternance.test']) {
      const who = { cookie: await t.login(email, PASSWORD) };
      const projected = await t.gql(PROJECTED, { first: 100 }, who);
      expect(projected.errors, email).toBeUndefined();
      expect(projected.data.professionalAbsenceRequests.length, email).toBeLessThan(all.length);
      expect(projected.data, email).toEqual((await t.gql(ENTITIES, { first: 100 }, who)).data);
    }
  });
});
