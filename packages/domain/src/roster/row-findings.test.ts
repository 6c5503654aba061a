import { describe, expect, it } from 'vitest';
import { checkContract } from '../contracts/check-contract.js';
import { readRoster } from './read-roster.js';
import { rowFindings } from './row-findings.js';

describe('rowFindings', () => {
  it('puts unreadable cells first and drops the MISSING_VALUE they cause', () => {
    const roster = readRoster([
      ['Nom', 'Formation', 'Statut', 'Contrat', 'Date de naissance', 'DDC', 'DFC'],
      ['Durand', 'L3I-2025', 'FI', 'CAPP', '2003-03-14', '31/02/2025', ''],
    ]);
    if (!roster.ok) throw new Error('header expected');
    const row = roster.rows[0];
    if (!row) throw new Error('row expected');
    const check = checkContract(row.input);
    const missing = check.findings.filter((f) => f.code === 'MISSING_VALUE').map((f) => f.field);
    expect(missing).toEqual(expect.arrayContaining(['startDate', 'endDate']));

    const findings = rowFindings(row, check);
    expect(findings[0]?.code).toBe('INVALID_VALUE');
    expect(findings[0]?.field).toBe('startDate');
    expect(findings.filter((f) => f.code === 'MISSING_VALUE').map((f) => f.field)).toEqual(['endDate']);
  });

  it('says when a missing value is a missing column, given the sheet’s columns', () => {
    const roster = readRoster([
      ['Nom', 'Formation', 'Statut', 'Contrat', 'Date de naissance', 'DDC', 'Fin'],
      ['Durand', 'L3I-2025', 'FI', 'CAPP', '2003-03-14', '', '03/07/2026'],
    ]);
    if (!roster.ok) throw new Error('header expected');
    const row = roster.rows[0]!;
    const findings = rowFindings(row, checkContract(row.input), roster.columns).filter((f) => f.code === 'MISSING_VALUE');
    const endDate = findings.find((f) => f.field === 'endDate')!;
    expect(endDate.message).toContain('Aucune colonne « DFC » dans la ligne d’en-tête');
    expect(endDate.messageEn).toContain('No « End date » column');
    // An empty cell of a column that is there is only an empty cell.
    expect(findings.find((f) => f.field === 'startDate')!.message).not.toContain('Aucune colonne');
  });

  it('returns the check’s findings when every cell was read', () => {
    const findings = [{ code: 'X', severity: 'error' as const, message: 'x', messageEn: 'x', ref: '§1' }];
    expect(rowFindings({ cellFindings: [] }, { findings })).toBe(findings);
  });
});
