import { toDayNumber } from '../dates/iso-date.js';
import type { ApprenticeGrid, CproGrid, Effective, ReferenceData } from '../reference-data/reference-data.js';
import { APPRENTICE_BRACKETS } from './apprentice-age-bracket.js';
import { smicMonthlyCents } from './smic-monthly.js';

/** An effective-dated list as parallel arrays sorted by day number, for O(log n) look-ups. */
export interface Timeline<T> {
  days: number[];
  values: T[];
}

/** The legal parameters of §4.2 ready for per-day pricing, built once per ReferenceData. */
export interface PayTables {
  /** Full-time monthly SMIC in cents (see smicMonthlyCents). */
  smicMonthlyCents: Timeline<number>;
  apprenticeGrid: Timeline<ApprenticeGrid>;
  cproGrid: Timeline<CproGrid>;
  /** Minimum hourly internship gratification in cents (§4.2.3). */
  internshipHourlyCents: Timeline<number>;
  /** Each apprentice grid of `apprenticeGrid.values` (same index) as arrays indexed by grid year and bracket: no string key per priced day. */
  apprenticeRates: ApprenticeRates[];
  /**
   * The pay check's memo of plain prices (no SMC, previous rate, addition or prolongation),
   * in cents, NaN until priced: such a price depends only on the SMIC and grid in force
   * (their indexes), the bracket and, for an apprentice, the grid year. Indexed by
   * {@link plainPriceKey}.
   */
  plainCents: { capp: Float64Array; cpro: Float64Array };
  /**
   * The first day from which pricing an apprentice's (`capp`) or a CPRO's (`cpro`) day can
   * never throw, whatever the row: a SMIC and a grid are in force, and every grid of the
   * kind has a rate for every grid year and bracket the pricing may ask (+∞ when some grid
   * lacks one). The pay check stops at the first price above the pay only from there: a
   * later day whose pricing throws must still make the row unpriceable, as the schedule.
   */
  neverThrowsFrom: { capp: number; cpro: number };
  /**
   * Whether a plain price (no SMC, previous rate, addition or prolongation) of an apprentice
   * (`capp`) or a CPRO (`cpro`) never falls as the day moves on: each monthly SMIC is at least
   * the one before, and each grid's rate at least the one of a younger bracket, of an earlier
   * grid year (apprentices) and of the grid before it. The age, the grid year of rising steps
   * and the SMIC and grid in force only move forward with the day, so a contract's highest
   * plain price is then its last day's (see payBelowMinimumOfParts).
   */
  plainRises: { capp: boolean; cpro: boolean };
}

/** Brackets × grid years a plain price key makes room for (apprentices: 4 brackets × years 0–3; CPRO: 3 brackets). */
const CAPP_SLOTS = 16;
const CPRO_SLOTS = 3;

/**
 * The index in `plainCents` of a plain price: SMIC index, grid index, bracket index and
 * (apprentices) grid year 1–3. −1 when the year is outside 1–3 (not memoised).
 */
export function plainPriceKey(tables: PayTables, capp: boolean, smicIndex: number, gridIndex: number, bracket: number, gridYear: number): number {
  if (capp) {
    if (gridYear < 1 || gridYear > 3 || (gridYear | 0) !== gridYear) return -1;
    return (smicIndex * tables.apprenticeGrid.days.length + gridIndex) * CAPP_SLOTS + bracket * 4 + gridYear;
  }
  return (smicIndex * tables.cproGrid.days.length + gridIndex) * CPRO_SLOTS + bracket;
}

/**
 * An apprentice grid as arrays: `rates[year][bracket]` is `grid.rates[String(year)]?.[bracket name]`
 * (undefined where the grid has none), `smc[bracket]` whether the bracket is one of
 * `grid.smcBrackets`; brackets indexed as APPRENTICE_BRACKETS (apprentice-age-bracket.ts).
 */
export interface ApprenticeRates {
  rates: ((number | undefined)[] | undefined)[];
  smc: boolean[];
}

function apprenticeRates(grid: ApprenticeGrid): ApprenticeRates {
  const rates: ((number | undefined)[] | undefined)[] = [];
  for (let year = 0; year <= 4; year += 1) {
    const row = grid.rates[String(year)];
    rates.push(row === undefined ? undefined : APPRENTICE_BRACKETS.map((bracket) => row[bracket]));
  }
  return { rates, smc: APPRENTICE_BRACKETS.map((bracket) => grid.smcBrackets.includes(bracket)) };
}

const cache = new WeakMap<ReferenceData, PayTables>();

/**
 * The pay tables of `data`, memoised per object: a roster of thousands of rows must not
 * re-sort the legal parameters per row. Throws a RangeError when an effective date of
 * the reference data is unreadable.
 */
export function payTables(data: ReferenceData): PayTables {
  if (data === lastData && lastTables !== null) return lastTables;
  let tables = cache.get(data);
  if (!tables) {
    const { legal } = data;
    tables = {
      smicMonthlyCents: timeline('legal.smicHourly', legal.smicHourly, (hourly) => smicMonthlyCents(hourly, legal.weeklyHours)),
      apprenticeGrid: timeline('legal.apprenticeGrid', legal.apprenticeGrid, (grid) => grid),
      cproGrid: timeline('legal.cproGrid', legal.cproGrid, (grid) => grid),
      internshipHourlyCents: timeline('legal.internshipMinimumHourly', legal.internshipMinimumHourly, (hourly) => hourly * 100),
      apprenticeRates: [],
      plainCents: { capp: new Float64Array(0), cpro: new Float64Array(0) },
      neverThrowsFrom: { capp: Number.POSITIVE_INFINITY, cpro: Number.POSITIVE_INFINITY },
      plainRises: { capp: false, cpro: false },
    };
    tables.apprenticeRates = tables.apprenticeGrid.values.map(apprenticeRates);
    const smicCount = tables.smicMonthlyCents.days.length;
    tables.plainCents = {
      capp: new Float64Array(smicCount * tables.apprenticeGrid.days.length * CAPP_SLOTS).fill(Number.NaN),
      cpro: new Float64Array(smicCount * tables.cproGrid.days.length * CPRO_SLOTS).fill(Number.NaN),
    };
    tables.neverThrowsFrom = {
      capp: tables.apprenticeRates.every(ratesComplete) ? firstDayOfBoth(tables.smicMonthlyCents, tables.apprenticeGrid) : Number.POSITIVE_INFINITY,
      cpro: tables.cproGrid.values.every(cproRatesComplete) ? firstDayOfBoth(tables.smicMonthlyCents, tables.cproGrid) : Number.POSITIVE_INFINITY,
    };
    const smicRises = rises(tables.smicMonthlyCents.values);
    tables.plainRises = {
      capp: smicRises && apprenticeRatesRise(tables.apprenticeRates),
      cpro: smicRises && cproRatesRise(tables.cproGrid.values),
    };
    cache.set(data, tables);
  }
  lastData = data;
  lastTables = tables;
  return tables;
}

/** Whether an apprentice grid has a rate for each grid year 1–3 (those gridYearOn gives) and each bracket. */
function ratesComplete(rates: ApprenticeRates): boolean {
  for (let year = 1; year <= 3; year += 1) {
    for (let bracket = 0; bracket < APPRENTICE_BRACKETS.length; bracket += 1) {
      if (typeof rates.rates[year]?.[bracket] !== 'number') return false;
    }
  }
  return true;
}

/** Whether a CPRO grid has a SMIC rate for each bracket of cproAgeBracket. */
function cproRatesComplete(grid: CproGrid): boolean {
  return CPRO_BRACKETS.every((bracket) => typeof grid.smicRates[bracket] === 'number');
}

const CPRO_BRACKETS = ['<21', '21-25', '26+'] as const;

/** Whether every value is a non-negative number at least the one before. */
function rises(values: readonly unknown[]): boolean {
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (typeof value !== 'number' || !(value >= 0)) return false;
    if (i > 0 && value < (values[i - 1] as number)) return false;
  }
  return true;
}

/** Whether each grid's rate of grid year 1–3 and bracket is a number at least the younger bracket's, the earlier year's and the earlier grid's. */
function apprenticeRatesRise(grids: readonly ApprenticeRates[]): boolean {
  for (let g = 0; g < grids.length; g += 1) {
    for (let year = 1; year <= 3; year += 1) {
      const row = (grids[g] as ApprenticeRates).rates[year];
      if (row === undefined || !rises(row.slice(0, APPRENTICE_BRACKETS.length))) return false;
      for (let bracket = 0; bracket < APPRENTICE_BRACKETS.length; bracket += 1) {
        const rate = row[bracket] as number;
        if (year > 1 && rate < ((grids[g] as ApprenticeRates).rates[year - 1]?.[bracket] as number)) return false;
        if (g > 0 && rate < ((grids[g - 1] as ApprenticeRates).rates[year]?.[bracket] as number)) return false;
      }
    }
  }
  return true;
}

/** Whether each CPRO grid's SMIC rates rise with the bracket and are at least the earlier grid's. */
function cproRatesRise(grids: readonly CproGrid[]): boolean {
  for (let g = 0; g < grids.length; g += 1) {
    const rates = CPRO_BRACKETS.map((bracket) => (grids[g] as CproGrid).smicRates[bracket]);
    if (!rises(rates)) return false;
    for (let bracket = 0; bracket < CPRO_BRACKETS.length; bracket += 1) {
      if (g > 0 && (rates[bracket] as number) < ((grids[g - 1] as CproGrid).smicRates[CPRO_BRACKETS[bracket] as string] as number)) return false;
    }
  }
  return true;
}

/** The first day on which both lines have a value in force (+∞ when one is empty). */
function firstDayOfBoth(a: Timeline<unknown>, b: Timeline<unknown>): number {
  if (a.days.length === 0 || b.days.length === 0) return Number.POSITIVE_INFINITY;
  return Math.max(a.days[0] as number, b.days[0] as number);
}

// The last ReferenceData, compared by identity before the WeakMap: every priced row asks with the same one.
let lastData: ReferenceData | null = null;
let lastTables: PayTables | null = null;

function timeline<T, U>(name: string, entries: readonly Effective<T>[], map: (value: T) => U): Timeline<U> {
  const dated = entries.map((entry, index) => {
    const day = toDayNumber(entry.from);
    if (day === null) throw new RangeError(`${name}: unreadable effective date ${String(entry.from)}`);
    return { day, index, value: entry.value };
  });
  // Of two entries from the same day, the first listed wins, as in inForce.
  dated.sort((a, b) => a.day - b.day || b.index - a.index);
  const days: number[] = [];
  const values: U[] = [];
  for (const entry of dated) {
    if (days.length > 0 && days[days.length - 1] === entry.day) {
      values[values.length - 1] = map(entry.value);
    } else {
      days.push(entry.day);
      values.push(map(entry.value));
    }
  }
  return { days, values };
}

/** The value in force on `day` (the entry with the latest start not after it), or null before the first. */
export function valueOn<T>(line: Timeline<T>, day: number): T | null {
  const found = indexOn(line, day);
  return found < 0 ? null : (line.values[found] as T);
}

/** The index in `line` of the value in force on `day`, or −1 before the first. */
export function indexOn<T>(line: Timeline<T>, day: number): number {
  let lo = 0;
  let hi = line.days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((line.days[mid] as number) <= day) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
