import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { trainingHoursMinimum } from './training-hours-minimum.js';

/** The rounding as first written: every share through toPrecision(12). */
function reference(contractType: 'CAPP' | 'CPRO', contractMonths: number): { minimumHours: number; maximumHours: number | null } {
  const { annualWorkHours, trainingMinimum } = defaultReferenceData.legal;
  const exact = (annualWorkHours * contractMonths) / 12;
  const ceil = (x: number): number => Math.ceil(Number(x.toPrecision(12)));
  const floor = (x: number): number => Math.floor(Number(x.toPrecision(12)));
  if (contractType === 'CAPP') return { minimumHours: ceil(exact * trainingMinimum.CAPP.minShare), maximumHours: null };
  const minimumHours = Math.max(ceil(exact * trainingMinimum.CPRO.minShare), trainingMinimum.CPRO.minHours);
  return { minimumHours, maximumHours: Math.max(floor(exact * trainingMinimum.CPRO.maxShare), minimumHours) };
}

describe('trainingHoursMinimum rounding', () => {
  it('rounds whole shares and fractional ones as toPrecision(12) does (property)', () => {
    const months = fc.oneof(fc.double({ min: 0.01, max: 48, noNaN: true }), fc.integer({ min: 1, max: 48 }), fc.integer({ min: 1, max: 4800 }).map((n) => n / 100));
    fc.assert(
      fc.property(fc.constantFrom('CAPP' as const, 'CPRO' as const), months, (contractType, contractMonths) => {
        expect(trainingHoursMinimum({ contractType, contractMonths })).toMatchObject(reference(contractType, contractMonths));
      }),
      { numRuns: 2000 },
    );
  });
});
