import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { cohortOfCell } from './cohort-cell.js';
import { checkContract } from '../contracts/check-contract.js';
import { readRoster } from './read-roster.js';
import { rowFindings } from './row-findings.js';

const data = defaultReferenceData;
// Next year's L3I defined by the office: « L3I MIAGE » then needs a year or a DDC.
const withNextL3i: ReferenceData = {
  ...data,
  cohorts: [
    ...data.cohorts,
    { ...data.cohorts.find((c) => c.code === 'L3I-2025')!, code: 'L3I-2026', label: 'L3I MIAGE 2026/2027', ddf: '2026-09-01', dff: '2027-07-02', years: [{ programme: 'L3I', ddf: '2026-09-01', dff: '2027-07-02', calendar: null }] },
  ],
};

describe('cohortOfCell: the Formation column in the office’s words (interfaces.md §3, guide §1 Tableau 1)', () => {
  it('reads the codes, whatever their case and punctuation', () => {
    expect(cohortOfCell('MASTER-2025', data)).toEqual({ ok: true, code: 'MASTER-2025' });
    expect(cohortOfCell(' master 2025 ', data)).toEqual({ ok: true, code: 'MASTER-2025' });
    expect(cohortOfCell('l3i_2025', data)).toEqual({ ok: true, code: 'L3I-2025' });
  });

  it('reads the cohort’s label as the portal shows it, case and accents aside', () => {
    expect(cohortOfCell('L3I MIAGE 2025/2026', data)).toEqual({ ok: true, code: 'L3I-2025' });
    expect(cohortOfCell('m2 miage 2026-2027', data)).toEqual({ ok: true, code: 'M2-2026' });
    expect(cohortOfCell('Master MIAGE 2025/2027 (M1 2025/2026 puis M2 2026/2027)', data)).toEqual({ ok: true, code: 'MASTER-2025' });
    expect(cohortOfCell('Master MIAGE 2025/2027', data)).toEqual({ ok: true, code: 'MASTER-2025' });
    expect(cohortOfCell('L3G parcours MIAGE 2025/2026', data)).toEqual({ ok: true, code: 'L3G-2025' });
  });

  it('reads the guide’s programme names, in the order the office writes the words', () => {
    for (const text of ['L3 Informatique parcours MIAGE', 'L3 MIAGE Informatique', 'l3 miage informatique', 'L3I parcours MIAGE', 'L3I']) expect(cohortOfCell(text, data)).toEqual({ ok: true, code: 'L3I-2025' });
    expect(cohortOfCell('L3 Gestion parcours MIAGE', data)).toEqual({ ok: true, code: 'L3G-2025' });
    expect(cohortOfCell('M1 MIAGE', data)).toEqual({ ok: true, code: 'MASTER-2025' });
    expect(cohortOfCell('M1 MIAGE 2025/2026', data)).toEqual({ ok: true, code: 'MASTER-2025' });
    expect(cohortOfCell('Master MIAGE', data)).toEqual({ ok: true, code: 'MASTER-2025' });
  });

  it('takes the year from the cell, else from the DDC, when several cohorts follow the programme', () => {
    expect(cohortOfCell('L3I MIAGE', withNextL3i)).toMatchObject({ ok: false, reason: 'ambiguous', candidates: ['L3I-2025', 'L3I-2026'] });
    expect(cohortOfCell('L3 MIAGE Informatique 2026/2027', withNextL3i)).toEqual({ ok: true, code: 'L3I-2026' });
    expect(cohortOfCell('L3 MIAGE Informatique', withNextL3i, '2025-10-06')).toEqual({ ok: true, code: 'L3I-2025' });
    // A DDC in the summer before the DDF (Tableau 5): the year about to start.
    expect(cohortOfCell('L3 MIAGE Informatique', withNextL3i, '2026-07-20')).toEqual({ ok: true, code: 'L3I-2026' });
    expect(cohortOfCell('M2 MIAGE', data, '2025-10-01')).toEqual({ ok: true, code: 'M2-2025' });
  });

  it('says, never guesses, when an M2 year is both a Master’s and a one-year M2’s', () => {
    expect(cohortOfCell('M2 MIAGE', data, '2026-10-01')).toEqual({ ok: false, reason: 'ambiguous', candidates: ['M2-2026', 'MASTER-2025'] });
  });

  it('does not read what names no cohort of the programme', () => {
    for (const text of ['M3 MIAGE', 'Licence pro', 'L3 MIAGE', 'MIAGE', '2025', 'M1 MIAGE 2030/2031']) expect(cohortOfCell(text, data)).toMatchObject({ ok: false, reason: 'unknown' });
  });
});

describe('readRoster reads the Formation column’s words as the cohort’s code', () => {
  const sheet = (formation: string, ddc = '2025-10-06') => [
    ['Nom', 'Formation', 'Statut', 'Contrat', 'DDC'],
    ['Durand', formation, 'FI', 'CAPP', ddc],
  ];

  it('does not fire for a label or a programme name', () => {
    for (const formation of ['L3I MIAGE 2025/2026', 'L3 MIAGE Informatique', 'M1 MIAGE', 'Master MIAGE 2025/2027']) {
      const roster = readRoster(sheet(formation));
      if (!roster.ok) throw new Error('header');
      expect(roster.rows[0]!.cellFindings).toEqual([]);
      expect(roster.rows[0]!.input.cohort).toMatch(/^(L3I|MASTER)-2025$/);
    }
  });

  it('reads against the reference data it is given', () => {
    const roster = readRoster(sheet('L3 MIAGE Informatique', '2026-09-14'), { referenceData: withNextL3i });
    expect(roster.ok && roster.rows[0]!.input.cohort).toBe('L3I-2026');
  });

  it('fires on an unknown Formation, naming the column and listing what it accepts', () => {
    const roster = readRoster(sheet('M3 MIAGE'));
    if (!roster.ok) throw new Error('header');
    const [cell] = roster.rows[0]!.cellFindings;
    expect(cell!.column).toBe(1);
    expect(cell!.finding).toMatchObject({ code: 'INVALID_VALUE', field: 'cohort' });
    expect(cell!.finding.message).toContain('colonne « Formation » : « M3 MIAGE » n’est pas une formation du programme');
    expect(cell!.finding.message).toContain('MASTER-2025');
    expect(cell!.finding.message).toContain('« L3I MIAGE 2025/2026 »');
    expect(cell!.finding.message).toContain('« M1 MIAGE »');
    // Kept as written, so that the import refuses it by name; the engine's own INVALID_VALUE is not said twice.
    expect(roster.rows[0]!.input.cohort).toBe('M3 MIAGE');
    expect(rowFindings(roster.rows[0]!, checkContract(roster.rows[0]!.input)).filter((f) => f.field === 'cohort')).toEqual([cell!.finding]);
  });

  it('fires on an ambiguous Formation, naming the cohorts it could be', () => {
    const roster = readRoster(sheet('M2 MIAGE', '2026-10-01'));
    if (!roster.ok) throw new Error('header');
    expect(roster.rows[0]!.cellFindings[0]!.finding.message).toContain('« M2 MIAGE » désigne plusieurs formations, M2-2026 (« M2 MIAGE 2026/2027 »), MASTER-2025');
  });
});
