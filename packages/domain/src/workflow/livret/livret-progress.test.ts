import { describe, expect, it } from 'vitest';
import { livretPeriods } from './livret-periods.js';
import { livretProgress } from './livret-progress.js';

const periods = livretPeriods({ trainingStart: '2025-09-04', finalDefence: '2026-09-04', defaults: { firstVisit: '2026-02-13', secondVisit: '2026-06-12' } });

describe('livretProgress', () => {
  it('counts each followed sheet per period and the alternants whose period is complete', () => {
    const done = { periods, submitted: new Set(['1:OBJECTIVES', '1:TUTOR_EVALUATION', '1:SELF_EVALUATION']) };
    const late = { periods, submitted: new Set(['1:OBJECTIVES']) };
    const [p1, p2] = livretProgress([done, late], 7, '2026-03-01');
    expect(p1!.complete).toBe(1);
    expect(p1!.sheets.OBJECTIVES).toEqual({ DONE: 2, UPCOMING: 0, MISSING: 0, LATE: 0 });
    expect(p1!.sheets.SELF_EVALUATION).toEqual({ DONE: 1, UPCOMING: 0, MISSING: 0, LATE: 1 });
    expect(p2!.sheets.TUTOR_EVALUATION).toEqual({ DONE: 0, UPCOMING: 0, MISSING: 2, LATE: 0 });
  });
});
