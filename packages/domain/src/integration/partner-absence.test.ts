import { describe, expect, it } from 'vitest';
import { NEW_PARTNER_ABSENCE, partnerAbsenceReason } from './partner-absence.js';

const at = { date: '2026-11-23', today: '2026-11-25', holidays: { whitMondayHoliday: true } };

describe('partnerAbsenceReason (issue 14, §4.3)', () => {
  it('keeps the absence when no reason or the same one is given', () => {
    expect(partnerAbsenceReason(NEW_PARTNER_ABSENCE, undefined, at)).toEqual({ ok: true, next: NEW_PARTNER_ABSENCE, event: null });
    expect(partnerAbsenceReason(NEW_PARTNER_ABSENCE, 'UNKNOWN', at)).toEqual({ ok: true, next: NEW_PARTNER_ABSENCE, event: null });
  });
  it('MEDICAL waits for the stoppage until 10 jours ouvrables after the absence (§4.3.1)', () => {
    const r = partnerAbsenceReason(NEW_PARTNER_ABSENCE, 'MEDICAL', at);
    expect(r).toEqual({ ok: true, event: 'DECLARE_MEDICAL', next: { state: 'AWAITING_STOPPAGE', reason: 'MEDICAL', deadline: '2026-12-04' } });
  });
  it('ABSENCE_JUSTIFICATION_LATE: MEDICAL past the deadline is refused', () => {
    const r = partnerAbsenceReason(NEW_PARTNER_ABSENCE, 'MEDICAL', { ...at, today: '2026-12-05' });
    expect(r).toMatchObject({ ok: false, code: 'ABSENCE_JUSTIFICATION_LATE' });
    expect(partnerAbsenceReason(NEW_PARTNER_ABSENCE, 'MEDICAL', { ...at, today: '2026-12-04' }).ok).toBe(true);
  });
  it('OTHER goes to the manager (§4.3.3)', () => {
    expect(partnerAbsenceReason(NEW_PARTNER_ABSENCE, 'OTHER', at)).toEqual({ ok: true, event: 'GIVE_OTHER_REASON', next: { state: 'AWAITING_DECISION', reason: 'OTHER', deadline: null } });
  });
  it('PROFESSIONAL_NOT_PARTNER: only the direction grants a professional absence (§4.3.2)', () => {
    expect(partnerAbsenceReason(NEW_PARTNER_ABSENCE, 'PROFESSIONAL', at)).toMatchObject({ ok: false, code: 'PROFESSIONAL_NOT_PARTNER' });
    expect(partnerAbsenceReason({ state: 'JUSTIFIED', reason: 'PROFESSIONAL', deadline: null }, 'PROFESSIONAL', at).ok).toBe(true);
  });
  it('REASON_ALREADY_GIVEN: a reason is not withdrawn', () => {
    const medical = { state: 'AWAITING_STOPPAGE', reason: 'MEDICAL', deadline: '2026-12-04' } as const;
    expect(partnerAbsenceReason(medical, 'UNKNOWN', at)).toMatchObject({ ok: false, code: 'REASON_ALREADY_GIVEN' });
    expect(partnerAbsenceReason(medical, 'MEDICAL', at)).toEqual({ ok: true, next: medical, event: null });
  });
  it('INVALID_TRANSITION: a settled justification is final', () => {
    expect(partnerAbsenceReason({ state: 'UNJUSTIFIED', reason: 'UNKNOWN', deadline: null }, 'MEDICAL', at)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(partnerAbsenceReason({ state: 'AWAITING_DECISION', reason: 'OTHER', deadline: null }, 'MEDICAL', at).ok).toBe(true);
  });
});
