import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from './default-reference-data.js';
import { placementWish, wishChoices } from './placement-wish.js';

const codes = (cohort: string) => {
  const c = wishChoices(cohort, defaultReferenceData);
  return { tracks: c.tracks.map((g) => g.code), sites: c.sites.map((s) => s.code) };
};
const wish = (cohort: string, trackWish: string | null, siteWish: string | null = null) => placementWish({ cohort, trackWish, siteWish }, defaultReferenceData);

describe('wishChoices (§1.2, §2.4 Figure 10)', () => {
  it('a Master entered in M1 wishes a site for the M1 and a track for the M2', () => {
    expect(codes('MASTER-2025')).toEqual({ tracks: ['M2-2ID', 'M2-ISIE'], sites: ['FORBIN', 'ILOT-DU-BOIS'] });
  });
  it('an M2 entrant confirms or changes a track; single site, no site wish', () => {
    expect(codes('M2-2025')).toEqual({ tracks: ['M2-2ID', 'M2-ISIE'], sites: [] });
  });
  it('L3I and L3G: nothing to wish (the contract decides the L3I group; one site)', () => {
    expect(codes('L3I-2025')).toEqual({ tracks: [], sites: [] });
    expect(codes('L3G-2025')).toEqual({ tracks: [], sites: [] });
    expect(codes('NOPE')).toEqual({ tracks: [], sites: [] });
  });
});

describe('placementWish', () => {
  it('keeps a track and a site the cohort offers, spelled as the reference data', () => {
    expect(wish('MASTER-2025', 'm2-isie', ' ilot-du-bois ')).toEqual({ wish: { track: 'M2-ISIE', site: 'ILOT-DU-BOIS' }, errors: [] });
    expect(wish('M2-2026', 'M2-2ID')).toEqual({ wish: { track: 'M2-2ID', site: null }, errors: [] });
  });
  it('a blank wish is no wish', () => {
    expect(wish('MASTER-2025', '  ', null)).toEqual({ wish: { track: null, site: null }, errors: [] });
  });
  it('refuses, on its field, a track in L3I and a site in M2, naming the choices', () => {
    const l3 = wish('L3I-2025', 'M2-2ID');
    expect(l3.wish.track).toBeNull();
    expect(l3.errors).toEqual([expect.objectContaining({ field: 'trackWish', message: expect.stringContaining('parcours au choix : —') })]);
    const m2 = wish('M2-2025', 'M2-2ID', 'FORBIN');
    expect(m2.wish).toEqual({ track: 'M2-2ID', site: null });
    expect(m2.errors.map((e) => e.field)).toEqual(['siteWish']);
    const unknown = wish('MASTER-2025', 'ISIE', 'PARIS');
    expect(unknown.errors.map((e) => e.field)).toEqual(['trackWish', 'siteWish']);
    expect(unknown.errors[0]?.message).toContain('M2-2ID (M2 MIAGE — parcours 2ID), M2-ISIE (M2 MIAGE — parcours ISIE)');
    expect(unknown.errors[1]?.messageEn).toContain('FORBIN (Site de Forbin, Aix-en-Provence)');
  });
});
