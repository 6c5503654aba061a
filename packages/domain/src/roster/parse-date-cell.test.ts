import { describe, expect, it } from 'vitest';
import { parseDateCell } from './parse-date-cell.js';

const value = (cell: unknown): unknown => {
  const parsed = parseDateCell(cell);
  return parsed.ok ? parsed.value : 'invalid';
};

describe('parseDateCell', () => {
  it('reads Excel serials, integer or fractional', () => {
    expect(value(45_901)).toBe('2025-09-01');
    expect(value(45_901.75)).toBe('2025-09-01');
    expect(value(61)).toBe('1900-03-01');
    expect(value(60)).toBe('invalid');
  });

  it('takes the UTC calendar date of a JS Date (exceljs)', () => {
    expect(value(new Date(Date.UTC(2025, 8, 1)))).toBe('2025-09-01');
    expect(value(new Date(Date.UTC(2025, 8, 1, 23, 59)))).toBe('2025-09-01');
    expect(value(new Date(Number.NaN))).toBe('invalid');
    expect(value(new Date(8.64e15))).toBe('invalid');
  });

  it.each([
    ['01/09/2025', '2025-09-01'],
    ['1/9/2025', '2025-09-01'],
    ['01-09-2025', '2025-09-01'],
    ['01.09.2025', '2025-09-01'],
    [' 29/02/2024 ', '2024-02-29'],
    ['01/09/2025 00:00', '2025-09-01'],
    ['2025-09-01', '2025-09-01'],
    ['2025-09-01T00:00:00.000Z', '2025-09-01'],
    ['2025-09-01 08:30:00', '2025-09-01'],
  ])('reads %j as %s', (cell, expected) => {
    expect(value(cell)).toBe(expected);
  });

  it.each(['31/02/2025', '29/02/2025', '00/01/2025', '01/13/2025', '2025-02-30', '2025-13-01'])('refuses the impossible date %j', (cell) => {
    const parsed = parseDateCell(cell);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason.fr).toBe('cette date n’existe pas');
  });

  it.each(['01/09/25', '01/09-2025', 'demain', '2025/09/01', '45901', true, {}, [45_901]])('refuses %j', (cell) => {
    expect(value(cell)).toBe('invalid');
  });

  it('treats empty cells as absent', () => {
    for (const cell of [null, undefined, '', '   ']) expect(parseDateCell(cell)).toEqual({ ok: true, value: undefined });
  });
});
