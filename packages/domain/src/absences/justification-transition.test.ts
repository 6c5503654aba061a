import { describe, expect, it } from 'vitest';
import { JUSTIFICATION_STATES } from './absence.js';
import { isFinalJustification, justificationTransition, mailedStoppageTransition, type JustificationEvent } from './justification-transition.js';

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

  it('a stoppage mailed in time and read after the deadline (§4.3.1 step 3): the medical absence the deadline closed is justified', () => {
    const closed = { state: 'UNJUSTIFIED' as const, reason: 'MEDICAL' as const, deadline: '2026-11-28' };
    expect(mailedStoppageTransition(closed, '2026-11-28')).toEqual({ state: 'JUSTIFIED', reason: 'MEDICAL' });
    expect(mailedStoppageTransition(closed)).toEqual({ state: 'JUSTIFIED', reason: 'MEDICAL' });
    // Arrived after the deadline: definitively unjustified.
    expect(mailedStoppageTransition(closed, '2026-11-30')).toBeNull();
    // Refused or closed by the manager, or justified: settled.
    expect(mailedStoppageTransition({ state: 'UNJUSTIFIED', reason: 'OTHER', deadline: null }, '2026-11-01')).toBeNull();
    expect(mailedStoppageTransition({ state: 'UNJUSTIFIED', reason: 'UNKNOWN', deadline: null })).toBeNull();
    expect(mailedStoppageTransition({ state: 'JUSTIFIED', reason: 'MEDICAL', deadline: '2026-11-28' }, '2026-11-20')).toBeNull();
    // Still open: recorded whatever day (the stoppage's own deadline is checkWorkStoppage's).
    expect(mailedStoppageTransition({ state: 'RECORDED', reason: 'UNKNOWN', deadline: null }, '2026-12-20')).toEqual({ state: 'JUSTIFIED', reason: 'MEDICAL' });
    expect(mailedStoppageTransition({ state: 'AWAITING_STOPPAGE', reason: 'MEDICAL', deadline: '2026-11-28' }, '2026-11-27')).toEqual({ state: 'JUSTIFIED', reason: 'MEDICAL' });
  });
});
