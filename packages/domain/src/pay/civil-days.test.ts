import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import { civilFromDay, dayFromCivil, dayOfIso, isoOfDay, monthLength } from './civil-days.js';

describe('civil days', () => {
  it('agrees with toDayNumber and fromDayNumber on known dates', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayOfIso('2025-09-01')).toBe(toDayNumber('2025-09-01'));
    expect(dayOfIso('2024-02-29')).toBe(toDayNumber('2024-02-29'));
    expect(civilFromDay(-1)).toEqual([1969, 12, 31]);
    expect(isoOfDay(toDayNumber('2000-02-29') as number)).toBe('2000-02-29');
  });

  it('rejects what toDayNumber rejects', () => {
    for (const bad of ['2025-02-29', '2100-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-4-01', '25-04-01', '2025/04/01', '2025-04-01 ', 'abcd-ef-gh', '', 20250401, null]) {
      expect(dayOfIso(bad)).toBeNull();
      expect(toDayNumber(bad)).toBeNull();
    }
    expect(monthLength(2000, 2)).toBe(29);
    expect(monthLength(1900, 2)).toBe(28);
  });

  it('round-trips every day of years 1 to 9999 like the Date-based helpers', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('0001-01-01') as number, max: toDayNumber('9999-12-31') as number }), (day) => {
        const iso = fromDayNumber(day);
        expect(isoOfDay(day)).toBe(iso);
        expect(dayOfIso(iso)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});
