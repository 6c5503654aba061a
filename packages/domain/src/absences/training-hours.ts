import { calendarFor } from '../calendars/calendar-for.js';
import { countHalfDays } from '../calendars/count-half-days.js';
import { halfDayKind } from '../calendars/half-day-kind.js';
import type { GeneratedCalendar } from '../calendars/generated-calendar.js';
import type { IsoDate } from '../dates/iso-date.js';
import { inForce } from '../reference-data/in-force.js';
import { findCohort, indexReferenceData } from '../reference-data/lookup.js';
import type { HalfDayKind, ReferenceData } from '../reference-data/reference-data.js';
import type { HalfDay } from './absence.js';

/**
 * Where an alternant's training hours come from: the kind of each half-day and what one
 * TRAINING half-day is worth in hours. Built here from the cohort's alternance calendars;
 * any other calendar (an individual one) can implement it.
 */
export interface TrainingHoursSource {
  /** The kind of the half-day in the alternant's calendar; null outside every calendar. */
  kindOf(date: IsoDate, half: HalfDay): HalfDayKind | null;
  /** Hours of one half-day when it is TRAINING; 0 otherwise. */
  hoursOf(date: IsoDate, half: HalfDay): number;
  /** All the training hours of the alternant's calendars (the denominator of the attendance share). */
  totalHours: number;
}

interface Year {
  from: IsoDate;
  to: IsoDate;
  calendar: GeneratedCalendar;
  hoursPerHalfDay: number;
}

/**
 * The training hours of a cohort's alternants (§2.3): in each year, the programme's
 * training hours spread evenly over the TRAINING half-days of that year's calendar (the
 * same proration as contractHoursAndCost). Null when the cohort is unknown or has no
 * alternance calendar (classic rhythm).
 */
export function cohortTrainingHours(referenceData: ReferenceData, cohortCode: string): TrainingHoursSource | null {
  const cohort = findCohort(referenceData, cohortCode);
  if (!cohort) return null;
  const programmes = indexReferenceData(referenceData).programmes;
  const years: Year[] = [];
  let totalHours = 0;
  for (const year of cohort.years) {
    const calendar = year.calendar === null ? null : calendarFor(referenceData, year.calendar);
    const rates = inForce(programmes.get(year.programme)?.rates ?? [], cohort.ddf);
    if (!calendar || !rates) continue;
    const training = countHalfDays(calendar, calendar.from, calendar.to).training;
    // The year's own days (DDF…DFF): two calendars of a Master may overlap at the turn of the year.
    years.push({ from: year.ddf, to: year.dff, calendar, hoursPerHalfDay: training > 0 ? rates.trainingHours / training : 0 });
    totalHours += training > 0 ? rates.trainingHours : 0;
  }
  if (years.length === 0) return null;
  const yearOf = (date: IsoDate): Year | undefined => years.find((y) => y.from <= date && date <= y.to);
  return {
    kindOf: (date, half) => {
      const year = yearOf(date);
      return year ? halfDayKind(year.calendar, date, half) : null;
    },
    hoursOf: (date, half) => {
      const year = yearOf(date);
      return year && halfDayKind(year.calendar, date, half) === 'TRAINING' ? year.hoursPerHalfDay : 0;
    },
    totalHours,
  };
}

/**
 * An alternant's training half-days across the cohorts they have been in: the current cohort's
 * calendar first, an earlier cohort's for a day the current one does not cover. A repeater
 * (§4.5) moves to the next year's cohort, and the absences of the year they repeat keep the
 * hours of the calendar they were in. The attendance share stays the current cohort's.
 */
export function acrossCohorts(current: TrainingHoursSource, earlier: readonly TrainingHoursSource[]): TrainingHoursSource {
  if (earlier.length === 0) return current;
  const sourceOf = (date: IsoDate, half: HalfDay): TrainingHoursSource | undefined =>
    current.kindOf(date, half) !== null ? current : earlier.find((s) => s.kindOf(date, half) !== null);
  return {
    kindOf: (date, half) => sourceOf(date, half)?.kindOf(date, half) ?? null,
    hoursOf: (date, half) => sourceOf(date, half)?.hoursOf(date, half) ?? 0,
    totalHours: current.totalHours,
  };
}
