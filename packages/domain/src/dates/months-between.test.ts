import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, fromDayNumber, monthsBetweenDays, toDayNumber } from './iso-date.js';

/** Date to date by addMonths alone: the whole months that fit, then the rest over the next month's length. */
function reference(s: number, e: number): number {
  if (e < s) return -reference(e, s);
  const start = fromDayNumber(s);
  let whole = 0;
  while ((toDayNumber(addMonths(start, whole + 1)) as number) <= e) whole += 1;
  const anchor = toDayNumber(addMonths(start, whole)) as number;
  const next = toDayNumber(addMonths(start, whole + 1)) as number;
  return whole + (e - anchor) / (next - anchor);
}

describe('monthsBetweenDays', () => {
  it('agrees with whole months counted by addMonths (property)', () => {
    const day = fc.integer({ min: -30_000, max: 60_000 });
    fc.assert(
      fc.property(day, fc.integer({ min: -2_000, max: 2_000 }), (s, length) => {
        expect(monthsBetweenDays(s, s + length)).toBe(reference(s, s + length));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts from month ends (31 January → 28 February is one month)', () => {
    const d = (iso: string): number => toDayNumber(iso) as number;
    expect(monthsBetweenDays(d('2025-01-31'), d('2025-02-28'))).toBe(1);
    expect(monthsBetweenDays(d('2024-01-31'), d('2024-02-29'))).toBe(1);
    expect(monthsBetweenDays(d('2025-12-31'), d('2026-01-31'))).toBe(1);
    expect(monthsBetweenDays(d('2025-12-15'), d('2026-01-14'))).toBeCloseTo(30 / 31, 12);
  });
});
