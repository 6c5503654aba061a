import { describe, expect, it } from 'vitest';
import { checkLateVisit } from './check-late-visit.js';

const codes = (today: string, held = false, visitNumber: 1 | 2 = 1, programme = 'M1'): string[] =>
  checkLateVisit({ visitNumber, programme, yearDdf: '2025-09-01', held }, today).map((f) => f.code);

describe('checkLateVisit (§4.6)', () => {
  it('fires the day after the window closes, not on its last day', () => {
    expect(codes('2026-02-28')).toEqual([]);
    expect(codes('2026-03-01')).toEqual(['VISIT_LATE']);
  });

  it('never fires once the visit is held', () => {
    expect(codes('2026-09-01', true)).toEqual([]);
  });

  it('M2: the 2nd visit may still take place in June', () => {
    expect(codes('2026-06-30', false, 2, 'M2')).toEqual([]);
    expect(codes('2026-07-01', false, 2, 'M2')).toEqual(['VISIT_LATE']);
    expect(codes('2026-06-01', false, 2, 'M1')).toEqual(['VISIT_LATE']);
  });

  it('says in French when the period ended', () => {
    const [finding] = checkLateVisit({ visitNumber: 1, programme: 'M1', yearDdf: '2025-09-01', held: false }, '2026-03-02');
    expect(finding).toMatchObject({ severity: 'warning', ref: '§4.6', window: { min: '2026-01-01', max: '2026-02-28' } });
    expect(finding?.message).toBe('1re visite en retard : sa période usuelle s’est terminée le 28/02/2026 et elle n’a pas eu lieu.');
  });
});
