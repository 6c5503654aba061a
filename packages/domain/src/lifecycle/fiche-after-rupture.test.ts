import { describe, expect, it } from 'vitest';
import { ficheAfterRupture } from './fiche-after-rupture.js';

describe('ficheAfterRupture (§5, §3.3.3)', () => {
  it('starts a new fiche when the student has no open one (a validated or refused fiche is closed)', () => {
    expect(ficheAfterRupture(null, 'MASTER-2025')).toBe('START');
    expect(ficheAfterRupture({ state: 'VALIDATED', cohort: 'MASTER-2025' }, 'MASTER-2025')).toBe('START');
    expect(ficheAfterRupture({ state: 'REJECTED', cohort: 'MASTER-2025' }, 'MASTER-2025')).toBe('START');
  });

  it('gives back the draft and the fiche returned for corrections of the same training', () => {
    expect(ficheAfterRupture({ state: 'DRAFT', cohort: 'MASTER-2025' }, 'MASTER-2025')).toBe('RESUME');
    expect(ficheAfterRupture({ state: 'RETURNED', cohort: 'MASTER-2025' }, 'MASTER-2025')).toBe('RESUME');
  });

  it('leads to the fiche already sent, awaiting the company or the manager, without a second one', () => {
    for (const state of ['SUBMITTED', 'CONFIRMATION_REQUESTED', 'ERROR_REPORTED', 'CONFIRMED']) {
      expect(ficheAfterRupture({ state, cohort: 'MASTER-2025' }, 'MASTER-2025')).toBe('FOLLOW');
    }
  });

  it('does not take another training’s open fiche for this contract’s', () => {
    expect(ficheAfterRupture({ state: 'RETURNED', cohort: 'L3I-2025' }, 'MASTER-2025')).toBe('OTHER_TRAINING');
    expect(ficheAfterRupture({ state: 'SUBMITTED', cohort: 'L3I-2025' }, 'MASTER-2025')).toBe('OTHER_TRAINING');
  });
});
