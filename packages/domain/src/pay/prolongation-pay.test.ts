import { describe, expect, it } from 'vitest';
import { InputError } from '../findings/input-error.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { findCohort } from '../reference-data/lookup.js';
import { dayOfIso } from '../dates/civil-days.js';
import { payBelowMinimum, minimumPaySchedule, type MinimumPayInput, type PaySegment } from './minimum-pay-schedule.js';

/*
 * §4.2.1: "En cas de prolongation du contrat d'apprentissage : majoration de 15 %" — in
 * points, as the guide's own example of an extra year (note 27, "78 % + 15 % soit 93 %"),
 * and only on the prolonged days: the original contract keeps its rates.
 * Monthly SMIC: 1 867,02 € from 2026-06-01.
 */
const row = (s: PaySegment) => [s.from, s.to, s.gridYear, s.ageBracket, s.ratePercent, s.monthlyMinimumGross, s.extension ?? false];

// An L3I apprentice aged 23 repeats the L3I: the contract (DFC 2026-08-31) is extended to 2027-08-31.
const L3I_EXTENDED: MinimumPayInput = { cohort: 'L3I-2025', contractType: 'CAPP', birthDate: '2002-05-10', startDate: '2025-09-01', endDate: '2027-08-31', extendedFrom: '2026-09-01' };

describe('minimumPaySchedule — prolongation of an apprenticeship (§4.2.1, §4.5)', () => {
  it('adds 15 points from the first prolonged day, not before: 78 % on 2026-08-31, 93 % on 2026-09-01', () => {
    expect(minimumPaySchedule(L3I_EXTENDED).map(row)).toEqual([
      ['2025-09-01', '2025-12-31', 3, '21-25', 78, 1405.41, false],
      ['2026-01-01', '2026-05-31', 3, '21-25', 78, 1421.97, false],
      ['2026-06-01', '2026-08-31', 3, '21-25', 78, 1456.28, false],
      // 93 % × 1 867,02 = 1 736,3286 → 1 736,33.
      ['2026-09-01', '2027-08-31', 3, '21-25', 93, 1736.33, true],
    ]);
  });

  it('does not fire without a prolongation: the same dates stay at 78 % throughout', () => {
    const { extendedFrom: _, ...plain } = L3I_EXTENDED;
    const segments = minimumPaySchedule(plain);
    expect(segments.every((s) => s.ratePercent === 78 && s.extension === undefined)).toBe(true);
  });

  it('moves with the boundary day: prolonged from 2026-10-15, the 14th is still 78 %', () => {
    const segments = minimumPaySchedule({ ...L3I_EXTENDED, extendedFrom: '2026-10-15' });
    expect(segments.slice(-2).map(row)).toEqual([
      ['2026-06-01', '2026-10-14', 3, '21-25', 78, 1456.28, false],
      ['2026-10-15', '2027-08-31', 3, '21-25', 93, 1736.33, true],
    ]);
  });

  it('keeps the last year’s row of Tableau 6 (a repeated M2 stays in the 2nd year: 61 % + 15 = 76 %)', () => {
    const segments = minimumPaySchedule({ cohort: 'M2-2025', contractType: 'CAPP', birthDate: '2002-05-10', startDate: '2025-09-04', endDate: '2027-09-03', extendedFrom: '2026-09-05' });
    expect(segments.at(-2)).toMatchObject({ to: '2026-09-04', gridYear: 2, ratePercent: 61 });
    expect(segments.at(-1)).toMatchObject({ from: '2026-09-05', gridYear: 2, ratePercent: 76, extension: true });
  });

  it('still follows the age bracket inside the prolonged period (turning 21: 67 % + 15, then 78 % + 15)', () => {
    const segments = minimumPaySchedule({ ...L3I_EXTENDED, birthDate: '2006-01-15' });
    expect(segments.filter((s) => s.extension).map((s) => [s.from, s.ageBracket, s.ratePercent])).toEqual([
      ['2026-09-01', '18-20', 82],
      ['2027-02-01', '21-25', 93],
    ]);
  });

  it('counts the addition once when the whole contract is also flagged extended', () => {
    const segments = minimumPaySchedule({ ...L3I_EXTENDED, additions: { extension: true } });
    expect(segments[0]!.ratePercent).toBe(93);
    expect(segments.at(-1)!.ratePercent).toBe(93);
  });

  it('does not apply to a professionalisation contract (an apprenticeship rule)', () => {
    const segments = minimumPaySchedule({ ...L3I_EXTENDED, contractType: 'CPRO' });
    expect(segments.every((s) => s.extension === undefined)).toBe(true);
    expect(new Set(segments.map((s) => s.ratePercent))).toEqual(new Set([80]));
  });

  it('refuses a first prolonged day outside the contract, naming the field', () => {
    for (const extendedFrom of ['2025-09-01', '2027-09-01', '2026-13-01']) {
      expect(() => minimumPaySchedule({ ...L3I_EXTENDED, extendedFrom })).toThrow(InputError);
      try {
        minimumPaySchedule({ ...L3I_EXTENDED, extendedFrom });
      } catch (error) {
        expect((error as InputError).field).toBe('extendedFrom');
      }
    }
  });

  it('lets the pay check see the prolonged minimum (1 500 € covers 78 %, not 93 %)', () => {
    const cohort = findCohort(defaultReferenceData, 'L3I-2025')!;
    const day = (iso: string) => dayOfIso(iso) as number;
    const args = [cohort, 'CAPP', day('2002-05-10'), day('2025-09-01'), day('2027-08-31'), '2025-09-01', null, null, 150_000, defaultReferenceData] as const;
    expect(payBelowMinimum(...args)).toBe(false);
    expect(payBelowMinimum(...args, day('2026-09-01'))).toBe(true);
  });
});
