import { calendarFor, findCohort, trainingYearOf, type GeneratedCalendar } from '@alternance/domain';
import type { ServiceContext } from '../../shared/service-context.js';
import type { Student } from '../people/people.entities.js';

/**
 * The alternance calendar of a student's training year (§2.2.2, the one that "fait foi"):
 * THE single place visits and tutoring look a calendar up. Today it is the reference data's
 * calendar of the cohort's year; when calendars live in the database it becomes a call to
 * that module's calendar in force, and nothing else changes.
 */
export async function alternantCalendar(ctx: Pick<ServiceContext, 'referenceData'>, student: Pick<Student, 'cohort'>, academicYear: string): Promise<GeneratedCalendar | null> {
  const data = await ctx.referenceData();
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
