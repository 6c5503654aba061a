import { defaultReferenceData } from '@alternance/domain';
import { describe, expect, it } from 'vitest';
import { cohortLabel, cohortOptions, groupLabel, groupOptions } from './options';

describe('select options from the reference data', () => {
  it('shows each cohort by its label and sends its code', () => {
    const options = cohortOptions(defaultReferenceData);
    expect(options.map((o) => o.value)).toEqual(defaultReferenceData.cohorts.map((c) => c.code));
    const m2 = defaultReferenceData.cohorts.find((c) => c.code === 'M2-2026')!;
    expect(options).toContainEqual({ value: 'M2-2026', label: m2.label });
    expect(m2.label).not.toBe('M2-2026');
    // A cohort the office left without a label still shows something to choose.
    expect(cohortOptions({ cohorts: [{ code: 'X-2030', label: '' }] })).toEqual([{ value: 'X-2030', label: 'X-2030' }]);
    expect(cohortLabel(defaultReferenceData, 'M2-2026')).toBe(m2.label);
  });

  it('lists a cohort’s groups by name (§2.6, Tableau 4), nothing for an unknown cohort', () => {
    const m2 = defaultReferenceData.cohorts.find((c) => c.code === 'M2-2026')!;
    expect(groupOptions(defaultReferenceData, 'M2-2026')).toEqual(m2.groups.map((code) => ({ value: code, label: defaultReferenceData.groups.find((g) => g.code === code)!.name })));
    expect(groupOptions(defaultReferenceData, 'M2-2026').map((o) => o.label)).toContain('M2 MIAGE — parcours 2ID');
    expect(groupOptions(defaultReferenceData, 'NOPE')).toEqual([]);
    // The Master 2025/2027 goes on to the M2 in the same cohort: its tracks are offered after its M1 groups (§1.2).
    expect(groupOptions(defaultReferenceData, 'MASTER-2025').map((o) => o.value)).toEqual(['M1-AIX', 'M1-MARSEILLE', 'M2-2ID', 'M2-ISIE']);
    expect(groupOptions(defaultReferenceData, 'L3I-2025').map((o) => o.value)).toEqual(['L3I-ALTERNANCE', 'L3I-CLASSIC']);
    expect(groupLabel(defaultReferenceData, 'M1-MARSEILLE')).toBe('M1 MIAGE — Marseille');
    expect(groupLabel(defaultReferenceData, 'OLD-GROUP')).toBe('OLD-GROUP');
    expect(groupLabel(defaultReferenceData, null)).toBe('—');
  });
});
