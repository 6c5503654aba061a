import { describe, expect, it } from 'vitest';
import { easterSunday } from './easter-sunday.js';

describe('easterSunday', () => {
  it('matches the published dates', () => {
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
    expect(easterSunday(2029)).toBe('2029-04-01');
    expect(easterSunday(2030)).toBe('2030-04-21');
  });

  it('handles the extreme dates of the cycle (22 March, 25 April)', () => {
    expect(easterSunday(1818)).toBe('1818-03-22');
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(1943)).toBe('1943-04-25');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });
});
