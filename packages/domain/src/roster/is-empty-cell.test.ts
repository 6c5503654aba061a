import { describe, expect, it } from 'vitest';
import { isEmptyCell } from './is-empty-cell.js';

describe('isEmptyCell', () => {
  it.each([null, undefined, '', ' ', '\t\n', '\u00a0', '\u202f'])('%j is empty', (cell) => {
    expect(isEmptyCell(cell)).toBe(true);
  });

  it.each(['x', ' x', 'x ', 0, false, Number.NaN, {}, []])('%j is a value', (cell) => {
    expect(isEmptyCell(cell)).toBe(false);
  });
});
