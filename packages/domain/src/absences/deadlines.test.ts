import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import { isPublicHoliday, type HolidayOptions } from '../holidays/french-public-holidays.js';
import { isMedicalAbsenceLate, medicalAbsenceDeadline, stoppageTransmissionDeadline } from './medical-deadline.js';
import { professionalRequestDeadline } from './professional-absence.js';

const opts: HolidayOptions = { whitMondayHoliday: true };

// The guide's words, counted one day at a time: a jour ouvrable is Monday–Saturday and not a public holiday.
function ouvrable(day: number, options: HolidayOptions): boolean {
  return dayOfWeek(day) !== 0 && !isPublicHoliday(fromDayNumber(day), options);
}

function bruteForward(date: string, n: number, options: HolidayOptions): string {
  let day = toDayNumber(date) as number;
  let counted = 0;
  while (counted < n) {
    day += 1;
    if (ouvrable(day, options)) counted += 1;
  }
  return fromDayNumber(day);
}

function bruteBackward(date: string, n: number, options: HolidayOptions): string {
  let day = toDayNumber(date) as number;
  let counted = 0;
  while (counted < n) {
    day -= 1;
    if (ouvrable(day, options)) counted += 1;
  }
  return fromDayNumber(day);
}

const from2024 = toDayNumber('2024-01-01') as number;
const to2030 = toDayNumber('2030-12-31') as number;
const anyDate = fc.integer({ min: from2024, max: to2030 }).map(fromDayNumber);
const anyOptions = fc.boolean().map((whitMondayHoliday) => ({ whitMondayHoliday }));

describe('absence deadlines agree with a day-by-day count (2024–2030)', () => {
  it('stoppage transmission: 10 jours ouvrables after the issue day (§4.3.1)', () => {
    fc.assert(fc.property(anyDate, anyOptions, (date, options) => stoppageTransmissionDeadline(date, options) === bruteForward(date, 10, options)), { numRuns: 2000 });
  });

  it('medical absence without stoppage: late the day after 10 jours ouvrables from the absence', () => {
    fc.assert(
      fc.property(anyDate, anyOptions, (date, options) => {
        const deadline = bruteForward(date, 10, options);
        const next = fromDayNumber((toDayNumber(deadline) as number) + 1);
        return medicalAbsenceDeadline(date, options) === deadline && !isMedicalAbsenceLate(date, deadline, options) && isMedicalAbsenceLate(date, next, options);
      }),
      { numRuns: 2000 },
    );
  });

  it('professional request: 10 jours ouvrables before the first day (§4.3.2)', () => {
    fc.assert(fc.property(anyDate, anyOptions, (date, options) => professionalRequestDeadline(date, options) === bruteBackward(date, 10, options)), { numRuns: 2000 });
  });

  it('every day of 2024–2030 (exhaustive, both deadlines)', () => {
    for (let day = from2024; day <= to2030; day += 1) {
      const date = fromDayNumber(day);
      expect(stoppageTransmissionDeadline(date, opts)).toBe(bruteForward(date, 10, opts));
      expect(professionalRequestDeadline(date, opts)).toBe(bruteBackward(date, 10, opts));
    }
  });

  it('skips Sundays and public holidays, counts Saturdays', () => {
    // Issued Friday 2025-10-31: Sat 1 Nov is Toussaint, Sun 2 skipped; 11 Nov (Tue) is a holiday.
    // Ouvrables: 3,4,5,6,7,8, 10, 12,13,14 → 14 November.
    expect(stoppageTransmissionDeadline('2025-10-31', opts)).toBe('2025-11-14');
  });
});
