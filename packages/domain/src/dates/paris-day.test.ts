import { describe, expect, it } from 'vitest';
import { parisDayOf } from './paris-day.js';

describe('parisDayOf', () => {
  it('is the day in Paris, not in UTC', () => {
    expect(parisDayOf(new Date('2025-08-31T22:30:00Z'))).toBe('2025-09-01');
    expect(parisDayOf(new Date('2025-12-31T22:59:00Z'))).toBe('2025-12-31');
  });
});
