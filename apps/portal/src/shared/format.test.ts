import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format';

describe('format', () => {
  it('writes ISO dates the French way and leaves other text alone', () => {
    expect(formatDate('2025-09-01')).toBe('01/09/2025');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('bientôt')).toBe('bientôt');
  });

  it('writes euros with a comma and a narrow space', () => {
    expect(formatMoney(1234.5).replace(/\s/g, ' ')).toBe('1 234,50 €');
    expect(formatMoney(null)).toBe('—');
  });
});
