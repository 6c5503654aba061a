import { describe, expect, it } from 'vitest';
import { livretPeriods } from './livret-periods.js';
import { livretSheetState } from './livret-sheet-state.js';

const periods = livretPeriods({ trainingStart: '2025-09-04', finalDefence: '2026-09-04', defaults: { firstVisit: '2026-02-13', secondVisit: '2026-06-12' } });

describe('livretSheetState (end of period + grace)', () => {
  it('UPCOMING before the period, MISSING through the grace period’s last day, LATE the day after', () => {
    expect(livretSheetState(false, periods[1], 7, '2026-02-13')).toBe('UPCOMING');
    expect(livretSheetState(false, periods[0], 7, '2026-02-20')).toBe('MISSING');
    expect(livretSheetState(false, periods[0], 7, '2026-02-21')).toBe('LATE');
    expect(livretSheetState(true, periods[0], 7, '2026-02-21')).toBe('DONE');
  });
});
