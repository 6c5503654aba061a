import { describe, expect, it } from 'vitest';
import { mapHeaders } from './map-headers.js';
import { placeResultColumns } from './place-result-columns.js';

describe('placeResultColumns', () => {
  it('appends the result columns after the last column of a sheet never checked', () => {
    const placement = placeResultColumns(mapHeaders(['Nom', 'Formation', 'Statut']), 3);
    expect([...placement.values()]).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('writes over the result columns of a sheet already checked, in either language', () => {
    const header = ['Nom', 'Formation', 'Statut', 'Check', 'Findings', 'Notes', 'Coût (€)'];
    const placement = placeResultColumns(mapHeaders(header), header.length);
    expect(Object.fromEntries(placement)).toEqual({ check: 3, findings: 4, billableHours: 7, cost: 6, unbilledHours: 8, minimumPay: 9 });
  });
});
