import { roundHalfUp } from '../hours/round-half-up.js';
import type { AbsenceHalfDay } from './absence.js';
import type { TrainingHoursSource } from './training-hours.js';

/** An alternant's attendance (issue 11 §3): hours missed, how many are justified, and their share of the training. */
export interface AttendanceSummary {
  trainingHours: number;
  missedHalfDays: number;
  missedHours: number;
  justifiedHours: number;
  /** Definitively unjustified (§4.3.4): what the host organisation is told. */
  unjustifiedHours: number;
  /** Not settled yet (recorded, awaiting a stoppage or a decision). */
  pendingHours: number;
  /** missedHours ÷ trainingHours, in percent with 2 decimals; 0 without training hours. */
  missedPercent: number;
}

/**
 * Sums the absences' half-days in training hours (a half-day that is not TRAINING in the
 * calendar weighs nothing). Each sum is rounded to 2 decimals once, at the end, so that
 * justified + unjustified + pending equals missed up to that rounding.
 */
export function attendanceSummary(absences: readonly AbsenceHalfDay[], source: TrainingHoursSource): AttendanceSummary {
  let missed = 0;
  let justified = 0;
  let unjustified = 0;
  for (const absence of absences) {
    const hours = source.hoursOf(absence.date, absence.half);
    missed += hours;
    if (absence.state === 'JUSTIFIED') justified += hours;
    else if (absence.state === 'UNJUSTIFIED') unjustified += hours;
  }
  return {
    trainingHours: roundHalfUp(source.totalHours, 2),
    missedHalfDays: absences.length,
    missedHours: roundHalfUp(missed, 2),
    justifiedHours: roundHalfUp(justified, 2),
    unjustifiedHours: roundHalfUp(unjustified, 2),
    pendingHours: roundHalfUp(missed - justified - unjustified, 2),
    missedPercent: source.totalHours > 0 ? roundHalfUp((100 * missed) / source.totalHours, 2) : 0,
  };
}
