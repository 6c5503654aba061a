import { describe, expect, it } from 'vitest';
import { livretPeriods } from './livret-periods.js';
import { livretStatus } from './livret-status.js';

const periods = livretPeriods({
  trainingStart: '2025-09-04',
  firstVisit: '2026-01-20',
  finalDefence: '2026-09-04',
  defaults: { firstVisit: '2026-02-13', secondVisit: '2026-06-12' },
});

function summary(submitted: Parameters<typeof livretStatus>[0], today: string): string[] {
  return livretStatus(submitted, periods, today).map((g) => `P${g.period} ${g.code} ${g.status}`);
}

describe('livretStatus (§4.7)', () => {
  it('lists the mandatory documents of the running period as missing, not the optional one nor future periods', () => {
    expect(summary([], '2025-09-04')).toEqual(['P1 OBJECTIVES MISSING', 'P1 TUTOR_EVALUATION MISSING', 'P1 SELF_EVALUATION MISSING']);
  });

  it('turns them late the day after the period’s end (its last day still on time)', () => {
    expect(summary([{ period: 1, code: 'OBJECTIVES' }], '2026-01-20')).toEqual(['P1 TUTOR_EVALUATION MISSING', 'P1 SELF_EVALUATION MISSING']);
    expect(summary([{ period: 1, code: 'OBJECTIVES' }], '2026-01-21')).toEqual([
      'P1 TUTOR_EVALUATION LATE',
      'P1 SELF_EVALUATION LATE',
      'P2 OBJECTIVES MISSING',
      'P2 TUTOR_EVALUATION MISSING',
      'P2 SELF_EVALUATION MISSING',
    ]);
  });

  it('is empty when everything mandatory is in, whatever the comments sheet', () => {
    const all = [1, 2, 3].flatMap((period) =>
      (['OBJECTIVES', 'TUTOR_EVALUATION', 'SELF_EVALUATION'] as const).map((code) => ({ period: period as 1 | 2 | 3, code })),
    );
    expect(summary(all, '2026-12-31')).toEqual([]);
  });

  it('carries the due date and authors for the reminder', () => {
    expect(livretStatus([], periods, '2026-06-13').find((g) => g.period === 2 && g.code === 'SELF_EVALUATION')).toMatchObject({
      dueDate: '2026-06-12',
      authors: ['ALTERNANT'],
      status: 'LATE',
    });
  });

  it('throws on an unreadable today', () => {
    expect(() => livretStatus([], periods, 'today')).toThrow(/today/);
  });
});
