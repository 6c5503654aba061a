import {
  calendarFor,
  calendarToRows,
  findCohort,
  followsAlternanceCalendar,
  repeatedYearOf,
  type GeneratedCalendar,
  contractHoursAndCost,
  countHalfDays,
  diffCalendars,
  generateCalendar,
  programmeVolumes,
  revisionEntitlement,
  type CalendarDefinition,
  type HalfDayChange,
  type HalfDayKind,
  type IsoDate,
  type ReferenceData,
  type RevisionEntitlement,
} from '@alternance/domain';
import type { ServiceContext } from '../../shared/service-context.js';
import { batchLoader } from '../../shared/batch.js';
import { Contract as ContractEntity, type Contract } from '../contracts/contract.entities.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { Mission } from '../missions/mission.entities.js';
import { authorize } from '../../policy/policy.js';
import { calendarProvenance, calendarsInForce, calendarsInForceFor, cohortCalendars, withStudentExceptions } from './calendar-in-force.js';
import { StudentCalendar } from './calendar.entities.js';
import { contractExtension } from '../lifecycle/extended-contract.js';
import { cohortsUsing, holidayOptions } from './calendar.service.js';

export interface CalendarDayView {
  date: IsoDate;
  am: HalfDayKind;
  pm: HalfDayKind;
  period: string | null;
  label: string | null;
}

/** One row per day, with the guide's period each falls in (blocked week, vacations, end of year, §2.2.1) for the editor's labels. */
export function calendarDays(definition: CalendarDefinition, data: ReferenceData): CalendarDayView[] {
  const rows = calendarToRows(generateCalendar(definition, holidayOptions(data)));
  const labels = new Map(definition.exceptions.map((e) => [e.date, e.label ?? null]));
  const within = (date: string, periods: { from: string; to: string; label?: string }[]) => periods.find((p) => date >= p.from && date <= p.to);
  return rows.map((row) => {
    const blocked = within(row.date, definition.blockedWeeks);
    const vacation = within(row.date, definition.vacations);
    const endOfYear = definition.companyFrom !== null && row.date >= definition.companyFrom;
    const period = endOfYear ? 'END_OF_YEAR' : vacation ? 'VACATIONS' : blocked ? 'BLOCKED_WEEK' : null;
    return { ...row, period, label: labels.get(row.date) ?? (endOfYear ? 'Fin d’année en entreprise' : (vacation?.label ?? blocked?.label ?? null)) };
  });
}

export interface StudentCalendarView {
  code: string;
  label: string;
  version: number;
  exceptions: HalfDayChange[];
  definition: CalendarDefinition;
  data: ReferenceData;
}

/** The calendars of an alternant's cohort years, each with their own half-days. */
export async function studentCalendarViews(ctx: ServiceContext, student: { id: string; cohort: string; group: string | null }): Promise<StudentCalendarView[]> {
  const base = await calendarsInForce(ctx.em, await ctx.referenceData());
  // §2.2: the L3I's classic group has no alternance calendar; Figure 6 is the alternance group's.
  if (!followsAlternanceCalendar({ cohort: student.cohort, group: student.group }, { referenceData: base })) return [];
  return calendarViewsOf(base, student.cohort, await ctx.em.find(StudentCalendar, { student: student.id }));
}

/** {@link studentCalendarViews} from the calendars in force and the alternant's own half-days, already read. */
function calendarViewsOf(base: ReferenceData, cohort: string, own: StudentCalendar[]): StudentCalendarView[] {
  const data = withStudentExceptions(base, own);
  const options = holidayOptions(base);
  const codes = base.cohorts.find((c) => c.code === cohort)?.years.flatMap((y) => (y.calendar ? [y.calendar] : [])) ?? [];
  return codes.flatMap((code) => {
    const cohortDef = base.calendars.find((c) => c.code === code);
    const mine = data.calendars.find((c) => c.code === code);
    if (!cohortDef || !mine) return [];
    const row = own.find((o) => o.code === code);
    return [{ code, label: mine.label, version: row?.version ?? 0, exceptions: diffCalendars(generateCalendar(cohortDef, options), generateCalendar(mine, options)), definition: mine, data }];
  });
}

/**
 * A company tutor's or HR contact's alternants whose contract is not over, each with their
 * calendars as they stand (footnotes 13–15: the changes are « diffusées » to them, and the link
 * of that mail opens this). The relationship is in the query: the missions naming them. Only a
 * session opened by a calendar or contract link reads it; another link's reads nothing.
 */
export async function contactCalendars(ctx: ServiceContext): Promise<{ studentName: string; contractEnd: IsoDate; calendars: StudentCalendarView[] }[]> {
  const actor = authorize(ctx.actor, 'calendars:contact-read');
  if (actor.linkPurpose !== 'CALENDAR_VIEW' && actor.linkPurpose !== 'CONTRACT_VIEW') return [];
  const mission: FilterQuery<Mission> = actor.role === 'COMPANY_TUTOR' ? { $or: [{ tutor1: actor.id }, { tutor2: actor.id }] } : { hrContact: actor.id };
  const contracts = await ctx.em.find(ContractEntity, { endDate: { $gte: ctx.clock.today() }, mission }, { populate: ['student', 'mission'], orderBy: { student: { lastName: 'asc', firstName: 'asc' }, endDate: 'desc' } });
  const base = await calendarsInForce(ctx.em, await ctx.referenceData());
  // One contract a student (the latest), those on the alternance calendar (§2.2), and their own half-days in one read.
  const seen = new Set<string>();
  const latest = contracts.filter((c) => !seen.has(c.student.id) && seen.add(c.student.id));
  const following = latest.filter((c) => followsAlternanceCalendar({ cohort: c.mission.cohort, group: c.mission.group ?? c.student.group, contractType: c.contractType }, { referenceData: base }));
  const own = following.length ? await ctx.em.find(StudentCalendar, { student: { $in: following.map((c) => c.student.id) } }) : [];
  return following.map(({ student, endDate }) => ({
    studentName: `${student.firstName} ${student.lastName}`,
    contractEnd: endDate,
    calendars: calendarViewsOf(base, student.cohort, own.filter((o) => o.student.id === student.id)),
  }));
}

export interface ContractTrainingFiguresView {
  billableHours: number | null;
  cost: number | null;
  costPerHour: number | null;
  unbilledHours: number | null;
  unbilledCost: number | null;
  trainingHalfDays: number;
  calendars: string[];
  provisional: boolean;
  revision: RevisionEntitlement | null;
  /** §2.3, §2.5: each year's training and teaching hours and the annual cost for the contract's type. */
  volumes: { programme: string; name: string; from: IsoDate; to: IsoDate; trainingHours: number; teachingHours: number; annualCost: number | null }[];
}

// One statement for the individual calendars of all the contracts of a page.
const loaders = new WeakMap<object, (studentId: string) => Promise<ReferenceData>>();

/** The reference data an alternant's figures read (calendars in force + their own half-days), batched per request. */
export function alternantReferenceData(ctx: ServiceContext, studentId: string): Promise<ReferenceData> {
  let load = loaders.get(ctx.em);
  if (!load) {
    load = batchLoader(async (ids: string[]) => calendarsInForceFor(ctx.em, ids, await ctx.referenceData()), null as unknown as ReferenceData);
    loaders.set(ctx.em, load);
  }
  return load(studentId);
}

/** Billable hours, OPCO cost, cost per hour and examination leave of a contract, from the calendar in force (§2.3, §2.5, §3.3.2, §4.4). */
export async function contractTrainingFigures(ctx: ServiceContext, contract: Contract): Promise<ContractTrainingFiguresView> {
  const data = await alternantReferenceData(ctx, contract.student.id);
  // The contract's own cohort (its DDC was checked there): an extension moves the student, not the contract (§4.5).
  const cohort = contract.mission.cohort ?? contract.student.cohort;
  const repeatedYear = repeatedYearOf({ extension: await contractExtension(ctx, contract) });
  const hours = contractHoursAndCost({ cohort, contractType: contract.contractType, startDate: contract.startDate, endDate: contract.endDate, repeatedYear }, { referenceData: data });
  // §2.2: a student of the L3I's classic group has no alternance calendar (none of its half-days is theirs).
  const follows = followsAlternanceCalendar({ cohort, group: contract.mission.group ?? contract.student.group, contractType: contract.contractType }, { referenceData: data });
  const calendars = follows ? cohortCalendars(data, cohort) : [];
  const { versions, individual } = calendarProvenance(data);
  let trainingHalfDays = 0;
  for (const calendar of calendars) trainingHalfDays += countHalfDays(calendar, contract.startDate, contract.endDate).training;
  // The repeated year's calendar bills its half-days after the contract's own last DFF (the domain's split).
  const repeated = hours?.years.find((y) => y.repeated);
  const repeatedCalendar = repeatedYear ? repeatedYearCalendar(data, repeatedYear) : null;
  if (repeated) trainingHalfDays += repeated.trainingHalfDays;
  if (repeatedCalendar && !calendars.some((c) => c.code === repeatedCalendar.code)) calendars.push(repeatedCalendar);
  // §4.4.2 counts the days the whole contract plans, the repeated year's calendar included.
  const revision = revisionEntitlement(calendars, contract, holidayOptions(data));
  return {
    billableHours: hours?.billableHours ?? null,
    cost: hours?.cost ?? null,
    costPerHour: hours?.costPerHour ?? null,
    unbilledHours: hours?.unbilledHours ?? null,
    unbilledCost: hours?.unbilledCost ?? null,
    trainingHalfDays,
    calendars: calendars.map((c) => `${c.code} v${versions.get(c.code) ?? 1}${individual.has(c.code) ? ' (individuel)' : ''}`),
    provisional: calendars.some((c) => c.provisional),
    revision,
    volumes: contractVolumes(data, cohort, contract.contractType),
  };
}

/** The cohort's years' volumes (§2.3) and cost for this contract type (§2.5); none for an unknown cohort. */
function contractVolumes(data: ReferenceData, cohort: string, contractType: string): ContractTrainingFiguresView['volumes'] {
  if (!findCohort(data, cohort)) return [];
  return programmeVolumes({ cohort }, { referenceData: data }).map(({ annualCost, ...volume }) => ({
    ...volume,
    annualCost: contractType === 'CAPP' || contractType === 'CPRO' ? annualCost[contractType] : null,
  }));
}

/** The calendar of the year an extended contract repeats (§4.5), from the data in force. */
function repeatedYearCalendar(data: ReferenceData, repeated: { cohort: string; programme: string }): GeneratedCalendar | null {
  const year = findCohort(data, repeated.cohort)?.years.find((y) => y.programme === repeated.programme);
  return year?.calendar ? calendarFor(data, year.calendar) : null;
}

export { cohortsUsing };
