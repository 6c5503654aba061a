import { describe, expect, it } from 'vitest';
import { livretExpectation } from './livret-expected.js';

const m = (contractType: string, state = 'VALIDATED', cohort = 'M2-2025') => ({ contractType, state, cohort });

describe('livretExpectation (§4.7: the alternants only)', () => {
  it('an alternant: an apprenticeship, a professionalisation contract or a work-study internship validated', () => {
    for (const type of ['CAPP', 'CPRO', 'CSTAGEALT']) expect(livretExpectation('M2-2025', [m(type)])).toBe('ALTERNANT');
  });
  it('not an alternant: a classic internship or no contract validated', () => {
    expect(livretExpectation('M2-2025', [m('CSTAGE')])).toBe('NOT_ALTERNANT');
    expect(livretExpectation('M2-2025', [m('SANS')])).toBe('NOT_ALTERNANT');
  });
  it('an alternance validated after a classic internship (or before it) still counts', () => {
    expect(livretExpectation('M2-2025', [m('CSTAGE'), m('CAPP')])).toBe('ALTERNANT');
  });
  it('no mission yet: only a draft, a refused one, or another cohort’s', () => {
    expect(livretExpectation('M2-2025', [])).toBe('NO_MISSION');
    expect(livretExpectation('M2-2025', [m('CAPP', 'SUBMITTED'), m('CSTAGE', 'REFUSED'), m('CAPP', 'VALIDATED', 'M1-2024')])).toBe('NO_MISSION');
  });
});
