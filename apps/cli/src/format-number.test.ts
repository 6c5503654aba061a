import { describe, expect, it } from 'vitest';
import { formatEuros, formatHours } from './format-number.js';

describe('formatHours / formatEuros', () => {
  it('writes French and English notation, and a dash for no figure', () => {
    expect(formatHours('fr', 1007.5)).toBe('1\u202f007,5 h');
    expect(formatHours('en', 1007.5)).toBe('1,007.5 h');
    expect(formatEuros('fr', 16_462)).toBe('16\u202f462,00 €');
    expect(formatEuros('en', 954.96)).toBe('€954.96');
    expect(formatHours('fr', null)).toBe('—');
    expect(formatEuros('en', null)).toBe('—');
  });
});
