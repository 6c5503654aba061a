import { describe, expect, it } from 'vitest';
import { checkApt } from './check-apt.js';

const capp = { contractType: 'CAPP', foreign: true, aptObtained: false, startDate: '2025-09-01' };

describe('checkApt (§3.4, note 26)', () => {
  it('fires for a foreign student under contract (CAPP, CPRO) without APT', () => {
    expect(checkApt(capp)).toMatchObject({ code: 'APT_MISSING', severity: 'error', field: 'aptObtained', window: { min: null, max: '2025-08-31' } });
    expect(checkApt({ ...capp, contractType: 'CPRO' })?.code).toBe('APT_MISSING');
    expect(checkApt({ ...capp, aptObtained: undefined })?.code).toBe('APT_MISSING');
    expect(checkApt({ ...capp, aptObtained: null })?.code).toBe('APT_MISSING');
  });

  it('does not fire once the APT is held, for a French student, or for an internship', () => {
    expect(checkApt({ ...capp, aptObtained: true })).toBeNull();
    expect(checkApt({ ...capp, foreign: false })).toBeNull();
    expect(checkApt({ ...capp, foreign: null })).toBeNull();
    for (const contractType of ['CSTAGEALT', 'CSTAGE', 'SANS', null, 'NOPE']) {
      expect(checkApt({ ...capp, contractType })).toBeNull();
    }
  });

  it('says the contract is void from the DDC on, and asks for it by the eve before', () => {
    expect(checkApt(capp, '2025-08-31')?.message).toContain('au plus tard le 31/08/2025');
    expect(checkApt(capp, '2025-09-01')?.message).toContain('le contrat est caduc');
    expect(checkApt(capp, '2025-09-01')?.message).not.toContain('au plus tard');
  });

  it('works without a readable DDC (per-row use by checkContract)', () => {
    expect(checkApt({ contractType: 'CAPP', foreign: true, aptObtained: false })).toMatchObject({ code: 'APT_MISSING' });
    expect(checkApt({ ...capp, startDate: '2025-02-30' })?.window).toBeUndefined();
  });
});
