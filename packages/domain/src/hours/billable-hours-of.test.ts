import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { billableHoursOf, contractHoursAndCost } from './contract-hours-and-cost.js';

const data = defaultReferenceData;

describe('billableHoursOf', () => {
  it('is contractHoursAndCost(…).billableHours, to the last bit (property)', () => {
    const cohorts = data.cohorts.map((c) => c.code);
    const base = toDayNumber('2023-06-01') as number;
    fc.assert(
      fc.property(fc.constantFrom(...cohorts), fc.constantFrom('CAPP' as const, 'CPRO' as const), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: -30, max: 900 }), (code, contractType, start, length) => {
        const cohort = data.cohorts.find((c) => c.code === code)!;
        const ddc = base + start;
        const dfc = ddc + length;
        const full = contractHoursAndCost({ cohort: code, contractType, startDate: fromDayNumber(ddc), endDate: fromDayNumber(dfc) });
        expect(billableHoursOf(cohort, ddc, dfc, data)).toBe(full === null ? null : full.billableHours);
      }),
      { numRuns: 400 },
    );
  });
});
