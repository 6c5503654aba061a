import { describe, expect, it } from 'vitest';
import { officeMayRecordStoppage } from './office-stoppage';

describe('officeMayRecordStoppage (§4.3.1 step 3)', () => {
  it('the manager and the secretariat record the host’s mailed stoppage on an absence still open, declared medical or not', () => {
    for (const role of ['MANAGER', 'SECRETARIAT']) {
      for (const state of ['RECORDED', 'AWAITING_STOPPAGE', 'AWAITING_DECISION'] as const) expect(officeMayRecordStoppage(role, state)).toBe(true);
    }
  });

  it('not on a settled absence, nor for anyone else', () => {
    expect(officeMayRecordStoppage('SECRETARIAT', 'JUSTIFIED')).toBe(false);
    expect(officeMayRecordStoppage('MANAGER', 'UNJUSTIFIED')).toBe(false);
    for (const role of ['DIRECTION', 'ACADEMIC_TUTOR', 'STUDENT', null]) expect(officeMayRecordStoppage(role, 'RECORDED')).toBe(false);
  });
});
