import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfIsoInto, monthLength } from './civil-days.js';

// dayOfIsoInto checks its ten characters in one branch and takes the month's first day and
// length from the month table (issue 15, h4): held equal to the former parse, digit by digit,
// with the day number computed by Hinnant's formula.
function formerDayOfIso(iso: unknown, out: [number, number, number]): number | null {
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const codes = [0, 1, 2, 3, 5, 6, 8, 9].map((i) => iso.charCodeAt(i) - 48);
  if (codes.some((c) => c < 0 || c > 9)) return null;
  const [y0, y1, y2, y3, m0, m1, d0, d1] = codes as [number, number, number, number, number, number, number, number];
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return null;
  out[0] = year;
  out[1] = month;
  out[2] = day;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
/** Dates of any year 0–9999, months 0–13 and days 0–32, some characters replaced by neighbours of the digits and the dash. */
const text = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.array(fc.tuple(fc.nat(9), fc.constantFrom('-', '/', '0', '9', ':', ' ', 'é', '\u0660', '𝟘')), { maxLength: 2 }))
  .map(([y, m, d, edits]) => {
    const chars = [...`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`];
    for (const [at, c] of edits) chars[at] = c;
    return chars.join('');
  });

describe('dayOfIsoInto', () => {
  it('gives the former parse’s day number and parts, and leaves the parts untouched when unreadable (property)', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ minLength: 9, maxLength: 11 }), fc.constantFrom(undefined, null, 20250901, '2025-09-01T00:00')), (value) => {
        const got: [number, number, number] = [7, 8, 9];
        const want: [number, number, number] = [7, 8, 9];
        expect(dayOfIsoInto(value, got)).toBe(formerDayOfIso(value, want));
        expect(got).toEqual(want);
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads the table’s first and last days and the years around it', () => {
    for (const iso of ['1899-12-31', '1900-01-01', '1900-02-29', '2000-02-29', '2100-02-29', '2199-12-31', '2200-01-01', '0000-02-29', '9999-12-31', '2024-02-29', '2025-02-29']) {
      const got: [number, number, number] = [7, 8, 9];
      const want: [number, number, number] = [7, 8, 9];
      expect(dayOfIsoInto(iso, got)).toBe(formerDayOfIso(iso, want));
      expect(got).toEqual(want);
    }
  });
});
