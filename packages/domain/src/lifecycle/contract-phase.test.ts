import { describe, expect, it } from 'vitest';
import { contractPhase } from './contract-phase.js';

const contract = { broken: false, startDate: '2025-09-01', endDate: '2026-07-03' };

describe('contractPhase (§3.4: a validated contract waits for its DDC)', () => {
  it('is UPCOMING until the day before the DDC, RUNNING from the DDC to the DFC, ENDED the day after', () => {
    expect(contractPhase(contract, '2025-07-01')).toBe('UPCOMING');
    expect(contractPhase(contract, '2025-08-31')).toBe('UPCOMING');
    expect(contractPhase(contract, '2025-09-01')).toBe('RUNNING');
    expect(contractPhase(contract, '2026-07-03')).toBe('RUNNING');
    expect(contractPhase(contract, '2026-07-04')).toBe('ENDED');
  });

  it('is BROKEN whatever the day once broken', () => {
    for (const day of ['2025-07-01', '2025-10-01', '2027-01-01']) expect(contractPhase({ ...contract, broken: true }, day)).toBe('BROKEN');
  });

  it('takes a contract with unreadable dates, or an unreadable day, as running', () => {
    expect(contractPhase({ ...contract, startDate: 'bientôt' }, '2025-07-01')).toBe('RUNNING');
    expect(contractPhase({ ...contract, endDate: '' }, '2027-01-01')).toBe('RUNNING');
    expect(contractPhase(contract, 'demain')).toBe('RUNNING');
  });
});
