import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpenMission, MISSION_ACTION_ACTORS, MISSION_TRANSITIONS, missionTransition, type MissionAction, type MissionState } from './mission-transition.js';

const STATES = Object.keys(MISSION_TRANSITIONS) as MissionState[];
const ACTIONS = Object.keys(MISSION_ACTION_ACTORS) as MissionAction[];

function run(actions: MissionAction[]): string {
  let state: MissionState = 'DRAFT';
  for (const action of actions) {
    const result = missionTransition(state, action);
    if (!result.ok) return `invalid ${action} in ${state}`;
    state = result.state;
  }
  return state;
}

describe('missionTransition (§3.3.3, Figures 13–14)', () => {
  it('follows the happy path DRAFT → … → VALIDATED', () => {
    expect(run(['SUBMIT', 'REQUEST_CONFIRMATION', 'COMPLETE_CONFIRMATION', 'VALIDATE'])).toBe('VALIDATED');
  });

  it('goes back and forth between RETURNED and SUBMITTED', () => {
    expect(run(['SUBMIT', 'RETURN', 'SUBMIT', 'RETURN', 'SUBMIT', 'REQUEST_CONFIRMATION'])).toBe('CONFIRMATION_REQUESTED');
  });

  it('lets a company contact report an error, then asks again', () => {
    expect(run(['SUBMIT', 'REQUEST_CONFIRMATION', 'REPORT_ERROR'])).toBe('ERROR_REPORTED');
    expect(run(['SUBMIT', 'REQUEST_CONFIRMATION', 'REPORT_ERROR', 'REQUEST_CONFIRMATION', 'COMPLETE_CONFIRMATION'])).toBe('CONFIRMED');
    expect(run(['SUBMIT', 'REQUEST_CONFIRMATION', 'REPORT_ERROR', 'RETURN'])).toBe('RETURNED');
  });

  it('does not validate before every party confirmed, nor skip the confirmation', () => {
    expect(run(['SUBMIT', 'VALIDATE'])).toBe('invalid VALIDATE in SUBMITTED');
    expect(run(['SUBMIT', 'REQUEST_CONFIRMATION', 'VALIDATE'])).toBe('invalid VALIDATE in CONFIRMATION_REQUESTED');
    expect(run(['REQUEST_CONFIRMATION'])).toBe('invalid REQUEST_CONFIRMATION in DRAFT');
  });

  it('names the invalid transition in both languages', () => {
    expect(missionTransition('VALIDATED', 'SUBMIT')).toEqual({
      ok: false,
      error: {
        code: 'INVALID_TRANSITION',
        from: 'VALIDATED',
        action: 'SUBMIT',
        message: 'Action SUBMIT impossible pour une mission à l’état VALIDATED.',
        messageEn: 'Action SUBMIT is not allowed on a mission in state VALIDATED.',
      },
    });
  });

  it('treats VALIDATED and REJECTED as final, and unknown states/actions as invalid', () => {
    for (const action of ACTIONS) {
      expect(missionTransition('VALIDATED', action).ok).toBe(false);
      expect(missionTransition('REJECTED', action).ok).toBe(false);
    }
    expect(missionTransition('toString', 'SUBMIT').ok).toBe(false);
    expect(missionTransition('DRAFT', 'constructor').ok).toBe(false);
  });

  it('never throws and only ever lands on a known state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...STATES), fc.string()), fc.oneof(fc.constantFrom(...ACTIONS), fc.string()), (state, action) => {
        const result = missionTransition(state, action);
        return !result.ok || STATES.includes(result.state);
      }),
    );
  });

  it('calls a mission open until it is validated or rejected', () => {
    expect(['DRAFT', 'SUBMITTED', 'RETURNED', 'CONFIRMATION_REQUESTED', 'ERROR_REPORTED', 'CONFIRMED'].every(isOpenMission)).toBe(true);
    expect(isOpenMission('VALIDATED')).toBe(false);
    expect(isOpenMission('REJECTED')).toBe(false);
    expect(isOpenMission('toString')).toBe(false);
  });
});
