import { describe, expect, it } from 'vitest';
import { checkRosterImportRow, checkRosterImportRows } from './check-import-row.js';

const cohorts = ['M2-2026', 'L3I-2025'];
const ROW = { lastName: 'Durand', firstName: 'Léa', email: 'lea.durand@etu.example', cohort: 'M2-2026', status: 'FI', contractType: 'CAPP' };

describe('checkRosterImportRow', () => {
  it('accepts a complete row, optional cells left empty included', () => {
    expect(checkRosterImportRow({ ...ROW, group: '', siret: null, birthDate: '', monthlyGrossPay: null, company: '  ' }, { cohorts })).toEqual([]);
  });

  it('names every missing required cell, the e-mail included (issue 9 §2)', () => {
    const issues = checkRosterImportRow({ ...ROW, email: '', status: ' ' }, { cohorts });
    expect(issues.map((i) => [i.code, i.field])).toEqual([['MISSING_VALUE', 'email'], ['MISSING_VALUE', 'status']]);
    expect(issues[0]!.message).toMatch(/^E-mail manquant/);
  });

  it('refuses bad values cell by cell, in French', () => {
    const issues = checkRosterImportRow({ ...ROW, email: 'pas-une-adresse', cohort: 'M9', contractType: 'CDI', siret: '123', monthlyGrossPay: -1, startDate: '2026-09-01', endDate: '2026-08-01', birthDate: '2002-13-01' }, { cohorts });
    expect(issues.map((i) => i.field).sort()).toEqual(['birthDate', 'cohort', 'contractType', 'email', 'endDate', 'monthlyGrossPay', 'siret']);
    expect(issues.find((i) => i.field === 'cohort')!.message).toContain('n’est pas une formation du programme');
  });
});

describe('checkRosterImportRows', () => {
  it('flags an e-mail given twice on its second row, also across slices', () => {
    const seen = new Map<string, number>();
    expect(checkRosterImportRows([ROW], { cohorts, seen, offset: 0 }).size).toBe(0);
    const second = checkRosterImportRows([{ ...ROW, email: ' LEA.durand@etu.example ' }], { cohorts, seen, offset: 1 });
    expect(second.get(1)).toEqual([{ code: 'DUPLICATE', field: 'email', message: 'E-mail : lea.durand@etu.example figure déjà à la ligne 1 du tableau.' }]);
  });
});
