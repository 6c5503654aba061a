import { describe, expect, it } from 'vitest';
import { cellAddressGroups, columnLetters, rangeAddress } from './cell-address.js';

describe('cell addresses', () => {
  it('names columns past Z', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes cells and rectangles in A1 notation', () => {
    expect(rangeAddress(0, 0)).toBe('A1');
    expect(rangeAddress(4, 2, 3, 2)).toBe('C5:D7');
  });

  it('merges consecutive rows of a column and groups under the length limit', () => {
    const cells = [{ row: 4, column: 2 }, { row: 2, column: 2 }, { row: 3, column: 2 }, { row: 9, column: 2 }, { row: 0, column: 0 }, { row: 3, column: 2 }];
    expect(cellAddressGroups(cells)).toEqual(['A1,C3:C5,C10']);
    expect(cellAddressGroups(cells, 7)).toEqual(['A1', 'C3:C5', 'C10']);
    expect(cellAddressGroups([])).toEqual([]);
  });
});
