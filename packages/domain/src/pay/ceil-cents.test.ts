import { describe, expect, it } from 'vitest';
import { ceilCents } from './ceil-cents.js';

describe('ceilCents', () => {
  it('rounds a fraction of a cent up', () => {
    expect(ceilCents(95495.4)).toBe(95496); // 53 % of 1 801,80 € = 954,954 € → 954,96 €
    expect(ceilCents(96620.59)).toBe(96621); // 53 % of 1 823,03 € → 966,21 €
    expect(ceilCents(0.000001)).toBe(1);
  });

  it('keeps whole cents, even when float noise lands just above them', () => {
    expect(ceilCents(117117)).toBe(117117);
    expect(ceilCents(96621.00000000001)).toBe(96621);
    expect(ceilCents((0.1 + 0.2) * 100)).toBe(30); // 30.000000000000004
    expect(ceilCents(0)).toBe(0);
  });
});
