import { calendarFor } from '../calendars/calendar-for.js';
import { HALF_DAY_KINDS, PREFIX_COLUMNS, type GeneratedCalendar } from '../calendars/generated-calendar.js';
import { fromDayNumber, toDayNumber, type IsoDate } from '../dates/iso-date.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { inForce } from '../reference-data/in-force.js';
import { findCohort, indexReferenceData } from '../reference-data/lookup.js';
import type { Cohort, ReferenceData } from '../reference-data/reference-data.js';
import { roundHalfUp } from './round-half-up.js';

/** The part of a contract in one training year of its cohort. */
export interface ContractHoursYear {
  programme: string;
  /** The contract's days in this year: max(DDC, year DDF) … min(DFC, year DFF). */
  from: IsoDate;
  to: IsoDate;
  /** TRAINING half-days of the year's calendar between `from` and `to`. */
  trainingHalfDays: number;
  /** TRAINING half-days of the whole calendar of the year. */
  totalTrainingHalfDays: number;
  /** Billable hours, rounded to 2 decimals. */
  hours: number;
  /** Billed cost in euros, rounded to the cent. */
  cost: number;
  /** Present (true) for the year an extended contract repeats, from another cohort's calendar (§4.5). */
  repeated?: true;
  /** The cohort of that repeated year. */
  cohort?: string;
}

export interface ContractHoursAndCost {
  /** Sum of the years' rounded hours. */
  billableHours: number;
  /** Sum of the years' rounded costs, in euros. */
  cost: number;
  /** Training hours between a year's DDF and a later DDC: followed but never paid (§3.3.2 remark). */
  unbilledHours: number;
  unbilledCost: number;
  /** Annual cost ÷ annual training hours of the first year (§2.3, §2.5), rounded to the cent. */
  costPerHour: number;
  /** The years the contract overlaps, in order. */
  years: ContractHoursYear[];
}

/** What a cohort year needs to price any contract, computed once per ReferenceData and cohort. */
interface YearPlan {
  programme: string;
  ddf: IsoDate;
  dff: IsoDate;
  ddfDay: number;
  dffDay: number;
  trainingHours: number;
  annualCost: { CAPP: number; CPRO: number };
  calendar: GeneratedCalendar;
  totalTraining: number;
}

const plans = new WeakMap<ReferenceData, Map<string, YearPlan[] | null>>();

/** The cohort's years ready for pricing, or null when one lacks a calendar, rates or dates. */
function planFor(data: ReferenceData, cohort: Cohort): YearPlan[] | null {
  let byCohort = plans.get(data);
  if (!byCohort) {
    byCohort = new Map();
    plans.set(data, byCohort);
  }
  let plan = byCohort.get(cohort.code);
  if (plan === undefined) {
    plan = buildPlan(data, cohort);
    byCohort.set(cohort.code, plan);
  }
  return plan;
}

/** Whether {@link contractHoursAndCost} can price a CAPP/CPRO of the cohort (readable dates, DFC not before DDC): its years have calendars, rates and dates. */
export function cohortHoursPriceable(cohort: Cohort, data: ReferenceData): boolean {
  return planFor(data, cohort) !== null;
}

function buildPlan(data: ReferenceData, cohort: Cohort): YearPlan[] | null {
  const programmes = indexReferenceData(data).programmes;
  const years: YearPlan[] = [];
  for (const year of cohort.years) {
    // §2.5: priced by the start of the cohort's training, both years of a Master included.
    const rates = inForce(programmes.get(year.programme)?.rates ?? [], cohort.ddf);
    const calendar = year.calendar === null ? null : calendarFor(data, year.calendar);
    const ddfDay = toDayNumber(year.ddf);
    const dffDay = toDayNumber(year.dff);
    if (!rates || !calendar || ddfDay === null || dffDay === null) return null;
    years.push({
      programme: year.programme,
      ddf: year.ddf,
      dff: year.dff,
      ddfDay,
      dffDay,
      trainingHours: rates.trainingHours,
      annualCost: rates.annualCost,
      calendar,
      totalTraining: trainingHalfDays(calendar, calendar.fromDay, calendar.toDay),
    });
  }
  return years;
}

const TRAINING = HALF_DAY_KINDS.indexOf('TRAINING');

/** TRAINING half-days in an inclusive day range, clamped to the calendar: column 0 of the prefix sums. */
function trainingHalfDays(calendar: GeneratedCalendar, fromDay: number, toDay: number): number {
  const first = Math.max(fromDay, calendar.fromDay);
  const last = Math.min(toDay, calendar.toDay);
  if (last < first) return 0;
  // No closure: a function whose locals a closure captures allocates their context on every call.
  const prefix = calendar.prefix;
  return (prefix[2 * (last + 1 - calendar.fromDay) * PREFIX_COLUMNS + TRAINING] as number) - (prefix[2 * (first - calendar.fromDay) * PREFIX_COLUMNS + TRAINING] as number);
}

/**
 * Training hours billed to the OPCO for a CAPP or CPRO, and their cost (§2.3, §2.5,
 * §2.2.3, §3.3.2; domain-rules §7). In each year of the cohort, the hours and the annual
 * cost of its programme are prorated by the TRAINING half-days of that year's calendar
 * inside the contract over all TRAINING half-days of the calendar; REVISION half-days are
 * a kind of their own, so they are neither billed nor in the total (§2.2.3). Rates are the
 * programme's entry in force at the cohort's DDF: a contract is priced by the year its
 * training starts (§2.5 "contrats débutant en 2025/2026"), both years of a Master included.
 *
 * Rounding: each year's hours to 2 decimals and euros to the cent, halves up; totals are
 * the sums of the rounded years, so an export's lines add up to its total.
 *
 * An extended contract (§4.5) keeps its cohort, but its repeated year is trained in
 * another cohort's calendar: `repeatedYear` names that cohort and programme, and the
 * year is added with that cohort's calendar and rates, on the contract's days after its
 * own cohort's last DFF (a day is never billed twice).
 *
 * Null when the cohort is unknown, a date is unreadable, the DFC precedes the DDC, the
 * contract type is not CAPP or CPRO (only those are billed to an OPCO), or a year of the
 * cohort — or the repeated year — has no alternance calendar or no rates in force.
 */
export function contractHoursAndCost(
  input: { cohort: string; contractType: string; startDate: IsoDate; endDate: IsoDate; repeatedYear?: { cohort: string; programme: string } | null | undefined },
  options: { referenceData?: ReferenceData } = {},
): ContractHoursAndCost | null {
  const data = options.referenceData ?? defaultReferenceData;
  const type = input.contractType.trim().toUpperCase();
  if (type !== 'CAPP' && type !== 'CPRO') return null;
  const cohort = findCohort(data, input.cohort);
  const ddc = toDayNumber(input.startDate);
  const dfc = toDayNumber(input.endDate);
  if (!cohort || ddc === null || dfc === null || dfc < ddc) return null;
  const plan = planFor(data, cohort);
  if (!plan) return null;

  const years: ContractHoursYear[] = [];
  let unbilledHours = 0;
  let unbilledCost = 0;
  for (const year of plan) {
    const annualCost = year.annualCost[type];
    // A calendar without training bills nothing (rather than NaN).
    const total = year.totalTraining > 0 ? year.totalTraining : Number.POSITIVE_INFINITY;
    const from = Math.max(ddc, year.ddfDay);
    const to = Math.min(dfc, year.dffDay);
    if (from <= to) {
      const halfDays = trainingHalfDays(year.calendar, from, to);
      years.push({
        programme: year.programme,
        // The input strings are canonical ISO dates once parsed: no need to format day numbers.
        from: from === ddc ? input.startDate : year.ddf,
        to: to === dfc ? input.endDate : year.dff,
        trainingHalfDays: halfDays,
        totalTrainingHalfDays: year.totalTraining,
        hours: roundHalfUp((year.trainingHours * halfDays) / total, 2),
        cost: roundHalfUp((annualCost * halfDays) / total, 2),
      });
    }
    // §3.3.2 remark: the training followed between the DDF and a late DDC is never paid.
    if (ddc > year.ddfDay) {
      const lost = trainingHalfDays(year.calendar, year.ddfDay, Math.min(ddc - 1, year.dffDay));
      unbilledHours += roundHalfUp((year.trainingHours * lost) / total, 2);
      unbilledCost += roundHalfUp((annualCost * lost) / total, 2);
    }
  }
  if (input.repeatedYear) {
    const repeated = repeatedYearPlan(data, input.repeatedYear);
    if (!repeated) return null;
    const lastDff = plan.reduce((max, y) => Math.max(max, y.dffDay), Number.NEGATIVE_INFINITY);
    const from = Math.max(ddc, repeated.ddfDay, lastDff + 1);
    const to = Math.min(dfc, repeated.dffDay);
    if (from <= to) {
      const total = repeated.totalTraining > 0 ? repeated.totalTraining : Number.POSITIVE_INFINITY;
      const halfDays = trainingHalfDays(repeated.calendar, from, to);
      years.push({
        programme: repeated.programme,
        from: from === repeated.ddfDay ? repeated.ddf : isoOf(from, input),
        to: to === dfc ? input.endDate : repeated.dff,
        trainingHalfDays: halfDays,
        totalTrainingHalfDays: repeated.totalTraining,
        hours: roundHalfUp((repeated.trainingHours * halfDays) / total, 2),
        cost: roundHalfUp((repeated.annualCost[type] * halfDays) / total, 2),
        repeated: true,
        cohort: input.repeatedYear.cohort,
      });
    }
  }
  const first = plan[0];
  const costPerHour = first && first.trainingHours > 0 ? roundHalfUp(first.annualCost[type] / first.trainingHours, 2) : 0;

  let billableHours = 0;
  let cost = 0;
  for (const year of years) {
    billableHours += year.hours;
    cost += year.cost;
  }
  return {
    billableHours: roundHalfUp(billableHours, 2),
    cost: roundHalfUp(cost, 2),
    unbilledHours: roundHalfUp(unbilledHours, 2),
    unbilledCost: roundHalfUp(unbilledCost, 2),
    costPerHour,
    years,
  };
}

/**
 * `contractHoursAndCost(…).billableHours` of a CAPP or CPRO (the hours do not depend on
 * which) of `cohort` from day `ddc` to day `dfc`, without a repeated year: the same
 * roundings in the same order, without the years' objects (checkContract asks it for every
 * repeated year's row). Null where contractHoursAndCost is null.
 */
export function billableHoursOf(cohort: Cohort, ddc: number, dfc: number, data: ReferenceData): number | null {
  if (dfc < ddc) return null;
  const plan = planFor(data, cohort);
  if (!plan) return null;
  let billableHours = 0;
  for (let i = 0; i < plan.length; i += 1) {
    const year = plan[i] as YearPlan;
    const total = year.totalTraining > 0 ? year.totalTraining : Number.POSITIVE_INFINITY;
    const from = Math.max(ddc, year.ddfDay);
    const to = Math.min(dfc, year.dffDay);
    if (from <= to) billableHours += roundHalfUp((year.trainingHours * trainingHalfDays(year.calendar, from, to)) / total, 2);
  }
  return roundHalfUp(billableHours, 2);
}

/** The plan of the year an extended contract repeats, or null when unknown or without calendar/rates. */
function repeatedYearPlan(data: ReferenceData, repeated: { cohort: string; programme: string }): YearPlan | null {
  const cohort = findCohort(data, repeated.cohort);
  if (!cohort) return null;
  const index = cohort.years.findIndex((y) => y.programme === repeated.programme);
  if (index < 0) return null;
  return planFor(data, cohort)?.[index] ?? null;
}

/** A day number back to its ISO date, the contract's own strings when it is one of its ends. */
function isoOf(day: number, input: { startDate: IsoDate }): IsoDate {
  return day === toDayNumber(input.startDate) ? input.startDate : fromDayNumber(day);
}
