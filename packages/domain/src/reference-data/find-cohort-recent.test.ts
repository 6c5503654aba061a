import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from './default-reference-data.js';
import { findCohort } from './lookup.js';
import type { Cohort, ReferenceData } from './reference-data.js';

// findCohort compares a code with the few it last found before asking the map (issue 15,
// helper h58): the same answers as the map, per reference data object, past the eight kept.
function byMap(data: ReferenceData, code: string): Cohort | undefined {
  const cohorts = new Map(data.cohorts.map((c) => [c.code.toUpperCase(), c]));
  return cohorts.get(code) ?? cohorts.get(code.trim().toUpperCase());
}

describe('findCohort with recent codes', () => {
  const many: ReferenceData = {
    ...defaultReferenceData,
    cohorts: Array.from({ length: 12 }, (_, i) => ({ ...(defaultReferenceData.cohorts[0] as Cohort), code: `C${i}-2025` })),
  };

  it('answers as the map for codes as given, in other case or with spaces, and unknown ones, again and again', () => {
    const codes = ['L3I-2025', 'm2-2025', ' MASTER-2025 ', 'L3I-2025', 'NOPE', '', 'M2-2025', 'master-2025', 'NOPE'];
    for (let round = 0; round < 3; round++) for (const code of codes) expect(findCohort(defaultReferenceData, code)).toBe(byMap(defaultReferenceData, code));
  });

  it('keeps each reference data object its own cohorts for the same code', () => {
    const other: ReferenceData = { ...defaultReferenceData, cohorts: defaultReferenceData.cohorts.map((c) => ({ ...c })) };
    for (let round = 0; round < 2; round++) {
      const mine = findCohort(defaultReferenceData, 'L3I-2025');
      const theirs = findCohort(other, 'L3I-2025');
      expect(mine).toBe(byMap(defaultReferenceData, 'L3I-2025'));
      expect(theirs).toBe(byMap(other, 'L3I-2025'));
      expect(theirs).not.toBe(mine);
    }
  });

  it('answers past the eight codes it keeps', () => {
    for (let round = 0; round < 3; round++) for (let i = 11; i >= -1; i--) expect(findCohort(many, `C${i}-2025`)).toBe(byMap(many, `C${i}-2025`));
  });
});
