import { describe, expect, it } from 'vitest';
import { checkAlreadyValidated } from './check-already-validated.js';

describe('checkAlreadyValidated (§3.3 Attention, §5)', () => {
  it('fires on a validated mission that no rupture ended', () => {
    const finding = checkAlreadyValidated([{ state: 'VALIDATED' }]);
    expect(finding).toMatchObject({ code: 'ALREADY_VALIDATED', severity: 'error', subject: 'mission', ref: '§3.3' });
    expect(checkAlreadyValidated([{ state: 'VALIDATED', brokenOn: null }])?.code).toBe('ALREADY_VALIDATED');
  });

  it('does not fire once a rupture is recorded, whatever its last day', () => {
    expect(checkAlreadyValidated([{ state: 'VALIDATED', brokenOn: '2026-01-31' }])).toBeNull();
  });

  it('does not fire for missions not validated (yet or ever)', () => {
    expect(checkAlreadyValidated([])).toBeNull();
    for (const state of ['DRAFT', 'SUBMITTED', 'RETURNED', 'CONFIRMATION_REQUESTED', 'ERROR_REPORTED', 'CONFIRMED', 'REJECTED'] as const) {
      expect(checkAlreadyValidated([{ state }])).toBeNull();
    }
  });

  it('fires when one of several is still running (a broken one then a new validated one)', () => {
    expect(checkAlreadyValidated([{ state: 'VALIDATED', brokenOn: '2025-12-15' }, { state: 'VALIDATED' }])?.code).toBe('ALREADY_VALIDATED');
  });
});
