import { attendanceSummary, reasonsReadAs, statesReadAs, type AbsenceReason, type AbsenceReasonAsRead, type JustificationStateAsRead, professionalRequestDeadline, type AttendanceSummary, type HalfDay } from '@alternance/domain';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { authorize, readerOf } from '../../policy/policy.js';
import { apiError } from '../../shared/errors.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { pageOffset } from '../../shared/validate.js';
import { Mission } from '../missions/mission.entities.js';
import { pageSize } from '../missions/mission.service.js';
import { Organisation, Student } from '../people/people.entities.js';
import { Absence, AbsenceStatement, ProfessionalAbsenceRequest, type ProfessionalAbsenceState } from './absence.entities.js';
import { absenceScope, requestScope } from './absence-scope.js';
import { ABSENCE_ORDER, absenceListRows, professionalRequestRows, REQUEST_ORDER } from './absence-list.query.js';
import { personName, whitMonday } from './absence-support.js';
import { readProfessionalRequestCursor } from './professional-request-cursor.js';
import { batchedTrainingHoursSource, NO_CALENDAR, trainingHoursSourceFor, trainingHoursSourcesFor } from './training-hours-source.js';

export interface AbsenceFilter {
  studentId?: string | null;
  cohort?: string | null;
  state?: JustificationStateAsRead | null;
  reason?: AbsenceReasonAsRead | null;
  from?: string | null;
  to?: string | null;
}

export async function listAbsences(
  ctx: ServiceContext,
  filter: AbsenceFilter | null | undefined,
  first?: number | null,
  offset?: number | null,
  /** The student properties the page reads (absence-list.query.ts): given, the page is read as plain rows; absent, as entities. */
  studentPick?: readonly string[] | null,
): Promise<Absence[]> {
  const actor = authorize(ctx.actor, 'absences:read');
  const where: FilterQuery<Absence>[] = [absenceScope(actor)];
  if (filter?.studentId) where.push({ student: filter.studentId });
  if (filter?.cohort) where.push({ student: { cohort: filter.cohort } });
  // A filter matches what the reader reads (absenceAsRead): the academic tutor's « MEDICAL » nothing, their « UNDISCLOSED » a medical or other reason (§4.3.1).
  if (filter?.state) where.push({ state: { $in: statesReadAs(readerOf(actor), filter.state) } });
  if (filter?.reason) where.push({ reason: { $in: reasonsReadAs(readerOf(actor), filter.reason) } });
  if (filter?.from) where.push({ date: { $gte: filter.from } });
  if (filter?.to) where.push({ date: { $lte: filter.to } });
  if (studentPick) return absenceListRows(ctx.em as SqlEntityManager, studentPick, { $and: where }, pageSize(first), pageOffset(offset));
  return ctx.em.find(Absence, { $and: where }, { populate: ['student', 'organisation'], orderBy: ABSENCE_ORDER, limit: pageSize(first), offset: pageOffset(offset) });
}

/** Training hours of one absence's half-day in the alternant's calendar. */
export async function absenceHours(ctx: ServiceContext, absence: Absence): Promise<number> {
  const source = await batchedTrainingHoursSource(ctx, absence.student);
  return Math.round(source.hoursOf(absence.date, absence.half) * 100) / 100;
}

/** An alternant's attendance: who may see their absences may see it. Null when out of reach. */
export async function attendanceOf(ctx: ServiceContext, studentId: string): Promise<AttendanceSummary | null> {
  const actor = authorize(ctx.actor, 'absences:read');
  if (actor.role === 'COMPANY_TUTOR' || actor.role === 'HR_CONTACT') return null;
  const scope: FilterQuery<Student> = actor.role === 'STUDENT' ? { user: actor.id } : actor.role === 'ACADEMIC_TUTOR' ? { academicTutor: actor.id } : {};
  const student = await ctx.em.findOne(Student, { $and: [{ id: studentId }, scope] });
  if (!student) return null;
  const absences = await ctx.em.find(Absence, { student }, { fields: ['date', 'half', 'state'] });
  return attendanceSummary(absences, (await trainingHoursSourceFor(ctx, student)) ?? NO_CALENDAR);
}

/** The day sheet of a group: its students, whether the half-day is training for them, and who is already marked absent. */
export async function absenceDaySheet(ctx: ServiceContext, cohort: string, group: string | null | undefined, date: string, half: HalfDay) {
  authorize(ctx.actor, 'absences:record');
  const students = await ctx.em.find(Student, { cohort, ...(group ? { group } : {}) }, { orderBy: { lastName: 'asc', firstName: 'asc' }, limit: 500 });
  const absences = students.length ? await ctx.em.find(Absence, { student: { $in: students.map((s) => s.id) }, date, half }, { populate: ['student'] }) : [];
  // Each alternant's own calendar: one may be at the company while the group is in training.
  const sources = await trainingHoursSourcesFor(ctx, students);
  return students.map((student) => {
    const kind = (sources.get(student.id) ?? NO_CALENDAR).kindOf(date, half);
    return { student, absence: absences.find((a) => a.student.id === student.id) ?? null, training: kind === null || kind === 'TRAINING' };
  });
}

export const MAX_PROFESSIONAL_REQUESTS_PAGE = 500;

/** Requests by first day then id, a page after `after` (a cursor): found by the index, not by skipping rows. */
export async function listProfessionalRequests(
  ctx: ServiceContext,
  state: ProfessionalAbsenceState | null | undefined,
  first?: number | null,
  after?: string | null,
  /** The student properties the page reads (absence-list.query.ts): given, the page is read as plain rows; absent, as entities. */
  studentPick?: readonly string[] | null,
): Promise<ProfessionalAbsenceRequest[]> {
  const actor = authorize(ctx.actor, 'absences:read');
  const limit = first ?? MAX_PROFESSIONAL_REQUESTS_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PROFESSIONAL_REQUESTS_PAGE) throw apiError('BAD_USER_INPUT', `first : entre 1 et ${MAX_PROFESSIONAL_REQUESTS_PAGE}.`, 'first');
  const where: FilterQuery<ProfessionalAbsenceRequest>[] = [requestScope(actor), state ? { state } : {}];
  if (after) {
    const from = readProfessionalRequestCursor(after);
    where.push({ $or: [{ firstDay: { $gt: from.firstDay } }, { firstDay: from.firstDay, id: { $gt: from.id } }] });
  }
  if (studentPick) return professionalRequestRows(ctx.em as SqlEntityManager, studentPick, { $and: where }, limit);
  // The page's students by primary key, one statement (a join would hash every student to the page).
  return ctx.em.find(ProfessionalAbsenceRequest, { $and: where }, { populate: ['student'], strategy: 'select-in', orderBy: REQUEST_ORDER, limit });
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Day after the last of `month` (YYYY-MM), as YYYY-MM-DD: the month's range is [month-01, that). */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export interface StatementLine {
  absenceId: string;
  studentId: string;
  studentName: string;
  date: string;
  half: HalfDay;
  hours: number;
  reason: AbsenceReason;
  /** When it went to the host in a statement; null: not yet. */
  declaredAt: Date | null;
}

/** Unjustified absences (§4.3.4) with a host and matching `where`, grouped by organisation and month. */
export async function unjustifiedByOrganisationAndMonth(ctx: Pick<ServiceContext, 'em' | 'referenceData'>, where: FilterQuery<Absence>) {
  const absences = await ctx.em.find(
    Absence,
    { $and: [{ state: 'UNJUSTIFIED', organisation: { $ne: null } }, where] },
    { populate: ['student', 'organisation'], orderBy: { organisation: { name: 'asc' }, student: { lastName: 'asc' }, date: 'asc', half: 'asc' } },
  );
  const groups = new Map<string, { organisation: Organisation; month: string; lines: StatementLine[] }>();
  const sources = await trainingHoursSourcesFor(ctx, absences.map((a) => a.student));
  for (const a of absences) {
    const org = a.organisation!;
    const month = a.date.slice(0, 7);
    const hours = Math.round((sources.get(a.student.id) ?? NO_CALENDAR).hoursOf(a.date, a.half) * 100) / 100;
    const entry = groups.get(`${org.id} ${month}`) ?? { organisation: org, month, lines: [] };
    entry.lines.push({ absenceId: a.id, studentId: a.student.id, studentName: personName(a.student), date: a.date, half: a.half, hours, reason: a.reason, declaredAt: a.declaredAt });
    groups.set(`${org.id} ${month}`, entry);
  }
  return [...groups.values()].map(({ organisation, month, lines }) => ({
    organisationId: organisation.id,
    organisationName: organisation.name,
    month,
    lines,
    totalHours: Math.round(lines.reduce((s, l) => s + l.hours, 0) * 100) / 100,
  }));
}

/** A month's unjustified absences by host organisation, all of them, each line saying when it was declared. */
export async function statementsOf(ctx: Pick<ServiceContext, 'em' | 'referenceData'>, month: string, organisationId?: string) {
  const groups = await unjustifiedByOrganisationAndMonth(ctx, { date: { $gte: `${month}-01`, $lt: monthEnd(month) }, ...(organisationId ? { organisation: organisationId } : {}) });
  const sent = await ctx.em.find(AbsenceStatement, { month, sequence: 1, ...(organisationId ? { organisation: organisationId } : {}) });
  const sentAt = new Map(sent.map((s) => [s.organisation.id, s.sentAt]));
  return groups.map((g) => ({ ...g, sentAt: sentAt.get(g.organisationId) ?? null }));
}

function checkMonth(month: string): void {
  if (!MONTH.test(month)) throw apiError('BAD_USER_INPUT', `month : « ${month} » n’est pas un mois AAAA-MM.`, 'month');
}

export async function absenceStatements(ctx: ServiceContext, month: string) {
  authorize(ctx.actor, 'absences:report');
  checkMonth(month);
  return statementsOf(ctx, month);
}

export async function absenceStatement(ctx: ServiceContext, organisationId: string, month: string) {
  authorize(ctx.actor, 'absences:report');
  checkMonth(month);
  const organisation = await ctx.em.findOne(Organisation, organisationId);
  if (!organisation) return null;
  return (await statementsOf(ctx, month, organisationId))[0] ?? { organisationId, organisationName: organisation.name, month, lines: [], totalHours: 0, sentAt: null };
}

/** What a company contact's absence link is about (the personal-link page's first read). */
export async function absenceLinkContext(ctx: ServiceContext) {
  const actor = authorize(ctx.actor, 'absences:read');
  if (actor.role !== 'COMPANY_TUTOR' && actor.role !== 'HR_CONTACT') return null;
  if (actor.linkPurpose === 'ABSENCE_STOPPAGE') {
    const absence = await ctx.em.findOne(Absence, absenceScope(actor), { populate: ['student', 'organisation'] });
    if (!absence) return null;
    return { purpose: 'ABSENCE_STOPPAGE', studentName: personName(absence.student), organisationName: absence.organisation?.name ?? null, absence, earliestFirstDay: null, requests: [] };
  }
  if (actor.linkPurpose === 'PROFESSIONAL_ABSENCE_REQUEST') {
    const requests = await ctx.em.find(ProfessionalAbsenceRequest, requestScope(actor), { populate: ['student', 'mission', 'mission.organisation'], orderBy: { firstDay: 'desc' } });
    const mission = await ctx.em.findOne(Mission, { id: actor.missionId ?? '', $or: [{ tutor1: actor.id }, { tutor2: actor.id }] }, { populate: ['student', 'organisation'] });
    if (!mission) return null;
    // The first day a request made today may name: today is the last day to ask for it.
    const options = await whitMonday(ctx);
    let earliest = ctx.clock.today();
    while (professionalRequestDeadline(earliest, options) < ctx.clock.today()) earliest = new Date(Date.parse(`${earliest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return { purpose: 'PROFESSIONAL_ABSENCE_REQUEST', studentName: personName(mission.student), organisationName: mission.organisation?.name ?? null, absence: null, earliestFirstDay: earliest, requests };
  }
  return null;
}
