import { roundHalfUp } from '../hours/round-half-up.js';

/**
 * Monthly gross SMIC for full time, in cents: hourly × weekly hours × 52 / 12 (§4.2.1:
 * 35 h × 52 / 12 = 151,67 h a month), computed from the hourly rate rather than × 151.67
 * and rounded to the nearest cent like the published monthly SMIC (11,88 € → 1 801,80 €,
 * 12,02 € → 1 823,03 €).
 */
export function smicMonthlyCents(hourly: number, weeklyHours: number): number {
  return Math.round(roundHalfUp((hourly * weeklyHours * 52) / 12, 2) * 100);
}

/** {@link smicMonthlyCents} in euros. */
export function smicMonthly(hourly: number, weeklyHours: number): number {
  return smicMonthlyCents(hourly, weeklyHours) / 100;
}
