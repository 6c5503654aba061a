import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { attendanceSummary } from './attendance-summary.js';
import { acrossCohorts, cohortTrainingHours, type TrainingHoursSource } from './training-hours.js';

const flat: TrainingHoursSource = { kindOf: () => 'TRAINING', hoursOf: (date) => (date.endsWith('-07') ? 0 : 3.5), totalHours: 700 };

describe('attendanceSummary', () => {
  it('sums hours by justification and the share of training hours', () => {
    const summary = attendanceSummary(
      [
        { date: '2026-03-02', half: 'AM', state: 'JUSTIFIED' },
        { date: '2026-03-02', half: 'PM', state: 'UNJUSTIFIED' },
        { date: '2026-03-03', half: 'AM', state: 'AWAITING_STOPPAGE' },
        { date: '2026-03-07', half: 'AM', state: 'UNJUSTIFIED' },
      ],
      flat,
    );
    expect(summary).toEqual({ trainingHours: 700, missedHalfDays: 4, missedHours: 10.5, justifiedHours: 3.5, unjustifiedHours: 3.5, pendingHours: 3.5, missedPercent: 1.5 });
  });

  it('no training hours: share 0, not NaN', () => {
    expect(attendanceSummary([], { ...flat, totalHours: 0 }).missedPercent).toBe(0);
  });
});

describe('cohortTrainingHours', () => {
  it('spreads the programme hours over the calendar’s TRAINING half-days', () => {
    const source = cohortTrainingHours(defaultReferenceData, 'MASTER-2025');
    expect(source).not.toBeNull();
    let sum = 0;
    let training = 0;
    for (let d = new Date('2025-09-01'); d <= new Date('2026-09-02'); d.setUTCDate(d.getUTCDate() + 1)) {
      const date = d.toISOString().slice(0, 10);
      for (const half of ['AM', 'PM'] as const) {
        sum += source?.hoursOf(date, half) ?? 0;
        if (source?.kindOf(date, half) === 'TRAINING') training += 1;
      }
    }
    expect(training).toBeGreaterThan(0);
    // The first year's half-days add up to the M1 programme's hours.
    const m1 = defaultReferenceData.programmes.find((p) => p.code === 'M1')?.rates[0]?.value.trainingHours;
    expect(sum).toBeCloseTo(m1 ?? -1, 6);
  });

  it('null for an unknown cohort', () => {
    expect(cohortTrainingHours(defaultReferenceData, 'NOPE-2025')).toBeNull();
  });
});

describe('acrossCohorts', () => {
  const m2Before = cohortTrainingHours(defaultReferenceData, 'M2-2025')!;
  const m2Repeated = cohortTrainingHours(defaultReferenceData, 'M2-2026')!;
  // A training half-day of the M2 2025/2026 calendar: its first day (DDF 2025-09-04).
  const firstDay = ['2025-09-04', '2025-09-05', '2025-09-08'].find((d) => m2Before.kindOf(d, 'AM') === 'TRAINING')!;

  it('reads a day of the year repeated (§4.5) in the earlier cohort’s calendar', () => {
    const source = acrossCohorts(m2Repeated, [m2Before]);
    expect(m2Repeated.kindOf(firstDay, 'AM')).toBeNull();
    expect(source.kindOf(firstDay, 'AM')).toBe('TRAINING');
    expect(source.hoursOf(firstDay, 'AM')).toBe(m2Before.hoursOf(firstDay, 'AM'));
    expect(source.hoursOf(firstDay, 'AM')).toBeGreaterThan(0);
  });

  it('keeps the current cohort first and its total hours as the attendance share’s denominator', () => {
    const source = acrossCohorts(m2Repeated, [m2Before]);
    expect(source.totalHours).toBe(m2Repeated.totalHours);
    const day = ['2026-09-03', '2026-09-04', '2026-09-07'].find((d) => m2Repeated.kindOf(d, 'AM') !== null)!;
    expect(source.kindOf(day, 'AM')).toBe(m2Repeated.kindOf(day, 'AM'));
    expect(source.hoursOf(day, 'AM')).toBe(m2Repeated.hoursOf(day, 'AM'));
    expect(acrossCohorts(m2Repeated, [])).toBe(m2Repeated);
  });
});
