import { describe, expect, it } from 'vitest';
import { checkLivretGrid, checkLivretGridAnswers, DEFAULT_LIVRET_GRID, type LivretGridDefinition } from './livret-grid.js';

const codes = (findings: { code: string; field?: string | undefined }[]) => findings.map((f) => `${f.code}@${f.field}`);
const all = DEFAULT_LIVRET_GRID.competences.flatMap((c) => c.criteria).map((c) => ({ criterion: c.code, level: 'ACQUIS', comment: null }));

describe('checkLivretGrid (LIVRET_GRID_INVALID)', () => {
  it('accepts the default grid', () => {
    expect(checkLivretGrid(DEFAULT_LIVRET_GRID)).toEqual([]);
  });
  it('fires on a one-level scale, a duplicate criterion code and an empty competence', () => {
    const grid: LivretGridDefinition = {
      scale: [{ code: 'OK', label: 'OK' }],
      competences: [
        { code: 'A', label: 'A', criteria: [{ code: 'X', label: 'x' }, { code: 'X', label: 'y' }] },
        { code: 'B', label: 'B', criteria: [] },
      ],
    };
    expect(codes(checkLivretGrid(grid))).toEqual(['LIVRET_GRID_INVALID@scale', 'LIVRET_GRID_INVALID@competences.0.criteria.1.code', 'LIVRET_GRID_INVALID@competences.1.criteria']);
  });
});

describe('checkLivretGridAnswers', () => {
  it('a draft may leave criteria unanswered; a submission may not (LIVRET_GRID_INCOMPLETE)', () => {
    const partial = all.slice(0, -1);
    expect(checkLivretGridAnswers(DEFAULT_LIVRET_GRID, partial, false)).toEqual([]);
    expect(codes(checkLivretGridAnswers(DEFAULT_LIVRET_GRID, partial, true))).toEqual(['LIVRET_GRID_INCOMPLETE@answers']);
    expect(checkLivretGridAnswers(DEFAULT_LIVRET_GRID, all, true)).toEqual([]);
  });
  it('refuses an unknown criterion or level', () => {
    expect(codes(checkLivretGridAnswers(DEFAULT_LIVRET_GRID, [{ criterion: 'NOPE', level: 'ACQUIS', comment: null }, { criterion: 'ANALYSE', level: 'TOP', comment: null }], false))).toEqual([
      'LIVRET_GRID_INVALID@answers.0.criterion',
      'LIVRET_GRID_INVALID@answers.1.level',
    ]);
  });
});
