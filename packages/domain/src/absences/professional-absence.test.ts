import { describe, expect, it } from 'vitest';
import { checkProfessionalAbsenceRequest, professionalRequestDeadline } from './professional-absence.js';

const opts = { whitMondayHoliday: true };

describe('checkProfessionalAbsenceRequest (§4.3.2)', () => {
  // First day Monday 2026-03-16: back 10 jours ouvrables (Saturdays count) → Wednesday 2026-03-04.
  it('computes the deadline in jours ouvrables', () => {
    expect(professionalRequestDeadline('2026-03-16', opts)).toBe('2026-03-04');
  });

  it('PROFESSIONAL_ABSENCE_TOO_LATE fires the day after the deadline, not on it', () => {
    expect(checkProfessionalAbsenceRequest({ requestedOn: '2026-03-04', firstDay: '2026-03-16', lastDay: '2026-03-16' }, opts)).toEqual([]);
    const late = checkProfessionalAbsenceRequest({ requestedOn: '2026-03-05', firstDay: '2026-03-16', lastDay: '2026-03-17' }, opts);
    expect(late.map((f) => f.code)).toEqual(['PROFESSIONAL_ABSENCE_TOO_LATE']);
    expect(late[0]?.severity).toBe('error');
    expect(late[0]?.window?.max).toBe('2026-03-04');
  });

  it('counts public holidays out: Easter Monday 2026-04-06 pushes the deadline back a day', () => {
    // From Thursday 2026-04-16 back: 15,14,13, 11,10,9,8,7, (6 holiday) 4,3 → 2026-04-03.
    expect(professionalRequestDeadline('2026-04-16', opts)).toBe('2026-04-03');
  });

  it('refuses a period that ends before it starts, naming lastDay', () => {
    expect(() => checkProfessionalAbsenceRequest({ requestedOn: '2026-03-01', firstDay: '2026-03-16', lastDay: '2026-03-15' }, opts)).toThrow(/lastDay/);
  });
});
