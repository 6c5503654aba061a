import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { checkAgreedPay } from './check-agreed-pay.js';
import { payBelowMinimum, tryMinimumPaySchedule } from './minimum-pay-schedule.js';
import { payTables } from './pay-tables.js';

// Where a plain price never falls with the day (pay-tables.ts, plainRises) and the grid years
// rise with their steps, payBelowMinimum prices the DFC alone (issue 15, h4). Held equal to the
// schedule on the default data, where it does, and on data where a price may fall (it then
// prices every day where the price may change, as before).
function variant(edit: (data: ReferenceData) => void): ReferenceData {
  const data = structuredClone(defaultReferenceData);
  edit(data);
  return data;
}

const smicFalls = variant((d) => d.legal.smicHourly.push({ from: '2026-03-01', value: 11.5 }));
const laterGridLower = variant((d) => {
  const later = structuredClone(d.legal.apprenticeGrid[0]!.value);
  later.rates['2']!['21-25'] = 50;
  d.legal.apprenticeGrid.push({ from: '2026-02-01', value: later });
  d.legal.cproGrid.push({ from: '2026-02-01', value: { smicRates: { '<21': 60, '21-25': 80, '26+': 100 }, smcRates: { '26+': 85 } } });
});
const bracketsFall = variant((d) => {
  d.legal.apprenticeGrid[0]!.value.rates['1']!['26+'] = 40;
  d.legal.cproGrid[0]!.value.smicRates['21-25'] = 60;
});
const yearPaidLess = variant((d) => {
  d.legal.apprenticeGrid[0]!.value.rates['2']!['18-20'] = 30;
});
const stepsFall = variant((d) => {
  for (const p of d.programmes) if (p.code === 'M1') p.apprenticeGridYear = 3;
});
const anniversary = variant((d) => {
  d.settings.gridYearSwitch = 'CONTRACT_ANNIVERSARY';
});

const cases = [
  ['default reference data', defaultReferenceData, { capp: true, cpro: true }],
  ['a SMIC that falls', smicFalls, { capp: false, cpro: false }],
  ['a later grid with a lower rate', laterGridLower, { capp: false, cpro: false }],
  ['an older bracket paid less', bracketsFall, { capp: false, cpro: false }],
  ['a later grid year paid less', yearPaidLess, { capp: false, cpro: true }],
  ['an M1 in grid year 3 before an M2 in grid year 2', stepsFall, { capp: true, cpro: true }],
  ['grid years from the contract’s anniversary', anniversary, { capp: true, cpro: true }],
] as const;

const base = toDayNumber('2024-01-01') as number;

describe('payBelowMinimum from the DFC’s price alone', () => {
  for (const [name, data, rises] of cases) {
    it(`knows whether plain prices rise: ${name}`, () => {
      expect(payTables(data).plainRises).toEqual(rises);
    });

    it(`says below exactly when the schedule has a segment above the pay: ${name} (property)`, () => {
      const input = fc.record({
        cohort: fc.constantFrom(...data.cohorts.map((c) => c.code)),
        contractType: fc.constantFrom('CAPP' as const, 'CPRO' as const),
        birth: fc.integer({ min: -12_000, max: -4_000 }),
        start: fc.integer({ min: 0, max: 1_200 }),
        length: fc.integer({ min: 0, max: 1_100 }),
        // The pay: a cent around one segment's minimum (which one, by index), or any amount.
        segment: fc.nat(9),
        cents: fc.constantFrom(-1, 0, 1, null),
        pay: fc.integer({ min: 50_000, max: 260_000 }),
        smc: fc.option(fc.integer({ min: 100_000, max: 400_000 }), { nil: null, freq: 5 }),
        previousRate: fc.option(fc.integer({ min: 20, max: 100 }), { nil: null, freq: 5 }),
      });
      fc.assert(
        fc.property(input, (r) => {
          const cohort = data.cohorts.find((c) => c.code === r.cohort)!;
          const startDay = base + r.start;
          const endDay = startDay + r.length;
          const birthDay = base + r.birth;
          const smcMonthly = r.smc === null ? null : r.smc / 100;
          const schedule = tryMinimumPaySchedule(
            {
              cohort: r.cohort,
              contractType: r.contractType,
              birthDate: fromDayNumber(birthDay),
              startDate: fromDayNumber(startDay),
              endDate: fromDayNumber(endDay),
              ...(smcMonthly === null ? {} : { smcMonthly }),
              ...(r.previousRate === null ? {} : { previousRatePercent: r.previousRate }),
            },
            { referenceData: data },
          );
          const around = schedule === null || r.cents === null ? undefined : schedule[r.segment % schedule.length];
          const pay = around === undefined ? r.pay : Math.round(around.monthlyMinimumGross * 100) + (r.cents as number);
          const below = payBelowMinimum(cohort, r.contractType, birthDay, startDay, endDay, fromDayNumber(startDay), smcMonthly, r.previousRate, pay, data);
          expect(below).toBe(schedule !== null && checkAgreedPay(schedule, pay / 100) !== null);
        }),
        { numRuns: 1500 },
      );
    });
  }
});
