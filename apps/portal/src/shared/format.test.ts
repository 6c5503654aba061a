import { computed } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, setFormatLocale } from './format';

describe('format', () => {
  afterEach(() => setFormatLocale('fr'));

  it('writes ISO dates the French way and leaves other text alone', () => {
    expect(formatDate('2025-09-01')).toBe('01/09/2025');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('bientôt')).toBe('bientôt');
  });

  it('writes euros with a comma and a narrow space', () => {
    expect(formatMoney(1234.5).replace(/\s/g, ' ')).toBe('1 234,50 €');
    expect(formatNumber(7.5)).toBe('7,5');
    expect(formatMoney(null)).toBe('—');
  });

  it('writes amounts, numbers and instants the British way in English, dates still day first', () => {
    setFormatLocale('en');
    expect(formatMoney(1234.5)).toBe('€1,234.50');
    expect(formatNumber(7.5)).toBe('7.5');
    expect(formatDateTime('2026-03-02T09:05:00Z')).toMatch(/^02\/03\/2026, \d{2}:\d{2}$/);
    expect(formatDate('2025-09-01')).toBe('01/09/2025');
  });

  it('redraws what was formatted when the language changes', () => {
    const pay = computed(() => formatMoney(2100));
    expect(pay.value.replace(/\s/g, ' ')).toBe('2 100,00 €');
    setFormatLocale('en');
    expect(pay.value).toBe('€2,100.00');
    setFormatLocale('fr');
    expect(pay.value.replace(/\s/g, ' ')).toBe('2 100,00 €');
  });
});
