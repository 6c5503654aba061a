import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';
import { countStatements, loggedStatements } from './support/statement-count.js';

// Issue 15: a visits-overview page whose selection the API knows (the portal's) is read as
// plain rows; any other selection (here, the same fields in a fragment) as entities. Both
// must give the same page, for every filter, year and scope.

const ITEM = `student { id firstName lastName cohort email } missionId contractId livretId programme trainingStart trainingEnd organisationName companyTutorName companyTutorNames
  academicTutor { id displayName email } assignmentDeadline visits { id date half format location state visitNumber academicYear icsSequence slotDeclines { companyTutorName availability declinedAt } slotsUnanswered reportStage slotsRemindedAt }
  visitWindows { visitNumber from to } findings { code severity message window { min max } }`;
const ARGS = '$filter: AlternantFollowUpFilter, $first: Int, $offset: Int';
const PROJECTED = `query(${ARGS}) { alternantsFollowUp(filter: $filter, first: $first, offset: $offset) { academicYear total late reportDue items { ${ITEM} } } }`;
const ENTITIES = `query(${ARGS}) { alternantsFollowUp(filter: $filter, first: $first, offset: $offset) { academicYear total late reportDue items { ... on AlternantFollowUp { ${ITEM} } } } }`;

describe.each(DIALECTS)('visits overview read model (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2026-03-02' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
  });
  afterAll(() => t?.close());

  it('gives the page the entities give, for every filter and year', async () => {
    const filters: Record<string, unknown>[] = [{}, { lateOnly: true }, { toChaseOnly: true }, { reportDueOnly: true }, { unassignedOnly: true }, { cohort: 'M1-2025' }, { search: 'a' }, { academicYear: '2024-2025' }];
    let rows = 0;
    let visits = 0;
    for (const filter of filters) {
      for (const [first, offset] of [[500, 0], [7, 3]] as const) {
        const variables = { filter, first, offset };
        const projected = await t.gql(PROJECTED, variables, manager);
        const entities = await t.gql(ENTITIES, variables, manager);
        expect(projected.errors, JSON.stringify(projected.errors)).toBeUndefined();
        expect(projected.data, JSON.stringify(variables)).toEqual(entities.data);
        rows += projected.data.alternantsFollowUp.items.length;
        visits += projected.data.alternantsFollowUp.items.reduce((n: number, i: { visits: unknown[] }) => n + i.visits.length, 0);
      }
    }
    expect(rows).toBeGreaterThan(20);
    expect(visits).toBeGreaterThan(0);
  });

  it('reads the projected page as rows, the other as entities', async () => {
    const statements = async (query: string): Promise<string[]> => {
      const logged = await loggedStatements(t.orm, () => t.gql(query, { first: 10 }, manager));
      return logged.filter((sql) => /from [`"](contract|visit)[`"]/.test(sql));
    };
    const projected = await statements(PROJECTED);
    expect(projected.some((sql) => /"s__first_name"/.test(sql))).toBe(true);
    expect(projected.some((sql) => /"v__visit_number"/.test(sql))).toBe(true);
    const entities = await statements(ENTITIES);
    expect(entities.some((sql) => /"s__first_name"|"v__visit_number"/.test(sql))).toBe(false);
  });

  it('names both company tutors and the visits’ declines without a statement per row (§3.1, §4.6)', async () => {
    const count = (query: string, first: number): Promise<number> => countStatements(t.orm, () => t.gql(query, { first }, manager));
    for (const query of [PROJECTED, ENTITIES]) {
      await count(query, 5); // warm: the session and reference data read once
      expect(await count(query, 40), query === PROJECTED ? 'plain rows' : 'entities').toBe(await count(query, 5));
    }
    const { items } = (await t.gql(PROJECTED, { first: 500 }, manager)).data.alternantsFollowUp;
    for (const item of items) expect(item.companyTutorNames[0] ?? null).toBe(item.companyTutorName);
    // The demo gives one contract in four a second company tutor (§3.1): named second, a real name.
    const two = items.filter((i: { companyTutorNames: string[] }) => i.companyTutorNames.length === 2);
    expect(two.length).toBeGreaterThan(0);
    for (const item of two) expect(item.companyTutorNames[1]).toMatch(/^\S+ \S+/);
    expect(two.some((i: { companyTutorNames: string[] }) => i.companyTutorNames.some((n) => n.includes('undefined')))).toBe(false);
  });

  it('the demo shows proposals to chase, one a reminder can still go to (§4.6 note 34)', async () => {
    const chase = (await t.gql(`{ alternantsFollowUp(filter: { toChaseOnly: true }) { total toChase items { visits { id state visitNumber slotsUnanswered slotDeclines { companyTutorName } } } } }`, {}, manager)).data.alternantsFollowUp;
    expect(chase.total).toBe(chase.toChase);
    expect(chase.total).toBeGreaterThan(2);
    // 2nd visits offered for April: declined by tutor 1, tutor 2 still to answer — « Relancer » goes to them.
    const declined2 = chase.items.flatMap((i: { visits: { id: string; state: string; visitNumber: number; slotDeclines: unknown[] }[] }) => i.visits).filter((v: { state: string; visitNumber: number; slotDeclines: unknown[] }) => v.state === 'PROPOSED' && v.visitNumber === 2 && v.slotDeclines.length === 1);
    expect(declined2.length).toBeGreaterThan(0);
    for (const v of declined2) expect((await t.gql('query($id: ID!) { visit(id: $id) { slotsReminderTo } }', { id: v.id }, manager)).data.visit.slotsReminderTo).toHaveLength(1);
  });

  it('the demo’s 1st visits planned in January and not reported read « compte rendu à saisir », not late (§4.6)', async () => {
    const list = (await t.gql(`{ alternantsFollowUp(filter: { reportDueOnly: true }) { total reportDue late items { visits { visitNumber state date reportStage } visitWindows { visitNumber from } findings { code window { min } } } } }`, {}, manager)).data.alternantsFollowUp;
    expect(list.total).toBe(list.reportDue);
    expect(list.total).toBeGreaterThan(0);
    for (const item of list.items) {
      const due = item.visits.filter((v: { reportStage: string | null }) => v.reportStage === 'DUE');
      expect(due.length).toBeGreaterThan(0);
      for (const v of due) {
        expect(v.state).toBe('SCHEDULED');
        expect(v.date < '2026-03-02').toBe(true);
        // Its window over (January–February), the visit is not late: its report is what is owed.
        const window = item.visitWindows.find((w: { visitNumber: number }) => w.visitNumber === v.visitNumber);
        expect(item.findings.some((f: { code: string; window: { min: string } | null }) => f.code === 'VISIT_LATE' && f.window?.min === window?.from)).toBe(false);
      }
    }
  });

  it('keeps an academic tutor to their alternants', async () => {
    const tutor = { cookie: await t.login('tuteur.academique@demo.alternance.test', 'Alternance-Demo-2026') };
    const projected = await t.gql(PROJECTED, { first: 500 }, tutor);
    const all = await t.gql(PROJECTED, { first: 500 }, manager);
    expect(projected.data.alternantsFollowUp.items.length).toBeGreaterThan(0);
    expect(projected.data.alternantsFollowUp.items.length).toBeLessThan(all.data.alternantsFollowUp.items.length);
    expect(projected.data).toEqual((await t.gql(ENTITIES, { first: 500 }, tutor)).data);
  });
});
