import { calendarFor, findCohort, trainingYearOf, type GeneratedCalendar } from '@alternance/domain';
import type { ServiceContext } from '../../shared/service-context.js';
import type { Student } from '../people/people.entities.js';
import { calendarInForce } from '../calendars/calendar-in-force.js';

/**
 * The alternance calendar of a student's training year (§2.2.2, the one that "fait foi"):
 * THE single place visits and tutoring look a calendar up. It is the calendars module's
 * calendar in force — the published version, with the alternant's own half-days over it — so
 * a visit is judged on the same days as hours, absences and the feeds.
 */
export async function alternantCalendar(ctx: Pick<ServiceContext, 'referenceData' | 'em'>, student: Pick<Student, 'id' | 'cohort'>, academicYear: string): Promise<GeneratedCalendar | null> {
  const data = await calendarInForce(ctx.em, student.id, await ctx.referenceData());
  const cohort = findCohort(data, student.cohort);
  const year = cohort ? trainingYearOf(cohort, academicYear) : null;
  if (!year?.calendar) return null;
  try {
    return calendarFor(data, year.calendar);
  } catch {
    // An unreadable stored definition: say nothing about the day rather than fail the visit.
    return null;
  }
}
