import { describe, expect, it } from 'vitest';
import { cproAgeBracket } from './cpro-age-bracket.js';

describe('cproAgeBracket (Tableau 7)', () => {
  it('places CPRO alternants', () => {
    expect([16, 20, 21, 25, 26, 45].map(cproAgeBracket)).toEqual(['<21', '<21', '21-25', '21-25', '26+', '26+']);
  });
});
