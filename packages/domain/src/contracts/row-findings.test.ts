import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowFindings } from './check-contract.js';
import type { Finding } from './contract-input.js';

describe('rowFindings', () => {
  // Array literals for a row's first findings (issue 15, fourth pass): the same arrays as
  // the slice they replace, new ones each time (a caller may change a row's findings).
  it('gives a new array equal to found.slice(first) (property)', () => {
    const finding = fc.record({ code: fc.string(), severity: fc.constantFrom('error' as const, 'warning' as const), message: fc.string(), messageEn: fc.string(), ref: fc.string() });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 8 }), fc.nat(8), (found: Finding[], back) => {
        const first = Math.max(0, found.length - back);
        const row = rowFindings(found, first);
        const expected = found.slice(first);
        expect(row).toEqual(expected);
        expect(row).not.toBe(found);
        expect(row.every((f, i) => f === expected[i])).toBe(true);
        expect(rowFindings(found, first)).not.toBe(row);
      }),
      { numRuns: 500 },
    );
  });
});
