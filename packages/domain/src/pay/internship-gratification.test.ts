import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData, Settings } from '../reference-data/reference-data.js';
import { checkGratification, contractGratification, defaultHoursPerDay, internshipGratification } from './internship-gratification.js';
import { InputError } from '../findings/input-error.js';

/*
 * Company days of the (provisional) M2-2025 calendar, Monday–Wednesday plus university
 * vacations, counted by hand: September 2025 from the 4th: 11; October: 15 (Mon–Wed, plus
 * Thursday 30 and Friday 31 of the Toussaint vacation); November: 11 (the 11th is a public
 * holiday); December 1–3: 3; 8–10: 3; 15: 1.
 */
const M2 = { cohort: 'M2-2025', startDate: '2025-09-04' };

function withThreshold(internshipThreshold: Settings['internshipThreshold']): ReferenceData {
  return { ...defaultReferenceData, settings: { ...defaultReferenceData.settings, internshipThreshold } };
}

describe('internshipGratification (§4.2.3)', () => {
  it('counts company days only and prices each month: 4,35 € × 7 h × 15 days = 456,75 €', () => {
    const result = internshipGratification({ ...M2, endDate: '2025-10-31' });
    expect(result).toEqual({
      fteDays: 26,
      due: false,
      months: [
        { month: '2025-09', companyDays: 11, minimum: 334.95 },
        { month: '2025-10', companyDays: 15, minimum: 456.75 },
      ],
    });
  });

  it('re-prices with the minimum in force: 4,50 € from 2026-01-01 (13 days in January: 409,50 €)', () => {
    const result = internshipGratification({ ...M2, startDate: '2026-01-01', endDate: '2026-01-31' });
    expect(result.months).toEqual([{ month: '2026-01', companyDays: 13, minimum: 409.5 }]);
  });

  it('splits a month at a new hourly minimum: 7 h × (6 days × 4,35 € + 9 days × 5 €) = 497,70 €', () => {
    const data: ReferenceData = {
      ...defaultReferenceData,
      legal: { ...defaultReferenceData.legal, internshipMinimumHourly: [...defaultReferenceData.legal.internshipMinimumHourly, { from: '2025-10-15', value: 5 }] },
    };
    const result = internshipGratification({ ...M2, startDate: '2025-10-01', endDate: '2025-10-31' }, { referenceData: data });
    expect(result.months).toEqual([{ month: '2025-10', companyDays: 15, minimum: 497.7 }]);
  });

  it('uses the hours per day of the agreement', () => {
    expect(internshipGratification({ ...M2, endDate: '2025-09-30', hoursPerDay: 8 }).months[0]?.minimum).toBe(382.8); // 4,35 × 8 × 11
  });

  it('is due above 8 weeks full-time equivalent (the guide, default): 40 days no, 41 yes', () => {
    expect(internshipGratification({ ...M2, endDate: '2025-12-03' })).toMatchObject({ fteDays: 40, due: false });
    expect(internshipGratification({ ...M2, endDate: '2025-12-07' })).toMatchObject({ fteDays: 40, due: false });
    expect(internshipGratification({ ...M2, endDate: '2025-12-08' })).toMatchObject({ fteDays: 41, due: true });
  });

  it('is due from the 309th hour under the law (LAW_2_MONTHS): 44 days of 7 h no, 45 yes', () => {
    const options = { referenceData: withThreshold('LAW_2_MONTHS') };
    expect(internshipGratification({ ...M2, endDate: '2025-12-15' }, options)).toMatchObject({ fteDays: 44, due: false });
    expect(internshipGratification({ ...M2, endDate: '2025-12-16' }, options)).toMatchObject({ fteDays: 45, due: true });
    // 8 h a day: 38 days = 304 h no, 39 days = 312 h yes.
    expect(internshipGratification({ ...M2, endDate: '2025-12-01', hoursPerDay: 8 }, options)).toMatchObject({ fteDays: 38, due: false });
    expect(internshipGratification({ ...M2, endDate: '2025-12-02', hoursPerDay: 8 }, options)).toMatchObject({ fteDays: 39, due: true });
  });

  it('uses each year’s calendar in a Master (M1 until 2026-09-02, M2 from 2026-09-03)', () => {
    const result = internshipGratification({ cohort: 'MASTER-2025', startDate: '2026-08-01', endDate: '2026-09-30' });
    // August: all 21 weekdays at the OPA (M1, from the end of April). September: Wednesday 2 (M1; the 1st is
    // the M1 defence), then Monday–Wednesday of M2 from Monday 7: 12.
    expect(result.months).toEqual([
      { month: '2026-08', companyDays: 21, minimum: 661.5 },
      { month: '2026-09', companyDays: 13, minimum: 409.5 },
    ]);
  });

  it('throws a RangeError naming the field on bad input', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['cohort', { cohort: 'NOPE' }],
      ['cohort', { cohort: 'L3G-2025' }], // no alternance calendar
      ['startDate', { startDate: '2025-13-01' }],
      ['endDate', { endDate: '2025-09-03' }],
      ['hoursPerDay', { hoursPerDay: 0 }],
    ];
    for (const [field, patch] of cases) {
      const input = { ...M2, endDate: '2025-12-31', ...patch } as Parameters<typeof internshipGratification>[0];
      expect(() => internshipGratification(input)).toThrow(InputError);
      expect(() => internshipGratification(input)).toThrow(new RegExp(`^${field}:`));
    }
  });
});

describe('checkGratification (GRATIFICATION_BELOW_MINIMUM, §4.2.3)', () => {
  // September 2025 to June 2026: 141 days; the highest month is June 2026 (22 days × 7 h × 4,50 € = 693 €).
  const year = { ...M2, endDate: '2026-06-30' };

  it('accepts the highest monthly minimum, to the cent', () => {
    expect(checkGratification({ ...year, monthlyGrossPay: 693 })).toBeNull();
  });

  it('fires one cent below it, naming the month', () => {
    const finding = checkGratification({ ...year, monthlyGrossPay: 692.99 });
    expect(finding).toMatchObject({ code: 'GRATIFICATION_BELOW_MINIMUM', severity: 'error', field: 'monthlyGrossPay', ref: '§4.2.3' });
    expect(finding?.message).toBe(
      'La gratification mensuelle convenue (692,99 €) est inférieure au minimum de 693,00 € en juin 2026 (22 jours en entreprise) ; ' +
        'le stage dure 141 jours équivalent temps complet, une gratification est due.',
    );
    expect(finding?.messageEn).toContain('below the minimum of €693.00 in 2026-06 (22 company days)');
  });

  it('names the first month below and counts the others', () => {
    const finding = checkGratification({ ...year, monthlyGrossPay: 450 });
    expect(finding?.message).toContain('minimum de 456,75 € en octobre 2025 (15 jours en entreprise), ainsi que 2 autres mois ;');
    expect(checkGratification({ ...year, monthlyGrossPay: 1000 })).toBeNull();
    expect(checkGratification({ ...year, monthlyGrossPay: 0 })?.message).toContain(`334,95 € en septembre 2025`);
  });

  it('is silent when no gratification is due (8 weeks or less), or when the input cannot be read', () => {
    expect(checkGratification({ ...M2, endDate: '2025-12-07', monthlyGrossPay: 0 })).toBeNull();
    expect(checkGratification({ ...M2, endDate: '2025-12-08', monthlyGrossPay: 0 })).not.toBeNull();
    expect(checkGratification({ ...M2, endDate: 'bad', monthlyGrossPay: 0 })).toBeNull();
    expect(checkGratification({ ...year, monthlyGrossPay: Number.NaN })).toBeNull();
  });
});

describe('defaultHoursPerDay', () => {
  it('proposes the settings\' hours for an internship and none for a contract paid by the month (§4.2)', () => {
    expect(defaultHoursPerDay('CSTAGEALT')).toBe(7);
    expect(defaultHoursPerDay('CSTAGE')).toBe(7);
    const eight = { ...defaultReferenceData, settings: { ...defaultReferenceData.settings, internshipHoursPerDay: 8 } };
    expect(defaultHoursPerDay('CSTAGEALT', eight)).toBe(8);
    for (const type of ['CAPP', 'CPRO', 'SANS', '']) expect(defaultHoursPerDay(type, eight)).toBeNull();
  });
});

describe('contractGratification (§4.2.3, §2.2)', () => {
  it('a CSTAGEALT: the alternance calendar’s company days, as internshipGratification', () => {
    expect(contractGratification({ contractType: 'CSTAGEALT', ...M2, endDate: '2025-10-31' })).toEqual({
      ...internshipGratification({ ...M2, endDate: '2025-10-31' }),
      hoursPerDay: 7,
      hourlyMinimum: 4.35,
    });
  });

  it('a classic internship (CSTAGE): every jour ouvré in company, 4,50 € × 7 h in 2026', () => {
    // M1 classic internship 2026-04-20 → 2026-08-21: April 20–30 = 9 days (none off);
    // May: 21 weekdays − 1st, 8th, 14th (Ascension), 25th (Whit Monday) = 17; June 22; July 23 − 14th = 22; August 1–21 = 15.
    const result = contractGratification({ contractType: 'CSTAGE', cohort: 'MASTER-2025', startDate: '2026-04-20', endDate: '2026-08-21' });
    expect(result?.months.map((m) => [m.month, m.companyDays, m.minimum])).toEqual([
      ['2026-04', 9, 283.5],
      ['2026-05', 17, 535.5],
      ['2026-06', 22, 693],
      ['2026-07', 22, 693],
      ['2026-08', 15, 472.5],
    ]);
    expect(result).toMatchObject({ fteDays: 85, due: true, hoursPerDay: 7, hourlyMinimum: 4.5 });
  });

  it('a classic internship of 40 jours ouvrés (8 weeks) or fewer owes nothing; one more day does', () => {
    // 2026-06-01 → 2026-07-24: June 22 + July 1–24 17 (the 14th off) = 39; to Tuesday 28 July: 41.
    expect(contractGratification({ contractType: 'CSTAGE', cohort: 'MASTER-2025', startDate: '2026-06-01', endDate: '2026-07-24' })).toMatchObject({ fteDays: 39, due: false });
    expect(contractGratification({ contractType: 'CSTAGE', cohort: 'MASTER-2025', startDate: '2026-06-01', endDate: '2026-07-28' })).toMatchObject({ fteDays: 41, due: true });
  });

  it('null for a contract, without dates, or on unreadable input', () => {
    expect(contractGratification({ contractType: 'CAPP', ...M2, endDate: '2026-08-31' })).toBeNull();
    expect(contractGratification({ contractType: 'CSTAGE', cohort: 'MASTER-2025', startDate: '2026-04-20', endDate: null })).toBeNull();
    expect(contractGratification({ contractType: 'CSTAGE', cohort: 'MASTER-2025', startDate: '2026-04-20', endDate: '2026-04-01' })).toBeNull();
    expect(contractGratification({ contractType: 'CSTAGEALT', cohort: 'NOPE', startDate: '2025-09-04', endDate: '2026-04-01' })).toBeNull();
  });
});
