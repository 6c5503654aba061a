import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';
import { livretPeriods } from './livret-periods.js';

const m2 = {
  trainingStart: '2025-09-04',
  finalDefence: '2026-09-04',
  defaults: { firstVisit: '2026-02-13', secondVisit: '2026-06-12' },
};

describe('livretPeriods (§4.7)', () => {
  it('uses the programme defaults until the alternant’s own visits are known', () => {
    expect(livretPeriods(m2)).toEqual([
      { number: 1, from: '2025-09-04', to: '2026-02-13', usesDefault: true },
      { number: 2, from: '2026-02-14', to: '2026-06-12', usesDefault: true },
      { number: 3, from: '2026-06-13', to: '2026-09-04', usesDefault: false },
    ]);
  });

  it('gives each alternant their own dates from their own visits', () => {
    const periods = livretPeriods({ ...m2, firstVisit: '2026-01-20', secondVisit: '2026-05-05' });
    expect(periods.map((p) => [p.from, p.to, p.usesDefault])).toEqual([
      ['2025-09-04', '2026-01-20', false],
      ['2026-01-21', '2026-05-05', false],
      ['2026-05-06', '2026-09-04', false],
    ]);
    expect(livretPeriods({ ...m2, firstVisit: '2026-01-20', secondVisit: null })[1]).toEqual({ number: 2, from: '2026-01-21', to: '2026-06-12', usesDefault: true });
  });

  it('rejects dates out of order at the exact boundary, naming the field', () => {
    expect(livretPeriods({ ...m2, firstVisit: '2025-09-04' })[0]).toMatchObject({ from: '2025-09-04', to: '2025-09-04' });
    expect(() => livretPeriods({ ...m2, firstVisit: '2025-09-03' })).toThrow(/^firstVisit/);
    expect(livretPeriods({ ...m2, firstVisit: '2026-06-11' })[1]).toMatchObject({ from: '2026-06-12', to: '2026-06-12' });
    expect(() => livretPeriods({ ...m2, firstVisit: '2026-06-12' })).toThrow(/^defaults\.secondVisit/);
    expect(() => livretPeriods({ ...m2, finalDefence: '2026-06-12' })).toThrow(/^finalDefence/);
    expect(() => livretPeriods({ ...m2, secondVisit: '2026-13-01' })).toThrow(InputError);
  });

  it('always partitions the year: consecutive, non-empty periods from the training start to the defence', () => {
    const start = toDayNumber('2025-09-01') as number;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 150 }), (a, b, c) => {
        const [p1, p2, p3] = livretPeriods({
          trainingStart: fromDayNumber(start),
          firstVisit: fromDayNumber(start + a),
          secondVisit: fromDayNumber(start + a + b),
          finalDefence: fromDayNumber(start + a + b + c),
          defaults: { firstVisit: '2026-02-13', secondVisit: '2026-06-12' },
        });
        return (
          p1.from === fromDayNumber(start) &&
          p2.from === addDays(p1.to, 1) &&
          p3.from === addDays(p2.to, 1) &&
          p3.to === fromDayNumber(start + a + b + c) &&
          [p1, p2, p3].every((p) => p.from <= p.to)
        );
      }),
    );
  });
});
