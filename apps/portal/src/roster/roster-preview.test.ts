import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';
import { previewRoster } from './roster-preview';

const CSV = [
  'Nom;Prénom;E-mail;Formation;Statut;Contrat;DDC;DFC;Date de naissance;SIRET',
  'Martin;Léa;lea.martin@etu.example;MASTER-2025;FI;CAPP;01/09/2025;03/09/2027;10/05/2003;123 456 789 00012',
  'Durand;Paul;paul.durand@etu.example;DOCTORAT-2025;XX;CAPP;01/09/2025;03/09/2027;10/05/2003;',
].join('\r\n');

describe('parseCsv', () => {
  it('guesses the French ; delimiter and honours quotes', () => {
    expect(parseCsv('a;b\r\n"x;y";"dit ""oui"""\n')).toEqual([
      ['a', 'b'],
      ['x;y', 'dit "oui"'],
    ]);
    expect(parseCsv('\uFEFFa,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('previewRoster', () => {
  it('checks each row with the domain and prepares the rows to import', async () => {
    const progress: number[] = [];
    const result = await previewRoster(parseCsv(CSV), { chunk: 1, onProgress: (done) => progress.push(done) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(progress).toEqual([1, 2]);
    const [good, bad] = result.rows;
    expect(good?.importRow).toEqual({
      lastName: 'Martin',
      firstName: 'Léa',
      email: 'lea.martin@etu.example',
      cohort: 'MASTER-2025',
      status: 'FI',
      contractType: 'CAPP',
      startDate: '2025-09-01',
      endDate: '2027-09-03',
      birthDate: '2003-05-10',
      siret: '12345678900012',
    });
    expect(good?.line).toBe(2);
    expect(bad?.level).toBe('error');
    expect(bad?.findings.map((f) => f.code)).toContain('INVALID_VALUE');
  });

  it('says why a sheet without a header row cannot be read', async () => {
    const result = await previewRoster([['a', 'b'], ['1', '2']]);
    expect(result.ok).toBe(false);
  });
});

describe('previewRoster: what the import would refuse (issue 9 §2)', () => {
  it('shows a missing E-mail column once and on every row, and an optional cell left empty as no problem', async () => {
    const csv = ['Nom;Prénom;Formation;Statut;Contrat;DDC;DFC;Groupe', 'Martin;Léa;MASTER-2025;FI;CAPP;01/09/2025;03/09/2027;'].join('\r\n');
    const result = await previewRoster(parseCsv(csv));
    expect(result.ok && result.missingColumns).toEqual(['E-mail']);
    if (!result.ok) return;
    expect(result.rows[0]!.issues.map((i) => [i.code, i.field])).toEqual([['MISSING_VALUE', 'email']]);
    expect(result.rows[0]!.blocked).toBe(true);
  });

  it('reads the Formation in the office’s words — the portal’s label, the guide’s programme name — as the cohort’s code it imports', async () => {
    const csv = ['Nom;Prénom;E-mail;Formation;Statut;Contrat;DDC', 'A;Léa;lea@etu.example;L3 MIAGE Informatique;FI;CAPP;06/10/2025', 'B;Léo;leo@etu.example;Master MIAGE 2025/2027;FI;CAPP;01/09/2025'].join('\r\n');
    const result = await previewRoster(parseCsv(csv));
    if (!result.ok) throw new Error(result.message);
    expect(result.rows.map((r) => [r.importRow.cohort, r.blocked, r.issues])).toEqual([['L3I-2025', false, []], ['MASTER-2025', false, []]]);
  });

  it('flags a duplicate e-mail and an unknown cohort on their cells, as the API would', async () => {
    const csv = ['Nom;Prénom;E-mail;Formation;Statut;Contrat', 'A;Léa;lea@etu.example;MASTER-2025;FI;CAPP', 'B;Léo;LEA@etu.example;DOCTORAT-2099;FI;CAPP'].join('\r\n');
    const result = await previewRoster(parseCsv(csv));
    if (!result.ok) throw new Error(result.message);
    expect(result.missingColumns).toEqual([]);
    expect(result.rows[0]!.blocked).toBe(false);
    expect(result.rows[1]!.issues.map((i) => [i.code, i.field])).toEqual([['BAD_USER_INPUT', 'cohort'], ['DUPLICATE', 'email']]);
  });
});
