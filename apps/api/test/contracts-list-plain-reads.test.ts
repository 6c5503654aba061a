import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/core';
import { calendarsInForce } from '../src/modules/calendars/calendar-in-force.js';
import { contractTrainingFigures } from '../src/modules/calendars/calendar-views.js';
import { Contract } from '../src/modules/contracts/contract.entities.js';
import { contractFindings, contractPaySegments } from '../src/modules/contracts/contract.service.js';
import { loadReferenceData } from '../src/modules/reference-data/reference-data.service.js';
import { createLoaders, type ServiceContext } from '../src/shared/service-context.js';
import { toGqlFinding } from '../src/graphql/payload.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 15: a contracts page reads its contracts' extension avenants and their alternants' own
// half-days as plain rows (outside a transaction); inside a transaction they are read as
// entities, as before. On the demo data (an extended contract, an alternant with their own
// half-days), the portal's page and the figures a contract shows must be the same both ways.

const PAGE = `query($first: Int!, $after: String, $filter: ContractFilter) { contracts(first: $first, after: $after, filter: $filter) {
  id cursor contractType startDate endDate monthlyGrossPay student { id firstName lastName cohort } findings { code severity }
  paySegments { from to ratePercent extension monthlyMinimumGross } trainingFigures { billableHours cost calendars trainingHalfDays provisional }
} }`;

const EXTEND = `mutation($c: ID!, $v: Int!, $i: ContractExtensionInput!) { extendContract(contractId: $c, version: $v, input: $i) { errors { code field message } } }`;

interface Row {
  id: string;
  findings: { code: string; severity: string }[];
  paySegments: { from: string; to: string; ratePercent: number; extension: boolean; monthlyMinimumGross: number }[];
  trainingFigures: { billableHours: number | null; cost: number | null; calendars: string[]; trainingHalfDays: number; provisional: boolean };
}

describe.each(DIALECTS)('contracts list, plain reads against entities (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2025-11-17' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    // An extended contract whatever the demo's repeater: an M2 apprentice's avenant for a repeated year (§4.5),
    // its prolonged days paid +15 points (§4.2.1) — the pay read that only an extension avenant exercises.
    const capps = (await t.gql('{ contracts(first: 100, filter: { contractType: "CAPP" }) { id version endDate student { cohort } } }', {}, manager)).data.contracts as { id: string; version: number; endDate: string; student: { cohort: string } }[];
    const capp = capps.find((c) => c.student.cohort === 'M2-2025')!;
    const newEndDate = `${Number(capp.endDate.slice(0, 4)) + 1}${capp.endDate.slice(4)}`;
    const extended = await t.gql(EXTEND, { c: capp.id, v: capp.version, i: { newEndDate, cohort: 'M2-2026', reason: 'Redoublement du M2 (§4.5)', signedOn: '2025-11-14' } }, manager);
    expect(extended.errors ?? extended.data.extendContract.errors, JSON.stringify(extended)).toEqual([]);
  });
  afterAll(() => t?.close());

  /** What the rules give for each contract when read as entities, avenants and own half-days through the ORM (in a transaction). */
  async function fromEntities(ids: string[]): Promise<Row[]> {
    const em = t.orm.em.fork() as EntityManager;
    await em.begin();
    try {
      let data: Awaited<ReturnType<typeof loadReferenceData>> | null = null;
      const ctx: ServiceContext = { em, actor: null, clock: t.clock, publicUrl: 'http://localhost', referenceData: async () => (data ??= await calendarsInForce(em, await loadReferenceData(em))), loaders: createLoaders(em) };
      const contracts = await em.find(Contract, { id: { $in: ids } }, { populate: ['student', 'mission'] });
      const byId = new Map(contracts.map((c) => [c.id, c]));
      return await Promise.all(
        ids.map(async (id) => {
          const c = byId.get(id)!;
          const figures = await contractTrainingFigures(ctx, c);
          return {
            id,
            findings: (await contractFindings(ctx, c)).map(toGqlFinding).map((f) => ({ code: f.code, severity: f.severity })),
            paySegments: (await contractPaySegments(ctx, c)).map((s) => ({ from: s.from, to: s.to, ratePercent: s.ratePercent, extension: Boolean(s.extension), monthlyMinimumGross: s.monthlyMinimumGross })),
            trainingFigures: { billableHours: figures.billableHours, cost: figures.cost, calendars: figures.calendars, trainingHalfDays: figures.trainingHalfDays, provisional: figures.provisional },
          };
        }),
      );
    } finally {
      await em.rollback();
    }
  }

  it('gives every page of the portal the findings, pay and figures the entities give', async () => {
    const seen: Row[] = [];
    for (const filter of [{}, { overdue: true }, { contractType: 'CAPP' }]) {
      let after: string | null = null;
      for (let pages = 0; pages < 50; pages++) {
        const result = await t.gql(PAGE, { first: 40, after, filter }, manager);
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        const page = result.data.contracts as (Row & { cursor: string })[];
        if (page.length === 0) break;
        const expected = await fromEntities(page.map((c) => c.id));
        expect(page.map(({ id, findings, paySegments, trainingFigures }) => ({ id, findings, paySegments, trainingFigures }))).toEqual(expected);
        seen.push(...page);
        after = page.at(-1)!.cursor;
      }
    }
    expect(seen.length).toBeGreaterThan(20);
    // Both reads exercised: an extended contract (its prolonged pay) and an alternant's own half-days.
    expect(seen.some((c) => c.paySegments.some((s) => s.extension))).toBe(true);
    expect(seen.some((c) => c.trainingFigures.calendars.some((label) => label.includes('(individuel)')))).toBe(true);
  });
});
