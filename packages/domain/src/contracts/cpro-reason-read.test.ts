import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { readContractFacts } from './contract-facts.js';

// The CPRO's reason is trimmed only when it may need it (issue 15, helper h58): the same
// reason as trim gives, blank ones none.
describe('the CPRO reason read', () => {
  it('is the trimmed text, or null when blank', () => {
    for (const reason of ['OPA', ' OPA', 'OPA ', '\tOPA\n', '\u00a0OPA\u00a0', 'OPA\u2003', 'a b', '~', '!x!', '', '   ', '\u00a0', 'é', 'Oé', 'éO']) {
      const { facts } = readContractFacts({ cohort: 'M2-2025', status: 'FC', contractType: 'CPRO', cproReason: reason }, defaultReferenceData);
      expect({ reason, read: facts.cproReason }).toEqual({ reason, read: reason.trim() === '' ? null : reason.trim() });
    }
  });
});
