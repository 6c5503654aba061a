import type { Cohort, ReferenceData } from '../reference-data/reference-data.js';
import { IdentityMap } from '../reference-data/identity-map.js';
import { apprenticeBracketIndex } from './apprentice-age-bracket.js';
import { cohortGridYears, type GridYearStep } from './apprentice-grid-years.js';
import { cproBracketIndex } from './cpro-age-bracket.js';
import { payAgeFromParts } from './pay-age.js';
import { indexOn, payTables, plainPriceKey, type PayTables } from './pay-tables.js';

/**
 * What the pay check of a plain row (no SMC, previous rate, addition or prolongation)
 * shares with every row of its cohort and contract type, found once per reference data:
 * the grid years, whether the plain price never falls with the day, and the last period
 * of constant SMIC, grid and grid year a DFC fell in. A row then only finds its age
 * bracket: the per-row set-up (grid years, their check, two binary searches) was a
 * quarter of the roster check, its code too large for the core's instruction cache
 * (issue 15, docs/benchmarks.md, ninth pass).
 */
export interface PayPlan {
  tables: PayTables;
  capp: boolean;
  /**
   * Whether a plain row's highest price is its DFC's: plain prices never fall with the day
   * (pay-tables.ts, plainRises) and, for an apprentice, the cohort's grid years are shared by
   * its contracts and rise with their steps. False: the row takes the general path.
   */
  highestOnDfc: boolean;
  /** The first day from which no day's pricing can throw (pay-tables.ts, neverThrowsFrom). */
  neverThrowsFrom: number;
  /** The cohort's grid years (apprentices, when `highestOnDfc`); empty for a CPRO. */
  steps: readonly GridYearStep[];
  /** The last period found: from `periodFrom` (inclusive) to `periodTo` (exclusive), the SMIC, the grid and the grid year in force. */
  periodFrom: number;
  periodTo: number;
  smicIndex: number;
  gridIndex: number;
  gridYear: number;
}

const plansByData = new WeakMap<ReferenceData, { capp: IdentityMap<Cohort, PayPlan>; cpro: IdentityMap<Cohort, PayPlan> }>();
// The last reference data's plans, compared by identity before the WeakMap: a roster asks with the same one on every row.
let lastData: ReferenceData | null = null;
let lastPlans: { capp: IdentityMap<Cohort, PayPlan>; cpro: IdentityMap<Cohort, PayPlan> } | null = null;

/** The plan of `cohort`'s apprentices (`capp`) or CPROs, built the first time a row asks. Throws a RangeError as payTables. */
export function payPlan(data: ReferenceData, cohort: Cohort, capp: boolean): PayPlan {
  let plans = data === lastData ? lastPlans : plansByData.get(data);
  if (!plans) {
    plans = { capp: new IdentityMap(), cpro: new IdentityMap() };
    plansByData.set(data, plans);
  }
  lastData = data;
  lastPlans = plans;
  const byCohort = capp ? plans.capp : plans.cpro;
  let plan = byCohort.get(cohort);
  if (!plan) {
    plan = buildPlan(data, cohort, capp);
    byCohort.set(cohort, plan);
  }
  return plan;
}

function buildPlan(data: ReferenceData, cohort: Cohort, capp: boolean): PayPlan {
  const tables = payTables(data);
  const steps = capp ? cohortGridYears(cohort, data) : [];
  return {
    tables,
    capp,
    highestOnDfc: steps !== null && (capp ? tables.plainRises.capp && stepsRise(steps) : tables.plainRises.cpro),
    neverThrowsFrom: capp ? tables.neverThrowsFrom.capp : tables.neverThrowsFrom.cpro,
    steps: steps ?? [],
    // An empty period: the first DFC finds its own.
    periodFrom: 0,
    periodTo: 0,
    smicIndex: -1,
    gridIndex: -1,
    gridYear: 0,
  };
}

/**
 * The index in `plan.tables.plainCents` of a plain row's price on `day` (of `year` and
 * `month`), the same as the pay check's general path finds, or −1 when no SMIC or grid is
 * in force that day. Only for a plan whose `highestOnDfc` holds (its grid years rise).
 */
export function plainPriceKeyOn(plan: PayPlan, birthParts: readonly [number, number, number], day: number, year: number, month: number): number {
  if (!(day >= plan.periodFrom && day < plan.periodTo) && !findPeriod(plan, day)) return -1;
  const age = payAgeFromParts(birthParts[0], birthParts[1], birthParts[2], year, month);
  return plan.capp
    ? plainPriceKey(plan.tables, true, plan.smicIndex, plan.gridIndex, apprenticeBracketIndex(age), plan.gridYear)
    : plainPriceKey(plan.tables, false, plan.smicIndex, plan.gridIndex, cproBracketIndex(age), 0);
}

/** Finds the period of `day` into the plan (most DFCs of a cohort fall in the one before); false before the first SMIC or grid. */
function findPeriod(plan: PayPlan, day: number): boolean {
  const smic = plan.tables.smicMonthlyCents.days;
  const grid = (plan.capp ? plan.tables.apprenticeGrid : plan.tables.cproGrid).days;
  const smicIndex = indexOn(plan.tables.smicMonthlyCents, day);
  const gridIndex = plan.capp ? indexOn(plan.tables.apprenticeGrid, day) : indexOn(plan.tables.cproGrid, day);
  if (smicIndex < 0 || gridIndex < 0) return false;
  let from = Math.max(smic[smicIndex] as number, grid[gridIndex] as number);
  let to = Math.min(smic[smicIndex + 1] ?? Number.POSITIVE_INFINITY, grid[gridIndex + 1] ?? Number.POSITIVE_INFINITY);
  // The steps rise (highestOnDfc): the year in force is the last step's from on or before the day, as gridYearOn.
  let gridYear: number = plan.steps[0]?.gridYear ?? 1;
  for (let i = 0; i < plan.steps.length; i += 1) {
    const step = plan.steps[i] as GridYearStep;
    if (step.fromDay <= day) {
      gridYear = step.gridYear;
      if (step.fromDay > from) from = step.fromDay;
    } else if (step.fromDay < to) {
      to = step.fromDay;
    }
  }
  plan.periodFrom = from;
  plan.periodTo = to;
  plan.smicIndex = smicIndex;
  plan.gridIndex = gridIndex;
  plan.gridYear = gridYear;
  return true;
}

/** Whether the grid years rise with their steps' days (1–3, each step's day and year at least the one before's): gridYearOn then never falls with the day. */
export function stepsRise(steps: readonly GridYearStep[]): boolean {
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i] as GridYearStep;
    if (step.gridYear !== 1 && step.gridYear !== 2 && step.gridYear !== 3) return false;
    if (i > 0) {
      const before = steps[i - 1] as GridYearStep;
      if (!(step.fromDay >= before.fromDay) || step.gridYear < before.gridYear) return false;
    }
  }
  return true;
}
