import { describe, expect, it } from 'vitest';
import { checkAcademicTutorAssigned } from './check-academic-tutor-assigned.js';

const codes = (today: string, assigned = false, deadline?: { month: number; day: number }): string[] =>
  checkAcademicTutorAssigned({ assigned, ddfOfYear: '2025-09-01' }, today, { deadline }).map((f) => f.code);

describe('checkAcademicTutorAssigned (§4.6, note 32)', () => {
  it('fires the day after the deadline (10 November by default), not on it', () => {
    expect(codes('2025-11-10')).toEqual([]);
    expect(codes('2025-11-11')).toEqual(['ACADEMIC_TUTOR_NOT_ASSIGNED']);
  });

  it('never fires for an assigned alternant', () => {
    expect(codes('2026-03-01', true)).toEqual([]);
  });

  it('follows the deadline of the reference data', () => {
    expect(codes('2025-11-02', false, { month: 11, day: 1 })).toEqual(['ACADEMIC_TUTOR_NOT_ASSIGNED']);
    expect(codes('2025-11-01', false, { month: 11, day: 1 })).toEqual([]);
  });

  it('says the manager remains the tutor (note 32)', () => {
    const [finding] = checkAcademicTutorAssigned({ assigned: false, ddfOfYear: '2025-09-01' }, '2025-12-01');
    expect(finding?.message).toContain('le responsable de l’alternance reste le tuteur');
  });
});
