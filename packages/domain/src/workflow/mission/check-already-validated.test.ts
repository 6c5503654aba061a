import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../../reference-data/default-reference-data.js';
import { checkAlreadyValidated, checkRosterRowAlreadyValidated, ficheTrainingYearStart } from './check-already-validated.js';

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

  describe('a contract over before the next training year (§2.1.2, note 9; Figure 2)', () => {
    const m2 = { trainingYearStart: '2026-09-03', startDate: '2026-09-03' };

    it('does not fire for an M1 work-study internship that ended before the M2 fiche', () => {
      // MASTER-2025 CSTAGEALT: at most to 2026-09-02 (note 24); the M2 needs « un nouveau contrat d’alternance ».
      expect(checkAlreadyValidated([{ state: 'VALIDATED', endDate: '2026-09-02' }], m2)).toBeNull();
      expect(checkAlreadyValidated([{ state: 'VALIDATED', endDate: '2026-06-30' }], m2)).toBeNull();
    });

    it('fires for an M1 apprenticeship that runs into the M2 (« vous poursuivez forcément ce contrat »)', () => {
      expect(checkAlreadyValidated([{ state: 'VALIDATED', endDate: '2027-09-03' }], m2)?.code).toBe('ALREADY_VALIDATED');
    });

    it('fires when the contract ends on the new year’s first day, or on or after the new DDC', () => {
      expect(checkAlreadyValidated([{ state: 'VALIDATED', endDate: '2026-09-03' }], m2)?.code).toBe('ALREADY_VALIDATED');
      // An L3I contract to 2026-07-03 and a Master apprenticeship asked from 2026-06-01: two contracts at once.
      expect(checkAlreadyValidated([{ state: 'VALIDATED', endDate: '2026-07-03' }], { trainingYearStart: '2026-09-01', startDate: '2026-06-01' })?.code).toBe('ALREADY_VALIDATED');
      expect(checkAlreadyValidated([{ state: 'VALIDATED', endDate: '2026-07-03' }], { trainingYearStart: '2026-09-01', startDate: '2026-07-04' })).toBeNull();
    });

    it('fires for another fiche of the same training year, and when the end or the next fiche is unknown', () => {
      // A 6-month internship ended in March: a second one the same year is « une autre mission ».
      expect(checkAlreadyValidated([{ state: 'VALIDATED', endDate: '2026-03-31' }], { trainingYearStart: '2025-09-01', startDate: '2026-04-01' })?.code).toBe('ALREADY_VALIDATED');
      expect(checkAlreadyValidated([{ state: 'VALIDATED', endDate: null }], m2)?.code).toBe('ALREADY_VALIDATED');
      expect(checkAlreadyValidated([{ state: 'VALIDATED', endDate: '2026-06-30' }])?.code).toBe('ALREADY_VALIDATED');
      expect(checkAlreadyValidated([{ state: 'VALIDATED', endDate: '2026-06-30' }], { trainingYearStart: null, startDate: '2026-09-03' })?.code).toBe('ALREADY_VALIDATED');
    });

    it('finds the training year of the fiche from its cohort and DDC', () => {
      const data = defaultReferenceData;
      expect(ficheTrainingYearStart('M2-2026', '2026-06-15', data)).toBe('2026-09-03');
      expect(ficheTrainingYearStart('MASTER-2025', '2026-09-10', data)).toBe('2026-09-03');
      expect(ficheTrainingYearStart('MASTER-2025', '2025-06-01', data)).toBe('2025-09-01');
      expect(ficheTrainingYearStart('master-2025', null, data)).toBe('2025-09-01');
      expect(ficheTrainingYearStart('NOPE', '2026-09-03', data)).toBeNull();
    });
  });
});

describe('checkRosterRowAlreadyValidated: a roster row after a rupture (§3.3 Attention, §5)', () => {
  // An M1 apprenticeship broken on 31/07/2026 (completed, or under way with its last day fixed).
  const broken = { state: 'VALIDATED' as const, brokenOn: '2026-07-31', endDate: '2027-09-03' };
  const row = (startDate: string | null) => ({ trainingYearStart: '2025-09-01', startDate });

  it('does not fire for a row starting after the last day: the new contract', () => {
    expect(checkRosterRowAlreadyValidated([broken], row('2026-08-01'))).toBeNull();
    expect(checkRosterRowAlreadyValidated([broken], row('2026-10-15'))).toBeNull();
  });

  it('fires for a row starting on or before the last day: the broken contract itself, or one overlapping it', () => {
    expect(checkRosterRowAlreadyValidated([broken], row('2026-07-31'))?.code).toBe('ALREADY_VALIDATED');
    expect(checkRosterRowAlreadyValidated([broken], row('2025-09-01'))?.code).toBe('ALREADY_VALIDATED');
  });

  it('reads a running contract, a row without a DDC and a contract over before the row’s year as checkAlreadyValidated does', () => {
    expect(checkRosterRowAlreadyValidated([{ state: 'VALIDATED', endDate: '2027-09-03' }], row('2026-08-01'))?.code).toBe('ALREADY_VALIDATED');
    expect(checkRosterRowAlreadyValidated([broken], row(null))).toBeNull();
    // An M1 internship over in June lets the M2 row in (§2.1.2).
    expect(checkRosterRowAlreadyValidated([{ state: 'VALIDATED', endDate: '2026-06-30' }], { trainingYearStart: '2026-09-03', startDate: '2026-09-03' })).toBeNull();
  });
});
