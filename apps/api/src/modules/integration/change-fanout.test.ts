import { describe, expect, it } from 'vitest';
import { contractIdsByType } from './change-fanout.js';

describe('contractIdsByType (one feed line per contract type)', () => {
  const capp = { id: 'c1', contractType: 'CAPP' };
  const cpro = { id: 'c2', contractType: 'CPRO' };
  const cpro2 = { id: 'c3', contractType: 'CPRO' };

  it('lists each type’s affected contracts, and keeps a concerned type with none affected', () => {
    expect([...contractIdsByType([capp, cpro, cpro2], [cpro2, cpro2])]).toEqual([
      ['CAPP', []],
      ['CPRO', ['c3']],
    ]);
  });

  it('no contract concerned: one office-only line', () => {
    expect([...contractIdsByType([], [])]).toEqual([[null, []]]);
  });
});
