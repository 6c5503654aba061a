import type { EntityManager } from '@mikro-orm/core';
import {
  calendarFor,
  findCohort,
  halfDayKind,
  toDayNumber,
  withCalendars,
  countHalfDays,
  dayOfWeek,
  type CalendarDefinition,
  type CalendarException,
  type GeneratedCalendar,
  type IsoDate,
  type ReferenceData,
} from '@alternance/domain';
import { AlternanceCalendar, CalendarVersion, StudentCalendar } from './calendar.entities.js';
import { Student } from '../people/people.entities.js';
import { columnsOf, plainReader, readRows, type Joined } from '../../db/read-rows.js';

/*
 * The one place that answers "which calendar applies" (§2.2.1: only the alternance
 * calendars are authoritative). Every module that reads a calendar for an alternant — hours
 * and costs, absences (training hours missed), visits (is the alternant at the company) —
 * goes through `calendarInForce` or the helpers below, so that a published version and an
 * alternant's own half-days are seen everywhere at once.
 */

interface Cached {
  fingerprint: string;
  data: ReferenceData;
}

// Parsed versions, reused while no calendar's version in force changed (checked on every call,
// so every API instance sees a publication on its next request).
const cache = new WeakMap<ReferenceData, Cached>();

function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/**
 * The reference data with each calendar replaced by its published version in force (the
 * domain's definitions while the database holds none, e.g. before the first start's seed).
 * Two small statements, whatever the number of contracts.
 */
export async function calendarsInForce(em: EntityManager, referenceData: ReferenceData): Promise<ReferenceData> {
  const conn = em.getConnection();
  // Asked on every request that checks rules: a statement prepared once per connection on SQLite (issue 15).
  const rows = (await readRows(em, 'select code, in_force, provisional from alternance_calendar order by code', [])) as { code: string; in_force: number; provisional: unknown }[];
  if (rows.length === 0) return referenceData;
  const fingerprint = rows.map((r) => `${r.code}:${r.in_force}:${r.provisional ? 1 : 0}`).join(',');
  const hit = cache.get(referenceData);
  if (hit && hit.fingerprint === fingerprint) return hit.data;
  const versions = (await conn.execute(
    'select v.code, v.definition, c.provisional from calendar_version v join alternance_calendar c on c.code = v.code and c.in_force = v.number',
    [],
    'all',
    em.getTransactionContext(),
  )) as { code: string; definition: unknown; provisional: unknown }[];
  const definitions = versions.map((v) => ({ ...json<CalendarDefinition>(v.definition), provisional: Boolean(v.provisional) }));
  const data = withCalendars(referenceData, definitions);
  provenance.set(data, { versions: new Map(rows.map((r) => [r.code, Number(r.in_force)])), individual: new Set() });
  cache.set(referenceData, { fingerprint, data });
  return data;
}

export interface CalendarProvenance {
  /** Number of the version in force of each stored calendar. */
  versions: ReadonlyMap<string, number>;
  /** Codes of the calendars where the alternant has their own half-days. */
  individual: ReadonlySet<string>;
}

// Which versions (and whose own half-days) a ReferenceData given by this module holds: read by the figures' labels without another query.
const provenance = new WeakMap<ReferenceData, CalendarProvenance>();

export function calendarProvenance(data: ReferenceData): CalendarProvenance {
  return provenance.get(data) ?? { versions: new Map(), individual: new Set() };
}

/** One alternant's own half-days applied over the calendars in force: they come last, so they win. */
export function withStudentExceptions(inForce: ReferenceData, own: readonly { code: string; exceptions: CalendarException[] }[]): ReferenceData {
  if (own.length === 0) return inForce;
  const changed: CalendarDefinition[] = [];
  for (const entry of own) {
    const base = inForce.calendars.find((c) => c.code.toUpperCase() === entry.code.toUpperCase());
    if (base && entry.exceptions.length) changed.push({ ...base, exceptions: [...base.exceptions, ...entry.exceptions] });
  }
  const data = withCalendars(inForce, changed);
  if (data !== inForce) provenance.set(data, { versions: calendarProvenance(inForce).versions, individual: new Set(changed.map((c) => c.code)) });
  return data;
}

/**
 * The reference data an alternant's figures are computed with: the calendars in force with
 * their individual exceptions. Other modules call this (or the helpers below) and never read
 * the calendars of the reference data directly.
 */
export async function calendarInForce(em: EntityManager, studentId: string, referenceData: ReferenceData): Promise<ReferenceData> {
  return (await calendarsInForceFor(em, [studentId], referenceData)).get(studentId) as ReferenceData;
}

type OwnCalendar = { studentId: string; code: string; exceptions: CalendarException[] };
const STUDENT_CALENDAR: Joined = { alias: 'sc', entity: 'StudentCalendar', pick: ['code', 'exceptions'] };

/**
 * Alternants' own half-days. Outside a transaction (lists: a contracts page asks for its 50–100
 * alternants) as plain rows, without hydrating entities (issue 15); inside one through the
 * ORM, which sees the changes the transaction has not flushed yet.
 */
async function studentCalendarRows(em: EntityManager, ids: string[]): Promise<OwnCalendar[]> {
  if (em.getTransactionContext()) {
    return (await em.find(StudentCalendar, { student: { $in: ids } })).map((row) => ({ studentId: row.student.id, code: row.code, exceptions: row.exceptions }));
  }
  const sql =
    `select ${columnsOf(em, STUDENT_CALENDAR).join(', ')}, "sc"."student_id" as "sc__student" from "student_calendar" "sc"` +
    ` where "sc"."student_id" in (${ids.map(() => '?').join(', ')})`;
  const read = plainReader<Omit<OwnCalendar, 'studentId'>>(em, STUDENT_CALENDAR);
  return (await readRows(em, sql, ids)).map((row) => ({ ...read(row)!, studentId: String(row.sc__student) }));
}

/** {@link calendarInForce} for many alternants in three statements (lists, exports, publication). */
export async function calendarsInForceFor(em: EntityManager, studentIds: readonly string[], referenceData: ReferenceData): Promise<Map<string, ReferenceData>> {
  const inForce = await calendarsInForce(em, referenceData);
  const own = studentIds.length ? await studentCalendarRows(em, [...new Set(studentIds)]) : [];
  const byStudent = new Map<string, OwnCalendar[]>();
  for (const row of own) byStudent.set(row.studentId, [...(byStudent.get(row.studentId) ?? []), row]);
  return new Map(studentIds.map((id) => [id, withStudentExceptions(inForce, byStudent.get(id) ?? [])]));
}

/** The generated calendars of an alternant's cohort years, in order, from the data `calendarInForce` gave. */
export function cohortCalendars(data: ReferenceData, cohortCode: string): GeneratedCalendar[] {
  const cohort = findCohort(data, cohortCode);
  if (!cohort) return [];
  return cohort.years.flatMap((year) => {
    const calendar = year.calendar === null ? null : calendarFor(data, year.calendar);
    return calendar ? [calendar] : [];
  });
}

async function studentCalendars(em: EntityManager, studentId: string, referenceData: ReferenceData): Promise<GeneratedCalendar[]> {
  const student = await em.findOne(Student, studentId, { fields: ['cohort'] });
  if (!student) return [];
  return cohortCalendars(await calendarInForce(em, studentId, referenceData), student.cohort);
}

/** Training half-days of an alternant between two dates inclusive, from their calendar in force (absences: share of training missed). */
export async function trainingHalfDaysOf(em: EntityManager, studentId: string, from: IsoDate, to: IsoDate, referenceData: ReferenceData): Promise<number> {
  let total = 0;
  for (const calendar of await studentCalendars(em, studentId, referenceData)) total += countHalfDays(calendar, from, to).training;
  return total;
}

/** Each half of `date` for an alternant: TRAINING, COMPANY… or null outside their calendars (visits: is the alternant at the company). */
export async function halfDaysOf(em: EntityManager, studentId: string, date: IsoDate, referenceData: ReferenceData): Promise<{ am: string | null; pm: string | null }> {
  const day = toDayNumber(date);
  for (const calendar of await studentCalendars(em, studentId, referenceData)) {
    if (day !== null && day >= calendar.fromDay && day <= calendar.toDay) return { am: halfDayKind(calendar, date, 'AM'), pm: halfDayKind(calendar, date, 'PM') };
  }
  return { am: null, pm: null };
}

/** True when the alternant is expected at the company (COMPANY, or VACATION on a weekday: §2.2.1) for at least half of `date`. */
export async function isAtCompany(em: EntityManager, studentId: string, date: IsoDate, referenceData: ReferenceData): Promise<boolean> {
  const { am, pm } = await halfDaysOf(em, studentId, date, referenceData);
  const day = toDayNumber(date);
  const weekday = day !== null && dayOfWeek(day) >= 1 && dayOfWeek(day) <= 5;
  const atCompany = (kind: string | null): boolean => kind === 'COMPANY' || (kind === 'VACATION' && weekday);
  return atCompany(am) || atCompany(pm);
}

/**
 * Stores every calendar of the reference data not yet in the database, as its first
 * version (the domain's provisional placeholder until the manager publishes, §2.2.2).
 * Idempotent; run at every start, like the reference data's seed.
 */
export async function seedCalendars(em: EntityManager, referenceData: ReferenceData, now: Date): Promise<number> {
  const present = new Set((await em.find(AlternanceCalendar, {}, { fields: ['code'] })).map((c) => c.code));
  let added = 0;
  for (const definition of referenceData.calendars) {
    if (present.has(definition.code)) continue;
    const calendar = new AlternanceCalendar();
    calendar.code = definition.code;
    calendar.draft = structuredClone(definition);
    calendar.provisional = definition.provisional;
    const version = new CalendarVersion();
    Object.assign(version, { code: definition.code, number: 1, definition: structuredClone(definition), changes: [], publishedAt: now, publishedBy: 'Données du guide', comment: definition.provisional ? 'Calendrier provisoire issu du guide' : null });
    em.persist([calendar, version]);
    added += 1;
  }
  if (added) await em.flush();
  return added;
}

/**
 * The reference data's `calendars` section as clients should read it: the versions in force
 * (the portal's roster preview and the Excel add-in in connected mode compute their result
 * columns from this section, so they agree with the API's figures). Other sections unchanged.
 */
export async function sectionsWithCalendarsInForce<S extends { key: string; data: unknown }>(em: EntityManager, sections: S[], referenceData: ReferenceData): Promise<S[]> {
  const inForce = await calendarsInForce(em, referenceData);
  if (inForce === referenceData) return sections;
  return sections.map((s) => (s.key === 'calendars' ? Object.assign(Object.create(Object.getPrototypeOf(s) as object) as S, s, { data: inForce.calendars }) : s));
}
