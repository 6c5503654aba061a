import { describe, expect, it } from 'vitest';
import { mapHeaders, matchHeader } from './map-headers.js';
import { RESULT_COLUMNS, ROSTER_COLUMNS } from './roster-columns.js';

describe('mapHeaders', () => {
  it('maps the French headers of interfaces.md §3 to their fields', () => {
    const mapping = mapHeaders(ROSTER_COLUMNS.map((column) => column.fr));
    expect([...mapping.columns.keys()]).toEqual(ROSTER_COLUMNS.map((column) => column.field));
    expect([...mapping.columns.values()]).toEqual(ROSTER_COLUMNS.map((_, index) => index));
    expect(mapping.unknown).toEqual([]);
    expect(mapping.duplicates).toEqual([]);
  });

  it('accepts the English headers and the field names', () => {
    expect(mapHeaders(ROSTER_COLUMNS.map((column) => column.en)).columns.size).toBe(ROSTER_COLUMNS.length);
    expect(mapHeaders(ROSTER_COLUMNS.map((column) => column.field)).columns.size).toBe(ROSTER_COLUMNS.length);
  });

  it('ignores case, accents, spacing and punctuation', () => {
    const mapping = mapHeaders(['DATE DE NAISSANCE', 'date_de_naissance ', 'etranger', ' PRENOM', 'professionnalisation-validee', 'ddc']);
    expect(mapping.columns.get('birthDate')).toBe(0);
    expect(mapping.duplicates).toEqual([{ index: 1, header: 'date_de_naissance', key: 'birthDate', firstIndex: 0 }]);
    expect(mapping.columns.get('foreign')).toBe(2);
    expect(mapping.columns.get('firstName')).toBe(3);
    expect(mapping.columns.get('professionalisationValidated')).toBe(4);
    expect(mapping.columns.get('startDate')).toBe(5);
  });

  it('reads a money column written with its unit and an acronym written with dots', () => {
    const mapping = mapHeaders(['Salaire brut mensuel (€)', 'SMC (en euros)', 'D.D.C.', 'D.F.C.', 'Monthly gross pay (EUR)', 'Commentaire (€)']);
    expect(mapping.columns.get('monthlyGrossPay')).toBe(0);
    expect(mapping.columns.get('smcMonthly')).toBe(1);
    expect(mapping.columns.get('startDate')).toBe(2);
    expect(mapping.columns.get('endDate')).toBe(3);
    expect(mapping.duplicates).toEqual([{ index: 4, header: 'Monthly gross pay (EUR)', key: 'monthlyGrossPay', firstIndex: 0 }]);
    expect(mapping.unknown).toEqual([{ index: 5, header: 'Commentaire (€)' }]);
    // The result columns keep their own unit: « Salaire minimum (€) » is not the agreed pay.
    expect(mapHeaders(['Salaire minimum (€)', 'Coût (€)']).resultColumns.size).toBe(2);
  });

  it('recognises result columns in French and English, so a re-check replaces them', () => {
    const fr = mapHeaders(RESULT_COLUMNS.map((column) => column.fr));
    expect([...fr.resultColumns.entries()]).toEqual(RESULT_COLUMNS.map((column, index) => [column.key, index]));
    const en = mapHeaders(['Nom', ...RESULT_COLUMNS.map((column) => column.en.toUpperCase())]);
    expect(en.resultColumns.get('cost')).toBe(4);
    expect(en.resultColumns.size).toBe(RESULT_COLUMNS.length);
    expect(mapHeaders(['cout (€)', 'COÛT (EUR)']).resultColumns.get('cost')).toBe(0);
  });

  it('keeps unknown columns, reported with their header as written, and skips empty ones', () => {
    const mapping = mapHeaders(['Nom', '  Commentaire ', null, '', 42, { x: 1 }, 'Statut']);
    expect(mapping.unknown).toEqual([
      { index: 1, header: 'Commentaire' },
      { index: 4, header: '42' },
    ]);
    expect(mapping.columns.get('status')).toBe(6);
  });

  it('never throws on anything given as a row', () => {
    expect(mapHeaders(null as unknown as unknown[]).columns.size).toBe(0);
    expect(mapHeaders([Object.create(null), Symbol('s'), 10n]).unknown).toEqual([]);
  });
});

describe('matchHeader', () => {
  it('tells a roster field from a result column', () => {
    expect(matchHeader('Contrat')).toEqual({ kind: 'field', key: 'contractType' });
    expect(matchHeader('Contrôle')).toEqual({ kind: 'result', key: 'check' });
    expect(matchHeader('Remarques')).toBeUndefined();
    expect(matchHeader('')).toBeUndefined();
  });
});
