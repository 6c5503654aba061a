import type { IsoDate } from '../dates/iso-date.js';
import { indexReferenceData } from '../reference-data/lookup.js';
import type { Cohort, ReferenceData, Settings } from '../reference-data/reference-data.js';
import { civilFromDay, dayFromCivil, dayOfIso, isoOfDay, monthLength } from '../dates/civil-days.js';
import { IdentityMap } from '../reference-data/identity-map.js';
import { InputError } from '../findings/input-error.js';

/** From `from` on (null: from the beginning of time), the contract is paid in `gridYear` of Tableau 6. */
export interface GridYearStep {
  from: IsoDate | null;
  /** Day number of `from`; −∞ for the first step. */
  fromDay: number;
  gridYear: 1 | 2 | 3;
}

/** Per cohort: its years' grid years and DDF day numbers, or the error to throw. */
type CohortGrid = { years: { gridYear: 1 | 2 | 3; ddfDay: number }[]; fixedSteps?: GridYearStep[] } | { error: string };

const cache = new WeakMap<ReferenceData, IdentityMap<Cohort, CohortGrid>>();

/**
 * The apprentice grid years of a contract of `cohort` starting on `contractStart`, as
 * steps in order (§4.2, "En pratique : placement dans les grilles": L3I → 3rd year, M1 →
 * 1st, M2 → 2nd, from the programmes' `apprenticeGridYear`). The first year of the cohort
 * also covers the days before its DDF and each later year starts at its switch date, so
 * the last one covers the days after the DFF. The switch to a later year follows
 * `settings.gridYearSwitch` (§4.2 remark): the year's DDF (the guide's default), the first
 * day of the month after that DDF (1 October for a DDF on 1 September: "le premier jour de
 * mois suivant"), or the contract's anniversary (the law's rule, domain-rules.md §8; a
 * contract starting on 29 February has its anniversary on 28 February, as addMonths).
 * Throws a InputError (field `cohort`) when a year's programme has no apprentice grid
 * year, and a RangeError on an unreadable DDF or contract start.
 */
export function apprenticeGridYears(cohort: Cohort, contractStart: IsoDate, data: ReferenceData): GridYearStep[] {
  const grid = cohortGrid(cohort, data);
  if ('error' in grid) throw new InputError('cohort', grid.error);
  const startDay = dayOfIso(contractStart);
  if (startDay === null) throw new InputError('startDate', `not a date (YYYY-MM-DD): ${JSON.stringify(contractStart)}`);
  return stepsOf(grid, startDay, data);
}

/** {@link apprenticeGridYears} of a contract start already read as a day number (a roster row parses its DDC once). */
export function apprenticeGridYearsOfDay(cohort: Cohort, startDay: number, data: ReferenceData): GridYearStep[] {
  const grid = cohortGrid(cohort, data);
  if ('error' in grid) throw new InputError('cohort', grid.error);
  return stepsOf(grid, startDay, data);
}

/**
 * The grid years every contract of `cohort` shares, or null when they depend on the
 * contract (the switch on its anniversary) or the cohort has none to give (the error
 * {@link apprenticeGridYearsOfDay} throws): the pay check's plan of a cohort holds them once.
 */
export function cohortGridYears(cohort: Cohort, data: ReferenceData): GridYearStep[] | null {
  const grid = cohortGrid(cohort, data);
  const setting = data.settings.gridYearSwitch;
  if ('error' in grid || setting === 'CONTRACT_ANNIVERSARY') return null;
  // Any start day: the other switches do not read it.
  return grid.fixedSteps ?? buildSteps(grid, 0, setting);
}

function stepsOf(grid: Exclude<CohortGrid, { error: string }>, startDay: number, data: ReferenceData): GridYearStep[] {
  const setting = data.settings.gridYearSwitch;
  // Only the anniversary depends on the contract; the other switches are shared by the cohort.
  if (setting !== 'CONTRACT_ANNIVERSARY' && grid.fixedSteps) return grid.fixedSteps;
  return buildSteps(grid, startDay, setting);
}

/** Apart from stepsOf, whose every call would otherwise allocate the context of the closure capturing `setting` and `startDay`. */
function buildSteps(grid: Exclude<CohortGrid, { error: string }>, startDay: number, setting: Settings['gridYearSwitch']): GridYearStep[] {
  const steps = grid.years.map(({ gridYear, ddfDay }, index): GridYearStep => {
    if (index === 0) return { from: null, fromDay: Number.NEGATIVE_INFINITY, gridYear };
    const fromDay = switchDay(setting, ddfDay, startDay, index);
    return { from: isoOfDay(fromDay), fromDay, gridYear };
  });
  if (setting !== 'CONTRACT_ANNIVERSARY') grid.fixedSteps = steps;
  return steps;
}

/** The grid year of `day` (a day number) among `steps`. */
export function gridYearOn(steps: readonly GridYearStep[], day: number): 1 | 2 | 3 {
  let gridYear: 1 | 2 | 3 = steps[0]?.gridYear ?? 1;
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i] as GridYearStep;
    if (step.fromDay <= day) gridYear = step.gridYear;
  }
  return gridYear;
}

function switchDay(setting: Settings['gridYearSwitch'], ddfDay: number, startDay: number, index: number): number {
  if (setting === 'M2_DDF') return ddfDay;
  if (setting === 'FIRST_OF_MONTH_AFTER_M2_DDF') {
    const [y, m] = civilFromDay(ddfDay);
    return m === 12 ? dayFromCivil(y + 1, 1, 1) : dayFromCivil(y, m + 1, 1);
  }
  const [y, m, d] = civilFromDay(startDay);
  return dayFromCivil(y + index, m, Math.min(d, monthLength(y + index, m)));
}

// The last ReferenceData asked, compared by identity before the WeakMap: a roster asks with the same one on every row.
let lastData: ReferenceData | null = null;
let lastByCohort: IdentityMap<Cohort, CohortGrid> | null = null;

function cohortGrid(cohort: Cohort, data: ReferenceData): CohortGrid {
  let byCohort = data === lastData ? lastByCohort : cache.get(data);
  if (!byCohort) {
    byCohort = new IdentityMap();
    cache.set(data, byCohort);
  }
  lastData = data;
  lastByCohort = byCohort;
  let grid = byCohort.get(cohort);
  if (!grid) {
    grid = buildCohortGrid(cohort, data);
    byCohort.set(cohort, grid);
  }
  return grid;
}

function buildCohortGrid(cohort: Cohort, data: ReferenceData): CohortGrid {
  const programmes = indexReferenceData(data).programmes;
  if (cohort.years.length === 0) return { error: `cohort ${cohort.code} has no training year` };
  const years: { gridYear: 1 | 2 | 3; ddfDay: number }[] = [];
  for (const year of cohort.years) {
    const gridYear = programmes.get(year.programme)?.apprenticeGridYear ?? null;
    if (gridYear === null) {
      return { error: `${cohort.code}: programme ${year.programme} has no apprenticeship pay grid year` };
    }
    const ddfDay = dayOfIso(year.ddf);
    if (ddfDay === null) return { error: `${cohort.code}: unreadable DDF ${String(year.ddf)}` };
    years.push({ gridYear, ddfDay });
  }
  return { years };
}
