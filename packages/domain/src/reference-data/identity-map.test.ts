import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdentityMap } from './identity-map.js';

describe('IdentityMap', () => {
  it('answers as a Map keyed by identity, within and past its scanned keys (property)', () => {
    const objects = Array.from({ length: 20 }, (_, i) => ({ i }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(19), fc.integer(), fc.boolean())), (steps) => {
        const map = new IdentityMap<object, number>();
        const reference = new Map<object, number>();
        for (const [k, value, write] of steps) {
          const key = objects[k] as object;
          if (write) {
            map.set(key, value);
            reference.set(key, value);
          }
          expect(map.get(key)).toBe(reference.get(key));
          expect(map.get({ i: k })).toBeUndefined();
        }
      }),
      { numRuns: 500 },
    );
  });
});
