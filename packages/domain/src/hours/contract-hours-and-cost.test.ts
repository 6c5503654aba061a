import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { contractHoursAndCost } from './contract-hours-and-cost.js';
import { roundHalfUp } from './round-half-up.js';

describe('contractHoursAndCost', () => {
  it('bills the whole L3I to a contract covering its training (590 h, 8 116 €)', () => {
    const result = contractHoursAndCost({ cohort: 'L3I-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2026-07-03' });
    expect(result).toMatchObject({ billableHours: 590, cost: 8116, unbilledHours: 0, unbilledCost: 0, costPerHour: 13.76 });
    expect(result?.years).toHaveLength(1);
    expect(result?.years[0]).toMatchObject({ programme: 'L3I', from: '2025-09-01', to: '2026-07-03', hours: 590, cost: 8116 });
    expect(result?.years[0]?.trainingHalfDays).toBe(result?.years[0]?.totalTrainingHalfDays);
  });

  it('bills both years of the Master (544 + 512 h, 2 × 8 231 €)', () => {
    const result = contractHoursAndCost({ cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03' });
    expect(result).toMatchObject({ billableHours: 1056, cost: 16462, unbilledHours: 0, unbilledCost: 0 });
    expect(result?.years.map((y) => [y.programme, y.from, y.to, y.hours, y.cost])).toEqual([
      ['M1', '2025-09-01', '2026-09-02', 544, 8231],
      ['M2', '2026-09-03', '2027-09-03', 512, 8231],
    ]);
  });

  it('bills nothing extra for a contract starting before the DDF or ending after the DFF', () => {
    const result = contractHoursAndCost({ cohort: 'L3I-2025', contractType: 'CPRO', startDate: '2025-07-01', endDate: '2026-09-03' });
    expect(result).toMatchObject({ billableHours: 590, cost: 8116, unbilledHours: 0, unbilledCost: 0 });
    expect(result?.years[0]).toMatchObject({ from: '2025-09-01', to: '2026-07-03' });
  });

  it('does not bill the 4 training weeks before a CPRO starting 4 weeks late in M1 (§3.3.2 remark)', () => {
    const result = contractHoursAndCost({ cohort: 'MASTER-2025', contractType: 'CPRO', startDate: '2025-09-29', endDate: '2027-09-03' });
    const m1 = result?.years[0];
    const total = m1?.totalTrainingHalfDays ?? 0;
    // 1–28 September 2025: 4 weeks fully in training, 44 half-days (Saturday afternoons off).
    expect(m1?.trainingHalfDays).toBe(total - 44);
    expect(result?.unbilledHours).toBe(roundHalfUp((544 * 44) / total, 2));
    expect(result?.unbilledCost).toBe(roundHalfUp((8231 * 44) / total, 2));
    expect(roundHalfUp((m1?.hours ?? 0) + (result?.unbilledHours ?? 0), 2)).toBe(544);
    expect(result?.years[1]).toMatchObject({ hours: 512, cost: 8231 });
  });

  it('starts losing hours the day after the DDF, not on it', () => {
    const onDdf = contractHoursAndCost({ cohort: 'MASTER-2025', contractType: 'CPRO', startDate: '2025-09-01', endDate: '2027-09-03' });
    const dayAfter = contractHoursAndCost({ cohort: 'MASTER-2025', contractType: 'CPRO', startDate: '2025-09-02', endDate: '2027-09-03' });
    expect(onDdf?.unbilledHours).toBe(0);
    const total = dayAfter?.years[0]?.totalTrainingHalfDays ?? 0;
    expect(dayAfter?.unbilledHours).toBe(roundHalfUp((544 * 2) / total, 2)); // Monday 1 September
  });

  it('prorates a contract ending early to its training half-days', () => {
    const result = contractHoursAndCost({ cohort: 'M2-2025', contractType: 'CAPP', startDate: '2025-09-04', endDate: '2025-09-06' });
    const total = result?.years[0]?.totalTrainingHalfDays ?? 0;
    // Thursday, Friday and Saturday morning of the first week.
    expect(result?.years[0]?.trainingHalfDays).toBe(5);
    expect(result?.billableHours).toBe(roundHalfUp((512 * 5) / total, 2));
    expect(result?.cost).toBe(roundHalfUp((8231 * 5) / total, 2));
  });

  it('lists only the years the contract overlaps', () => {
    const result = contractHoursAndCost({ cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2026-09-02' });
    expect(result?.years.map((y) => y.programme)).toEqual(['M1']);
    expect(result).toMatchObject({ billableHours: 544, cost: 8231 });
  });

  it('prices a contract by the rates in force at its cohort’s DDF (§2.5)', () => {
    const data: ReferenceData = {
      ...defaultReferenceData,
      programmes: defaultReferenceData.programmes.map((p) =>
        p.code === 'M2' ? { ...p, rates: [...p.rates, { from: '2026-09-01', value: { trainingHours: 500, teachingHours: 430, annualCost: { CAPP: 9000, CPRO: 9000 } } }] } : p,
      ),
    };
    const master = contractHoursAndCost({ cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03' }, { referenceData: data });
    expect(master?.years[1]).toMatchObject({ hours: 512, cost: 8231 });
    const m2 = contractHoursAndCost({ cohort: 'M2-2026', contractType: 'CAPP', startDate: '2026-09-03', endDate: '2027-09-03' }, { referenceData: data });
    expect(m2).toMatchObject({ billableHours: 500, cost: 9000, costPerHour: 18 });
  });

  it('returns null when nothing is billed to an OPCO or the input is unusable', () => {
    const ok = { cohort: 'L3I-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2026-07-03' };
    expect(contractHoursAndCost({ ...ok, contractType: 'CSTAGEALT' })).toBeNull();
    expect(contractHoursAndCost({ ...ok, contractType: 'SANS' })).toBeNull();
    expect(contractHoursAndCost({ ...ok, contractType: ' capp ' })).not.toBeNull();
    expect(contractHoursAndCost({ ...ok, cohort: 'L3X-2025' })).toBeNull();
    expect(contractHoursAndCost({ ...ok, cohort: 'L3G-2025' })).toBeNull(); // no alternance calendar
    expect(contractHoursAndCost({ ...ok, startDate: '2025-02-30' })).toBeNull();
    expect(contractHoursAndCost({ ...ok, endDate: '2025-08-31' })).toBeNull(); // DFC < DDC
  });
});
