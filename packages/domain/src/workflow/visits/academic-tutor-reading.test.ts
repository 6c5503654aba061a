import { describe, expect, it } from 'vitest';
import { contractChecklist } from '../checklist/contract-checklist.js';
import { COMPANY_CONTACT_READING } from '../contacts/company-contact-reading.js';
import { checklistItemReadableBy, roleMayRead } from '../contacts/reading-by-role.js';
import { ACADEMIC_TUTOR_READING, academicTutorMayRead } from './academic-tutor-reading.js';

describe('academicTutorMayRead (§4.6: visits, livret, the alternance going well — not the contract’s money, health or papers)', () => {
  it('keeps the pay and its inputs, the disability year, a foreign student’s APT and the training cost from the tutor', () => {
    for (const topic of ['PAY', 'DISABILITY', 'FOREIGN_STUDENT', 'TRAINING_COST'] as const) expect(academicTutorMayRead(topic)).toBe(false);
  });

  it('keeps the manager’s words to the student and the contacts’ answers of the validation (§3.3.3), gives the findings', () => {
    expect(academicTutorMayRead('OFFICE_DECISION_COMMENTS')).toBe(false);
    expect(academicTutorMayRead('CONFIRMATION_ANSWERS')).toBe(false);
    expect(academicTutorMayRead('OFFICE_WORK_LIST')).toBe(true);
  });

  it('keeps an absence’s justification (work stoppage, the alternant’s words, §4.3.1) from the tutor; the company contact who sends it reads it', () => {
    expect(academicTutorMayRead('ABSENCE_JUSTIFICATION')).toBe(false);
    expect(roleMayRead('HR_CONTACT', 'ABSENCE_JUSTIFICATION')).toBe(true);
    expect(roleMayRead('SECRETARIAT', 'ABSENCE_JUSTIFICATION')).toBe(true);
  });

  it('gives the tutor the mediations they lead before a rupture (§5), not the company contacts, who are a party', () => {
    expect(academicTutorMayRead('MEDIATIONS')).toBe(true);
    expect(roleMayRead('COMPANY_TUTOR', 'MEDIATIONS')).toBe(false);
    expect(roleMayRead('HR_CONTACT', 'MEDIATIONS')).toBe(false);
    expect(roleMayRead('STUDENT', 'MEDIATIONS')).toBe(true);
  });

  it('rules every topic of the company contacts’ matrix, citing the guide on every line', () => {
    expect(Object.keys(ACADEMIC_TUTOR_READING).sort()).toEqual(Object.keys(COMPANY_CONTACT_READING).sort());
    for (const rule of Object.values(ACADEMIC_TUTOR_READING)) expect(rule.ref).toMatch(/§\d/);
  });
});

describe('roleMayRead', () => {
  it('reads each matrix for its roles, every topic for the student, the office and integrations', () => {
    for (const topic of Object.keys(ACADEMIC_TUTOR_READING) as (keyof typeof ACADEMIC_TUTOR_READING)[]) {
      expect(roleMayRead('ACADEMIC_TUTOR', topic)).toBe(ACADEMIC_TUTOR_READING[topic].ACADEMIC_TUTOR);
      expect(roleMayRead('COMPANY_TUTOR', topic)).toBe(COMPANY_CONTACT_READING[topic].COMPANY_TUTOR);
      expect(roleMayRead('HR_CONTACT', topic)).toBe(COMPANY_CONTACT_READING[topic].HR_CONTACT);
      for (const role of ['STUDENT', 'SECRETARIAT', 'MANAGER', 'INTEGRATION']) expect(roleMayRead(role, topic)).toBe(true);
      expect(roleMayRead('DIRECTION', topic)).toBe(topic !== 'ABSENCE_JUSTIFICATION');
    }
  });

  it('lists a foreign student’s checklist steps to neither tutor (§3.4, note 26)', () => {
    const codes = contractChecklist({ contractType: 'CPRO', foreign: true, status: 'FI', validationDate: '2026-06-01', startDate: '2026-09-01' }).map((i) => i.code);
    expect(codes).toContain('FOREIGN_CONTACT_SFCA');
    const readable = codes.filter((c) => checklistItemReadableBy('ACADEMIC_TUTOR', c));
    expect(readable).toEqual(codes.filter((c) => !['WORK_PERMIT', 'FOREIGN_CONTACT_SFCA'].includes(c)));
    expect(readable.length).toBeGreaterThan(0);
    expect(codes.filter((c) => checklistItemReadableBy('MANAGER', c))).toEqual(codes);
  });
});
