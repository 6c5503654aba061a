import { describe, expect, it } from 'vitest';
import { checkContract } from '../../contracts/check-contract.js';
import { findingTopic } from './company-contact-reading.js';
import { findingReadableBy } from './reading-by-role.js';

describe('findingTopic / findingReadableBy (a finding quotes what it checks)', () => {
  it('keeps a pay finding, which quotes the agreed pay and its minimum (§4.2), from the academic tutor; the student and the office read it', () => {
    const [pay] = checkContract({ cohort: 'MASTER-2025', status: 'FI', contractType: 'CAPP', birthDate: '2003-05-10', startDate: '2025-09-01', endDate: '2027-09-03', monthlyGrossPay: 500 }).findings.filter((f) => f.code === 'PAY_BELOW_MINIMUM');
    expect(pay?.message).toContain('500');
    expect(findingTopic(pay!)).toBe('PAY');
    expect(findingReadableBy('ACADEMIC_TUTOR', pay!)).toBe(false);
    for (const role of ['STUDENT', 'MANAGER', 'SECRETARIAT', 'HR_CONTACT']) expect(findingReadableBy(role, pay!)).toBe(true);
  });

  it('keeps a foreign student’s permit (§3.4) and the manager’s derogation reason (§2.1.2) from the academic tutor', () => {
    expect(findingReadableBy('ACADEMIC_TUTOR', { code: 'APT_MISSING', field: 'aptObtained' })).toBe(false);
    expect(findingReadableBy('ACADEMIC_TUTOR', { code: 'INVALID_VALUE', field: 'foreign' })).toBe(false);
    expect(findingReadableBy('ACADEMIC_TUTOR', { code: 'PROGRAM_CONTRACT_DEROGATION', field: 'contractType' })).toBe(false);
  });

  it('gives the academic tutor the findings of the contract’s dates and steps (§4.6)', () => {
    for (const code of ['DDC_TOO_LATE', 'CHECKLIST_OVERDUE', 'STAGE_TOO_SHORT']) {
      expect(findingTopic({ code, field: 'startDate' })).toBeNull();
      expect(findingReadableBy('ACADEMIC_TUTOR', { code, field: 'startDate' })).toBe(true);
    }
  });
});
