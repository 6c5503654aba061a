import { describe, expect, it } from 'vitest';
import { CONTRACT_TYPES } from '../contracts/contract-input.js';
import { isPartner, PARTNER_CODES, PARTNERS, partnerContractTypes } from './partners.js';

describe('partners (§3.1, §6.2)', () => {
  it('gives apprenticeships to the CFA and professionalisation contracts to the SFCA, never both', () => {
    expect(partnerContractTypes('cfa')).toEqual(['CAPP']);
    expect(partnerContractTypes('sfca')).toEqual(['CPRO']);
    expect(partnerContractTypes(null)).toBeNull();
    const carried = PARTNER_CODES.flatMap((p) => PARTNERS[p].contractTypes);
    expect(new Set(carried).size).toBe(carried.length);
    for (const type of carried) expect(CONTRACT_TYPES).toContain(type);
  });

  it('recognises partner codes only', () => {
    expect(isPartner('cfa')).toBe(true);
    expect(isPartner('CFA')).toBe(false);
    expect(isPartner('toString')).toBe(false);
    expect(isPartner(null)).toBe(false);
  });
});
