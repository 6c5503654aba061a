import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, dayOfWeek, firstOfNextMonth, fromDayNumber, isIsoDate, monthsBetween, toDayNumber } from './iso-date.js';

describe('ISO dates', () => {
  it('reads only real calendar dates', () => {
    expect(isIsoDate('2025-09-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-9-1')).toBe(false);
    expect(isIsoDate('2025-09-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(45901)).toBe(false);
  });

  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 60_000 }), (day) => {
        expect(toDayNumber(fromDayNumber(day))).toBe(day);
      }),
    );
    expect(dayOfWeek(toDayNumber('2025-09-01')!)).toBe(1); // a Monday
  });

  it('does calendar month arithmetic like date-fns addMonths', () => {
    expect(addMonths('2025-09-01', -3)).toBe('2025-06-01');
    expect(addMonths('2025-09-04', 3)).toBe('2025-12-04');
    expect(addMonths('2027-09-03', 2)).toBe('2027-11-03');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(firstOfNextMonth('2025-12-15')).toBe('2026-01-01');
  });

  it('computes ages on a date', () => {
    expect(ageOn('1995-09-01', '2025-09-01')).toBe(30);
    expect(ageOn('1995-09-02', '2025-09-01')).toBe(29);
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(20);
    expect(ageOn('2004-02-29', '2025-03-01')).toBe(21);
  });

  it('measures lengths date to date', () => {
    expect(monthsBetween('2025-09-04', '2026-09-04')).toBe(12);
    expect(monthsBetween('2025-09-04', '2026-03-04')).toBe(6);
    expect(monthsBetween('2025-09-04', '2026-03-03')).toBeCloseTo(5 + 27 / 28, 10);
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(1);
  });
});

describe('addMonths agrees with date-fns', () => {
  it('for any date and offset (property)', async () => {
    const { addMonths: addMonthsFns } = await import('date-fns');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2060, 11, 31) / 864e5 }), fc.integer({ min: -60, max: 60 }), (day, months) => {
        const iso = fromDayNumber(day);
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const expected = addMonthsFns(new Date(y, m - 1, d, 12), months);
        const expectedIso = `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`;
        expect(addMonths(iso, months)).toBe(expectedIso);
      }),
      { numRuns: 3000 },
    );
  });
});
