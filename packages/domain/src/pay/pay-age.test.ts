import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDay, dayFromCivil, isLeapYear } from '../dates/civil-days.js';
import { payAge, payAgeReachedDay, payAgeReachedMonth, payAgeReachedOn } from './pay-age.js';

describe('payAge (§4.2: the bracket changes on the 1st of the month after the birthday)', () => {
  it('uses the age on the last day of the previous month', () => {
    expect(payAge('2005-01-15', '2026-01-15')).toBe(20); // birthday itself: not yet
    expect(payAge('2005-01-15', '2026-01-31')).toBe(20);
    expect(payAge('2005-01-15', '2026-02-01')).toBe(21);
  });

  it('waits for the next month even for a birthday on the 1st', () => {
    expect(payAge('2005-02-01', '2026-02-01')).toBe(20);
    expect(payAge('2005-02-01', '2026-02-28')).toBe(20);
    expect(payAge('2005-02-01', '2026-03-01')).toBe(21);
  });

  it('switches the next day for a birthday on the last day of a month', () => {
    expect(payAge('2005-01-31', '2026-01-31')).toBe(20);
    expect(payAge('2005-01-31', '2026-02-01')).toBe(21);
    expect(payAge('2004-12-31', '2025-12-31')).toBe(20);
    expect(payAge('2004-12-31', '2026-01-01')).toBe(21);
  });

  it('ages someone born on 29 February on 1 March of a common year, so from 1 April', () => {
    expect(payAge('2004-02-29', '2025-03-31')).toBe(20);
    expect(payAge('2004-02-29', '2025-04-01')).toBe(21);
    expect(payAge('2004-02-29', '2028-03-01')).toBe(24); // leap year: birthday in February
  });

  it('gives the first day of the new age', () => {
    expect(payAgeReachedOn('2005-01-15', 21)).toBe('2026-02-01');
    expect(payAgeReachedOn('2005-02-01', 21)).toBe('2026-03-01');
    expect(payAgeReachedOn('2005-01-31', 21)).toBe('2026-02-01');
    expect(payAgeReachedOn('2004-12-31', 21)).toBe('2026-01-01');
    expect(payAgeReachedOn('2004-02-29', 21)).toBe('2025-04-01');
    expect(payAgeReachedOn('2004-02-29', 24)).toBe('2028-03-01');
  });

  it('throws on an unreadable date', () => {
    expect(() => payAge('2005-02-30', '2026-01-01')).toThrow(RangeError);
  });
});

describe('payAgeReachedMonth', () => {
  // The formula payAgeReachedDay had before it was split (issue 15, fourth pass).
  function original(by: number, bm: number, bd: number, age: number): number {
    const year = by + age;
    const birthdayMonth = bm === 2 && bd === 29 && !isLeapYear(year) ? 3 : bm;
    return birthdayMonth === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, birthdayMonth + 1, 1);
  }

  it('is the month of payAgeReachedDay, which keeps its former answers (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 20_000 }), fc.integer({ min: 0, max: 40 }), (b, age) => {
        const [by, bm, bd] = civilFromDay(b);
        const day = payAgeReachedDay(by, bm, bd, age);
        expect(day).toBe(original(by, bm, bd, age));
        const index = payAgeReachedMonth(by, bm, bd, age);
        expect(dayFromCivil(Math.floor(index / 12), (index % 12) + 1, 1)).toBe(day);
      }),
      { numRuns: 3000 },
    );
  });
});
