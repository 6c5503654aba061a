import { describe, expect, it } from 'vitest';
import { CONTRACT_TYPES } from '../../contracts/contract-input.js';
import { isAlternanceContract } from '../../contracts/status-contract-pairs.js';
import { ALTERNANCE_CONTRACT_TYPES } from './alternance-contract-types.js';

describe('ALTERNANCE_CONTRACT_TYPES (§2.1, §4.6)', () => {
  it('lists exactly the contract types isAlternanceContract accepts: not CSTAGE nor SANS', () => {
    expect(CONTRACT_TYPES.filter((t) => isAlternanceContract(t))).toEqual([...ALTERNANCE_CONTRACT_TYPES]);
    expect(ALTERNANCE_CONTRACT_TYPES).not.toContain('CSTAGE');
  });
});
