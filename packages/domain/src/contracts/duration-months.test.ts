import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, monthsBetween, toDayNumber } from '../dates/iso-date.js';
import { checkContract } from './check-contract.js';

// checkContract's duration is worked out from the dates' parts read with them (durationOf),
// not by monthsBetween: both must give the same hundredths, month ends and leap days included.
describe('durationMonths', () => {
  const day = (from: string, to: string) => fc.integer({ min: toDayNumber(from) as number, max: toDayNumber(to) as number });
  const duration = (startDate: string, endDate: string) =>
    checkContract({ cohort: 'MASTER-2025', status: 'FI', contractType: 'CAPP', birthDate: '2003-05-31', startDate, endDate, monthlyGrossPay: 1800 }).durationMonths;

  it('is monthsBetween rounded to the hundredth (property)', () => {
    fc.assert(
      fc.property(day('1899-11-01', '2200-02-28'), fc.integer({ min: 0, max: 1200 }), (start, length) => {
        const startDate = fromDayNumber(start);
        const endDate = fromDayNumber(start + length);
        expect(duration(startDate, endDate)).toBe(Math.round(monthsBetween(startDate, endDate) * 100) / 100);
      }),
      { numRuns: 3000 },
    );
  });

  it('on month ends: 31 January to 28/29 February, 30 April to 31 May, 31 August to 30 September', () => {
    for (const [s, e] of [
      ['2025-01-31', '2025-02-28'],
      ['2024-01-31', '2024-02-29'],
      ['2024-01-30', '2024-02-28'],
      ['2025-04-30', '2025-05-31'],
      ['2025-08-31', '2025-09-30'],
      ['2025-09-01', '2027-09-03'],
      ['2025-09-04', '2025-09-04'],
    ] as const) {
      expect(duration(s, e)).toBe(Math.round(monthsBetween(s, e) * 100) / 100);
    }
  });
});
