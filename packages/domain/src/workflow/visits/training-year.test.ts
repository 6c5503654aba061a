import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../../reference-data/default-reference-data.js';
import { findCohort } from '../../reference-data/lookup.js';
import { academicYearOf, academicYearOn, trainingYearOf, trainingYearOn } from './training-year.js';

const master = findCohort(defaultReferenceData, 'MASTER-2025')!;

describe('training years of a cohort', () => {
  it('names the academic year by the DDF', () => {
    expect(academicYearOf('2025-09-01')).toBe('2025-2026');
  });

  it('finds the M1 then the M2 year of a Master', () => {
    expect(trainingYearOf(master, '2025-2026')?.programme).toBe('M1');
    expect(trainingYearOf(master, '2026-2027')?.programme).toBe('M2');
    expect(trainingYearOf(master, '2024-2025')).toBeNull();
  });

  it('the year in progress on a day, else the next, else the last', () => {
    expect(trainingYearOn(master, '2026-09-02')?.programme).toBe('M1');
    expect(trainingYearOn(master, '2026-09-03')?.programme).toBe('M2');
    expect(trainingYearOn(master, '2025-06-01')?.programme).toBe('M1');
    expect(trainingYearOn(master, '2028-01-01')?.programme).toBe('M2');
  });

  it('the academic year of a day runs September to August', () => {
    expect(academicYearOn('2025-08-31')).toBe('2024-2025');
    expect(academicYearOn('2025-09-01')).toBe('2025-2026');
    expect(academicYearOn('2026-02-15')).toBe('2025-2026');
  });
});
