import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { FilterQuery } from '@mikro-orm/core';
import { academicYearOn, addDays, findCohort, halfDayKind, isIsoDate, toDayNumber, visitReportDue, type HalfDayKind } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import { apiError, BusinessError, conflict, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { pageOffset } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { User } from '../auth/auth.entities.js';
import { enqueueMail } from '../mail/outbox.js';
import { Student } from '../people/people.entities.js';
import { findStudent } from '../people/people.service.js';
import { alternantCalendar } from '../visits/alternant-calendar.js';
import { keptVisitText, tutorAssignedMail, upcomingVisitText } from '../visits/visit-mails.js';
import { handOverVisitsToTutor, slotOf } from '../visits/visit.service.js';
import { Visit } from '../visits/visit.entity.js';
import { followUpOf, type AlternantFollowUpModel } from './alternants-follow-up.js';
import { alternantPageOfYear } from './alternants-page.js';
import { alternantRowsOfKeys, type FollowUpProjection } from './follow-up-rows.js';
import { academicYearsOf, alternantKeysOfYear, alternantsOfKeys } from './alternants-of-year.js';

export const MAX_FOLLOW_UP_PAGE = 500;
export const MAX_BULK_ASSIGNMENT = 500;

export interface FollowUpFilter {
  academicYear?: string | null;
  studentId?: string | null;
  cohort?: string | null;
  academicTutorId?: string | null;
  unassignedOnly?: boolean | null;
  lateOnly?: boolean | null;
  toChaseOnly?: boolean | null;
  reportDueOnly?: boolean | null;
  search?: string | null;
}

/** The academic year asked for, or the one in progress; a field error for a malformed one. */
export function academicYearOrCurrent(ctx: ServiceContext, academicYear: string | null | undefined): string {
  if (academicYear === null || academicYear === undefined || academicYear === '') return academicYearOn(ctx.clock.today());
  const match = /^(\d{4})-(\d{4})$/.exec(academicYear);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) throw apiError('BAD_USER_INPUT', `academicYear : « ${academicYear} » n’est pas une année universitaire AAAA-AAAA (ex. 2025-2026).`, 'academicYear');
  return academicYear;
}

/** Who an actor may follow: the office everyone, an academic tutor their own alternants (§4.6). */
function followScope(ctx: ServiceContext): FilterQuery<Student> {
  const actor = authorize(ctx.actor, 'tutoring:read');
  return actor.role === 'ACADEMIC_TUTOR' ? { academicTutor: actor.id } : {};
}

export async function listAlternantsFollowUp(
  ctx: ServiceContext,
  filter: FollowUpFilter | null | undefined,
  first?: number | null,
  offset?: number | null,
  /** What the page reads (follow-up-rows.ts): given, the page is served from plain rows; absent, as entities. */
  projection?: FollowUpProjection | null,
): Promise<{ academicYear: string; academicYears: string[]; items: AlternantFollowUpModel[]; total: number; late: number; toChase: number; reportDue: number }> {
  const where: FilterQuery<Student>[] = [followScope(ctx)];
  const academicYear = academicYearOrCurrent(ctx, filter?.academicYear);
  if (filter?.studentId) where.push({ id: filter.studentId });
  if (filter?.cohort) where.push({ cohort: filter.cohort });
  if (filter?.academicTutorId) where.push({ academicTutor: filter.academicTutorId });
  if (filter?.unassignedOnly) where.push({ academicTutor: null });
  if (filter?.search?.trim()) {
    const like = `%${filter.search.trim().replace(/[%_]/g, '')}%`;
    where.push({ $or: [{ lastName: { $like: like } }, { firstName: { $like: like } }, { email: { $like: like } }] });
  }
  const limit = first ?? MAX_FOLLOW_UP_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FOLLOW_UP_PAGE) throw apiError('BAD_USER_INPUT', `first : entre 1 et ${MAX_FOLLOW_UP_PAGE}.`, 'first');
  const skip = pageOffset(offset);
  // Who is in the list, in which order and how many are late, in SQL; the whole records and
  // the findings only for the page shown (issue 15: a cohort is a thousand alternants).
  const studentWhere: FilterQuery<Student> = { $and: where };
  const { keys: page, counts } = await alternantPageOfYear(ctx, academicYear, studentWhere, { lateOnly: Boolean(filter?.lateOnly), toChaseOnly: Boolean(filter?.toChaseOnly), reportDueOnly: Boolean(filter?.reportDueOnly), limit, offset: skip, cohort: filter?.cohort || null });
  const items = projection
    ? await followUpOf(ctx, academicYear, await alternantRowsOfKeys(ctx, page, projection), projection.visit)
    : await followUpOf(ctx, academicYear, await alternantsOfKeys(ctx, page));
  const { total, late, toChase, reportDue } = counts;
  const data = await ctx.referenceData();
  return { academicYear, academicYears: academicYearsOf(data), items, total, late, toChase, reportDue };
}

/** Office: per active academic tutor, their alternants of the year and the visits held and planned. */
export async function listTutorLoads(ctx: ServiceContext, academicYear: string | null | undefined): Promise<{ tutor: User; alternants: number; visitsHeld: number; visitsPlanned: number; reportsDue: number }[]> {
  const actor = authorize(ctx.actor, 'tutoring:read');
  if (actor.role === 'ACADEMIC_TUTOR') throw apiError('FORBIDDEN', 'Accès refusé.');
  const year = academicYearOrCurrent(ctx, academicYear);
  const tutors = await ctx.em.find(User, { role: 'ACADEMIC_TUTOR', active: true }, { orderBy: { displayName: 'asc', id: 'asc' } });
  const studentWhere: FilterQuery<Student> = { academicTutor: { $ne: null } };
  const alternants = await alternantKeysOfYear(ctx, year, studentWhere);
  const visits = (await (ctx.em as SqlEntityManager)
    .createQueryBuilder(Visit, 'v')
    .select(['v.student_id as student_id', 'v.state as state', 'v.date as date'])
    .join('v.student', 's')
    .where({ academicYear: year, state: { $in: ['SCHEDULED', 'HELD'] }, student: studentWhere })
    .execute('all', false)) as { student_id: string; state: 'SCHEDULED' | 'HELD'; date: string | null }[];
  const today = ctx.clock.today();
  const tutorOf = new Map(alternants.map((a) => [a.studentId, a.academicTutorId]));
  return tutors.map((tutor) => {
    const mine = visits.filter((v) => tutorOf.get(v.student_id) === tutor.id);
    return {
      tutor,
      alternants: alternants.filter((a) => a.academicTutorId === tutor.id).length,
      visitsHeld: mine.filter((v) => v.state === 'HELD').length,
      // A visit planned on a day now past is no longer planned: its report is due (visitReportDue, §4.6).
      visitsPlanned: mine.filter((v) => v.state === 'SCHEDULED' && !visitReportDue(v, today)).length,
      reportsDue: mine.filter((v) => visitReportDue(v, today)).length,
    };
  });
}

/**
 * Office (§4.6): assigns one academic tutor to many alternants at once (null: none — the
 * manager acts as tutor, note 32). All or nothing: a stale version or an unknown student
 * refuses the whole batch. Each newly assigned tutor gets one mail listing their new alternants.
 */
export async function assignAcademicTutor(ctx: ServiceContext, assignments: { studentId: string; version: number }[], academicTutorId: string | null): Promise<Student[]> {
  const actor = authorize(ctx.actor, 'tutoring:assign');
  if (assignments.length === 0) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'assignments', message: 'Sélectionnez au moins un(e) alternant(e).' }]);
  if (assignments.length > MAX_BULK_ASSIGNMENT) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'assignments', message: `${MAX_BULK_ASSIGNMENT} alternant(e)s au plus à la fois.` }]);
  return unitOfWork(ctx, async () => {
    const tutor = academicTutorId === null ? null : await ctx.em.findOne(User, { id: academicTutorId, role: 'ACADEMIC_TUTOR', active: true });
    if (academicTutorId !== null && !tutor) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'academicTutorId', message: 'Tuteur universitaire inconnu : choisissez-en un dans la liste.' }]);
    const ids = [...new Set(assignments.map((a) => a.studentId))];
    const students = await ctx.em.find(Student, { id: { $in: ids } }, { populate: ['academicTutor'] });
    const now = ctx.clock.now();
    const changed: Student[] = [];
    for (const [index, a] of assignments.entries()) {
      const student = students.find((s) => s.id === a.studentId);
      if (!student) throw missing('Étudiant(e)', a.studentId, `assignments.${index}.studentId`);
      if (student.version !== a.version) throw conflict(`Le dossier de ${student.firstName} ${student.lastName}`, 'modifié', `assignments.${index}.version`);
      if ((student.academicTutor?.id ?? null) === academicTutorId) continue;
      student.academicTutor = tutor;
      changed.push(student);
      audit(ctx.em, actor, { entityType: 'Student', entityId: student.id, action: tutor ? 'ASSIGN_ACADEMIC_TUTOR' : 'UNASSIGN_ACADEMIC_TUTOR', fields: ['academicTutor'], comment: tutor?.displayName ?? null }, now);
    }
    // Visits still to come go with the alternant to the new tutor (or back to the manager, note 32),
    // a scheduled one's invitation with them (visit.service.ts).
    // A visit made (its day come or past) stays with its visitor, who writes its report: the new tutor is told.
    const { handed, kept } = await handOverVisitsToTutor(ctx, actor, changed.map((s) => s.id), tutor, now);
    if (tutor && changed.length) {
      const year = academicYearOn(ctx.clock.today());
      const data = await ctx.referenceData();
      const content = tutorAssignedMail({
        tutorName: tutor.displayName,
        academicYear: year,
        students: changed.map((s) => ({
          name: `${s.firstName} ${s.lastName}`,
          cohort: findCohort(data, s.cohort)?.label ?? s.cohort,
          company: null,
          visits: [
            ...kept.filter((v) => v.student.id === s.id).map((v) => keptVisitText({ visitNumber: v.visitNumber, date: v.date!, visitor: v.academicTutor?.displayName ?? 'le responsable de l’alternance' })),
            ...handed.filter((v) => v.student.id === s.id).map((v) => upcomingVisitText({ visitNumber: v.visitNumber, state: v.state as 'PROPOSED' | 'SCHEDULED', slot: slotOf(v) })),
          ],
        })),
        link: `${ctx.publicUrl}/mes-alternants`,
      });
      enqueueMail(ctx.em, tutor.email, 'ACADEMIC_TUTOR_ASSIGNED', content, null, now);
    }
    return students;
  });
}

const MAX_CALENDAR_DAYS = 120;

/** An alternant's calendar, half-day by half-day, for whoever may see the student (their tutor, the office, themself). */
export async function alternantCalendarDays(ctx: ServiceContext, studentId: string, from: string, to: string): Promise<{ date: string; morning: HalfDayKind | null; afternoon: HalfDayKind | null }[]> {
  authorize(ctx.actor, 'students:read');
  if (!isIsoDate(from)) throw apiError('BAD_USER_INPUT', `from : « ${from} » n’est pas une date AAAA-MM-JJ.`, 'from');
  if (!isIsoDate(to)) throw apiError('BAD_USER_INPUT', `to : « ${to} » n’est pas une date AAAA-MM-JJ.`, 'to');
  const span = toDayNumber(to)! - toDayNumber(from)!;
  if (span < 0 || span >= MAX_CALENDAR_DAYS) throw apiError('BAD_USER_INPUT', `to : entre from et ${MAX_CALENDAR_DAYS} jours après.`, 'to');
  const student = await findStudent(ctx, studentId);
  if (!student) throw apiError('NOT_FOUND', `Étudiant(e) introuvable : ${studentId}.`, 'studentId');
  const days: { date: string; morning: HalfDayKind | null; afternoon: HalfDayKind | null }[] = [];
  // One look-up per academic year spanned (at most two), not one per day.
  const byYear = new Map<string, Awaited<ReturnType<typeof alternantCalendar>>>();
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const year = academicYearOn(d);
    if (!byYear.has(year)) byYear.set(year, await alternantCalendar(ctx, student, year));
    const calendar = byYear.get(year) ?? null;
    days.push({ date: d, morning: calendar ? halfDayKind(calendar, d, 'AM') : null, afternoon: calendar ? halfDayKind(calendar, d, 'PM') : null });
  }
  return days;
}
