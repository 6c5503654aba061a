import { describe, expect, it } from 'vitest';
import { roundHalfUp } from './round-half-up.js';

describe('roundHalfUp', () => {
  it('rounds halves up, despite binary floating point', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(1.0049, 2)).toBe(1);
    expect(roundHalfUp(151.4936, 2)).toBe(151.49);
    expect(roundHalfUp(8116, 2)).toBe(8116);
  });

  it('rounds negative halves away from zero', () => {
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
  });
});
