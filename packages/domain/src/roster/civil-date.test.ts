import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import { civilDate, civilDateOfDay } from './civil-date.js';

describe('civilDate', () => {
  it('builds ISO dates and refuses impossible ones', () => {
    expect(civilDate(2025, 9, 1)).toBe('2025-09-01');
    expect(civilDate(2024, 2, 29)).toBe('2024-02-29');
    expect(civilDate(2025, 2, 29)).toBeNull();
    expect(civilDate(2000, 2, 29)).toBe('2000-02-29');
    expect(civilDate(1900, 2, 29)).toBeNull();
    expect(civilDate(2025, 4, 31)).toBeNull();
    expect(civilDate(2025, 13, 1)).toBeNull();
    expect(civilDate(2025, 0, 1)).toBeNull();
    expect(civilDate(25, 1, 1)).toBe('0025-01-01');
    expect(civilDate(10_000, 1, 1)).toBeNull();
  });
});

describe('civilDateOfDay', () => {
  it('agrees with the Date-based fromDayNumber on every day of years 1–9999', () => {
    const first = toDayNumber('0001-01-01') as number;
    const last = toDayNumber('9999-12-31') as number;
    fc.assert(fc.property(fc.integer({ min: first, max: last }), (day) => {
        expect(civilDateOfDay(day)).toBe(fromDayNumber(day));
      }),
    );
    expect(civilDateOfDay(0)).toBe('1970-01-01');
    expect(civilDateOfDay(first - 1)).toBeNull();
    expect(civilDateOfDay(last + 1)).toBeNull();
  });
});
