import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData, Settings } from '../reference-data/reference-data.js';
import { minimumPaySchedule, tryMinimumPaySchedule, type MinimumPayInput, type PaySegment } from './minimum-pay-schedule.js';
import { InputError } from '../findings/input-error.js';

/*
 * Monthly SMIC of the default data (hourly × 35 × 52 / 12, to the cent): 1 801,80 € from
 * 2024-11-01, 1 823,03 € from 2026-01-01, 1 867,02 € from 2026-06-01. Every amount below
 * is rate × that base, worked out by hand and rounded up to the cent.
 */

function withSwitch(gridYearSwitch: Settings['gridYearSwitch']): ReferenceData {
  return { ...defaultReferenceData, settings: { ...defaultReferenceData.settings, gridYearSwitch } };
}

type Row = [from: string, to: string, gridYear: PaySegment['gridYear'], bracket: string, rate: number, base: string, amount: number];

function rows(segments: PaySegment[]): Row[] {
  return segments.map((s) => [s.from, s.to, s.gridYear, s.ageBracket, s.ratePercent, s.base, s.monthlyMinimumGross]);
}

const L3I: Omit<MinimumPayInput, 'birthDate'> = { cohort: 'L3I-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2026-07-03' };
const MASTER: Omit<MinimumPayInput, 'birthDate'> = { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03' };
const L3I_CPRO: Omit<MinimumPayInput, 'birthDate'> = { ...L3I, contractType: 'CPRO' };

describe('minimumPaySchedule — apprentices (§4.2.1, Tableau 6)', () => {
  it('re-prices at each SMIC change: 53 % of 1 801,80 € = 954,954 € → 954,96 €; of 1 823,03 € → 966,21 €', () => {
    expect(rows(minimumPaySchedule({ ...MASTER, birthDate: '2003-06-15' }))).toEqual([
      ['2025-09-01', '2025-12-31', 1, '21-25', 53, 'SMIC', 954.96],
      ['2026-01-01', '2026-05-31', 1, '21-25', 53, 'SMIC', 966.21],
      ['2026-06-01', '2026-09-02', 1, '21-25', 53, 'SMIC', 989.53], // 989,5206
      ['2026-09-03', '2027-09-03', 2, '21-25', 61, 'SMIC', 1138.89], // 1 138,8822
    ]);
  });

  it('splits on the 1st of the month after the birthday that changes the bracket', () => {
    // Turns 21 on 2026-01-15: 21–25 from 2026-02-01.
    expect(rows(minimumPaySchedule({ ...L3I, birthDate: '2005-01-15' }))).toEqual([
      ['2025-09-01', '2025-12-31', 3, '18-20', 67, 'SMIC', 1207.21], // 1 207,206
      ['2026-01-01', '2026-01-31', 3, '18-20', 67, 'SMIC', 1221.44], // 1 221,4301
      ['2026-02-01', '2026-05-31', 3, '21-25', 78, 'SMIC', 1421.97], // 1 421,9634
      ['2026-06-01', '2026-07-03', 3, '21-25', 78, 'SMIC', 1456.28], // 1 456,2756
    ]);
  });

  it('for a birthday on the 1st of a month, waits for the next month', () => {
    const segments = minimumPaySchedule({ ...L3I, birthDate: '2005-02-01' });
    expect(rows(segments).slice(1, 3)).toEqual([
      ['2026-01-01', '2026-02-28', 3, '18-20', 67, 'SMIC', 1221.44],
      ['2026-03-01', '2026-05-31', 3, '21-25', 78, 'SMIC', 1421.97],
    ]);
  });

  it('for a birthday on the last day of a month, switches the next day', () => {
    const segments = minimumPaySchedule({ ...L3I, birthDate: '2005-01-31' });
    expect(rows(segments).slice(1, 3)).toEqual([
      ['2026-01-01', '2026-01-31', 3, '18-20', 67, 'SMIC', 1221.44],
      ['2026-02-01', '2026-05-31', 3, '21-25', 78, 'SMIC', 1421.97],
    ]);
  });

  it('does not split for a birthday that changes no bracket, nor for one after the DFC', () => {
    // Turns 24 in the contract: 21–25 throughout.
    expect(rows(minimumPaySchedule({ ...L3I, birthDate: '2002-05-10' })).map((r) => r[3])).toEqual(['21-25', '21-25', '21-25']);
    // Turns 21 on 2026-07-03, the DFC: the new bracket would start on 2026-08-01.
    expect(rows(minimumPaySchedule({ ...L3I, birthDate: '2005-07-03' })).map((r) => r[3])).toEqual(['18-20', '18-20', '18-20']);
    // Turned 21 on 2025-08-31: 21–25 from 2025-09-01, the DDC itself.
    expect(rows(minimumPaySchedule({ ...L3I, birthDate: '2004-08-31' })).map((r) => r[3])).toEqual(['21-25', '21-25', '21-25']);
  });

  it('turning 26 moves to 100 %, of the SMC when the branch minimum is higher', () => {
    // Turns 26 on 2026-03-10: 26+ from 2026-04-01. SMC 2 000 € is above every SMIC: no split at SMIC changes.
    expect(rows(minimumPaySchedule({ ...L3I, birthDate: '2000-03-10', smcMonthly: 2000 }))).toEqual([
      ['2025-09-01', '2026-03-31', 3, '21-25', 78, 'SMC', 1560],
      ['2026-04-01', '2026-07-03', 3, '26+', 100, 'SMC', 2000],
    ]);
    expect(rows(minimumPaySchedule({ ...L3I, birthDate: '2000-03-10' }))).toEqual([
      ['2025-09-01', '2025-12-31', 3, '21-25', 78, 'SMIC', 1405.41], // 1 405,404
      ['2026-01-01', '2026-03-31', 3, '21-25', 78, 'SMIC', 1421.97],
      ['2026-04-01', '2026-05-31', 3, '26+', 100, 'SMIC', 1823.03],
      ['2026-06-01', '2026-07-03', 3, '26+', 100, 'SMIC', 1867.02],
    ]);
  });

  it('uses the SMC only when it is higher than the SMIC, and only for the brackets marked *', () => {
    // SMC 1 850 €: above 1 823,03 € but below 1 867,02 €.
    expect(rows(minimumPaySchedule({ ...L3I, birthDate: '2000-03-10', smcMonthly: 1850 }))).toEqual([
      ['2025-09-01', '2026-03-31', 3, '21-25', 78, 'SMC', 1443],
      ['2026-04-01', '2026-05-31', 3, '26+', 100, 'SMC', 1850],
      ['2026-06-01', '2026-07-03', 3, '26+', 100, 'SMIC', 1867.02],
    ]);
    // 18–20 is a percentage of the SMIC only.
    expect(minimumPaySchedule({ ...L3I, birthDate: '2006-01-15', smcMonthly: 3000 }).every((s) => s.base === 'SMIC')).toBe(true);
  });

  it('moves a Master to the 2nd year at the M2 DDF (2026-09-03) by default', () => {
    const segments = minimumPaySchedule({ ...MASTER, birthDate: '2003-06-15' });
    expect(segments.map((s) => [s.to, s.gridYear]).slice(2)).toEqual([['2026-09-02', 1], ['2027-09-03', 2]]);
  });

  it('or on the first of the following month (setting FIRST_OF_MONTH_AFTER_M2_DDF)', () => {
    const segments = minimumPaySchedule({ ...MASTER, birthDate: '2003-06-15' }, { referenceData: withSwitch('FIRST_OF_MONTH_AFTER_M2_DDF') });
    expect(rows(segments).slice(2)).toEqual([
      ['2026-06-01', '2026-09-30', 1, '21-25', 53, 'SMIC', 989.53],
      ['2026-10-01', '2027-09-03', 2, '21-25', 61, 'SMIC', 1138.89],
    ]);
  });

  it("or on the contract's anniversary (setting CONTRACT_ANNIVERSARY, the law's rule)", () => {
    const segments = minimumPaySchedule({ ...MASTER, birthDate: '2003-06-15' }, { referenceData: withSwitch('CONTRACT_ANNIVERSARY') });
    expect(rows(segments).slice(2)).toEqual([
      ['2026-06-01', '2026-08-31', 1, '21-25', 53, 'SMIC', 989.53],
      ['2026-09-01', '2027-09-03', 2, '21-25', 61, 'SMIC', 1138.89],
    ]);
  });

  it('never lets the rate drop below the previous contract (L3I 78 % → M1 keeps 78 %)', () => {
    expect(rows(minimumPaySchedule({ ...MASTER, birthDate: '2003-06-15', previousRatePercent: 78 }))).toEqual([
      ['2025-09-01', '2025-12-31', 1, '21-25', 78, 'SMIC', 1405.41],
      ['2026-01-01', '2026-05-31', 1, '21-25', 78, 'SMIC', 1421.97],
      ['2026-06-01', '2026-09-02', 1, '21-25', 78, 'SMIC', 1456.28],
      ['2026-09-03', '2027-09-03', 2, '21-25', 78, 'SMIC', 1456.28],
    ]);
    // A lower previous rate changes nothing.
    expect(minimumPaySchedule({ ...MASTER, birthDate: '2003-06-15', previousRatePercent: 52.99 })[0]?.ratePercent).toBe(53);
  });

  it('adds 15 points per addition: 78 % + 15 = 93 %', () => {
    const diploma = minimumPaySchedule({ ...L3I, birthDate: '2002-05-10', additions: { higherEducationDiploma: true } });
    expect(rows(diploma)[0]).toEqual(['2025-09-01', '2025-12-31', 3, '21-25', 93, 'SMIC', 1675.68]); // 1 675,674
    const both = minimumPaySchedule({ ...L3I, birthDate: '2002-05-10', additions: { extension: true, higherEducationDiploma: true } });
    expect(both[0]?.ratePercent).toBe(108);
  });

  it('reports an extra year for a disability after the 3rd as grid year 4 at 78 % + 15 (note 27)', () => {
    const segments = minimumPaySchedule({ ...L3I, birthDate: '2002-05-10', additions: { disabilityExtraYear: true } });
    expect(segments.map((s) => [s.gridYear, s.ratePercent])).toEqual([[4, 93], [4, 93], [4, 93]]);
    const m1 = minimumPaySchedule({ ...MASTER, birthDate: '2003-06-15', additions: { disabilityExtraYear: true } });
    expect(m1[0]).toMatchObject({ gridYear: 1, ratePercent: 68 });
  });

  it('applies the previous-rate floor after the additions', () => {
    const input = { ...MASTER, birthDate: '2003-06-15', additions: { higherEducationDiploma: true } };
    expect(minimumPaySchedule({ ...input, previousRatePercent: 60 })[0]?.ratePercent).toBe(68); // 53 + 15 > 60
    expect(minimumPaySchedule({ ...input, previousRatePercent: 78 })[0]?.ratePercent).toBe(78);
  });

  it('pays an apprentice under 16 as 16–17', () => {
    expect(minimumPaySchedule({ ...L3I, birthDate: '2010-03-01' })[0]).toMatchObject({ ageBracket: '16-17', ratePercent: 55, monthlyMinimumGross: 990.99 }); // 990,99 exact
  });

  it('gives one segment for a one-day contract', () => {
    expect(rows(minimumPaySchedule({ ...L3I, birthDate: '2003-06-15', startDate: '2026-01-01', endDate: '2026-01-01' }))).toEqual([
      ['2026-01-01', '2026-01-01', 3, '21-25', 78, 'SMIC', 1421.97],
    ]);
  });
});

describe('minimumPaySchedule — professionalisation contracts (§4.2.2, Tableau 7)', () => {
  it('pays 65 % of the SMIC under 21 and 80 % from 21 (exact cents stay exact: 1 171,17 €)', () => {
    // Turns 21 on 2026-03-20: 21–25 from 2026-04-01.
    expect(rows(minimumPaySchedule({ ...L3I_CPRO, birthDate: '2005-03-20' }))).toEqual([
      ['2025-09-01', '2025-12-31', null, '<21', 65, 'SMIC', 1171.17],
      ['2026-01-01', '2026-03-31', null, '<21', 65, 'SMIC', 1184.97], // 1 184,9695
      ['2026-04-01', '2026-05-31', null, '21-25', 80, 'SMIC', 1458.43], // 1 458,424
      ['2026-06-01', '2026-07-03', null, '21-25', 80, 'SMIC', 1493.62], // 1 493,616
    ]);
  });

  it('from 26, pays the higher of the SMIC and 85 % of the SMC', () => {
    const born = '1995-01-01';
    // 85 % of 2 300 € = 1 955 € beats every SMIC.
    expect(rows(minimumPaySchedule({ ...L3I_CPRO, birthDate: born, smcMonthly: 2300 }))).toEqual([
      ['2025-09-01', '2026-07-03', null, '26+', 85, 'SMC', 1955],
    ]);
    // 85 % of 2 130 € = 1 810,50 €: above 1 801,80 €, below 1 823,03 €.
    expect(rows(minimumPaySchedule({ ...L3I_CPRO, birthDate: born, smcMonthly: 2130 }))).toEqual([
      ['2025-09-01', '2025-12-31', null, '26+', 85, 'SMC', 1810.5],
      ['2026-01-01', '2026-05-31', null, '26+', 100, 'SMIC', 1823.03],
      ['2026-06-01', '2026-07-03', null, '26+', 100, 'SMIC', 1867.02],
    ]);
    expect(minimumPaySchedule({ ...L3I_CPRO, birthDate: born })[0]).toMatchObject({ base: 'SMIC', ratePercent: 100, monthlyMinimumGross: 1801.8 });
  });

  it('ignores the apprentice additions, the previous-rate floor and the SMC below 26', () => {
    const segments = minimumPaySchedule({
      ...L3I_CPRO,
      birthDate: '2005-03-20',
      smcMonthly: 5000,
      previousRatePercent: 90,
      additions: { extension: true, higherEducationDiploma: true, disabilityExtraYear: true },
    });
    expect(segments[0]).toMatchObject({ gridYear: null, ageBracket: '<21', ratePercent: 65, base: 'SMIC', monthlyMinimumGross: 1171.17 });
  });
});

describe('minimumPaySchedule — bad input', () => {
  const base: MinimumPayInput = { ...L3I, birthDate: '2003-06-15' };
  const cases: [string, Partial<Record<keyof MinimumPayInput, unknown>>][] = [
    ['cohort', { cohort: 'L3X-2025' }],
    ['cohort', { cohort: 'L3G-2025' }], // no apprenticeship grid for a classic programme
    ['contractType', { contractType: 'CSTAGEALT' }],
    ['birthDate', { birthDate: '2003-02-30' }],
    ['startDate', { startDate: '01/09/2025' }],
    ['endDate', { endDate: '' }],
    ['endDate', { endDate: '2025-08-31' }],
    ['smcMonthly', { smcMonthly: -1 }],
    ['previousRatePercent', { previousRatePercent: Number.NaN }],
  ];

  it.each(cases)('throws a RangeError naming %s', (field, patch) => {
    const input = { ...base, ...patch } as MinimumPayInput;
    expect(() => minimumPaySchedule(input)).toThrow(RangeError);
    try {
      minimumPaySchedule(input);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe(field);
      expect((error as InputError).message).toContain(field);
    }
    expect(tryMinimumPaySchedule(input)).toBeNull();
  });

  it('accepts an end date equal to the start date, and a CPRO in a classic programme', () => {
    expect(tryMinimumPaySchedule({ ...base, endDate: base.startDate })).toHaveLength(1);
    expect(tryMinimumPaySchedule({ ...base, cohort: 'L3G-2025', contractType: 'CPRO' })).not.toBeNull();
  });

  it('reports a day with no SMIC in force as a RangeError (null from the non-throwing variant)', () => {
    const input = { ...base, startDate: '2023-12-31' };
    expect(() => minimumPaySchedule(input)).toThrow(/no SMIC in force on 2023-12-31/);
    expect(tryMinimumPaySchedule(input)).toBeNull();
  });
});

describe('minimumPaySchedule — properties', () => {
  const first = toDayNumber('2024-01-01') as number;
  const last = toDayNumber('2029-12-31') as number;
  const arbitraryInput = fc.record({
    cohort: fc.constantFrom('L3I-2025', 'MASTER-2025', 'M2-2025', 'M2-2026'),
    contractType: fc.constantFrom<'CAPP' | 'CPRO'>('CAPP', 'CPRO'),
    birthDay: fc.integer({ min: toDayNumber('1960-01-01') as number, max: toDayNumber('2012-12-31') as number }),
    startDay: fc.integer({ min: first, max: last }),
    length: fc.integer({ min: 0, max: 1200 }),
    smcMonthly: fc.option(fc.integer({ min: 0, max: 400_000 }).map((c) => c / 100), { nil: undefined }),
    previousRatePercent: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    extension: fc.boolean(),
    higherEducationDiploma: fc.boolean(),
    disabilityExtraYear: fc.boolean(),
    gridYearSwitch: fc.constantFrom<Settings['gridYearSwitch']>('M2_DDF', 'FIRST_OF_MONTH_AFTER_M2_DDF', 'CONTRACT_ANNIVERSARY'),
  });
  const dataBySwitch = {
    M2_DDF: defaultReferenceData,
    FIRST_OF_MONTH_AFTER_M2_DDF: withSwitch('FIRST_OF_MONTH_AFTER_M2_DDF'),
    CONTRACT_ANNIVERSARY: withSwitch('CONTRACT_ANNIVERSARY'),
  };

  type Generated = typeof arbitraryInput extends fc.Arbitrary<infer T> ? T : never;

  function toInput(a: Generated): MinimumPayInput {
    return {
      cohort: a.cohort,
      contractType: a.contractType,
      birthDate: fromDayNumber(a.birthDay),
      startDate: fromDayNumber(a.startDay),
      endDate: fromDayNumber(a.startDay + a.length),
      smcMonthly: a.smcMonthly,
      previousRatePercent: a.previousRatePercent,
      additions: { extension: a.extension, higherEducationDiploma: a.higherEducationDiploma, disabilityExtraYear: a.disabilityExtraYear },
    };
  }

  it('covers exactly [start, end] with ordered, contiguous, maximal segments', () => {
    fc.assert(
      fc.property(arbitraryInput, (a) => {
        const input = toInput(a);
        const segments = minimumPaySchedule(input, { referenceData: dataBySwitch[a.gridYearSwitch] });
        expect(segments.length).toBeGreaterThan(0);
        expect(segments[0]?.from).toBe(input.startDate);
        expect(segments[segments.length - 1]?.to).toBe(input.endDate);
        segments.forEach((s, i) => {
          expect(s.from <= s.to).toBe(true);
          const next = segments[i + 1];
          if (next) {
            expect(next.from).toBe(addDays(s.to, 1));
            const same = next.gridYear === s.gridYear && next.ageBracket === s.ageBracket && next.ratePercent === s.ratePercent && next.base === s.base && next.monthlyMinimumGross === s.monthlyMinimumGross;
            expect(same).toBe(false);
          }
          expect(Math.round(s.monthlyMinimumGross * 100)).toBeCloseTo(s.monthlyMinimumGross * 100, 6);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('prices any day alone as the segment that contains it (no state carried across days)', () => {
    fc.assert(
      fc.property(arbitraryInput, fc.double({ min: 0, max: 1, noNaN: true }), (a, where) => {
        if (a.gridYearSwitch === 'CONTRACT_ANNIVERSARY') return; // the anniversary depends on the start date
        const input = toInput(a);
        const data = dataBySwitch[a.gridYearSwitch];
        const day = fromDayNumber(a.startDay + Math.floor(where * a.length));
        const containing = minimumPaySchedule(input, { referenceData: data }).find((s) => s.from <= day && day <= s.to);
        const alone = minimumPaySchedule({ ...input, startDate: day, endDate: day }, { referenceData: data });
        expect(alone).toEqual([{ ...containing, from: day, to: day }]);
      }),
      { numRuns: 300 },
    );
  });
});
