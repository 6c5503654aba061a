import { describe, expect, it } from 'vitest';
import { parseTextCell } from './parse-text-cell.js';

describe('parseTextCell', () => {
  it('trims text and reads numbers as their digits', () => {
    expect(parseTextCell('  Durand ')).toEqual({ ok: true, value: 'Durand' });
    expect(parseTextCell(12)).toEqual({ ok: true, value: '12' });
  });

  it('treats empty cells as absent and refuses other values', () => {
    expect(parseTextCell('  ')).toEqual({ ok: true, value: undefined });
    expect(parseTextCell(null)).toEqual({ ok: true, value: undefined });
    expect(parseTextCell(true).ok).toBe(false);
    expect(parseTextCell({}).ok).toBe(false);
  });
});
