import { describe, expect, it } from 'vitest';
import { smicMonthly, smicMonthlyCents } from './smic-monthly.js';

describe('smicMonthly', () => {
  it('is hourly × 35 × 52 / 12, rounded to the cent like the published monthly SMIC (domain-rules §8)', () => {
    expect(smicMonthly(11.65, 35)).toBe(1766.92); // 1 766,916…
    expect(smicMonthly(11.88, 35)).toBe(1801.8); // exact
    expect(smicMonthly(12.02, 35)).toBe(1823.03); // 1 823,033…
    expect(smicMonthly(12.31, 35)).toBe(1867.02); // 1 867,016…
  });

  it('is an integer number of cents', () => {
    expect(smicMonthlyCents(12.02, 35)).toBe(182303);
    expect(smicMonthlyCents(11.88, 39)).toBe(200772); // 11,88 × 39 × 52 / 12 = 2 007,72
  });
});
