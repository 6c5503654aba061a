import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { checkTrainingHoursMinimum, trainingHoursMinimum } from './training-hours-minimum.js';

describe('trainingHoursMinimum', () => {
  it('asks 25 % of the work time of an apprenticeship: 402 h for 12 months of 1 607 h (§4.5)', () => {
    // 1 607 × 25 % = 401.75, rounded up as the guide does.
    expect(trainingHoursMinimum({ contractType: 'CAPP', contractMonths: 12 })).toEqual({ workHours: 1607, minimumHours: 402, maximumHours: null });
    expect(trainingHoursMinimum({ contractType: 'CAPP', contractMonths: 24 })).toEqual({ workHours: 3214, minimumHours: 804, maximumHours: null });
    expect(trainingHoursMinimum({ contractType: 'CAPP', contractMonths: 6 })).toEqual({ workHours: 803.5, minimumHours: 201, maximumHours: null });
  });

  it('asks 15 %–25 % and at least 150 h for a professionalisation contract', () => {
    // 1 607 × 15 % = 241.05 → 242; 1 607 × 25 % = 401.75 → 401.
    expect(trainingHoursMinimum({ contractType: 'CPRO', contractMonths: 12 })).toEqual({ workHours: 1607, minimumHours: 242, maximumHours: 401 });
    // 6 months: 15 % = 120.53 < 150 h.
    expect(trainingHoursMinimum({ contractType: 'CPRO', contractMonths: 6 })).toEqual({ workHours: 803.5, minimumHours: 150, maximumHours: 200 });
    // 4 months: 25 % = 133.92 < 150 h, the 150 h prevail.
    expect(trainingHoursMinimum({ contractType: 'CPRO', contractMonths: 4 })).toMatchObject({ minimumHours: 150, maximumHours: 150 });
  });

  it('reads the shares from the reference data', () => {
    const data = { ...defaultReferenceData, legal: { ...defaultReferenceData.legal, annualWorkHours: 1600 } };
    expect(trainingHoursMinimum({ contractType: 'CAPP', contractMonths: 12 }, data)).toMatchObject({ workHours: 1600, minimumHours: 400 });
  });

  it('rejects a contract length that is not a positive number', () => {
    expect(() => trainingHoursMinimum({ contractType: 'CAPP', contractMonths: 0 })).toThrow(RangeError);
    expect(() => trainingHoursMinimum({ contractType: 'CAPP', contractMonths: Number.NaN })).toThrow(RangeError);
  });
});

describe('checkTrainingHoursMinimum', () => {
  it('accepts exactly the minimum and fires one hour below (CAPP, 12 months)', () => {
    expect(checkTrainingHoursMinimum({ contractType: 'CAPP', contractMonths: 12, remainingTrainingHours: 402 })).toBeNull();
    expect(checkTrainingHoursMinimum({ contractType: 'CAPP', contractMonths: 12, remainingTrainingHours: 590 })).toBeNull();
    const finding = checkTrainingHoursMinimum({ contractType: 'CAPP', contractMonths: 12, remainingTrainingHours: 401.75 });
    expect(finding).toMatchObject({ code: 'TRAINING_HOURS_BELOW_LEGAL_MINIMUM', severity: 'error', field: 'startDate', ref: '§4.5' });
    expect(finding?.message).toContain('402 h');
    expect(finding?.message).toContain('401,75 h');
    expect(finding?.message).toContain('25 %');
    expect(finding?.messageEn).toContain('402 h');
  });

  it('applies the 150 h floor to a short CPRO', () => {
    expect(checkTrainingHoursMinimum({ contractType: 'CPRO', contractMonths: 6, remainingTrainingHours: 150 })).toBeNull();
    const finding = checkTrainingHoursMinimum({ contractType: 'CPRO', contractMonths: 6, remainingTrainingHours: 149 });
    expect(finding?.message).toContain('150 h');
    expect(finding?.messageEn).toContain('at least 150 h');
  });

  it('uses the 15 % share for a 12-month CPRO', () => {
    expect(checkTrainingHoursMinimum({ contractType: 'CPRO', contractMonths: 12, remainingTrainingHours: 242 })).toBeNull();
    expect(checkTrainingHoursMinimum({ contractType: 'CPRO', contractMonths: 12, remainingTrainingHours: 241 })?.message).toContain('242 h');
  });
});
