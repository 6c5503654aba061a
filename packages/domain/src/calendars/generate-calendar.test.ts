import { describe, expect, it } from 'vitest';
import type { CalendarDefinition, DayPattern } from '../reference-data/reference-data.js';
import { countHalfDays } from './count-half-days.js';
import { generateCalendar } from './generate-calendar.js';
import { halfDayKind } from './half-day-kind.js';

const T: DayPattern = ['TRAINING', 'TRAINING'];
const C: DayPattern = ['COMPANY', 'COMPANY'];
const R: DayPattern = ['REST', 'REST'];
const SAT_AM: DayPattern = ['TRAINING', 'REST'];
const opts = { whitMondayHoliday: true };

// May 2026: Fri 1 and Fri 8 May, Thu 14 May (Ascension), Mon 25 May (Whit Monday) are holidays.
const def: CalendarDefinition = {
  code: 'TEST',
  label: 'Test',
  from: '2026-04-27',
  to: '2026-06-07',
  weeklyPattern: [R, T, T, C, C, C, SAT_AM],
  blockedWeeks: [{ from: '2026-04-27', to: '2026-05-03' }],
  vacations: [{ from: '2026-05-04', to: '2026-05-10' }],
  companyFrom: '2026-05-25',
  exceptions: [
    { date: '2026-05-12', half: 'PM', kind: 'REVISION' },
    { date: '2026-05-13', half: 'DAY', kind: 'TRAINING' },
    { date: '2026-05-14', half: 'AM', kind: 'TRAINING' },
    { date: '2026-06-08', half: 'DAY', kind: 'TRAINING' }, // after the end: ignored
  ],
  provisional: true,
};
const cal = generateCalendar(def, opts);
const kinds = (date: string): [string | null, string | null] => [halfDayKind(cal, date, 'AM'), halfDayKind(cal, date, 'PM')];

describe('generateCalendar', () => {
  it('applies the weekly pattern', () => {
    expect(kinds('2026-05-11')).toEqual(['TRAINING', 'TRAINING']); // Monday
    expect(kinds('2026-05-15')).toEqual(['COMPANY', 'COMPANY']); // Friday
    expect(kinds('2026-05-16')).toEqual(['TRAINING', 'REST']); // Saturday
    expect(kinds('2026-05-17')).toEqual(['REST', 'REST']); // Sunday
  });

  it('puts blocked weeks in training Monday–Friday, Saturday keeping its pattern', () => {
    expect(kinds('2026-04-29')).toEqual(['TRAINING', 'TRAINING']); // Wednesday, company by pattern
    expect(kinds('2026-04-30')).toEqual(['TRAINING', 'TRAINING']);
    expect(kinds('2026-05-02')).toEqual(['TRAINING', 'REST']); // Saturday
  });

  it('makes vacations VACATION on weekdays and REST on the weekend', () => {
    expect(kinds('2026-05-04')).toEqual(['VACATION', 'VACATION']); // Monday, training by pattern
    expect(kinds('2026-05-09')).toEqual(['REST', 'REST']); // Saturday
  });

  it('makes every weekday COMPANY from companyFrom, the weekend REST', () => {
    expect(kinds('2026-05-24')).toEqual(['REST', 'REST']); // the Sunday before
    expect(kinds('2026-05-26')).toEqual(['COMPANY', 'COMPANY']); // Tuesday, training by pattern
    expect(kinds('2026-05-30')).toEqual(['REST', 'REST']); // Saturday, training morning by pattern
  });

  it('lets public holidays win over blocked weeks, vacations and the end of year', () => {
    expect(kinds('2026-05-01')).toEqual(['PUBLIC_HOLIDAY', 'PUBLIC_HOLIDAY']); // in the blocked week
    expect(kinds('2026-05-08')).toEqual(['PUBLIC_HOLIDAY', 'PUBLIC_HOLIDAY']); // in the vacation
    expect(kinds('2026-05-25')).toEqual(['PUBLIC_HOLIDAY', 'PUBLIC_HOLIDAY']); // Whit Monday, after companyFrom
    const worked = generateCalendar(def, { whitMondayHoliday: false });
    expect(halfDayKind(worked, '2026-05-25', 'AM')).toBe('COMPANY');
  });

  it('applies exceptions last, even over a public holiday', () => {
    expect(kinds('2026-05-12')).toEqual(['TRAINING', 'REVISION']);
    expect(kinds('2026-05-13')).toEqual(['TRAINING', 'TRAINING']);
    expect(kinds('2026-05-14')).toEqual(['TRAINING', 'PUBLIC_HOLIDAY']);
  });

  it('covers exactly from..to', () => {
    expect(halfDayKind(cal, '2026-04-26', 'AM')).toBeNull();
    expect(halfDayKind(cal, '2026-04-27', 'AM')).toBe('TRAINING');
    expect(halfDayKind(cal, '2026-06-07', 'PM')).toBe('REST');
    expect(halfDayKind(cal, '2026-06-08', 'AM')).toBeNull();
    expect(halfDayKind(cal, 'not a date', 'AM')).toBeNull();
    expect(cal.kinds.length).toBe(2 * 42);
  });

  it('counts the company time of alternants: COMPANY and VACATION on weekdays', () => {
    // Vacation week 4–10 May: Mon–Thu VACATION (Fri 8 May holiday) → 8 half-days.
    expect(countHalfDays(cal, '2026-05-04', '2026-05-10')).toEqual({
      training: 0, company: 0, revision: 0, vacation: 8, publicHoliday: 2, rest: 4, total: 14, companyForAlternant: 8,
    });
    // Wed 13 trained by exception, Thu 14 PM a holiday: only Friday 15 is company.
    expect(countHalfDays(cal, '2026-05-11', '2026-05-17').companyForAlternant).toBe(2);
  });

  it('rejects an unreadable or inverted definition', () => {
    expect(() => generateCalendar({ ...def, to: '2026-02-30' }, opts)).toThrow(RangeError);
    expect(() => generateCalendar({ ...def, to: '2026-04-26' }, opts)).toThrow(RangeError);
    expect(() => generateCalendar({ ...def, exceptions: [{ date: '2026-05-12', half: 'AM', kind: 'NAP' as 'REST' }] }, opts)).toThrow(RangeError);
  });

  it('accepts a one-day calendar', () => {
    const one = generateCalendar({ ...def, from: '2026-05-11', to: '2026-05-11', blockedWeeks: [], vacations: [], exceptions: [] }, opts);
    expect(countHalfDays(one, '2026-01-01', '2026-12-31')).toMatchObject({ training: 2, total: 2 });
  });
});
