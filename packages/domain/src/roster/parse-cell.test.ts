import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCell } from './parse-cell.js';
import type { RosterColumnKind } from './roster-columns.js';

const KINDS: RosterColumnKind[] = ['text', 'enum', 'date', 'boolean', 'number'];

describe('parseCell', () => {
  it('reads a cell as its column kind', () => {
    expect(parseCell('date', '01/09/2025')).toEqual({ ok: true, value: '2025-09-01' });
    expect(parseCell('boolean', 'oui')).toEqual({ ok: true, value: true });
    expect(parseCell('number', '954,96 €')).toEqual({ ok: true, value: 954.96 });
    expect(parseCell('enum', 'capp')).toEqual({ ok: true, value: 'CAPP' });
    expect(parseCell('text', ' Léa ')).toEqual({ ok: true, value: 'Léa' });
  });

  it('never throws, and an empty cell is absent for every kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.anything({ withDate: true, withBigInt: true, withNullPrototype: true, withBoxedValues: true }), (kind, cell) => {
        const parsed = parseCell(kind, cell);
        expect(typeof parsed.ok).toBe('boolean');
      }),
    );
    for (const kind of KINDS) expect(parseCell(kind, ' ')).toEqual({ ok: true, value: undefined });
  });
});
