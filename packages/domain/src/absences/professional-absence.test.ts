import { describe, expect, it } from 'vitest';
import type { HalfDayKind } from '../reference-data/reference-data.js';
import { checkProfessionalAbsenceRequest, periodTrainingHalfDays, professionalRequestDeadline } from './professional-absence.js';

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

  it('PROFESSIONAL_ABSENCE_NO_TRAINING fires on a period without training half-day, not with one, nor when the count is unknown', () => {
    const input = { requestedOn: '2026-03-04', firstDay: '2026-03-16', lastDay: '2026-03-16' };
    const none = checkProfessionalAbsenceRequest({ ...input, trainingHalfDays: 0 }, opts);
    expect(none.map((f) => f.code)).toEqual(['PROFESSIONAL_ABSENCE_NO_TRAINING']);
    expect(none[0]?.severity).toBe('error');
    expect(none[0]?.message).toContain('16/03/2026');
    expect(checkProfessionalAbsenceRequest({ ...input, trainingHalfDays: 1 }, opts)).toEqual([]);
    expect(checkProfessionalAbsenceRequest({ ...input, trainingHalfDays: null }, opts)).toEqual([]);
    expect(checkProfessionalAbsenceRequest(input, opts)).toEqual([]);
    // Both said when both hold.
    expect(checkProfessionalAbsenceRequest({ ...input, requestedOn: '2026-03-05', trainingHalfDays: 0 }, opts).map((f) => f.code)).toEqual(['PROFESSIONAL_ABSENCE_NO_TRAINING', 'PROFESSIONAL_ABSENCE_TOO_LATE']);
  });
});

describe('periodTrainingHalfDays (§4.3.2)', () => {
  // Monday and Tuesday mornings are training; the rest company; nothing known after the 18th.
  const kindOf = (date: string, half: 'AM' | 'PM'): HalfDayKind | null => (date > '2026-03-18' ? null : half === 'AM' && date <= '2026-03-17' ? 'TRAINING' : 'COMPANY');

  it('lists the training half-days between the first and the last half-day, both included', () => {
    expect(periodTrainingHalfDays({ firstDay: '2026-03-16', firstHalf: 'AM', lastDay: '2026-03-18', lastHalf: 'PM' }, kindOf)).toEqual({
      training: [{ date: '2026-03-16', half: 'AM' }, { date: '2026-03-17', half: 'AM' }],
      unknown: false,
    });
    // From Monday afternoon: Monday morning is out.
    expect(periodTrainingHalfDays({ firstDay: '2026-03-16', firstHalf: 'PM', lastDay: '2026-03-17', lastHalf: 'AM' }, kindOf).training).toEqual([{ date: '2026-03-17', half: 'AM' }]);
    expect(periodTrainingHalfDays({ firstDay: '2026-03-18', firstHalf: 'AM', lastDay: '2026-03-18', lastHalf: 'PM' }, kindOf)).toEqual({ training: [], unknown: false });
  });

  it('says when part of the period is outside every calendar', () => {
    expect(periodTrainingHalfDays({ firstDay: '2026-03-18', firstHalf: 'AM', lastDay: '2026-03-19', lastHalf: 'AM' }, kindOf)).toEqual({ training: [], unknown: true });
  });

  it('refuses a period that ends before it starts, naming lastDay', () => {
    expect(() => periodTrainingHalfDays({ firstDay: '2026-03-17', firstHalf: 'AM', lastDay: '2026-03-16', lastHalf: 'PM' }, kindOf)).toThrow(/lastDay/);
  });
});
