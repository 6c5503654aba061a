import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { InputError } from '../findings/input-error.js';
import { apprenticeSocialBenefits } from './apprentice-social-benefits.js';

const data = defaultReferenceData;
const capp = (startDate: string, endDate: string, monthlyGrossPay: number | null = null) =>
  apprenticeSocialBenefits({ contractType: 'CAPP', startDate, endDate, monthlyGrossPay }, data);

describe('apprenticeSocialBenefits (§4.2.1)', () => {
  it('concerns an apprentice only: none for a CPRO or an internship', () => {
    expect(apprenticeSocialBenefits({ contractType: 'CPRO', startDate: '2025-09-01', endDate: '2026-08-31' }, data)).toBeNull();
    expect(apprenticeSocialBenefits({ contractType: 'CSTAGEALT', startDate: '2025-09-01', endDate: '2026-08-31' }, data)).toBeNull();
  });

  it('says net = gross for a contract started before the law’s limit, not after it', () => {
    expect(capp('2024-09-02', '2025-08-31')!.netEqualsGross).toBe(true);
    expect(capp('2025-03-01', '2026-08-31')!.netEqualsGross).toBe(false);
    expect(capp('2025-09-01', '2026-08-31')!.fullExemptionUntil).toBe('2025-03-01');
  });

  it('prices the income-tax ceiling at the annual SMIC of 1 January (1 820 h), prorated by the days worked', () => {
    const b = capp('2025-09-01', '2026-08-31', 1000)!;
    expect(b.incomeTax.map((y) => y.year)).toEqual([2025, 2026]);
    const [y2025, y2026] = b.incomeTax;
    // 2025: SMIC 11,88 € on 1 January → 11,88 × 1 820 = 21 621,60 €; 122 days of 365.
    expect(y2025).toMatchObject({ from: '2025-09-01', to: '2025-12-31', smicHourly: 11.88, annualSmic: 21621.6 });
    expect(y2025!.share).toBeCloseTo(122 / 365, 10);
    expect(y2025!.ceiling).toBe(7226.95); // 21 621,60 × 122 / 365 = 7 226,945…
    expect(y2025!.agreedPay).toBe(4010.96); // 1 000 × 12 × 122 / 365 = 4 010,958…
    expect(y2025!.taxableExcess).toBe(0);
    // 2026: the June rise does not change the year's ceiling (12,02 € on 1 January); 243 days.
    expect(y2026).toMatchObject({ from: '2026-01-01', to: '2026-08-31', smicHourly: 12.02, annualSmic: 21876.4 });
    expect(y2026!.ceiling).toBe(14564.29); // 21 876,40 × 243 / 365 = 14 564,288…
  });

  it('taxes only the excess over the ceiling (« seul l’excédent est imposable »)', () => {
    const full = capp('2026-01-01', '2026-12-31', 2000)!.incomeTax[0]!;
    expect(full.share).toBe(1);
    expect(full.ceiling).toBe(21876.4);
    expect(full.agreedPay).toBe(24000);
    expect(full.taxableExcess).toBe(2123.6);
    const none = capp('2026-01-01', '2026-12-31')!.incomeTax[0]!;
    expect(none.agreedPay).toBeNull();
    expect(none.taxableExcess).toBeNull();
  });

  it('gives the family-allowance threshold, 55 % of the monthly SMIC, per SMIC in force, and whether the agreed pay stays within it', () => {
    const b = capp('2025-09-01', '2026-08-31', 1000)!;
    expect(b.familyAllowancePercent).toBe(55);
    expect(b.familyAllowance).toEqual([
      // 1 801,80 × 55 % = 990,99
      { from: '2025-09-01', to: '2025-12-31', smicHourly: 11.88, monthlyThreshold: 990.99, agreedWithin: false },
      // 1 823,03 × 55 % = 1 002,6665 → 1 002,67
      { from: '2026-01-01', to: '2026-05-31', smicHourly: 12.02, monthlyThreshold: 1002.67, agreedWithin: true },
      // 1 867,02 × 55 % = 1 026,861 → 1 026,86
      { from: '2026-06-01', to: '2026-08-31', smicHourly: 12.31, monthlyThreshold: 1026.86, agreedWithin: true },
    ]);
    expect(capp('2026-01-01', '2026-03-31')!.familyAllowance).toEqual([{ from: '2026-01-01', to: '2026-03-31', smicHourly: 12.02, monthlyThreshold: 1002.67, agreedWithin: null }]);
  });

  it('keeps a pay exactly at the threshold within it', () => {
    expect(capp('2026-01-01', '2026-03-31', 1002.67)!.familyAllowance[0]!.agreedWithin).toBe(true);
    expect(capp('2026-01-01', '2026-03-31', 1002.68)!.familyAllowance[0]!.agreedWithin).toBe(false);
  });

  it('refuses bad input naming the field', () => {
    expect(() => capp('2026-13-01', '2026-12-31')).toThrow(InputError);
    expect(() => capp('2026-09-01', '2026-08-31')).toThrow(/DFC/);
    expect(() => capp('2026-01-01', '2026-03-31', -1)).toThrow(/not an amount/);
  });
});
