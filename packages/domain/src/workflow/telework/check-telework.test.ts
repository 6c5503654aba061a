import { describe, expect, it } from 'vitest';
import { InputError } from '../../findings/input-error.js';
import { checkTelework } from './check-telework.js';

describe('checkTelework (§3.3.2, présentiel vs distanciel)', () => {
  it('allows exactly 25 % of company time, fires just above', () => {
    expect(checkTelework({ teleworkHalfDays: 25, companyHalfDays: 100 })).toBeNull();
    expect(checkTelework({ teleworkHalfDays: 26, companyHalfDays: 100 })).toEqual({
      code: 'TELEWORK_OVER_LIMIT',
      severity: 'warning',
      subject: 'teleworkHalfDays',
      message: 'Télétravail sur 26 demi-journée(s) en entreprise sur 100 (26 %) : pas plus de 25 %, et ponctuellement.',
      messageEn: 'Telework on 26 of 100 company half-days (26 %): at most 25 %, and only occasionally.',
      ref: '§3.3.2, présentiel vs distanciel',
    });
    // A quarter of 6 half-days (three days a week) is 1.5: 1 is fine, 2 is over.
    expect(checkTelework({ teleworkHalfDays: 1, companyHalfDays: 6 })).toBeNull();
    expect(checkTelework({ teleworkHalfDays: 2, companyHalfDays: 6 })?.message).toContain('33,3 %');
  });

  it('takes the limit as an option', () => {
    expect(checkTelework({ teleworkHalfDays: 26, companyHalfDays: 100 }, { maxShare: 0.3 })).toBeNull();
    expect(checkTelework({ teleworkHalfDays: 11, companyHalfDays: 100 }, { maxShare: 0.1 })?.code).toBe('TELEWORK_OVER_LIMIT');
  });

  it('does not fire without telework, even with no company time', () => {
    expect(checkTelework({ teleworkHalfDays: 0, companyHalfDays: 0 })).toBeNull();
  });

  it('throws on impossible counts', () => {
    expect(() => checkTelework({ teleworkHalfDays: -1, companyHalfDays: 10 })).toThrow(InputError);
    expect(() => checkTelework({ teleworkHalfDays: 1, companyHalfDays: Number.NaN })).toThrow(/companyHalfDays/);
    expect(() => checkTelework({ teleworkHalfDays: 11, companyHalfDays: 10 })).toThrow(/teleworkHalfDays/);
  });
});
