import { describe, expect, it } from 'vitest';
import { COMPANY_CONTACT_READING } from './company-contact-reading.js';
import { DIRECTION_READING, directionMayRead } from './direction-reading.js';
import { PARTNER_READING, partnerMayRead } from './partner-reading.js';
import { findingReadableBy, roleMayRead } from './reading-by-role.js';

describe('partnerMayRead (§3.1: the CFA, the SFCA, the internships service instruct the contract — not the MIAGE’s validation)', () => {
  it('keeps the manager’s words, the contacts’ answers and an absence’s justification from a partner’s token', () => {
    for (const topic of ['OFFICE_DECISION_COMMENTS', 'CONFIRMATION_ANSWERS', 'ABSENCE_JUSTIFICATION', 'MEDIATIONS'] as const) expect(partnerMayRead(topic)).toBe(false);
  });

  it('gives it the contract’s pay, the disability year, a foreign student’s steps, the cost and the findings', () => {
    for (const topic of ['PAY', 'DISABILITY', 'FOREIGN_STUDENT', 'TRAINING_COST', 'OFFICE_WORK_LIST'] as const) expect(partnerMayRead(topic)).toBe(true);
  });

  it('rules every topic, citing the guide; roleMayRead reads it for the PARTNER reader, not for the office’s own tokens', () => {
    expect(Object.keys(PARTNER_READING).sort()).toEqual(Object.keys(COMPANY_CONTACT_READING).sort());
    for (const rule of Object.values(PARTNER_READING)) expect(rule.ref).toMatch(/§\d/);
    expect(roleMayRead('PARTNER', 'OFFICE_DECISION_COMMENTS')).toBe(false);
    expect(roleMayRead('INTEGRATION', 'OFFICE_DECISION_COMMENTS')).toBe(true);
    expect(findingReadableBy('PARTNER', { code: 'PROGRAM_CONTRACT_DEROGATION' })).toBe(false);
    expect(findingReadableBy('PARTNER', { code: 'PAY_BELOW_MINIMUM' })).toBe(true);
  });
});

describe('directionMayRead (§4.3: the stoppage goes to the manager and the secretariat, the direction decides professional absences)', () => {
  it('reads every topic as the office but an absence’s justification', () => {
    expect(Object.keys(DIRECTION_READING).sort()).toEqual(Object.keys(COMPANY_CONTACT_READING).sort());
    for (const rule of Object.values(DIRECTION_READING)) expect(rule.ref).toMatch(/§\d|Tableau/);
    expect(directionMayRead('ABSENCE_JUSTIFICATION')).toBe(false);
    expect(directionMayRead('PAY')).toBe(true);
    expect(roleMayRead('DIRECTION', 'ABSENCE_JUSTIFICATION')).toBe(false);
    expect(roleMayRead('MANAGER', 'ABSENCE_JUSTIFICATION')).toBe(true);
  });
});
