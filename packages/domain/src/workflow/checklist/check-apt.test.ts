import { describe, expect, it } from 'vitest';
import { aptInTime, checkApt } from './check-apt.js';

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

  it('fires, whatever the day, for an APT obtained on the DDC or after it — « pas détenue AVANT son début »', () => {
    const on = (aptObtainedOn: string, aptObtained: boolean | undefined = true) => checkApt({ ...capp, aptObtained, aptObtainedOn }, '2025-07-01');
    expect(on('2025-09-01')).toMatchObject({ code: 'APT_MISSING', severity: 'error', field: 'aptObtained', window: { min: null, max: '2025-08-31' } });
    expect(on('2025-09-01')?.message).toContain('obtenue le 01/09/2025, pas avant la date de début du contrat (DDC) du 01/09/2025');
    expect(on('2025-09-15')?.code).toBe('APT_MISSING');
    // Its day alone says it is held.
    expect(on('2025-09-02', undefined)?.code).toBe('APT_MISSING');
    expect(checkApt({ ...capp, contractType: 'CPRO', aptObtained: true, aptObtainedOn: '2025-09-01' })?.code).toBe('APT_MISSING');
  });

  it('does not fire for an APT obtained the day before the DDC or earlier, nor for an internship', () => {
    const after = '2025-10-01';
    expect(checkApt({ ...capp, aptObtained: true, aptObtainedOn: '2025-08-31' }, after)).toBeNull();
    expect(checkApt({ ...capp, aptObtained: undefined, aptObtainedOn: '2025-08-31' }, after)).toBeNull();
    expect(checkApt({ ...capp, aptObtained: true, aptObtainedOn: '2025-07-02' }, after)).toBeNull();
    expect(checkApt({ ...capp, contractType: 'CSTAGEALT', aptObtained: true, aptObtainedOn: '2025-09-15' }, after)).toBeNull();
    // Not held (false wins over a stray day): the usual rule, from the DDC on.
    expect(checkApt({ ...capp, aptObtained: false, aptObtainedOn: '2025-08-01' }, '2025-08-31')).toBeNull();
    expect(checkApt({ ...capp, aptObtained: false, aptObtainedOn: '2025-08-01' }, '2025-09-01')?.message).toContain('sans autorisation provisoire');
  });
});

describe('aptInTime (note 26 « détenue AVANT son début »)', () => {
  it('holds for an APT obtained the day before the DDC, not on the DDC nor after', () => {
    expect(aptInTime('2025-08-31', '2025-09-01')).toBe(true);
    expect(aptInTime('2025-09-01', '2025-09-01')).toBe(false);
    expect(aptInTime('2025-09-02', '2025-09-01')).toBe(false);
  });
});
