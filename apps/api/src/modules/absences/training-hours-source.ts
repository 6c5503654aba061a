import { acrossCohorts, cohortTrainingHours, type TrainingHoursSource } from '@alternance/domain';
import { readRows } from '../../db/read-rows.js';
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
  const data = await calendarInForce(ctx.em, student.id, await ctx.referenceData());
  const current = cohortTrainingHours(data, student.cohort);
  if (!current) return null;
  const earlier = (await earlierCohorts(ctx, [student])).get(student.id) ?? [];
  return acrossCohorts(current, earlier.flatMap((code) => cohortTrainingHours(data, code) ?? []));
}

/**
 * The other cohorts of each alternant's missions (a repeater's year before, §4.5), so that the
 * absences of that year keep their calendar's hours once the alternant has moved on.
 */
async function earlierCohorts(ctx: Ctx, students: readonly Pick<Student, 'id' | 'cohort'>[]): Promise<Map<string, string[]>> {
  const byStudent = new Map<string, string[]>();
  if (students.length === 0) return byStudent;
  const current = new Map(students.map((s) => [s.id, s.cohort]));
  const ids = [...current.keys()];
  const rows = await readRows(ctx.em, `select distinct "student_id", "cohort" from "mission" where "student_id" in (${ids.map(() => '?').join(', ')})`, ids);
  for (const row of rows) {
    const id = String(row.student_id);
    const cohort = String(row.cohort);
    if (cohort !== current.get(id)) byStudent.set(id, [...(byStudent.get(id) ?? []), cohort].sort());
  }
  return byStudent;
}

/** The same for many alternants at once (three statements, whatever their number), keyed by student id. */
export async function trainingHoursSourcesFor(ctx: Ctx, students: readonly Pick<Student, 'id' | 'cohort'>[]): Promise<Map<string, TrainingHoursSource>> {
  const unique = [...new Map(students.map((s) => [s.id, s])).values()];
  const [calendars, earlier] = await Promise.all([calendarsInForceFor(ctx.em, unique.map((s) => s.id), await ctx.referenceData()), earlierCohorts(ctx, unique)]);
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
    const ofCohort = (code: string) => {
      if (!ofData.has(code)) ofData.set(code, cohortTrainingHours(data, code) ?? NO_CALENDAR);
      return ofData.get(code)!;
    };
    sources.set(student.id, acrossCohorts(ofCohort(student.cohort), (earlier.get(student.id) ?? []).map(ofCohort)));
  }
  return sources;
}

type Pending = { student: Pick<Student, 'id' | 'cohort'>; resolve: (source: TrainingHoursSource) => void; reject: (error: unknown) => void };

// One batch per request context: a list of absences asks for each one's hours, and their
// calendars are read together (three statements) instead of once per absence.
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
