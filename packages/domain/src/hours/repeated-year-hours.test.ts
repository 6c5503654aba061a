import { describe, expect, it } from 'vitest';
import { checkContract } from '../contracts/check-contract.js';
import { contractFigures, contractPaySchedule } from '../contracts/contract-figures.js';
import type { ContractInput } from '../contracts/contract-input.js';
import { contractHoursAndCost } from './contract-hours-and-cost.js';

// An M2 apprentice of M2-2025 repeats the M2: the contract (DFC 2026-09-04) is extended to
// 2027-09-03 and the repeated year is trained in M2-2026's calendar (§4.5).
const ORIGINAL = { cohort: 'M2-2025', contractType: 'CAPP', startDate: '2025-09-04', endDate: '2026-09-04' } as const;
const EXTENDED = { ...ORIGINAL, endDate: '2027-09-03' } as const;
const REPEATED = { cohort: 'M2-2026', programme: 'M2' } as const;

describe('contractHoursAndCost — the repeated year of an extended contract (§4.5)', () => {
  it('adds the repeated year from its cohort’s calendar, after the contract’s own last DFF', () => {
    const own = contractHoursAndCost(EXTENDED)!;
    const withRepeat = contractHoursAndCost({ ...EXTENDED, repeatedYear: REPEATED })!;
    const alone = contractHoursAndCost({ cohort: 'M2-2026', contractType: 'CAPP', startDate: '2026-09-05', endDate: '2027-09-03' })!;
    expect(withRepeat.years).toHaveLength(2);
    const repeated = withRepeat.years[1]!;
    // M2-2025 ends on 2026-09-04: M2-2026's first two days are not billed twice.
    expect(repeated).toMatchObject({ programme: 'M2', cohort: 'M2-2026', repeated: true, from: '2026-09-05', to: '2027-09-03' });
    expect(repeated.hours).toBe(alone.years[0]!.hours);
    expect(repeated.hours).toBeGreaterThan(300);
    expect(withRepeat.billableHours).toBeCloseTo(own.billableHours + repeated.hours, 2);
    expect(withRepeat.cost).toBeCloseTo(own.cost + repeated.cost, 2);
    // The own year is unchanged, and so is the cost per hour (the contract's cohort's).
    expect(withRepeat.years[0]).toEqual(own.years[0]);
    expect(withRepeat.costPerHour).toBe(own.costPerHour);
  });

  it('adds nothing without a repeated year, or when the contract ends before it', () => {
    expect(contractHoursAndCost({ ...EXTENDED, repeatedYear: null })).toEqual(contractHoursAndCost(EXTENDED));
    expect(contractHoursAndCost({ ...ORIGINAL, repeatedYear: REPEATED })).toEqual(contractHoursAndCost(ORIGINAL));
  });

  it('is null when the repeated year cannot be priced (unknown cohort or programme)', () => {
    expect(contractHoursAndCost({ ...EXTENDED, repeatedYear: { cohort: 'M2-2099', programme: 'M2' } })).toBeNull();
    expect(contractHoursAndCost({ ...EXTENDED, repeatedYear: { cohort: 'M2-2026', programme: 'L3I' } })).toBeNull();
  });
});

describe('an extended contract’s figures and pay check (ContractInput.extension)', () => {
  const input: ContractInput = { ...EXTENDED, status: 'FI', birthDate: '2002-05-10', monthlyGrossPay: 1300, extension: { from: '2026-09-05', repeatedCohort: 'M2-2026', repeatedProgramme: 'M2' } };

  it('bills the repeated year and prices the prolonged days at 61 % + 15', () => {
    const figures = contractFigures(input);
    expect(figures.billableHours).toBe(contractHoursAndCost({ ...EXTENDED, repeatedYear: REPEATED })!.billableHours);
    const schedule = contractPaySchedule(input)!;
    expect(schedule.at(-1)).toMatchObject({ from: '2026-09-05', ratePercent: 76, extension: true });
  });

  it('finds a pay that covers the original rate but not the prolonged one (PAY_BELOW_MINIMUM fires only with the extension)', () => {
    const { extension: _, ...plain } = input;
    expect(checkContract(plain).findings.map((f) => f.code)).not.toContain('PAY_BELOW_MINIMUM');
    expect(checkContract(input).findings.map((f) => f.code)).toContain('PAY_BELOW_MINIMUM');
  });
});
