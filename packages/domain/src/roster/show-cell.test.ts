import { describe, expect, it } from 'vitest';
import { showCell } from './show-cell.js';

describe('showCell', () => {
  it('shows values as a user would recognise them', () => {
    expect(showCell('31/02/2025')).toBe('31/02/2025');
    expect(showCell(45_901)).toBe('45901');
    expect(showCell(true)).toBe('true');
    expect(showCell(new Date(Date.UTC(2025, 8, 1)))).toBe('2025-09-01T00:00:00.000Z');
    expect(showCell({ a: 1 })).toBe('{"a":1}');
  });

  it('shortens long text and never throws', () => {
    expect(showCell('x'.repeat(100))).toHaveLength(60);
    expect(showCell(Object.create(null))).toBe('{}');
    expect(showCell(Symbol('s'))).toBe('Symbol(s)');
    expect(showCell({ big: 1n })).toBe('[object Object]');
  });
});
