import { describe, expect, it } from 'vitest';
import { minimumPaySchedule } from '../pay/minimum-pay-schedule.js';
import { contractFigures, contractPaySchedule } from './contract-figures.js';

const l3iCapp = { cohort: 'L3I-2025', status: 'FI', contractType: 'CAPP', birthDate: '2003-03-10', startDate: '2025-09-01', endDate: '2026-07-03' };

describe('contractFigures', () => {
  it('gives the hours, cost and first-month minimum pay of a contract', () => {
    // 78 % of 1 801,80 € (aged 22, 3rd grid year).
    expect(contractFigures(l3iCapp)).toEqual({ billableHours: 590, cost: 8116, unbilledHours: 0, minimumPay: 1405.41 });
  });
  it('uses the SMC and the previous rate like checkContract', () => {
    expect(contractFigures({ ...l3iCapp, smcMonthly: 2000 }).minimumPay).toBe(1560);
    expect(contractFigures({ ...l3iCapp, birthDate: '2006-03-10', previousRatePercent: 78 }).minimumPay).toBe(1405.41);
  });
  it('is null where nothing can be computed, without throwing', () => {
    expect(contractFigures({ cohort: 'L3G-2025', status: 'FI', contractType: 'CSTAGE' })).toEqual({ billableHours: null, cost: null, unbilledHours: null, minimumPay: null });
    expect(contractFigures({ ...l3iCapp, startDate: '31/02/2025' }).minimumPay).toBeNull();
  });
});

describe('contractPaySchedule', () => {
  it('is the minimum pay schedule of the contract, with its SMC', () => {
    const { status: _status, ...pay } = l3iCapp;
    void _status;
    expect(contractPaySchedule({ ...l3iCapp, smcMonthly: 2000 })).toEqual(minimumPaySchedule({ ...pay, contractType: 'CAPP', smcMonthly: 2000 }));
  });
  it('carries the diploma and disability additions (§4.2.1, note 27): 78 % + 15 = 93 %, a 4th year after the 3rd', () => {
    expect(contractPaySchedule(l3iCapp)?.[0]).toMatchObject({ gridYear: 3, ratePercent: 78 });
    expect(contractPaySchedule({ ...l3iCapp, higherEducationDiploma: true })?.[0]).toMatchObject({ gridYear: 3, ratePercent: 93, monthlyMinimumGross: 1675.68 });
    expect(contractPaySchedule({ ...l3iCapp, disabilityExtraYear: true })?.[0]).toMatchObject({ gridYear: 4, ratePercent: 93 });
    expect(contractFigures({ ...l3iCapp, higherEducationDiploma: true, disabilityExtraYear: true }).minimumPay).toBe(1945.95); // 108 % of 1 801,80 = 1 945,944
  });
  it('is null for an internship or without a birth date', () => {
    expect(contractPaySchedule({ ...l3iCapp, contractType: 'CSTAGEALT' })).toBeNull();
    const { birthDate: _birthDate, ...noBirth } = l3iCapp;
    void _birthDate;
    expect(contractPaySchedule(noBirth)).toBeNull();
  });
});
