import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import type { CalendarDefinition, DayPattern, HalfDayKind } from '../reference-data/reference-data.js';
import { countHalfDays } from './count-half-days.js';
import { generateCalendar } from './generate-calendar.js';
import { HALF_DAY_KINDS, type HalfDayCounts } from './generated-calendar.js';
import { halfDayKind } from './half-day-kind.js';

const KEYS: Record<HalfDayKind, keyof HalfDayCounts> = {
  TRAINING: 'training', COMPANY: 'company', REVISION: 'revision', VACATION: 'vacation', PUBLIC_HOLIDAY: 'publicHoliday', REST: 'rest',
};

// 2024-01-01 … 2028-12-31.
const DAY_MIN = 19723;
const DAY_MAX = 21549;
const dayArb = fc.integer({ min: DAY_MIN, max: DAY_MAX });
const kindArb = fc.constantFrom(...HALF_DAY_KINDS);
const patternArb = fc.tuple(kindArb, kindArb) as fc.Arbitrary<DayPattern>;
const periodArb = fc.tuple(dayArb, fc.integer({ min: 0, max: 30 })).map(([d, n]) => ({ from: fromDayNumber(d), to: fromDayNumber(d + n) }));

const definitionArb: fc.Arbitrary<CalendarDefinition> = fc
  .record({
    start: dayArb,
    length: fc.integer({ min: 0, max: 500 }),
    weeklyPattern: fc.tuple(patternArb, patternArb, patternArb, patternArb, patternArb, patternArb, patternArb),
    blockedWeeks: fc.array(periodArb, { maxLength: 4 }),
    vacations: fc.array(periodArb, { maxLength: 4 }),
    companyFrom: fc.option(dayArb.map(fromDayNumber), { nil: null }),
    exceptions: fc.array(fc.record({ date: dayArb.map(fromDayNumber), half: fc.constantFrom('AM' as const, 'PM' as const, 'DAY' as const), kind: kindArb }), { maxLength: 30 }),
  })
  .map(({ start, length, ...rest }) => ({ code: 'P', label: 'P', from: fromDayNumber(start), to: fromDayNumber(start + length), provisional: false, ...rest }));

const options = fc.boolean().map((whitMondayHoliday) => ({ whitMondayHoliday }));

function naive(def: CalendarDefinition, cal: ReturnType<typeof generateCalendar>, from: number, to: number): HalfDayCounts {
  const counts: HalfDayCounts = { training: 0, company: 0, revision: 0, vacation: 0, publicHoliday: 0, rest: 0, total: 0, companyForAlternant: 0 };
  for (let d = from; d <= to; d += 1) {
    for (const half of ['AM', 'PM'] as const) {
      const kind = halfDayKind(cal, fromDayNumber(d), half);
      if (kind === null) continue;
      counts[KEYS[kind]] += 1;
      counts.total += 1;
      const wd = dayOfWeek(d);
      if ((kind === 'COMPANY' || kind === 'VACATION') && wd >= 1 && wd <= 5) counts.companyForAlternant += 1;
    }
  }
  return counts;
}

describe('countHalfDays', () => {
  it('counts every half-day in exactly one kind, additively (property)', () => {
    fc.assert(
      fc.property(definitionArb, options, dayArb, fc.integer({ min: -1, max: 300 }), fc.integer({ min: 0, max: 300 }), (def, o, a, ab, bc) => {
        const cal = generateCalendar(def, o);
        const b = a + ab;
        const c = b + 1 + bc;
        const whole = countHalfDays(cal, fromDayNumber(a), fromDayNumber(c));
        const left = countHalfDays(cal, fromDayNumber(a), fromDayNumber(b));
        const right = countHalfDays(cal, fromDayNumber(b + 1), fromDayNumber(c));
        const inside = Math.max(0, Math.min(c, cal.toDay) - Math.max(a, cal.fromDay) + 1);
        const sum = whole.training + whole.company + whole.revision + whole.vacation + whole.publicHoliday + whole.rest;
        expect(sum).toBe(whole.total);
        expect(whole.total).toBe(2 * inside);
        for (const key of Object.keys(whole) as (keyof HalfDayCounts)[]) expect(left[key] + right[key]).toBe(whole[key]);
        expect(whole).toEqual(naive(def, cal, a, c));
      }),
      { numRuns: 300 },
    );
  });

  it('gives zeros outside the calendar or for an inverted or unreadable range', () => {
    const cal = generateCalendar(
      { code: 'X', label: 'X', from: '2025-09-01', to: '2025-09-30', weeklyPattern: Array(7).fill(['TRAINING', 'REST']) as CalendarDefinition['weeklyPattern'], blockedWeeks: [], vacations: [], companyFrom: null, exceptions: [], provisional: false },
      { whitMondayHoliday: true },
    );
    const zero = { training: 0, company: 0, revision: 0, vacation: 0, publicHoliday: 0, rest: 0, total: 0, companyForAlternant: 0 };
    expect(countHalfDays(cal, '2025-08-01', '2025-08-31')).toEqual(zero);
    expect(countHalfDays(cal, '2025-10-01', '2025-10-31')).toEqual(zero);
    expect(countHalfDays(cal, '2025-09-10', '2025-09-09')).toEqual(zero);
    expect(countHalfDays(cal, '2025-09-31', '2025-09-30')).toEqual(zero);
    // Clamped at both ends: the first and last day count.
    expect(countHalfDays(cal, '2025-08-31', '2025-09-01')).toMatchObject({ training: 1, rest: 1, total: 2 });
    expect(countHalfDays(cal, '2025-09-30', '2025-10-01')).toMatchObject({ training: 1, rest: 1, total: 2 });
    expect(countHalfDays(cal, '2000-01-01', '2030-01-01')).toMatchObject({ training: 30, rest: 30, total: 60 });
    expect(toDayNumber(cal.to)).toBe(cal.toDay);
  });
});
