import { describe, expect, it } from 'vitest';
import { RULES } from '../findings/rule-catalogue.js';
import { extensionProgramme } from './extension-programme.js';

const L3I = [{ programme: 'L3I', ddf: '2025-09-01', dff: '2026-06-30' }];
const MASTER = [
  { programme: 'M1', ddf: '2025-09-01', dff: '2026-06-30' },
  { programme: 'M2', ddf: '2026-09-01', dff: '2027-06-30' },
];

describe('extensionProgramme (§4.5): the repeated year comes from the contract, not from the user', () => {
  it('derives it from the contract’s cohort year in progress, or the last begun, or the first', () => {
    expect(extensionProgramme({ contractYears: L3I, on: '2026-07-01' })).toEqual({ programme: 'L3I', findings: [] });
    expect(extensionProgramme({ contractYears: MASTER, on: '2026-01-15' }).programme).toBe('M1');
    // Between the M1's end and the M2's start (the year closure's time): the M1 just followed.
    expect(extensionProgramme({ contractYears: MASTER, on: '2026-07-10' }).programme).toBe('M1');
    expect(extensionProgramme({ contractYears: MASTER, on: '2027-07-10' }).programme).toBe('M2');
    expect(extensionProgramme({ contractYears: MASTER, on: '2025-08-01' }).programme).toBe('M1');
    expect(extensionProgramme({ contractYears: [], on: '2026-07-01' })).toEqual({ programme: null, findings: [] });
  });

  it('prefers the year the closure recorded as repeated, when it is one of the contract’s', () => {
    expect(extensionProgramme({ contractYears: MASTER, on: '2027-07-10', recordedRepeat: 'M1' }).programme).toBe('M1');
    expect(extensionProgramme({ contractYears: MASTER, on: '2027-07-10', recordedRepeat: 'L3I' }).programme).toBe('M2');
  });

  it('fires EXTENSION_PROGRAMME_MISMATCH when the user typed another year (an M1 passed off as L3I), not when it is the same', () => {
    const { findings } = extensionProgramme({ contractYears: MASTER, on: '2026-07-10', typedProgramme: 'L3I' });
    expect(findings).toMatchObject([{ code: 'EXTENSION_PROGRAMME_MISMATCH', severity: 'error', ref: RULES.EXTENSION_PROGRAMME_MISMATCH.ref, subject: 'extension.programme' }]);
    expect(findings[0]!.message).toContain('M1');
    expect(extensionProgramme({ contractYears: MASTER, on: '2026-07-10', typedProgramme: 'm1' }).findings).toEqual([]);
    expect(extensionProgramme({ contractYears: MASTER, on: '2026-07-10', typedProgramme: null }).findings).toEqual([]);
  });

  it('fires EXTENSION_COHORT_MISMATCH when the repeated year’s cohort has no year of that programme', () => {
    const wrong = extensionProgramme({ contractYears: L3I, on: '2026-07-01', repeatedCohort: { code: 'M2-2026', programmes: ['M2'] } });
    expect(wrong.findings).toMatchObject([{ code: 'EXTENSION_COHORT_MISMATCH', severity: 'error', subject: 'extension.cohort' }]);
    expect(wrong.findings[0]!.message).toContain('M2-2026');
    expect(extensionProgramme({ contractYears: L3I, on: '2026-07-01', repeatedCohort: { code: 'L3I-2026', programmes: ['L3I'] } }).findings).toEqual([]);
  });

  it('rejects an unreadable day naming the field', () => {
    expect(() => extensionProgramme({ contractYears: L3I, on: '01/07/2026' })).toThrow(/on/);
  });
});
