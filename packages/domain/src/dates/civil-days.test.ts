import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDay, dayFromCivil, dayOfIso, isoOfDay, monthLength } from './civil-days.js';

/** The reference: JavaScript's own proleptic Gregorian calendar. */
function viaDate(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

describe('civil days', () => {
  it('numbers days from 1970-01-01', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayOfIso('2025-09-01')).toBe(Date.UTC(2025, 8, 1) / 86_400_000);
    expect(dayOfIso('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(civilFromDay(-1)).toEqual([1969, 12, 31]);
    expect(isoOfDay(Date.UTC(2000, 1, 29) / 86_400_000)).toBe('2000-02-29');
  });

  it('rejects anything that is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2025-02-29', '2100-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-4-01', '25-04-01', '2025/04/01', '2025-04-01 ', 'abcd-ef-gh', '2025-0:-01', '2025-0/-01', '+025-01-01', '-025-01-01', '２０２５-01-01', '2025-01-3 ', '', 20250401, null]) {
      expect(dayOfIso(bad)).toBeNull();
    }
    expect(monthLength(2000, 2)).toBe(29);
    expect(monthLength(1900, 2)).toBe(28);
  });

  it('agrees with Date on every day of years 1 to 9999 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1, 0, 1) / 86_400_000 - 0, max: Date.UTC(9999, 11, 31) / 86_400_000 }), (day) => {
        const iso = viaDate(day);
        expect(isoOfDay(day)).toBe(iso);
        expect(dayOfIso(iso)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});
