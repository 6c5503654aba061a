import { cohortTrainingHours, type TrainingHoursSource } from '@alternance/domain';
import type { ServiceContext } from '../../shared/service-context.js';
import { calendarInForce, calendarsInForceFor } from '../calendars/calendar-in-force.js';
import type { Student } from '../people/people.entities.js';

type Ctx = Pick<ServiceContext, 'referenceData' | 'em'>;

/**
 * THE one place the absences module reads an alternant's training calendar: the calendar
 * in force for that alternant (the cohort's published version with their own half-days,
 * issue 11 §1). Every hour, share and "is it a training half-day" check goes through it.
 */
export async function trainingHoursSourceFor(ctx: Ctx, student: Pick<Student, 'id' | 'cohort'>): Promise<TrainingHoursSource | null> {
  return cohortTrainingHours(await calendarInForce(ctx.em, student.id, await ctx.referenceData()), student.cohort);
}

/** The same for many alternants at once (two statements, whatever their number), keyed by student id. */
export async function trainingHoursSourcesFor(ctx: Ctx, students: readonly Pick<Student, 'id' | 'cohort'>[]): Promise<Map<string, TrainingHoursSource>> {
  const unique = [...new Map(students.map((s) => [s.id, s])).values()];
  const calendars = await calendarsInForceFor(ctx.em, unique.map((s) => s.id), await ctx.referenceData());
  const sources = new Map<string, TrainingHoursSource>();
  // Alternants without half-days of their own share their cohort's calendars (the same data):
  // its hours are computed once per cohort, not once per alternant (issue 15).
  const computed = new Map<object, Map<string, TrainingHoursSource>>();
  for (const student of unique) {
    const data = calendars.get(student.id);
    if (!data) {
      sources.set(student.id, NO_CALENDAR);
      continue;
    }
    const ofData = computed.get(data) ?? new Map<string, TrainingHoursSource>();
    computed.set(data, ofData);
    if (!ofData.has(student.cohort)) ofData.set(student.cohort, cohortTrainingHours(data, student.cohort) ?? NO_CALENDAR);
    sources.set(student.id, ofData.get(student.cohort)!);
  }
  return sources;
}

type Pending = { student: Pick<Student, 'id' | 'cohort'>; resolve: (source: TrainingHoursSource) => void; reject: (error: unknown) => void };

// One batch per request context: a list of absences asks for each one's hours, and their
// calendars are read together (two statements) instead of once per absence.
const batches = new WeakMap<object, { pending: Pending[]; done: Map<string, Promise<TrainingHoursSource>> }>();

/** {@link trainingHoursSourceFor} for a field resolver: the calls of one request tick share one read. */
export function batchedTrainingHoursSource(ctx: Ctx, student: Pick<Student, 'id' | 'cohort'>): Promise<TrainingHoursSource> {
  let batch = batches.get(ctx);
  if (!batch) batches.set(ctx, (batch = { pending: [], done: new Map() }));
  const known = batch.done.get(student.id);
  if (known) return known;
  const promise = new Promise<TrainingHoursSource>((resolve, reject) => {
    if (batch.pending.length === 0) {
      setImmediate(() => {
        const pending = batch.pending.splice(0);
        trainingHoursSourcesFor(ctx, pending.map((p) => p.student)).then(
          (sources) => pending.forEach((p) => p.resolve(sources.get(p.student.id) ?? NO_CALENDAR)),
          (error: unknown) => pending.forEach((p) => p.reject(error)),
        );
      });
    }
    batch.pending.push({ student, resolve, reject });
  });
  batch.done.set(student.id, promise);
  return promise;
}

/** No calendar (classic rhythm, unknown cohort): no half-day is known, none weighs anything. */
export const NO_CALENDAR: TrainingHoursSource = { kindOf: () => null, hoursOf: () => 0, totalHours: 0 };
