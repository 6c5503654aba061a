import { describe, expect, it } from 'vitest';
import { checkApt } from './check-apt.js';

const capp = { contractType: 'CAPP', foreign: true, aptObtained: false, startDate: '2025-09-01' };

describe('checkApt (§3.4, note 26): an error only once the DDC is reached without the APT', () => {
  it('is silent before the DDC: the APT is obtained after validation, a checklist item until then', () => {
    expect(checkApt(capp, '2025-07-01')).toBeNull();
    expect(checkApt(capp, '2025-08-31')).toBeNull();
  });

  it('fires on the DDC itself and after it, for CAPP and CPRO, absent APT counting as not held', () => {
    expect(checkApt(capp, '2025-09-01')).toMatchObject({ code: 'APT_MISSING', severity: 'error', field: 'aptObtained', window: { min: null, max: '2025-08-31' } });
    expect(checkApt(capp, '2025-09-01')?.message).toContain('le contrat est caduc');
    expect(checkApt({ ...capp, contractType: 'CPRO' }, '2025-10-01')?.code).toBe('APT_MISSING');
    expect(checkApt({ ...capp, aptObtained: undefined }, '2025-09-01')?.code).toBe('APT_MISSING');
    expect(checkApt({ ...capp, aptObtained: null }, '2025-09-01')?.code).toBe('APT_MISSING');
  });

  it('does not fire once the APT is held, for a French student, or for an internship', () => {
    const after = '2025-09-02';
    expect(checkApt({ ...capp, aptObtained: true }, after)).toBeNull();
    expect(checkApt({ ...capp, foreign: false }, after)).toBeNull();
    expect(checkApt({ ...capp, foreign: null }, after)).toBeNull();
    for (const contractType of ['CSTAGEALT', 'CSTAGE', 'SANS', null, 'NOPE']) {
      expect(checkApt({ ...capp, contractType }, after)).toBeNull();
    }
  });

  it('cannot tell without today or a readable DDC, and stays silent', () => {
    expect(checkApt(capp)).toBeNull();
    expect(checkApt({ contractType: 'CAPP', foreign: true, aptObtained: false }, '2026-01-01')).toBeNull();
    expect(checkApt({ ...capp, startDate: '2025-02-30' }, '2026-01-01')).toBeNull();
  });
});
