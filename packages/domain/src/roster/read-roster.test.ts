import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRoster } from './read-roster.js';

const HEADER = [
  'Nom',
  'Prénom',
  'Date de naissance',
  'Formation',
  'Groupe',
  'Statut',
  'Contrat',
  'Date de demande',
  'Date de validation',
  'DDC',
  'DFC',
  'Redoublant',
  'Professionnalisation validée',
  'Étranger',
  'APT',
  'OPA',
  'Salaire brut mensuel',
  'Commentaire',
];

const ROW = [
  'Durand',
  'Léa',
  '14/03/2003',
  'master-2025',
  '',
  ' fi ',
  'capp',
  45_777,
  new Date(Date.UTC(2025, 4, 20)),
  '2025-09-01',
  '03/09/2027',
  'non',
  'non',
  'x',
  'oui',
  'Acme',
  '1 234,56 €',
  'à rappeler',
];

describe('readRoster', () => {
  it('reads every column of interfaces.md §3 below a title row', () => {
    const result = readRoster([['Alternants 2025'], HEADER, ROW]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.headerRowIndex).toBe(1);
    expect(result.unknown).toEqual([{ index: 17, header: 'Commentaire' }]);
    expect(result.rows).toEqual([
      {
        rowIndex: 2,
        input: {
          cohort: 'MASTER-2025',
          status: 'FI',
          contractType: 'CAPP',
          birthDate: '2003-03-14',
          requestDate: '2025-04-30',
          validationDate: '2025-05-20',
          startDate: '2025-09-01',
          endDate: '2027-09-03',
          repeating: false,
          professionalisationValidated: false,
          foreign: true,
          aptObtained: true,
          monthlyGrossPay: 1234.56,
        },
        person: { lastName: 'Durand', firstName: 'Léa', company: 'Acme' },
        cellFindings: [],
      },
    ]);
  });

  it('reads the day the APT was obtained in the APT column, as a date or an Excel serial (§3.4, note 26)', () => {
    const result = readRoster([
      ['Nom', 'Formation', 'Statut', 'Contrat', 'Étranger', 'APT'],
      ['Durand', 'MASTER-2025', 'FI', 'CAPP', 'oui', '02/09/2025'],
      ['Martin', 'MASTER-2025', 'FI', 'CAPP', 'oui', 45_870],
      ['Petit', 'MASTER-2025', 'FI', 'CAPP', 'oui', 'non'],
      ['Roy', 'MASTER-2025', 'FI', 'CAPP', 'oui', 'bientôt'],
    ]);
    if (!result.ok) throw new Error('header expected');
    expect(result.rows.map((row) => [row.input.aptObtained, row.input.aptObtainedOn])).toEqual([
      [true, '2025-09-02'],
      [true, '2025-08-01'],
      [false, undefined],
      [undefined, undefined],
    ]);
    expect(result.rows[3]?.cellFindings[0]?.finding).toMatchObject({ code: 'INVALID_VALUE', field: 'aptObtained' });
    expect(result.rows[3]?.cellFindings[0]?.finding.message).toContain('attendu : oui, non, ou la date d’obtention (jj/mm/aaaa)');
  });

  it('reads the guide\'s sigles and words in the Statut and Contrat columns (§2.1, Tableau 3), and says when a sigle contradicts the other column', () => {
    const result = readRoster([
      ['Nom', 'Statut', 'Contrat'],
      ['A', 'FI-CAPP', ''],
      ['B', '', 'FC CPRO'],
      ['C', 'FI', 'FI-CSTAGEALT'],
      ['D', 'Formation continue', 'Contrat de professionnalisation'],
      ['E', 'FI-CAPP', 'Apprentissage'],
      ['F', 'FC', 'FI-CAPP'],
      ['G', 'FI-CAPP', 'CPRO'],
      ['H', 'FI', 'CDI'],
    ]);
    if (!result.ok) throw new Error('header expected');
    expect(result.rows.map((row) => [row.input.status, row.input.contractType])).toEqual([
      ['FI', 'CAPP'],
      ['FC', 'CPRO'],
      ['FI', 'CSTAGEALT'],
      ['FC', 'CPRO'],
      ['FI', 'CAPP'],
      ['', 'CAPP'],
      ['FI', ''],
      ['FI', 'CDI'],
    ]);
    expect(result.rows.slice(0, 5).every((row) => row.cellFindings.length === 0)).toBe(true);
    expect(result.rows[5]?.cellFindings).toEqual([
      {
        column: 1,
        finding: expect.objectContaining({ code: 'INVALID_VALUE', field: 'status', message: 'Le sigle de la colonne « Contrat » dit FI pour le statut, la colonne « Statut » dit FC (Tableau 3) : corrigez l’une des deux.' }),
      },
    ]);
    expect(result.rows[6]?.cellFindings).toEqual([{ column: 2, finding: expect.objectContaining({ code: 'INVALID_VALUE', field: 'contractType' }) }]);
    // Not the guide's words: left as typed, for the rules to name (INVALID_VALUE on contractType).
    expect(result.rows[7]?.cellFindings).toEqual([]);
  });

  it('reads English headers and French group names', () => {
    const result = readRoster([
      ['Last name', 'Cohort', 'Group', 'Status', 'Contract'],
      ['Smith', 'L3I-2025', 'Classique', 'FI', 'CSTAGE'],
      ['Jones', 'L3I-2025', 'alternance', 'FC', 'CPRO'],
    ]);
    expect(result.ok && result.rows.map((row) => row.input.group)).toEqual(['CLASSIC', 'ALTERNANCE']);
  });

  it('reports an unreadable cell with its column, header and value, and leaves the field out', () => {
    const result = readRoster([
      ['Nom', 'Formation', 'Statut', 'Contrat', 'ddc', 'Étranger'],
      ['Durand', 'L3I-2025', 'FI', 'CAPP', '31/02/2025', 'peut-être'],
    ]);
    if (!result.ok) throw new Error('header expected');
    const [row] = result.rows;
    expect(row?.input.startDate).toBeUndefined();
    expect(row?.input.foreign).toBeUndefined();
    expect(row?.cellFindings.map((c) => c.column)).toEqual([4, 5]);
    expect(row?.cellFindings[0]?.finding).toEqual({
      code: 'INVALID_VALUE',
      severity: 'error',
      field: 'startDate',
      message: 'Valeur illisible dans la colonne « ddc » : « 31/02/2025 » (cette date n’existe pas).',
      messageEn: 'Unreadable value in column "ddc": "31/02/2025" (this date does not exist).',
      ref: '§3.3.2',
    });
    expect(row?.cellFindings[1]?.finding.field).toBe('foreign');
  });

  it('gives an unreadable name a finding without a ContractInput field', () => {
    const result = readRoster([
      ['Nom', 'Formation', 'Statut'],
      [true, 'L3I-2025', 'FI'],
    ]);
    const finding = result.ok ? result.rows[0]?.cellFindings[0]?.finding : undefined;
    expect(finding?.code).toBe('INVALID_VALUE');
    expect(finding && 'field' in finding).toBe(false);
  });

  it('skips empty rows and rows with values only in unknown columns; absent codes are empty strings', () => {
    const result = readRoster([
      ['Nom', 'Formation', 'Statut', 'Contrat', 'Remarque'],
      [],
      [null, '  ', undefined],
      ['', '', '', '', 'total'],
      ['Martin'],
    ]);
    expect(result.ok && result.rows).toEqual([
      { rowIndex: 4, input: { cohort: '', status: '', contractType: '' }, person: { lastName: 'Martin' }, cellFindings: [] },
    ]);
  });

  it('reports a sheet without a header row, and an empty sheet, without throwing', () => {
    const noHeader = readRoster([['a', 'b'], [1, 2]]);
    expect(!noHeader.ok && noHeader.error.code).toBe('NO_HEADER_ROW');
    const empty = readRoster([[], [null, ' ']]);
    expect(empty).toEqual({ ok: false, error: { code: 'EMPTY', message: 'La feuille est vide.', messageEn: 'The sheet is empty.' } });
    expect(!readRoster([]).ok).toBe(true);
  });

  it('never throws on arbitrary 2D arrays', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.anything())), (cells) => {
        expect(typeof readRoster(cells).ok).toBe('boolean');
      }),
    );
  });

  it('never throws on arbitrary values under a real header', () => {
    const cell = fc.oneof(
      fc.anything({ withDate: true, withBigInt: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
      fc.double(),
      fc.date({ noInvalidDate: false }),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 20 })), (rows) => {
        const result = readRoster([HEADER, ...rows]);
        expect(result.ok).toBe(true);
        if (result.ok) for (const row of result.rows) for (const { finding } of row.cellFindings) expect(finding.code).toBe('INVALID_VALUE');
      }),
    );
  });

  it('reads 10,000 rows (speed is measured in pnpm bench)', () => {
    const cells = [HEADER, ...Array.from({ length: 10_000 }, () => ROW)];
    const result = readRoster(cells);
    expect(result.ok && result.rows.length).toBe(10_000);
  });
});

describe('readRoster — optional columns', () => {
  it('reads the CPRO reason, the internship approval, the SMC and the previous rate into the input', () => {
    const result = readRoster([
      ['Formation', 'Statut', 'Contrat', 'Motif CPRO', 'Stage en alternance approuvé', 'SMC', 'Taux du contrat précédent (%)'],
      ['L3I-2025', 'FC', 'CPRO', ' L’OPA ne signe que des CPRO ', 'non', '2 100,50', '78'],
    ]);
    expect(result.ok && result.rows[0]?.input).toMatchObject({
      cproReason: 'L’OPA ne signe que des CPRO',
      stageAltApproved: false,
      smcMonthly: 2100.5,
      previousRatePercent: 78,
    });
  });

  it('reads the apprentice’s +15-point additions (§4.2.1, note 27), which the pay check then uses', () => {
    const result = readRoster([
      ['Formation', 'Statut', 'Contrat', 'Diplôme du supérieur', 'Année supplémentaire (handicap)'],
      ['L3I-2025', 'FI', 'CAPP', 'oui', 'non'],
    ]);
    expect(result.ok && result.rows[0]?.input).toMatchObject({ higherEducationDiploma: true, disabilityExtraYear: false });
  });
});
