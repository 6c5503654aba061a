import { describe, expect, it } from 'vitest';
import { livretRequirements } from './livret-requirements.js';

describe('livretRequirements (§4.7)', () => {
  it('lists the objectives sheet, the optional comments sheet and both evaluation grids, due at the period’s end', () => {
    const period = { number: 2 as const, from: '2026-02-14', to: '2026-06-12', usesDefault: false };
    expect(livretRequirements(period).map((r) => [r.code, r.mandatory, r.authors, r.dueDate, r.period])).toEqual([
      ['OBJECTIVES', true, ['COMPANY_TUTOR'], '2026-06-12', 2],
      ['COMMENTS', false, ['COMPANY_TUTOR', 'ALTERNANT'], null, 2],
      ['TUTOR_EVALUATION', true, ['COMPANY_TUTOR'], '2026-06-12', 2],
      ['SELF_EVALUATION', true, ['ALTERNANT'], '2026-06-12', 2],
    ]);
  });
});
