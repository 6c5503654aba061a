import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from './default-reference-data.js';
import { findCohort } from './lookup.js';
import { placementGroups, placementOnCohortChange, studentPlacement } from './student-placement.js';

const place = (cohort: string, group: string | null, site: string | null = null) => studentPlacement({ cohort, group, site }, defaultReferenceData);

describe('studentPlacement (§1.2, §2.6 Tableau 4)', () => {
  it('places an M2 student in track 2ID or ISIE, at Îlot du Bois', () => {
    expect(place('M2-2026', 'M2-2ID')).toEqual({ placement: { group: 'M2-2ID', site: 'ILOT-DU-BOIS' }, errors: [] });
    expect(place('M2-2025', 'm2-isie', ' ')).toEqual({ placement: { group: 'M2-ISIE', site: 'ILOT-DU-BOIS' }, errors: [] });
  });

  it('gives each M1 group its own site: Aix at Forbin, Marseille at Îlot du Bois', () => {
    expect(place('MASTER-2025', 'M1-AIX').placement).toEqual({ group: 'M1-AIX', site: 'FORBIN' });
    expect(place('MASTER-2025', 'M1-MARSEILLE', 'ILOT-DU-BOIS').placement).toEqual({ group: 'M1-MARSEILLE', site: 'ILOT-DU-BOIS' });
    expect(place('L3I-2025', 'L3I-ALTERNANCE').placement).toEqual({ group: 'L3I-ALTERNANCE', site: 'FORBIN' });
  });

  it('places a Master 2025/2027 student in their M2 track: the same cohort goes on to the M2 (§1.2, Tableau 5)', () => {
    // « c'est la MIAGE qui vous affectera à l'un des 2 parcours », at the M2 of the 2-year contract.
    expect(place('MASTER-2025', 'M2-ISIE')).toEqual({ placement: { group: 'M2-ISIE', site: 'ILOT-DU-BOIS' }, errors: [] });
    expect(place('MASTER-2025', 'm2-2id').placement).toEqual({ group: 'M2-2ID', site: 'ILOT-DU-BOIS' });
    expect(place('MASTER-2025', 'M2-2ID', 'FORBIN').errors.map((e) => e.field)).toEqual(['site']);
    expect(placementGroups(findCohort(defaultReferenceData, 'MASTER-2025')!, defaultReferenceData).map((g) => g.code)).toEqual(['M1-AIX', 'M1-MARSEILLE', 'M2-2ID', 'M2-ISIE']);
  });

  it('adds no group to a one-year cohort, nor an earlier year’s to an M2', () => {
    const codes = (cohort: string) => placementGroups(findCohort(defaultReferenceData, cohort)!, defaultReferenceData).map((g) => g.code);
    expect(codes('M2-2026')).toEqual(['M2-2ID', 'M2-ISIE']);
    expect(codes('L3I-2025')).toEqual(['L3I-ALTERNANCE', 'L3I-CLASSIC']);
    expect(codes('L3G-2025')).toEqual(['L3G-CLASSIC']);
    expect(place('L3I-2025', 'M1-AIX').errors.map((e) => e.field)).toEqual(['group']);
  });

  it('refuses a group of another cohort, naming the cohort’s groups', () => {
    const { errors, placement } = place('M2-2026', 'M1-AIX');
    expect(placement.group).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: 'group' });
    expect(errors[0]?.message).toContain('M2-2ID (M2 MIAGE — parcours 2ID), M2-ISIE (M2 MIAGE — parcours ISIE)');
    expect(place('M2-2026', 'ISIE').errors.map((e) => e.field)).toEqual(['group']);
  });

  it('refuses a site that is not the group’s, or unknown', () => {
    expect(place('M2-2026', 'M2-2ID', 'FORBIN').errors).toEqual([expect.objectContaining({ field: 'site', message: expect.stringContaining('Îlot du Bois') })]);
    expect(place('MASTER-2025', 'M1-AIX', 'ILOT-DU-BOIS').errors.map((e) => e.field)).toEqual(['site']);
    expect(place('MASTER-2025', null, 'LUMINY').errors.map((e) => e.field)).toEqual(['site']);
  });

  it('keeps a site without a group, and leaves both empty when none is given', () => {
    expect(place('MASTER-2025', null, 'forbin')).toEqual({ placement: { group: null, site: 'FORBIN' }, errors: [] });
    expect(place('MASTER-2025', '', '')).toEqual({ placement: { group: null, site: null }, errors: [] });
  });
});

describe('placementOnCohortChange (M1 → M2 2026/2027)', () => {
  it('keeps an M2 track the office already gave, drops an M1 group and takes the M2’s one site', () => {
    expect(placementOnCohortChange({ cohort: 'M2-2026', group: 'M2-ISIE' }, defaultReferenceData)).toEqual({ group: 'M2-ISIE', site: 'ILOT-DU-BOIS' });
    expect(placementOnCohortChange({ cohort: 'M2-2026', group: 'M1-AIX' }, defaultReferenceData)).toEqual({ group: null, site: 'ILOT-DU-BOIS' });
    expect(placementOnCohortChange({ cohort: 'M2-2026', group: null }, defaultReferenceData)).toEqual({ group: null, site: 'ILOT-DU-BOIS' });
  });

  it('leaves the site open when the cohort’s groups are on several sites, and an unknown cohort unplaced', () => {
    expect(placementOnCohortChange({ cohort: 'MASTER-2025', group: null }, defaultReferenceData)).toEqual({ group: null, site: null });
    expect(placementOnCohortChange({ cohort: 'MASTER-2025', group: 'M1-MARSEILLE' }, defaultReferenceData)).toEqual({ group: 'M1-MARSEILLE', site: 'ILOT-DU-BOIS' });
    expect(placementOnCohortChange({ cohort: 'NOPE', group: 'M2-2ID' }, defaultReferenceData)).toEqual({ group: null, site: null });
  });
});
