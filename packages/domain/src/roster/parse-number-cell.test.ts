import { describe, expect, it } from 'vitest';
import { parseNumberCell } from './parse-number-cell.js';

describe('parseNumberCell', () => {
  it.each([
    [954.96, 954.96],
    [0, 0],
    ['1 234,56', 1234.56],
    ['1\u202f234,56', 1234.56],
    ['1\u00a0234,56 €', 1234.56],
    ['954,96 €', 954.96],
    ['€954.96', 954.96],
    ['1234.56', 1234.56],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1.234.567', 1_234_567],
    ['1 800 EUR', 1800],
    ['1800 euros', 1800],
    ['-12,5', -12.5],
    [' 42 ', 42],
  ])('reads %j as %d', (cell, expected) => {
    expect(parseNumberCell(cell)).toEqual({ ok: true, value: expected });
  });

  it.each(['douze', '12 €€', '1,2,3', '12abc', '--1', '.', '€', Number.NaN, Number.POSITIVE_INFINITY, true, {}])('refuses %j', (cell) => {
    expect(parseNumberCell(cell).ok).toBe(false);
  });

  it('treats empty cells as absent', () => {
    for (const cell of [null, undefined, '', ' ']) expect(parseNumberCell(cell)).toEqual({ ok: true, value: undefined });
  });
});
