import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv.js';

describe('readCsv', () => {
  it('keeps empty lines and ragged rows, with the line each record starts on', () => {
    const sheet = readCsv('a;b\n\n"x\ny";2\n3;4;5\n', ';');
    expect(sheet.cells).toEqual([['a', 'b'], [''], ['x\ny', '2'], ['3', '4', '5']]);
    expect(sheet.lines).toEqual([1, 2, 3, 5]);
    expect(sheet.name).toBeNull();
  });

  it('throws on an unclosed quote', () => {
    expect(() => readCsv('a;"b\n', ';')).toThrow(/Quote Not Closed/);
  });
});
