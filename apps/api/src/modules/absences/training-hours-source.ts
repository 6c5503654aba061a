import { cohortTrainingHours, type TrainingHoursSource } from '@alternance/domain';
import type { ServiceContext } from '../../shared/service-context.js';
import type { Student } from '../people/people.entities.js';

/**
 * THE one place the absences module reads an alternant's training calendar: today the
 * cohort's calendars of the reference data (domain `cohortTrainingHours`). When calendars
 * become records (issue 11 §1, the alternant's calendar in force), this function is what
 * changes; every hour, share and "is it a training half-day" check goes through it.
 */
export async function trainingHoursSourceFor(ctx: Pick<ServiceContext, 'referenceData'>, student: Pick<Student, 'cohort'>): Promise<TrainingHoursSource | null> {
  return cohortTrainingHours(await ctx.referenceData(), student.cohort);
}

/** No calendar (classic rhythm, unknown cohort): no half-day is known, none weighs anything. */
export const NO_CALENDAR: TrainingHoursSource = { kindOf: () => null, hoursOf: () => 0, totalHours: 0 };
