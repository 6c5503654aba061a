import { describe, expect, it } from 'vitest';
import { JUSTIFICATION_STATES } from './absence.js';
import { isFinalJustification, justificationTransition, type JustificationEvent } from './justification-transition.js';

describe('justificationTransition (§4.3)', () => {
  it('medical: awaiting the stoppage, then justified in time or unjustified for good', () => {
    expect(justificationTransition('RECORDED', 'DECLARE_MEDICAL')).toEqual({ state: 'AWAITING_STOPPAGE', reason: 'MEDICAL' });
    expect(justificationTransition('AWAITING_STOPPAGE', 'RECEIVE_STOPPAGE')).toEqual({ state: 'JUSTIFIED' });
    expect(justificationTransition('AWAITING_STOPPAGE', 'STOPPAGE_DEADLINE_PASSED')).toEqual({ state: 'UNJUSTIFIED' });
  });

  it('other reason: the manager accepts or refuses', () => {
    expect(justificationTransition('RECORDED', 'GIVE_OTHER_REASON')).toEqual({ state: 'AWAITING_DECISION', reason: 'OTHER' });
    expect(justificationTransition('AWAITING_DECISION', 'ACCEPT')).toEqual({ state: 'JUSTIFIED' });
    expect(justificationTransition('AWAITING_DECISION', 'REFUSE')).toEqual({ state: 'UNJUSTIFIED' });
  });

  it('"définitivement injustifiée": nothing leaves a final state', () => {
    const events: JustificationEvent[] = ['DECLARE_MEDICAL', 'GIVE_OTHER_REASON', 'RECEIVE_STOPPAGE', 'RECORD_MAILED_STOPPAGE', 'STOPPAGE_DEADLINE_PASSED', 'ACCEPT', 'REFUSE', 'GRANT_PROFESSIONAL', 'CLOSE_UNJUSTIFIED'];
    for (const state of JUSTIFICATION_STATES.filter(isFinalJustification)) {
      for (const event of events) expect(justificationTransition(state, event)).toBeNull();
    }
    expect(isFinalJustification('AWAITING_STOPPAGE')).toBe(false);
  });

  it('the office records the stoppage the host mailed (§4.3.1 step 3): medical and justified at once, even before anyone declared it', () => {
    expect(justificationTransition('RECORDED', 'RECORD_MAILED_STOPPAGE')).toEqual({ state: 'JUSTIFIED', reason: 'MEDICAL' });
    expect(justificationTransition('AWAITING_DECISION', 'RECORD_MAILED_STOPPAGE')).toEqual({ state: 'JUSTIFIED', reason: 'MEDICAL' });
    expect(justificationTransition('AWAITING_STOPPAGE', 'RECORD_MAILED_STOPPAGE')).toEqual({ state: 'JUSTIFIED', reason: 'MEDICAL' });
  });

  it('a stoppage cannot justify an absence nobody declared medical', () => {
    expect(justificationTransition('RECORDED', 'RECEIVE_STOPPAGE')).toBeNull();
    expect(justificationTransition('AWAITING_DECISION', 'STOPPAGE_DEADLINE_PASSED')).toBeNull();
  });
});
