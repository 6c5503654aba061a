import { describe, expect, it } from 'vitest';
import { toSheetRows } from './export-xlsx';

describe('toSheetRows', () => {
  it('writes a header row then one row per item, empty values as blank cells', () => {
    const rows = toSheetRows(
      [
        { header: 'Nom', value: (r: { n: string; d?: string }) => r.n },
        { header: 'DDC', value: (r: { n: string; d?: string }) => r.d },
      ],
      [{ n: 'Martin', d: '01/09/2025' }, { n: 'Durand' }],
    );
    expect(rows).toEqual([
      ['Nom', 'DDC'],
      ['Martin', '01/09/2025'],
      ['Durand', null],
    ]);
  });
});
