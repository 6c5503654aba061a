import { describe, expect, it } from 'vitest';
import { slotAnswerRefusal, visitCompanyTutors } from './visit-slot-answer.js';

describe('visitCompanyTutors (§4.6 note 34, §3.1)', () => {
  const julie = { id: 't1' };
  const marc = { id: 't2' };
  it('sets the appointment with both company tutors when the contract names a second one', () => {
    expect(visitCompanyTutors(julie, marc)).toEqual([julie, marc]);
  });
  it('with tutor 1 alone when there is no tutor 2, or tutor 2 is the same person', () => {
    expect(visitCompanyTutors(julie, null)).toEqual([julie]);
    expect(visitCompanyTutors(julie, undefined)).toEqual([julie]);
    expect(visitCompanyTutors(julie, { id: 't1' })).toEqual([julie]);
  });
});

describe('slotAnswerRefusal (§4.6 note 34: either company tutor answers, the first pick wins)', () => {
  const proposed = { state: 'PROPOSED' as const, declinedBy: [] };
  it('takes a pick or a refusal from either tutor while the slots are proposed', () => {
    expect(slotAnswerRefusal(proposed, 't1', 'PICK')).toBeNull();
    expect(slotAnswerRefusal(proposed, 't2', 'PICK')).toBeNull();
    expect(slotAnswerRefusal(proposed, 't2', 'DECLINE')).toBeNull();
  });
  it('refuses any answer once a slot is retained: the first pick wins', () => {
    expect(slotAnswerRefusal({ ...proposed, state: 'SCHEDULED' }, 't2', 'PICK')).toBe('ALREADY_SCHEDULED');
    expect(slotAnswerRefusal({ ...proposed, state: 'SCHEDULED' }, 't2', 'DECLINE')).toBe('ALREADY_SCHEDULED');
  });
  it('refuses any answer on a visit held or cancelled', () => {
    expect(slotAnswerRefusal({ ...proposed, state: 'HELD' }, 't1', 'PICK')).toBe('CLOSED');
    expect(slotAnswerRefusal({ ...proposed, state: 'CANCELLED' }, 't1', 'DECLINE')).toBe('CLOSED');
  });
  it('one tutor’s refusal leaves the other free to pick or decline; the same tutor does not decline twice', () => {
    const declined = { ...proposed, declinedBy: ['t1'] };
    expect(slotAnswerRefusal(declined, 't2', 'PICK')).toBeNull();
    expect(slotAnswerRefusal(declined, 't2', 'DECLINE')).toBeNull();
    expect(slotAnswerRefusal(declined, 't1', 'DECLINE')).toBe('ALREADY_DECLINED');
  });
});
