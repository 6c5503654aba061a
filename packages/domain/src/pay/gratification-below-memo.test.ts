import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { findCohort } from '../reference-data/lookup.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { checkGratification, gratificationBelowMinimum, internshipGratification } from './internship-gratification.js';

/*
 * gratificationBelowMinimum (what checkContracts asks of every CSTAGEALT row, §4.2.3) reads a
 * whole month's minimum from a memo per reference data and cohort at the settings' hours a day
 * (issue 15, helper h58). It must answer as checkGratification does — a finding or none — for
 * internships starting and ending anywhere in a month (partial months are never memoised), at
 * the settings' hours and others (not memoised), memo cold and warm, and with an hourly
 * minimum changing in the middle of a month.
 */
const midMonthChange: ReferenceData = {
  ...defaultReferenceData,
  legal: { ...defaultReferenceData.legal, internshipMinimumHourly: [...defaultReferenceData.legal.internshipMinimumHourly, { from: '2026-03-18', value: 4.8 }] },
};
// A minimum in force only from 2025-10-01: earlier internship days have none (not computable, never reported).
const lateMinimum: ReferenceData = {
  ...defaultReferenceData,
  legal: { ...defaultReferenceData.legal, internshipMinimumHourly: [{ from: '2025-10-01', value: 4.35 }] },
};
const COHORTS = ['L3I-2025', 'MASTER-2025', 'M2-2025'];
const FIRST = toDayNumber('2025-06-01') as number;

/** Pays a cent around each month's minimum (and a round one), where the answer turns. */
function paysAround(data: ReferenceData, cohort: string, startDate: string, endDate: string, hoursPerDay: number | undefined): number[] {
  try {
    const months = internshipGratification({ cohort, startDate, endDate, hoursPerDay }, { referenceData: data }).months;
    return [600, ...months.flatMap((m) => [m.minimum - 0.01, m.minimum, m.minimum + 0.01])];
  } catch {
    return [600];
  }
}

describe('gratificationBelowMinimum with whole months memoised (issue 15)', () => {
  for (const [name, data] of [
    ['the default reference data', defaultReferenceData],
    ['an hourly minimum changing on 2026-03-18', midMonthChange],
    ['no minimum before 2025-10-01', lateMinimum],
  ] as const) {
    it(`answers as checkGratification on ${name}, memo cold and warm (property)`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...COHORTS),
          fc.integer({ min: 0, max: 420 }),
          fc.integer({ min: 0, max: 400 }),
          fc.constantFrom(undefined, 7, 6.5, 8),
          (code, from, length, hoursPerDay) => {
            const cohort = findCohort(data, code);
            if (cohort === undefined) throw new Error(code);
            const startDay = FIRST + from;
            const endDay = startDay + length;
            const startDate = fromDayNumber(startDay);
            const endDate = fromDayNumber(endDay);
            for (const pay of paysAround(data, code, startDate, endDate, hoursPerDay)) {
              const expected = checkGratification({ cohort: code, startDate, endDate, hoursPerDay, monthlyGrossPay: pay }, { referenceData: data }) !== null;
              for (let round = 0; round < 2; round++) {
                expect({ code, startDate, endDate, hoursPerDay, pay, round, below: gratificationBelowMinimum(cohort, startDay, endDay, hoursPerDay ?? null, Math.round(pay * 100), data) }).toEqual({
                  code,
                  startDate,
                  endDate,
                  hoursPerDay,
                  pay,
                  round,
                  below: expected,
                });
              }
            }
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
