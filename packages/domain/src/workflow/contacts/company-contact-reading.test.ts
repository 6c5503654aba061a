import { describe, expect, it } from 'vitest';
import { contractChecklist } from '../checklist/contract-checklist.js';
import { checklistItemTopic, COMPANY_CONTACT_READING, companyContactMayRead } from './company-contact-reading.js';
import { checklistItemReadableBy } from './reading-by-role.js';

describe('companyContactMayRead (§3.1: the tutor supervises the work, the HR contact answers for the contract)', () => {
  it('gives the HR contact the contract’s pay, disability year, foreign-student steps and cost, not the tutor', () => {
    for (const topic of ['PAY', 'DISABILITY', 'FOREIGN_STUDENT', 'TRAINING_COST'] as const) {
      expect(companyContactMayRead('HR_CONTACT', topic)).toBe(true);
      expect(companyContactMayRead('COMPANY_TUTOR', topic)).toBe(false);
    }
  });

  it('gives neither the office’s comments to the student, nor the contacts’ answers to the office, nor its work list (§3.3.3, §2.1.2, Tableau 8)', () => {
    for (const topic of ['OFFICE_DECISION_COMMENTS', 'CONFIRMATION_ANSWERS', 'OFFICE_WORK_LIST'] as const) {
      expect(companyContactMayRead('HR_CONTACT', topic)).toBe(false);
      expect(companyContactMayRead('COMPANY_TUTOR', topic)).toBe(false);
    }
  });

  it('cites the guide on every line', () => {
    for (const rule of Object.values(COMPANY_CONTACT_READING)) expect(rule.ref).toMatch(/§\d/);
  });
});

describe('checklistItemReadableBy (§3.4, note 26)', () => {
  const items = contractChecklist(
    { contractType: 'CAPP', foreign: true, status: 'FI', validationDate: '2026-06-01', startDate: '2026-09-01' },
  );

  it('hides a foreign student’s steps from the company tutor and shows them to the HR contact', () => {
    const codes = items.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['WORK_PERMIT', 'FOREIGN_CONTACT_CFA', 'TRAINING_AGREEMENT_CFA']));
    expect(items.filter((i) => checklistItemReadableBy('COMPANY_TUTOR', i.code)).map((i) => i.code)).toEqual(
      codes.filter((c) => c !== 'WORK_PERMIT' && c !== 'FOREIGN_CONTACT_CFA'),
    );
    expect(items.filter((i) => checklistItemReadableBy('HR_CONTACT', i.code)).map((i) => i.code)).toEqual(codes);
  });

  it('leaves every other step to both', () => {
    expect(checklistItemTopic('HIRING_DECLARATION')).toBeNull();
    expect(checklistItemTopic('FOREIGN_CONTACT_SFCA')).toBe('FOREIGN_STUDENT');
    expect(checklistItemReadableBy('COMPANY_TUTOR', 'MEDICAL_VISIT')).toBe(true);
  });
});
