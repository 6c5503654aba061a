import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import { addJoursOuvrables } from './add-jours-ouvrables.js';
import { countJoursOuvrables } from './count-jours-ouvrables.js';
import { countJoursOuvres } from './count-jours-ouvres.js';
import { isPublicHoliday, type HolidayOptions } from './french-public-holidays.js';

const opts: HolidayOptions = { whitMondayHoliday: true };

function naiveCount(from: string, to: string, lastWeekday: 5 | 6, options: HolidayOptions): number {
  let count = 0;
  for (let d = toDayNumber(from) as number; d <= (toDayNumber(to) as number); d += 1) {
    const wd = dayOfWeek(d);
    if (wd !== 0 && wd <= lastWeekday && !isPublicHoliday(fromDayNumber(d), options)) count += 1;
  }
  return count;
}

function naiveAdd(date: string, n: number, options: HolidayOptions): string {
  let d = toDayNumber(date) as number;
  let left = Math.abs(n);
  while (left > 0) {
    d += Math.sign(n);
    const wd = dayOfWeek(d);
    if (wd !== 0 && !isPublicHoliday(fromDayNumber(d), options)) left -= 1;
  }
  return fromDayNumber(d);
}

// 2020-01-01 … 2035-12-31.
const day = fc.integer({ min: 18262, max: 24106 }).map(fromDayNumber);
const options = fc.boolean().map((whitMondayHoliday) => ({ whitMondayHoliday }));

describe('countJoursOuvrables / countJoursOuvres', () => {
  it('counts a plain week and the Ascension week of 2026', () => {
    // Monday 2026-05-04 … Sunday 2026-05-10: Friday 8 May is a holiday.
    expect(countJoursOuvrables('2026-05-04', '2026-05-10', opts)).toBe(5);
    expect(countJoursOuvres('2026-05-04', '2026-05-10', opts)).toBe(4);
    // Monday 2026-05-11 … Sunday 2026-05-17: Thursday 14 May (Ascension).
    expect(countJoursOuvrables('2026-05-11', '2026-05-17', opts)).toBe(5);
    expect(countJoursOuvrables('2025-09-01', '2025-09-07', opts)).toBe(6);
    expect(countJoursOuvres('2025-09-01', '2025-09-07', opts)).toBe(5);
  });

  it('counts single days and empty ranges', () => {
    expect(countJoursOuvrables('2025-09-06', '2025-09-06', opts)).toBe(1); // Saturday
    expect(countJoursOuvres('2025-09-06', '2025-09-06', opts)).toBe(0);
    expect(countJoursOuvrables('2025-09-07', '2025-09-07', opts)).toBe(0); // Sunday
    expect(countJoursOuvrables('2025-12-25', '2025-12-25', opts)).toBe(0); // Noël
    expect(countJoursOuvrables('2025-09-02', '2025-09-01', opts)).toBe(0);
  });

  it('follows the Whit Monday setting', () => {
    expect(countJoursOuvres('2026-05-25', '2026-05-25', { whitMondayHoliday: true })).toBe(0);
    expect(countJoursOuvres('2026-05-25', '2026-05-25', { whitMondayHoliday: false })).toBe(1);
  });

  it('does not count a holiday falling on a Saturday as ouvrable', () => {
    // 2027-05-08 is a Saturday: not ouvrable (holiday) and never ouvré (Saturday).
    expect(countJoursOuvrables('2027-05-08', '2027-05-08', opts)).toBe(0);
    expect(countJoursOuvrables('2027-05-07', '2027-05-10', opts)).toBe(2);
  });

  it('counts a whole year', () => {
    // 2026: 52 weeks + Thursday 1 Jan; 10 holidays fall Monday–Saturday (15 Aug a Saturday), 9 Monday–Friday.
    expect(countJoursOuvrables('2026-01-01', '2026-12-31', opts)).toBe(52 * 6 + 1 - 10);
    expect(countJoursOuvres('2026-01-01', '2026-12-31', opts)).toBe(52 * 5 + 1 - 9);
  });

  it('throws on an unreadable date', () => {
    expect(() => countJoursOuvrables('2025-13-01', '2025-12-01', opts)).toThrow(RangeError);
  });

  it('agrees with a day-by-day count (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -5, max: 800 }), options, (from, length, o) => {
        const to = fromDayNumber((toDayNumber(from) as number) + length);
        expect(countJoursOuvrables(from, to, o)).toBe(naiveCount(from, to, 6, o));
        expect(countJoursOuvres(from, to, o)).toBe(naiveCount(from, to, 5, o));
      }),
      { numRuns: 500 },
    );
  });
});

describe('addJoursOuvrables', () => {
  it('steps over Sundays and holidays', () => {
    expect(addJoursOuvrables('2025-09-05', 1, opts)).toBe('2025-09-06'); // Friday → Saturday
    expect(addJoursOuvrables('2025-09-06', 1, opts)).toBe('2025-09-08'); // Saturday → Monday
    expect(addJoursOuvrables('2026-05-07', 1, opts)).toBe('2026-05-09'); // over Friday 8 May
    expect(addJoursOuvrables('2025-09-08', -1, opts)).toBe('2025-09-06');
    expect(addJoursOuvrables('2025-09-07', 0, opts)).toBe('2025-09-07');
  });

  it('goes 10 jours ouvrables back from a DDC (§3.3)', () => {
    // DDC Monday 2025-09-15: the 10 ouvrables before are 2025-09-03 … 2025-09-13.
    expect(addJoursOuvrables('2025-09-15', -10, opts)).toBe('2025-09-03');
    expect(countJoursOuvrables('2025-09-03', '2025-09-14', opts)).toBe(10);
  });

  it('agrees with a day-by-day walk (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), options, (date, n, o) => {
        expect(addJoursOuvrables(date, n, o)).toBe(naiveAdd(date, n, o));
      }),
      { numRuns: 500 },
    );
  });

  it('is the inverse of the count (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), options, (date, n, o) => {
        const after = addJoursOuvrables(date, n, o);
        expect(countJoursOuvrables(fromDayNumber((toDayNumber(date) as number) + 1), after, o)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a fractional count', () => {
    expect(() => addJoursOuvrables('2025-09-01', 1.5, opts)).toThrow(RangeError);
  });
});
