import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { checkAgreedPay } from './check-agreed-pay.js';
import { civilFromDay } from '../dates/civil-days.js';
import { payTables } from './pay-tables.js';
import { payBelowMinimum, payBelowMinimumOfParts, tryMinimumPaySchedule } from './minimum-pay-schedule.js';

const data = defaultReferenceData;
const base = toDayNumber('2023-01-01') as number;

describe('payBelowMinimum', () => {
  // The check answers from prices memoised across rows (plain contexts) or priced per day
  // (SMC, previous rate, prolongation): either way, exactly when the schedule has a segment
  // above the pay. Run twice over the same inputs so that the second pass reads the memo.
  it('says below exactly when the schedule has a segment above the pay, memo or not (property)', () => {
    const input = fc.record({
      cohort: fc.constantFrom(...data.cohorts.map((c) => c.code)),
      contractType: fc.constantFrom('CAPP' as const, 'CPRO' as const),
      birth: fc.integer({ min: -12_000, max: -4_000 }),
      start: fc.integer({ min: 0, max: 1_500 }),
      length: fc.integer({ min: 0, max: 1_100 }),
      pay: fc.integer({ min: 0, max: 400_000 }),
      smc: fc.option(fc.integer({ min: 100_000, max: 400_000 }), { nil: null }),
      previousRate: fc.option(fc.integer({ min: 20, max: 100 }), { nil: null }),
      diploma: fc.boolean(),
      disability: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 20 }), (rows) => {
        for (let pass = 0; pass < 2; pass += 1) {
          for (const r of rows) {
            const cohort = data.cohorts.find((c) => c.code === r.cohort)!;
            const startDay = base + r.start;
            const endDay = startDay + r.length;
            const birthDay = base + r.birth;
            const startDate = fromDayNumber(startDay);
            const smcMonthly = r.smc === null ? null : r.smc / 100;
            const below = payBelowMinimum(cohort, r.contractType, birthDay, startDay, endDay, startDate, smcMonthly, r.previousRate, r.pay, data, null, r.diploma, r.disability);
            const schedule = tryMinimumPaySchedule({
              cohort: r.cohort,
              contractType: r.contractType,
              birthDate: fromDayNumber(birthDay),
              startDate,
              endDate: fromDayNumber(endDay),
              ...(smcMonthly === null ? {} : { smcMonthly }),
              ...(r.previousRate === null ? {} : { previousRatePercent: r.previousRate }),
              additions: { higherEducationDiploma: r.diploma, disabilityExtraYear: r.disability },
            });
            const expected = schedule !== null && checkAgreedPay(schedule, r.pay / 100) !== null;
            expect(below).toBe(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('payBelowMinimumOfParts', () => {
  // checkContract hands the birth date's and the DDC's parts read with the dates (issue 15,
  // fourth pass): the same answer as payBelowMinimum on the day numbers, prolongation included.
  it('answers as payBelowMinimum (property)', () => {
    const input = fc.record({
      cohort: fc.constantFrom(...data.cohorts.map((c) => c.code)),
      contractType: fc.constantFrom('CAPP' as const, 'CPRO' as const),
      birth: fc.integer({ min: -12_000, max: -4_000 }),
      start: fc.integer({ min: 0, max: 1_500 }),
      length: fc.integer({ min: 0, max: 1_100 }),
      pay: fc.integer({ min: 0, max: 400_000 }),
      smc: fc.option(fc.integer({ min: 100_000, max: 400_000 }), { nil: null }),
      previousRate: fc.option(fc.integer({ min: 20, max: 100 }), { nil: null }),
      extendedAfter: fc.option(fc.integer({ min: 1, max: 1_100 }), { nil: null }),
    });
    fc.assert(
      fc.property(input, (r) => {
        const cohort = data.cohorts.find((c) => c.code === r.cohort)!;
        const startDay = base + r.start;
        const endDay = startDay + r.length;
        const birthDay = base + r.birth;
        const extended = r.extendedAfter === null ? null : startDay + r.extendedAfter;
        const smcMonthly = r.smc === null ? null : r.smc / 100;
        const expected = payBelowMinimum(cohort, r.contractType, birthDay, startDay, endDay, fromDayNumber(startDay), smcMonthly, r.previousRate, r.pay, data, extended);
        const got = payBelowMinimumOfParts(cohort, r.contractType, civilFromDay(birthDay), startDay, civilFromDay(startDay), endDay, civilFromDay(endDay), smcMonthly, r.previousRate, r.pay, data, extended);
        expect(got).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('payBelowMinimum stopping at the first price above the pay', () => {
  // It stops early only from a DDC where no day's pricing can throw (pay-tables.ts,
  // neverThrowsFrom): with a SMIC that starts late, or a later grid missing a rate, a row
  // below the minimum on its DDC whose later day cannot be priced is still not reported,
  // exactly as the schedule (which throws) says.
  const gaps = structuredClone(defaultReferenceData);
  gaps.legal.smicHourly = gaps.legal.smicHourly.filter((s) => s.from >= '2024-11-01');
  const later = structuredClone(gaps.legal.apprenticeGrid[0]!.value);
  delete later.rates['3']!['21-25'];
  gaps.legal.apprenticeGrid.push({ from: '2026-01-01', value: later });
  gaps.legal.cproGrid.push({ from: '2026-03-01', value: { smicRates: { '<21': 70, '26+': 100 }, smcRates: {} } });
  const gapsBase = toDayNumber('2024-06-01') as number;

  it('knows from which day pricing cannot throw', () => {
    expect(payTables(defaultReferenceData).neverThrowsFrom).toEqual({ capp: toDayNumber('2024-01-01'), cpro: toDayNumber('2024-01-01') });
    expect(payTables(gaps).neverThrowsFrom).toEqual({ capp: Number.POSITIVE_INFINITY, cpro: Number.POSITIVE_INFINITY });
  });

  for (const [name, refData, from] of [
    ['default reference data', defaultReferenceData, base],
    ['reference data with gaps', gaps, gapsBase],
  ] as const) {
    it(`says below exactly when the schedule has a segment above the pay, ${name} (property)`, () => {
      const input = fc.record({
        cohort: fc.constantFrom(...refData.cohorts.map((c) => c.code)),
        contractType: fc.constantFrom('CAPP' as const, 'CPRO' as const),
        birth: fc.integer({ min: -12_000, max: -4_000 }),
        start: fc.integer({ min: 0, max: 1_000 }),
        length: fc.integer({ min: 0, max: 1_100 }),
        pay: fc.integer({ min: 0, max: 300_000 }),
        extendedAfter: fc.option(fc.integer({ min: 1, max: 1_100 }), { nil: null }),
      });
      fc.assert(
        fc.property(input, (r) => {
          const cohort = refData.cohorts.find((c) => c.code === r.cohort)!;
          const startDay = from + r.start;
          const endDay = startDay + r.length;
          const birthDay = from + r.birth;
          const extended = r.contractType === 'CAPP' && r.extendedAfter !== null && r.extendedAfter <= r.length ? startDay + r.extendedAfter : null;
          const below = payBelowMinimum(cohort, r.contractType, birthDay, startDay, endDay, fromDayNumber(startDay), null, null, r.pay, refData, extended);
          const schedule = tryMinimumPaySchedule(
            {
              cohort: r.cohort,
              contractType: r.contractType,
              birthDate: fromDayNumber(birthDay),
              startDate: fromDayNumber(startDay),
              endDate: fromDayNumber(endDay),
              ...(extended === null ? {} : { extendedFrom: fromDayNumber(extended) }),
            },
            { referenceData: refData },
          );
          expect(below).toBe(schedule !== null && checkAgreedPay(schedule, r.pay / 100) !== null);
        }),
        { numRuns: 1000 },
      );
    });
  }
});
