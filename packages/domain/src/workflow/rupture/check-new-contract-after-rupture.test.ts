import { describe, expect, it } from 'vitest';
import { InputError } from '../../findings/input-error.js';
import { checkNewContractAfterRupture, replacedContractLastDay } from './check-new-contract-after-rupture.js';

const previous = { contractType: 'CAPP', opaSiret: '123 456 789 00012', lastDay: '2026-01-31' };
const next = { contractType: 'CAPP', opaSiret: '98765432100018', startDate: '2026-02-01' };

function codes(p: Partial<typeof previous & { plannedEndDate: string }>, n: Partial<typeof next>): string[] {
  return checkNewContractAfterRupture({ previous: { ...previous, ...p }, next: { ...next, ...n } }).findings.map((f) => f.code);
}

describe('checkNewContractAfterRupture (§5)', () => {
  it('accepts the same type at another OPA from the day after the last day (no waiting period)', () => {
    expect(checkNewContractAfterRupture({ previous, next })).toEqual({ findings: [], earliestStart: '2026-02-01' });
  });

  it('applies to the contract that finishes the broken one’s training, not to a later year’s (« afin de terminer sa formation »)', () => {
    // An L3I apprenticeship planned to 2026-07-03, broken on 2026-01-31: the Master's contract from 2026-09-03 is free of §5.
    expect(codes({ plannedEndDate: '2026-07-03' }, { contractType: 'CPRO', opaSiret: '12345678900012', startDate: '2026-09-03' })).toEqual([]);
    // Starting within the broken contract's planned years, it replaces it: same type, another OPA.
    expect(codes({ plannedEndDate: '2026-07-03' }, { contractType: 'CPRO', opaSiret: '12345678900012', startDate: '2026-03-01' })).toEqual(['NEW_CONTRACT_TYPE_MUST_MATCH', 'NEW_CONTRACT_SAME_OPA']);
    expect(codes({ plannedEndDate: '2026-07-03' }, { contractType: 'CPRO', startDate: '2026-07-03' })).toEqual(['NEW_CONTRACT_TYPE_MUST_MATCH']);
    // A two-year Master apprenticeship broken in M1: the M2's contract still finishes the Master.
    expect(codes({ plannedEndDate: '2027-09-03' }, { opaSiret: '12345678900012', startDate: '2026-09-03' })).toEqual(['NEW_CONTRACT_SAME_OPA']);
    expect(() => checkNewContractAfterRupture({ previous: { ...previous, plannedEndDate: '03/07/2026' }, next })).toThrow(InputError);
  });

  it('DDC_TOO_EARLY on the last day itself, not the day after', () => {
    expect(codes({}, { startDate: '2026-01-31' })).toEqual(['DDC_TOO_EARLY']);
    expect(checkNewContractAfterRupture({ previous, next: { ...next, startDate: '2026-01-31' } }).findings[0]?.window).toEqual({ min: '2026-02-01', max: null });
    expect(codes({}, { startDate: '2026-02-01' })).toEqual([]);
  });

  it('NEW_CONTRACT_TYPE_MUST_MATCH: CAPP → CAPP and CPRO → CPRO only', () => {
    expect(codes({}, { contractType: 'CPRO' })).toEqual(['NEW_CONTRACT_TYPE_MUST_MATCH']);
    expect(codes({ contractType: 'CPRO' }, { contractType: 'CAPP' })).toEqual(['NEW_CONTRACT_TYPE_MUST_MATCH']);
    expect(codes({ contractType: 'CPRO' }, { contractType: 'CPRO' })).toEqual([]);
    expect(codes({}, { contractType: 'CSTAGEALT' })).toEqual(['NEW_CONTRACT_TYPE_MUST_MATCH']);
  });

  it('NEW_CONTRACT_SAME_OPA by SIREN: another establishment of the same company is the same OPA', () => {
    expect(codes({}, { opaSiret: '12345678900012' })).toEqual(['NEW_CONTRACT_SAME_OPA']);
    expect(codes({}, { opaSiret: '123456789 00099' })).toEqual(['NEW_CONTRACT_SAME_OPA']);
    expect(codes({}, { opaSiret: '123456789' })).toEqual(['NEW_CONTRACT_SAME_OPA']);
    expect(codes({}, { opaSiret: '123456788' })).toEqual([]);
    expect(checkNewContractAfterRupture({ previous, next: { ...next, opaSiret: '12345678900012' } }).findings[0]).toMatchObject({
      severity: 'error',
      subject: 'next.opaSiret',
    });
  });

  it('reports every broken rule at once', () => {
    expect(codes({}, { contractType: 'CPRO', opaSiret: '12345678900012', startDate: '2026-01-15' })).toEqual([
      'NEW_CONTRACT_TYPE_MUST_MATCH',
      'NEW_CONTRACT_SAME_OPA',
      'DDC_TOO_EARLY',
    ]);
  });

  it('after a work-study internship, checks only the start date', () => {
    expect(codes({ contractType: 'CSTAGEALT' }, { contractType: 'CAPP', opaSiret: '12345678900012' })).toEqual([]);
    expect(codes({ contractType: 'CSTAGEALT' }, { startDate: '2026-01-31' })).toEqual(['DDC_TOO_EARLY']);
  });

  it('throws on unreadable dates or SIRETs', () => {
    expect(() => codes({ lastDay: '31/01/2026' }, {})).toThrow(InputError);
    expect(() => codes({}, { startDate: '' })).toThrow(/next\.startDate/);
    expect(() => codes({}, { opaSiret: '1234' })).toThrow(/next\.opaSiret/);
    expect(() => codes({ opaSiret: 'ACME' }, {})).toThrow(/previous\.opaSiret/);
  });
});

describe('replacedContractLastDay (§5: the fiche that replaces a broken contract)', () => {
  const broken = { cohort: 'MASTER-2025', lastDay: '2025-11-14', plannedEndDate: '2027-09-03' };
  it('names the broken contract’s last day for a fiche of the same training starting before its planned DFC', () => {
    expect(replacedContractLastDay(broken, { cohort: 'MASTER-2025', startDate: '2025-11-15' })).toBe('2025-11-14');
    expect(replacedContractLastDay(broken, { cohort: 'MASTER-2025', startDate: null })).toBe('2025-11-14');
  });
  it('names nothing for another training, a later year’s contract, or without a rupture', () => {
    expect(replacedContractLastDay(broken, { cohort: 'M2-2026', startDate: '2026-09-03' })).toBeUndefined();
    expect(replacedContractLastDay(broken, { cohort: 'MASTER-2025', startDate: '2027-09-04' })).toBeUndefined();
    expect(replacedContractLastDay(null, { cohort: 'MASTER-2025', startDate: '2025-11-15' })).toBeUndefined();
    expect(replacedContractLastDay({ ...broken, lastDay: null }, { cohort: 'MASTER-2025', startDate: '2025-11-15' })).toBeUndefined();
  });
});
