import { describe, expect, it } from 'vitest';
import { durationOfHundredths } from './check-contract.js';

// A roster's durations are read from a list of numbers made once (issue 15, helper h58): the
// same number as the division, kept or not, first time or later.
describe('durationOfHundredths', () => {
  it('is hundredths / 100, the same number, cold and warm, inside and outside the kept range', () => {
    for (let round = 0; round < 2; round++) {
      for (const h of [0, 1, 7, 99, 100, 1008, 2399, 9_999, 10_000, 10_001, 123_456, -1]) expect(Object.is(durationOfHundredths(h), h / 100)).toBe(true);
      for (let h = 0; h < 12_000; h += 7) expect(Object.is(durationOfHundredths(h), h / 100)).toBe(true);
    }
  });
});
