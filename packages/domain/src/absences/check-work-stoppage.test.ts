import { describe, expect, it } from 'vitest';
import { checkWorkStoppage } from './check-work-stoppage.js';

const opts = { whitMondayHoliday: true };
// Issued Monday 2026-03-02: 10 jours ouvrables later (Saturdays count) is Friday 2026-03-13.
const base = { sender: 'HOST' as const, issuedOn: '2026-03-02', from: '2026-03-02', to: '2026-03-06', absenceDate: '2026-03-03', transmittedOn: '2026-03-13' };
const codes = (input: typeof base | Record<string, unknown>) => checkWorkStoppage(input as typeof base, opts).map((f) => f.code);

describe('checkWorkStoppage (§4.3.1)', () => {
  it('ABSENCE_JUSTIFICATION_LATE: in time on the 10th jour ouvrable, late the next day', () => {
    expect(codes(base)).toEqual([]);
    expect(codes({ ...base, transmittedOn: '2026-03-14' })).toEqual(['ABSENCE_JUSTIFICATION_LATE']);
    const late = checkWorkStoppage({ ...base, transmittedOn: '2026-03-14' }, opts)[0];
    expect(late?.window).toEqual({ min: null, max: '2026-03-13' });
    expect(late?.ref).toBe('§4.3.1');
  });

  it('STOPPAGE_NOT_FROM_HOST: the student’s stoppage is ignored, the host’s counts', () => {
    expect(codes({ ...base, sender: 'STUDENT' })).toEqual(['STOPPAGE_NOT_FROM_HOST']);
    expect(codes({ ...base, sender: 'HOST' })).toEqual([]);
  });

  it('STOPPAGE_DOES_NOT_COVER: the absence must lie within the stoppage, bounds included', () => {
    expect(codes({ ...base, absenceDate: '2026-03-02' })).toEqual([]);
    expect(codes({ ...base, absenceDate: '2026-03-06' })).toEqual([]);
    expect(codes({ ...base, absenceDate: '2026-03-07' })).toEqual(['STOPPAGE_DOES_NOT_COVER']);
    expect(codes({ ...base, absenceDate: '2026-03-01' })).toEqual(['STOPPAGE_DOES_NOT_COVER']);
  });

  it('names the field of an unreadable date or an inverted period', () => {
    expect(() => checkWorkStoppage({ ...base, issuedOn: '2026-02-30' }, opts)).toThrow(/issuedOn/);
    expect(() => checkWorkStoppage({ ...base, to: '2026-03-01' }, opts)).toThrow(/before from/);
  });
});
