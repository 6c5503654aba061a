import { describe, expect, it } from 'vitest';
import { parisDayOf, startOfParisDay } from './paris-day.js';

describe('parisDayOf', () => {
  it('is the day in Paris, not in UTC', () => {
    expect(parisDayOf(new Date('2025-08-31T22:30:00Z'))).toBe('2025-09-01');
    expect(parisDayOf(new Date('2025-12-31T22:59:00Z'))).toBe('2025-12-31');
  });
});

describe('startOfParisDay', () => {
  it('is midnight in Paris: 22:00 UTC in summer, 23:00 UTC in winter', () => {
    expect(startOfParisDay('2025-07-01').toISOString()).toBe('2025-06-30T22:00:00.000Z');
    expect(startOfParisDay('2025-01-15').toISOString()).toBe('2025-01-14T23:00:00.000Z');
  });

  it('takes the offset of midnight itself on the days the clocks change', () => {
    // Clocks go forward at 02:00 on 30 March 2025 and back at 03:00 on 26 October 2025:
    // both midnights are still on the offset of the day before.
    expect(startOfParisDay('2025-03-30').toISOString()).toBe('2025-03-29T23:00:00.000Z');
    expect(startOfParisDay('2025-03-31').toISOString()).toBe('2025-03-30T22:00:00.000Z');
    expect(startOfParisDay('2025-10-26').toISOString()).toBe('2025-10-25T22:00:00.000Z');
    expect(startOfParisDay('2025-10-27').toISOString()).toBe('2025-10-26T23:00:00.000Z');
  });

  it('is the first instant of the day: one millisecond earlier is the day before', () => {
    for (const day of ['2024-02-29', '2025-03-30', '2025-10-26', '2026-12-31']) {
      const start = startOfParisDay(day);
      expect(parisDayOf(start)).toBe(day);
      expect(parisDayOf(new Date(start.getTime() - 1))).not.toBe(day);
    }
  });

  it('refuses what is not a date', () => {
    expect(() => startOfParisDay('31/12/2025')).toThrow(RangeError);
  });
});
