import { describe, expect, it } from 'vitest';
import { InputError } from '../../findings/input-error.js';
import { validationReservation } from './validation-reservation.js';

describe('validationReservation (§3.3.1, Figure 13)', () => {
  it('holds a mission validated before the training starts subject to the current year and the admission', () => {
    // MASTER-2025 starts on 2025-09-01: the last day before it still waits for the L3's jury and the M1's admission.
    const reservation = validationReservation({ cohort: 'MASTER-2025', validationDate: '2025-08-31' });
    expect(reservation?.ref).toBe('§3.3.1, Figure 13');
    expect(reservation?.text).toContain('sous réserve de la validation de l’année de formation en cours et d’une décision favorable de recrutement en Master MIAGE 2025/2027');
    expect(validationReservation({ cohort: 'MASTER-2025', validationDate: '2025-05-15' })).not.toBeNull();
  });

  it('has nothing pending from the DDF on (the student is enrolled)', () => {
    expect(validationReservation({ cohort: 'MASTER-2025', validationDate: '2025-09-01' })).toBeNull();
    // M2-2025 starts on 2025-09-04.
    expect(validationReservation({ cohort: 'M2-2025', validationDate: '2025-09-03' })).not.toBeNull();
    expect(validationReservation({ cohort: 'M2-2025', validationDate: '2025-09-04' })).toBeNull();
  });

  it('names the field of bad input', () => {
    expect(() => validationReservation({ cohort: 'M9-2025', validationDate: '2025-06-01' })).toThrow(InputError);
    expect(() => validationReservation({ cohort: 'M2-2025', validationDate: '01/06/2025' })).toThrow(/validationDate/);
  });
});
