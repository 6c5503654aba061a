import type { IsoDate } from '../dates/iso-date.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { findCohort } from '../reference-data/lookup.js';
import type { ApprenticeGrid, Cohort, ReferenceData } from '../reference-data/reference-data.js';
import { APPRENTICE_BRACKET_AGES, APPRENTICE_BRACKETS, apprenticeBracketIndex } from './apprentice-age-bracket.js';
import { apprenticeGridYears, apprenticeGridYearsOfDay, gridYearOn, type GridYearStep } from './apprentice-grid-years.js';
import { ceilCents } from './ceil-cents.js';
import { civilFromDay, civilInto, dayFromCivil, dayOfIso, isoOfDay } from '../dates/civil-days.js';
import { CPRO_BRACKET_AGES, cproAgeBracket, cproBracketIndex } from './cpro-age-bracket.js';
import { payAgeFromParts, payAgeReachedDay, payAgeReachedMonth } from './pay-age.js';
import { InputError } from '../findings/input-error.js';
import { payPlan, plainPriceKeyOn, stepsRise } from './pay-plan.js';
import { indexOn, payTables, plainPriceKey, valueOn, type ApprenticeRates, type PayTables } from './pay-tables.js';

/** A period of constant minimum pay (interfaces.md §1). */
export interface PaySegment {
  /** First day, inclusive. */
  from: IsoDate;
  /** Last day, inclusive. */
  to: IsoDate;
  /** Row of Tableau 6 (4: an extra year for a disability after the 3rd); null for a CPRO. */
  gridYear: 1 | 2 | 3 | 4 | null;
  /** '16-17' | '18-20' | '21-25' | '26+' (CAPP); '<21' | '21-25' | '26+' (CPRO). */
  ageBracket: string;
  /** Percentage of `base`, additions and the previous-contract floor included. */
  ratePercent: number;
  base: 'SMIC' | 'SMC';
  /** Minimum gross pay for full time (151,67 h a month), in euros, rounded up to the cent. */
  monthlyMinimumGross: number;
  /** Present (true) on the days of a prolongation: the rate includes its +15 (§4.2.1). */
  extension?: true;
}

/** Increases of the apprentice rate, each worth `additionPoints` (§4.2.1, note 27). */
export interface PayAdditions {
  /** The contract was extended (prolongation). */
  extension?: boolean | undefined;
  /** The apprentice already holds a higher-education diploma. */
  higherEducationDiploma?: boolean | undefined;
  /** An extra year for a disability (after the 3rd year: reported as grid year 4). */
  disabilityExtraYear?: boolean | undefined;
}

export interface MinimumPayInput {
  cohort: string;
  contractType: 'CAPP' | 'CPRO';
  birthDate: IsoDate;
  /** DDC. */
  startDate: IsoDate;
  /** DFC. */
  endDate: IsoDate;
  /** Branch or company minimum monthly wage for full time (SMC), in euros. */
  smcMonthly?: number | undefined;
  /** Rate of the previous apprenticeship contract, which the new one may not go below (§4.2). */
  previousRatePercent?: number | undefined;
  additions?: PayAdditions | undefined;
  /**
   * First day of the prolonged period of an extended apprenticeship (the day after the DFC
   * the avenant moved, §4.5): from that day the rate is the last year's (Tableau 6's row
   * in force on the day before) plus `additionPoints` ("en cas de prolongation du contrat
   * d'apprentissage : majoration de 15 %", §4.2.1, counted in points like note 27's extra
   * year: 78 % + 15 = 93 %). The days before keep their own rate. Ignored for a CPRO.
   */
  extendedFrom?: IsoDate | undefined;
}

export interface MinimumPayOptions {
  referenceData?: ReferenceData | undefined;
}

/** What a contract's pricing needs besides the day, read and validated once. */
interface PayContext {
  tables: PayTables;
  capp: boolean;
  birth: [number, number, number];
  steps: GridYearStep[];
  smcCents: number | null;
  previousRate: number | null;
  additionCount: number;
  disability: boolean;
  /** Day number of `extendedFrom` (CAPP only); null without a prolongation. */
  extendedFromDay: number | null;
  /** The whole contract already carries the extension addition (`additions.extension`). */
  extensionEverywhere: boolean;
}

interface Priced {
  gridYear: 1 | 2 | 3 | 4 | null;
  ageBracket: string;
  ratePercent: number;
  base: 'SMIC' | 'SMC';
  cents: number;
  extension: boolean;
}

/**
 * Minimum gross monthly pay of an apprenticeship (§4.2.1, Tableau 6) or professionalisation
 * contract (§4.2.2, Tableau 7, row of the MIAGE's level), from the DDC to the DFC, as
 * consecutive segments (domain-rules.md §8).
 *
 * Each day is priced with the legal parameters in force on that day (SMIC, grids: never
 * frozen at the DDC); a new segment starts exactly where the price or its explanation
 * changes — age bracket (first of the month after the birthday), grid year (see
 * apprenticeGridYears), a new SMIC or grid — and adjacent identical days are merged.
 *
 * - Apprentices: rate of the grid year and bracket, plus `additionPoints` per addition,
 *   then raised to `previousRatePercent` if lower (the floor applies to the rate with its
 *   additions: the rate "ne peut pas être baissé d'un contrat d'apprentissage à l'autre").
 *   For the brackets marked * the base is the higher of the SMIC and the SMC.
 * - CPRO: a percentage of the SMIC; where the grid has an SMC rate (26+), the higher of that
 *   amount and the SMC rate of the SMC. Additions and the previous-rate floor are
 *   apprenticeship rules (§4.2.1) and do not apply.
 *
 * Amounts are `rate × monthly base` rounded up to the cent (the CERFA tool's practice),
 * the monthly SMIC being hourly × weekly hours × 52 / 12 rounded to the cent like the
 * published one. Throws a InputError (a RangeError naming the field) on bad input:
 * unknown cohort, a type other than CAPP/CPRO, an unreadable date, the DFC before the
 * DDC, a negative SMC or previous rate; a plain RangeError when the reference data has no
 * SMIC or grid in force on a day of the contract.
 */
export function minimumPaySchedule(input: MinimumPayInput, options?: MinimumPayOptions): PaySegment[] {
  const data = options?.referenceData ?? defaultReferenceData;
  const cohort = typeof input.cohort === 'string' ? findCohort(data, input.cohort) : undefined;
  if (!cohort) throw new InputError('cohort', `unknown cohort ${JSON.stringify(input.cohort)}`);
  if (cohort.years.length === 0) throw new InputError('cohort', `cohort ${cohort.code} has no training year`);
  const type = input.contractType;
  if (type !== 'CAPP' && type !== 'CPRO') {
    throw new InputError('contractType', `no minimum pay for contract type ${JSON.stringify(type)} (CAPP or CPRO expected)`);
  }
  const birthDay = readDay(input.birthDate, 'birthDate');
  const startDay = readDay(input.startDate, 'startDate');
  const endDay = readDay(input.endDate, 'endDate');
  if (endDay < startDay) throw new InputError('endDate', `end date ${input.endDate} is before the start date ${input.startDate}`);

  const extendedFromDay = input.extendedFrom === undefined || input.extendedFrom === null ? null : readDay(input.extendedFrom, 'extendedFrom');
  if (extendedFromDay !== null && (extendedFromDay <= startDay || extendedFromDay > endDay)) {
    throw new InputError('extendedFrom', `the prolongation's first day ${input.extendedFrom} is not after the start date and within the contract (${input.startDate} – ${input.endDate})`);
  }
  const context = payContext(cohort, type === 'CAPP', birthDay, input, data);
  context.extendedFromDay = context.capp ? extendedFromDay : null;
  const boundaries = priceBoundaries(context, startDay, endDay);
  const segments: { fromDay: number; toDay: number; priced: Priced }[] = [];
  for (let i = 0; i < boundaries.length; i += 1) {
    const fromDay = boundaries[i] as number;
    const next = boundaries[i + 1];
    if (next === fromDay) continue;
    const toDay = next === undefined ? endDay : next - 1;
    const priced = priceDay(context, fromDay);
    const last = segments[segments.length - 1];
    if (last && samePrice(last.priced, priced)) last.toDay = toDay;
    else segments.push({ fromDay, toDay, priced });
  }
  return segments.map(({ fromDay, toDay, priced }) => ({
    // The input strings are canonical once parsed: no need to format the end points.
    from: fromDay === startDay ? input.startDate : isoOfDay(fromDay),
    to: toDay === endDay ? input.endDate : isoOfDay(toDay),
    gridYear: priced.gridYear,
    ageBracket: priced.ageBracket,
    ratePercent: priced.ratePercent,
    base: priced.base,
    monthlyMinimumGross: priced.cents / 100,
    ...(priced.extension ? { extension: true as const } : {}),
  }));
}

function payContext(cohort: Cohort, capp: boolean, birthDay: number, input: Pick<MinimumPayInput, 'startDate' | 'smcMonthly' | 'previousRatePercent' | 'additions'>, data: ReferenceData): PayContext {
  const additions = capp ? input.additions : undefined;
  return {
    tables: payTables(data),
    capp,
    birth: civilFromDay(birthDay),
    steps: capp ? apprenticeGridYears(cohort, input.startDate, data) : [],
    smcCents: readAmount(input.smcMonthly, 'smcMonthly'),
    previousRate: capp ? readRate(input.previousRatePercent) : null,
    additionCount: (additions?.extension === true ? 1 : 0) + (additions?.higherEducationDiploma === true ? 1 : 0) + (additions?.disabilityExtraYear === true ? 1 : 0),
    disability: additions?.disabilityExtraYear === true,
    extendedFromDay: null,
    extensionEverywhere: additions?.extension === true,
  };
}

/** The days from which the price may change, sorted (duplicates possible): the DDC, age brackets, grid years, new SMICs and grids. */
function priceBoundaries(context: PayContext, startDay: number, endDay: number): number[] {
  const boundaries = [startDay];
  const [by, bm, bd] = context.birth;
  for (const age of context.capp ? APPRENTICE_BRACKET_AGES : CPRO_BRACKET_AGES) addBoundary(boundaries, payAgeReachedDay(by, bm, bd, age), startDay, endDay);
  for (const step of context.steps) addBoundary(boundaries, step.fromDay, startDay, endDay);
  if (context.extendedFromDay !== null) addBoundary(boundaries, context.extendedFromDay, startDay, endDay);
  for (const day of context.tables.smicMonthlyCents.days) addBoundary(boundaries, day, startDay, endDay);
  for (const day of (context.capp ? context.tables.apprenticeGrid : context.tables.cproGrid).days) addBoundary(boundaries, day, startDay, endDay);
  return boundaries;
}

/** Inserts `day` in order when it falls after the DDC and not after the DFC: a handful of days, no sort, no closure. */
function addBoundary(boundaries: number[], day: number, startDay: number, endDay: number): void {
  if (day <= startDay || day > endDay) return;
  let i = boundaries.length;
  boundaries.push(day);
  while (i > 0 && (boundaries[i - 1] as number) > day) {
    boundaries[i] = boundaries[i - 1] as number;
    i -= 1;
  }
  boundaries[i] = day;
}

const SCRATCH: Priced = { gridYear: null, ageBracket: '', ratePercent: 0, base: 'SMIC', cents: 0, extension: false };
const NO_STEPS: GridYearStep[] = [];
const ROW_CONTEXT: PayContext = { tables: null as unknown as PayTables, capp: true, birth: [0, 0, 0], steps: NO_STEPS, smcCents: null, previousRate: null, additionCount: 0, disability: false, extendedFromDay: null, extensionEverywhere: false };

/**
 * Whether checkContract reports PAY_BELOW_MINIMUM: exactly when {@link tryMinimumPaySchedule}
 * gives a schedule (no RangeError on any day priced) with a segment above `payCents` — a
 * segment's minimum is the price of the day it starts on, and the schedule prices the
 * same days as this loop. It prices every day where the
 * price may change, so that a row is never reported on a price the schedule could not
 * finish; nothing is allocated. Dates are day numbers, already read; the DFC is not
 * before the DDC; `extendedFromDay` is the prolongation's first day, null without one.
 */
export function payBelowMinimum(
  cohort: Cohort,
  contractType: 'CAPP' | 'CPRO',
  birthDay: number,
  startDay: number,
  endDay: number,
  startDate: IsoDate,
  smcMonthly: number | null,
  previousRatePercent: number | null,
  payCents: number,
  data: ReferenceData,
  extendedFromDay: number | null = null,
  higherEducationDiploma = false,
  disabilityExtraYear = false,
): boolean {
  civilInto(birthDay, BIRTH_PARTS);
  civilInto(startDay, START_PARTS);
  civilInto(endDay, END_PARTS);
  return payBelowMinimumOfParts(cohort, contractType, BIRTH_PARTS, startDay, START_PARTS, endDay, END_PARTS, smcMonthly, previousRatePercent, payCents, data, extendedFromDay, higherEducationDiploma, disabilityExtraYear);
}

const BIRTH_PARTS: [number, number, number] = [0, 0, 0];
const START_PARTS: [number, number, number] = [0, 0, 0];
const END_PARTS: [number, number, number] = [0, 0, 0];

/**
 * {@link payBelowMinimum} with the birth date's, the DDC's and the DFC's year, month and day
 * given (checkContract read them with the dates): no calendar look-up for them. `startDate`
 * is not needed (the grid years take the DDC's day number). The two flags are the
 * apprentice's additions (`PayAdditions`; ignored for a CPRO).
 */
export function payBelowMinimumOfParts(
  cohort: Cohort,
  contractType: 'CAPP' | 'CPRO',
  birthParts: readonly [number, number, number],
  startDay: number,
  startParts: readonly [number, number, number],
  endDay: number,
  endParts: readonly [number, number, number],
  smcMonthly: number | null,
  previousRatePercent: number | null,
  payCents: number,
  data: ReferenceData,
  extendedFromDay: number | null = null,
  higherEducationDiploma = false,
  disabilityExtraYear = false,
): boolean {
  try {
    if (cohort.years.length === 0 || endDay < startDay) return false;
    const capp = contractType === 'CAPP';
    // Most rows are plain (no SMC, previous rate, addition or prolongation) and their highest
    // price is their DFC's (see below): the cohort's plan, found once, gives that price's memo
    // from the DFC's age bracket alone. A price not memoised yet takes the general path, which memoises it.
    if (smcMonthly === null && (!capp || (previousRatePercent === null && extendedFromDay === null && !higherEducationDiploma && !disabilityExtraYear))) {
      const plan = payPlan(data, cohort, capp);
      if (plan.highestOnDfc && startDay >= plan.neverThrowsFrom) {
        const key = plainPriceKeyOn(plan, birthParts, endDay, endParts[0], endParts[1]);
        const known = key < 0 ? Number.NaN : ((capp ? plan.tables.plainCents.capp : plan.tables.plainCents.cpro)[key] as number);
        if (known === known) return known > payCents;
      }
    }
    const context = ROW_CONTEXT;
    context.tables = payTables(data);
    context.capp = capp;
    const birth = context.birth;
    const by = (birth[0] = birthParts[0]);
    const bm = (birth[1] = birthParts[1]);
    const bd = (birth[2] = birthParts[2]);
    context.steps = capp ? apprenticeGridYearsOfDay(cohort, startDay, data) : NO_STEPS;
    context.smcCents = readAmount(smcMonthly, 'smcMonthly');
    context.previousRate = capp ? readRate(previousRatePercent) : null;
    context.additionCount = capp ? (higherEducationDiploma ? 1 : 0) + (disabilityExtraYear ? 1 : 0) : 0;
    context.disability = capp && disabilityExtraYear;
    context.extendedFromDay = capp ? extendedFromDay : null;
    context.extensionEverywhere = false;
    // From a DDC where no day's pricing can throw, the first price above the pay answers
    // (checking the other days could only find more); before it, every day is priced, as
    // the schedule would, so that a row the schedule cannot price is never reported.
    const stopEarly = startDay >= (capp ? context.tables.neverThrowsFrom.capp : context.tables.neverThrowsFrom.cpro);
    // A plain price that never falls with the day (pay-tables.ts, plainRises), for grid years
    // that rise with their steps: the highest price of the days priced below is the DFC's —
    // the price of the last of them, unchanged since — so one day answers. Only where no
    // day's pricing can throw (stopEarly), as the early stop.
    if (
      stopEarly &&
      context.smcCents === null &&
      context.previousRate === null &&
      context.extendedFromDay === null &&
      context.additionCount === 0 &&
      (capp ? context.tables.plainRises.capp && stepsRise(context.steps) : context.tables.plainRises.cpro)
    ) {
      return centsOnMonth(context, endDay, endParts[0], endParts[1]) > payCents;
    }
    let below = centsOnMonth(context, startDay, startParts[0], startParts[1]) > payCents;
    if (below && stopEarly) return true;
    // §4.2.1: the prolongation's first day starts its +15 points.
    const prolonged = context.extendedFromDay;
    if (prolonged !== null && prolonged > startDay && prolonged <= endDay && centsOn(context, prolonged) > payCents) {
      if (stopEarly) return true;
      below = true;
    }
    const ages = capp ? APPRENTICE_BRACKET_AGES : CPRO_BRACKET_AGES;
    for (let i = 0; i < ages.length; i += 1) {
      // payAgeReachedDay, with the year and month of that first of a month known.
      const index = payAgeReachedMonth(by, bm, bd, ages[i] as number);
      const y = Math.floor(index / 12);
      const m = index - y * 12 + 1;
      const day = dayFromCivil(y, m, 1);
      if (day > startDay && day <= endDay && centsOnMonth(context, day, y, m) > payCents) {
        if (stopEarly) return true;
        below = true;
      }
    }
    const steps = context.steps;
    for (let i = 0; i < steps.length; i += 1) {
      const day = (steps[i] as GridYearStep).fromDay;
      if (day > startDay && day <= endDay && centsOn(context, day) > payCents) {
        if (stopEarly) return true;
        below = true;
      }
    }
    const smicDays = context.tables.smicMonthlyCents.days;
    for (let i = 0; i < smicDays.length; i += 1) {
      const day = smicDays[i] as number;
      if (day > startDay && day <= endDay && centsOn(context, day) > payCents) {
        if (stopEarly) return true;
        below = true;
      }
    }
    const gridDays = (capp ? context.tables.apprenticeGrid : context.tables.cproGrid).days;
    for (let i = 0; i < gridDays.length; i += 1) {
      const day = gridDays[i] as number;
      if (day > startDay && day <= endDay && centsOn(context, day) > payCents) {
        if (stopEarly) return true;
        below = true;
      }
    }
    return below;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/**
 * {@link minimumPaySchedule}, or null where it would throw a RangeError (bad input, or
 * no legal parameter in force): for callers that validated the input and report
 * problems themselves, such as checkContract.
 */
export function tryMinimumPaySchedule(input: MinimumPayInput, options?: MinimumPayOptions): PaySegment[] | null {
  try {
    return minimumPaySchedule(input, options);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * `priceDay(context, day).cents` for the pay check. A plain context (no SMC, previous rate,
 * addition or prolongation: most rows) has its prices memoised in the pay tables by what
 * they depend on — the SMIC and grid in force, the bracket, the grid year — so that the
 * rates and the rounding are worked out once per roster, not once per day priced. A day
 * whose pricing throws is never memoised (it throws again the next time).
 */
function centsOn(context: PayContext, day: number): number {
  civilInto(day, CIVIL);
  return centsOnMonth(context, day, CIVIL[0], CIVIL[1]);
}

/** {@link centsOn} given the year and month of `day`. */
function centsOnMonth(context: PayContext, day: number, year: number, month: number): number {
  if (context.smcCents !== null || context.previousRate !== null || context.extendedFromDay !== null || context.additionCount !== 0 || context.disability) {
    return priceDay(context, day, SCRATCH).cents;
  }
  const tables = context.tables;
  const smicIndex = indexOn(tables.smicMonthlyCents, day);
  const gridIndex = context.capp ? indexOn(tables.apprenticeGrid, day) : indexOn(tables.cproGrid, day);
  if (smicIndex < 0 || gridIndex < 0) return priceDay(context, day, SCRATCH).cents;
  const birth = context.birth;
  const age = payAgeFromParts(birth[0], birth[1], birth[2], year, month);
  const key = context.capp
    ? plainPriceKey(tables, true, smicIndex, gridIndex, apprenticeBracketIndex(age), gridYearOn(context.steps, day))
    : plainPriceKey(tables, false, smicIndex, gridIndex, cproBracketIndex(age), 0);
  if (key < 0) return priceDay(context, day, SCRATCH).cents;
  const memo = context.capp ? tables.plainCents.capp : tables.plainCents.cpro;
  const known = memo[key] as number;
  if (known === known) return known;
  const cents = priceDay(context, day, SCRATCH).cents;
  memo[key] = cents;
  return cents;
}

/** Year and month of the day priced: scratch, the pricing runs for every roster row. */
const CIVIL: [number, number, number] = [0, 0, 0];

/** The price of `day`, written into `out` when given (no object per call: see payBelowMinimum). */
function priceDay(context: PayContext, day: number, out: Priced = { gridYear: null, ageBracket: '', ratePercent: 0, base: 'SMIC', cents: 0, extension: false }): Priced {
  civilInto(day, CIVIL);
  const birth = context.birth;
  const age = payAgeFromParts(birth[0], birth[1], birth[2], CIVIL[0], CIVIL[1]);
  const smic = valueOn(context.tables.smicMonthlyCents, day);
  if (smic === null) throw new RangeError(`legal.smicHourly: no SMIC in force on ${isoOfDay(day)}`);
  if (context.capp) priceApprentice(context, day, age, smic, out);
  else priceCpro(context, day, age, smic, out);
  return out;
}

function priceApprentice(context: PayContext, day: number, age: number, smic: number, out: Priced): void {
  const tables = context.tables;
  const index = indexOn(tables.apprenticeGrid, day);
  if (index < 0) throw new RangeError(`legal.apprenticeGrid: no grid in force on ${isoOfDay(day)}`);
  const grid = tables.apprenticeGrid.values[index] as ApprenticeGrid;
  // The grid's rates as arrays (pay-tables.ts): indexed by year and bracket, not by strings.
  const compiled = tables.apprenticeRates[index] as ApprenticeRates;
  const bracket = apprenticeBracketIndex(age);
  const ageBracket = APPRENTICE_BRACKETS[bracket];
  // A prolongation is no new year of Tableau 6: it keeps the row of the contract's last day before it.
  const prolonged = context.extendedFromDay !== null && day >= context.extendedFromDay;
  const year = gridYearOn(context.steps, prolonged ? (context.extendedFromDay as number) - 1 : day);
  const gridRate = compiled.rates[year]?.[bracket];
  if (gridRate === undefined) throw new RangeError(`legal.apprenticeGrid: no rate for year ${year}, ages ${ageBracket}`);
  // Note 27: an extra year for a disability after the 3rd is a 4th year at the 3rd's rates + 15.
  const gridYear = context.disability && year === 3 ? 4 : year;
  // §4.2.1: +15 points during the prolongation (once, even when the whole contract was flagged extended).
  const additions = context.additionCount + (prolonged && !context.extensionEverywhere ? 1 : 0);
  let ratePercent = gridRate + additions * grid.additionPoints;
  // §4.2 "En pratique": the rate may not drop from one apprenticeship contract to the next.
  if (context.previousRate !== null && context.previousRate > ratePercent) ratePercent = context.previousRate;
  const smc = context.smcCents;
  const base = compiled.smc[bracket] === true && smc !== null && smc > smic ? 'SMC' : 'SMIC';
  out.gridYear = gridYear;
  out.ageBracket = ageBracket;
  out.ratePercent = ratePercent;
  out.base = base;
  out.cents = ceilCents(((base === 'SMC' ? (smc as number) : smic) * ratePercent) / 100);
  out.extension = prolonged;
}

function priceCpro(context: PayContext, day: number, age: number, smic: number, out: Priced): void {
  const grid = valueOn(context.tables.cproGrid, day);
  if (grid === null) throw new RangeError(`legal.cproGrid: no grid in force on ${isoOfDay(day)}`);
  const ageBracket = cproAgeBracket(age);
  const smicRate = grid.smicRates[ageBracket];
  if (smicRate === undefined) throw new RangeError(`legal.cproGrid: no rate for ages ${ageBracket}`);
  out.gridYear = null;
  out.extension = false;
  out.ageBracket = ageBracket;
  out.ratePercent = smicRate;
  out.base = 'SMIC';
  out.cents = ceilCents((smic * smicRate) / 100);
  // Tableau 7, 26+: "SMIC 35 heures ou 85 % du SMC (au plus haut des 2)".
  const smcRate = grid.smcRates[ageBracket];
  if (smcRate !== undefined && context.smcCents !== null) {
    const smcCents = ceilCents((context.smcCents * smcRate) / 100);
    if (smcCents > out.cents) {
      out.ratePercent = smcRate;
      out.base = 'SMC';
      out.cents = smcCents;
    }
  }
}

function samePrice(a: Priced, b: Priced): boolean {
  return a.gridYear === b.gridYear && a.extension === b.extension && a.ageBracket === b.ageBracket && a.ratePercent === b.ratePercent && a.base === b.base && a.cents === b.cents;
}

function readDay(value: unknown, field: string): number {
  const day = dayOfIso(value);
  if (day === null) throw new InputError(field, `not a date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return day;
}

function readAmount(value: unknown, field: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InputError(field, `not an amount in euros: ${JSON.stringify(value)}`);
  }
  return Math.round(value * 100);
}

function readRate(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InputError('previousRatePercent', `not a percentage: ${JSON.stringify(value)}`);
  }
  return value;
}
