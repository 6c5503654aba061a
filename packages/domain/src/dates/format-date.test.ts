import { describe, expect, it } from 'vitest';
import { formatDateFr, formatEuros, formatHours } from './format-date.js';

describe('French formatting', () => {
  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDateFr('2025-09-01')).toBe('01/09/2025');
  });
  it('writes euros with a decimal comma and thin spaces between thousands', () => {
    expect(formatEuros(1801.8)).toBe('1\u202f801,80 €');
    expect(formatEuros(954.96)).toBe('954,96 €');
    expect(formatEuros(0)).toBe('0,00 €');
    expect(formatEuros(16357.81)).toBe('16\u202f357,81 €');
    expect(formatEuros(1234567.891)).toBe('1\u202f234\u202f567,89 €');
    expect(formatEuros(-5.5)).toBe('-5,50 €');
  });
  it('writes hours with a decimal comma', () => {
    expect(formatHours(6.89)).toBe('6,89 h');
    expect(formatHours(402)).toBe('402 h');
    expect(formatHours(1624.86)).toBe('1\u202f624,86 h');
    expect(formatHours(6.5)).toBe('6,5 h');
  });
});
