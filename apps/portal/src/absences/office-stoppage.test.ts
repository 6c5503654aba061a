import { describe, expect, it } from 'vitest';
import { officeMayRecordStoppage } from './office-stoppage';

describe('officeMayRecordStoppage (§4.3.1 step 3)', () => {
  it('the manager and the secretariat record the host’s mailed stoppage on an absence still open, declared medical or not', () => {
    for (const role of ['MANAGER', 'SECRETARIAT']) {
      expect(officeMayRecordStoppage(role, { state: 'RECORDED', reason: 'UNKNOWN', deadline: null })).toBe(true);
      expect(officeMayRecordStoppage(role, { state: 'AWAITING_STOPPAGE', reason: 'MEDICAL', deadline: '2026-11-19' })).toBe(true);
      expect(officeMayRecordStoppage(role, { state: 'AWAITING_DECISION', reason: 'OTHER', deadline: null })).toBe(true);
    }
  });

  it('and on a medical absence its deadline closed: the mail may have arrived by then', () => {
    expect(officeMayRecordStoppage('SECRETARIAT', { state: 'UNJUSTIFIED', reason: 'MEDICAL', deadline: '2026-11-19' })).toBe(true);
  });

  it('not on an absence justified, refused or closed by the manager, nor for anyone else', () => {
    expect(officeMayRecordStoppage('SECRETARIAT', { state: 'JUSTIFIED', reason: 'MEDICAL', deadline: '2026-11-19' })).toBe(false);
    expect(officeMayRecordStoppage('MANAGER', { state: 'UNJUSTIFIED', reason: 'OTHER', deadline: null })).toBe(false);
    expect(officeMayRecordStoppage('MANAGER', { state: 'UNJUSTIFIED', reason: 'UNKNOWN', deadline: null })).toBe(false);
    for (const role of ['DIRECTION', 'ACADEMIC_TUTOR', 'STUDENT', null]) expect(officeMayRecordStoppage(role, { state: 'RECORDED', reason: 'UNKNOWN', deadline: null })).toBe(false);
  });
});
