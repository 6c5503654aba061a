import { describe, expect, it } from 'vitest';
import { checkSheet } from './check-sheet.js';

const HEADER = ['Nom', 'Formation', 'Statut', 'Contrat', 'Date de naissance', 'Date de demande', 'DDC', 'DFC', 'Salaire brut mensuel', 'Notes'];
// MASTER-2025 CAPP: DDC window 2025-06-01..2025-12-01, DFC 2027-09-03..2027-11-03 (interfaces.md §1).
const GOOD = ['DUPONT', 'MASTER-2025', 'FI', 'CAPP', '2003-04-10', '2025-06-15', '2025-09-01', '2027-09-10', 2000, 'gardé'];

describe('checkSheet', () => {
  it('checks a compliant row: OK, figures, no mark', () => {
    const check = checkSheet([HEADER, GOOD]);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const [row] = check.rows;
    expect(row?.level).toBe('ok');
    expect(row?.result['Contrôle']).toBe('OK');
    expect(row?.result['Anomalies']).toBe('');
    expect(row?.result['Heures facturables']).toBeGreaterThan(0);
    expect(row?.result['Salaire minimum (€)']).toBeGreaterThan(0);
    expect(row?.marks).toEqual([]);
    expect(check.unknownColumns).toEqual([{ index: 9, header: 'Notes' }]);
    // Result columns go after the last column, in the catalogue's order.
    expect(check.resultColumns.map((c) => [c.header, c.index])).toEqual([
      ['Contrôle', 10], ['Anomalies', 11], ['Heures facturables', 12], ['Coût (€)', 13], ['Heures non facturées', 14], ['Salaire minimum (€)', 15],
    ]);
  });

  it('checks a row whose status and contract are the guide\'s sigle or words (§2.1, Tableau 3) like one in codes, and marks a contradiction', () => {
    const sigle = checkSheet([HEADER, GOOD.map((v, i) => (i === 2 ? 'FI-CAPP' : i === 3 ? '' : v))]);
    const words = checkSheet([HEADER, GOOD.map((v, i) => (i === 2 ? 'Formation initiale' : i === 3 ? 'Contrat d’apprentissage' : v))]);
    const clash = checkSheet([HEADER, GOOD.map((v, i) => (i === 2 ? 'FC' : i === 3 ? 'FI-CAPP' : v))]);
    if (!sigle.ok || !words.ok || !clash.ok) throw new Error('roster not read');
    expect(sigle.rows[0]?.result['Contrôle']).toBe('OK');
    expect(words.rows[0]?.result['Contrôle']).toBe('OK');
    expect(words.rows[0]?.result['Coût (€)']).toBe(16462);
    expect(clash.rows[0]?.result['Contrôle']).toBe('Erreur');
    expect(clash.rows[0]?.result['Anomalies']).toContain('Le sigle de la colonne « Contrat » dit FI pour le statut');
    expect(clash.rows[0]?.marks).toContain(2);
  });

  it('marks the DDC cell of a start date one day after the campaign closes (2025-10-31), not on the last day', () => {
    const late = checkSheet([HEADER, GOOD.map((v, i) => (i === 6 ? '2025-11-01' : v))]);
    const last = checkSheet([HEADER, GOOD.map((v, i) => (i === 6 ? '2025-10-31' : v))]);
    if (!late.ok || !last.ok) throw new Error('roster not read');
    expect(late.rows[0]?.result['Anomalies']).toContain('DDC_TOO_LATE');
    expect(late.rows[0]?.marks).toContain(6);
    expect(last.rows[0]?.result['Anomalies']).not.toContain('DDC_TOO_LATE');
    expect(last.rows[0]?.marks).not.toContain(6);
  });

  it('turns an unreadable cell into a finding on that cell', () => {
    const check = checkSheet([HEADER, GOOD.map((v, i) => (i === 7 ? '31/02/2027' : v))]);
    if (!check.ok) throw new Error('roster not read');
    const row = check.rows[0];
    expect(row?.level).toBe('error');
    expect(row?.findings[0]?.code).toBe('INVALID_VALUE');
    expect(row?.findings[0]?.message).toContain('« DFC »');
    expect(row?.marks).toEqual([7]);
  });

  it('marks the Contrôle cell when an error names no column of the sheet', () => {
    // No "Date de naissance" column: the age rule cannot run, and MISSING_VALUE has no cell.
    const header = HEADER.filter((h) => h !== 'Date de naissance');
    const row = GOOD.filter((_, i) => i !== 4);
    const check = checkSheet([header, row]);
    if (!check.ok) throw new Error('roster not read');
    const missing = check.rows[0]?.findings.filter((f) => f.code === 'MISSING_VALUE' && f.severity === 'error') ?? [];
    expect(missing.length).toBeGreaterThan(0);
    expect(check.rows[0]?.marks).toContain(check.resultColumns.find((c) => c.key === 'check')?.index);
  });

  it('writes over result columns already there (English headers too)', () => {
    const check = checkSheet([[...HEADER, 'Check', 'Anomalies'], [...GOOD, 'old', 'old']]);
    if (!check.ok) throw new Error('roster not read');
    expect(check.resultColumns.slice(0, 3).map((c) => c.index)).toEqual([10, 11, 12]);
  });

  it('finds the header row below title lines and skips blank rows', () => {
    const check = checkSheet([['Promotion 2025'], [], HEADER, GOOD, [], GOOD]);
    if (!check.ok) throw new Error('roster not read');
    expect(check.headerRowIndex).toBe(2);
    expect(check.rows.map((r) => r.rowIndex)).toEqual([3, 5]);
  });

  it('says in French why a sheet is not a roster', () => {
    const check = checkSheet([['a', 'b'], [1, 2]]);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.error.message).toMatch(/Aucune ligne d'en-tête/);
  });
});
