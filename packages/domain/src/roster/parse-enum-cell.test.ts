import { describe, expect, it } from 'vitest';
import { parseEnumCell } from './parse-enum-cell.js';

describe('parseEnumCell', () => {
  it('trims and upper-cases without checking the code', () => {
    expect(parseEnumCell(' fi ')).toEqual({ ok: true, value: 'FI' });
    expect(parseEnumCell('l3i-2025')).toEqual({ ok: true, value: 'L3I-2025' });
    expect(parseEnumCell('cdi')).toEqual({ ok: true, value: 'CDI' });
  });

  it('treats empty cells as absent', () => {
    expect(parseEnumCell('')).toEqual({ ok: true, value: undefined });
  });
});
