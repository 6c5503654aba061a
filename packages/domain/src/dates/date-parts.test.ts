import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDay, dayOfIso, dayOfIsoInto } from './civil-days.js';
import { addMonths, addMonthsToDay, addMonthsToParts, ageFromParts, ageOn, fromDayNumber, monthsBetweenDays, monthsBetweenParts, monthsBetweenPartsHundredths, toDayNumber } from './iso-date.js';

// The roster check parses its birth, start and end dates into parts once (issue 15, fourth
// pass) and the age, duration and window rules take those parts: these hold each
// parts-taking function equal to the day-number one it stands for.
const day = fc.integer({ min: -30_000, max: 60_000 });

describe('dayOfIsoInto', () => {
  it('gives the day number of dayOfIso and the parts of civilFromDay (property)', () => {
    fc.assert(
      fc.property(day, (d) => {
        const out: [number, number, number] = [0, 0, 0];
        const iso = fromDayNumber(d);
        expect(dayOfIsoInto(iso, out)).toBe(d);
        expect(out).toEqual(civilFromDay(d));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers null like dayOfIso on any text, leaving the parts as they were (property)', () => {
    const text = fc.oneof(fc.string({ minLength: 10, maxLength: 10 }), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), fc.constantFrom('2025-02-29', '2024-02-29', '2025-13-01', '2025-00-10', '0000-01-01'));
    fc.assert(
      fc.property(text, (iso) => {
        const out: [number, number, number] = [7, 8, 9];
        const got = dayOfIsoInto(iso, out);
        expect(got).toBe(dayOfIso(iso));
        if (got === null) expect(out).toEqual([7, 8, 9]);
        else expect(out).toEqual(civilFromDay(got));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parts-taking date arithmetic', () => {
  it('ageFromParts is ageOn (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40_000 }), (b, length) => {
        const [by, bm, bd] = civilFromDay(b);
        const [y, m, d] = civilFromDay(b + length);
        expect(ageFromParts(by, bm, bd, y, m, d)).toBe(ageOn(fromDayNumber(b), fromDayNumber(b + length)));
      }),
      { numRuns: 3000 },
    );
  });

  it('ageFromParts keeps the 29 February birthday on 1 March in common years', () => {
    expect(ageFromParts(2004, 2, 29, 2025, 2, 28)).toBe(20);
    expect(ageFromParts(2004, 2, 29, 2025, 3, 1)).toBe(21);
    expect(ageFromParts(2004, 2, 29, 2028, 2, 29)).toBe(24);
  });

  it('monthsBetweenParts is monthsBetweenDays for an end not before the start (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 2_000 }), (s, length) => {
        const e = s + length;
        const [sy, sm, sd] = civilFromDay(s);
        const [ey, em] = civilFromDay(e);
        expect(monthsBetweenParts(sy, sm, sd, ey, em, e)).toBe(monthsBetweenDays(s, e));
      }),
      { numRuns: 3000 },
    );
  });

  it('addMonthsToParts is addMonthsToDay and addMonths (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (d, months) => {
        const [y, m, dd] = civilFromDay(d);
        const shifted = addMonthsToParts(y, m, dd, months);
        expect(shifted).toBe(addMonthsToDay(d, months));
        expect(shifted).toBe(toDayNumber(addMonths(fromDayNumber(d), months)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('monthsBetweenPartsHundredths', () => {
  it('is Math.round(monthsBetweenDays × 100) (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 2_000 }), (s, length) => {
        const e = s + length;
        const [sy, sm, sd] = civilFromDay(s);
        const [ey, em] = civilFromDay(e);
        expect(monthsBetweenPartsHundredths(sy, sm, sd, ey, em, e)).toBe(Math.round(monthsBetweenDays(s, e) * 100));
      }),
      { numRuns: 3000 },
    );
  });
});
