import { describe, expect, it } from 'vitest';
import { setHalfDays } from '../calendars/edit-half-days.js';
import { withCalendars } from '../calendars/with-calendars.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { calendarHoursEffect, cohortYearsUsing } from './calendar-hours-effect.js';

const opts = { whitMondayHoliday: defaultReferenceData.settings.whitMondayHoliday };
const m1 = defaultReferenceData.calendars.find((c) => c.code === 'M1-2025')!;
// Wednesday 8 October 2025, company → training (two half-days).
const after = withCalendars(defaultReferenceData, [setHalfDays(m1, { date: '2025-10-08', half: 'AM' }, { date: '2025-10-08', half: 'PM' }, 'TRAINING', opts)]);

describe('calendarHoursEffect (§2.3, §2.5, §3.3.2)', () => {
  it('names the cohort years on a calendar', () => {
    expect(cohortYearsUsing(defaultReferenceData, 'm1-2025')).toEqual([{ cohort: 'MASTER-2025', programme: 'M1', ddf: '2025-09-01', dff: '2026-09-02' }]);
  });

  it('keeps a full-year contract’s hours (a prorata of the whole year) and moves a late start’s', () => {
    const contracts = [
      { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03' },
      { cohort: 'MASTER-2025', contractType: 'CPRO', startDate: '2025-10-06', endDate: '2027-09-03' },
      { cohort: 'M2-2025', contractType: 'CPRO', startDate: '2025-10-06', endDate: '2026-09-04' },
    ];
    const [capp, cpro] = calendarHoursEffect(defaultReferenceData, after, 'M1-2025', contracts);
    expect(capp).toMatchObject({ cohort: 'MASTER-2025', contractType: 'CAPP', contracts: 1 });
    expect(capp!.trainingHalfDaysAfter).toBe(capp!.trainingHalfDaysBefore + 2);
    expect(capp!.billableHoursAfter).toBe(capp!.billableHoursBefore);
    expect(cpro).toMatchObject({ contractType: 'CPRO', contracts: 1 });
    // The late CPRO follows both new half-days: its share of the year grows.
    expect(cpro!.billableHoursAfter).toBeGreaterThan(cpro!.billableHoursBefore);
    expect(cpro!.costAfter).toBeGreaterThan(cpro!.costBefore);
  });

  it('changes nothing when the calendar is the same', () => {
    for (const e of calendarHoursEffect(defaultReferenceData, defaultReferenceData, 'M1-2025', [{ cohort: 'MASTER-2025', contractType: 'CPRO', startDate: '2025-10-06', endDate: '2027-09-03' }])) {
      expect(e.billableHoursAfter).toBe(e.billableHoursBefore);
      expect(e.trainingHalfDaysAfter).toBe(e.trainingHalfDaysBefore);
    }
  });
});
