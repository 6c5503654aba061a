import { describe, expect, it } from 'vitest';
import { generateRoster } from '../../test/fixtures/generate-roster.js';
import { FakeWorkbook } from '../workbook/fake-workbook.js';
import { goToRow } from './go-to-row.js';
import { removeMarks } from './remove-marks.js';
import { verifyTable } from './verify-table.js';

const HEADER = ['Nom', 'Prénom', 'Formation', 'Statut', 'Contrat', 'Date de naissance', 'Date de demande', 'DDC', 'DFC'];
const GOOD = ['DUPONT', 'Marie', 'MASTER-2025', 'FI', 'CAPP', '2003-04-10', '2025-06-15', '2025-09-01', '2027-09-10'];

describe('verifyTable over the fake workbook', () => {
  it('checks a 5,000-row roster: one read, results written in batches of ≤10,000 cells, errors marked', async () => {
    const sheet = generateRoster(5_000);
    const workbook = new FakeWorkbook({ Liste: sheet });
    workbook.selection = { sheet: 'Liste', row: 3, column: 2 };
    const outcome = await verifyTable(workbook);
    if (!outcome.ok) throw new Error(outcome.message);

    expect(outcome.counts.rows).toBe(5_000);
    expect(outcome.counts.ok + outcome.counts.warning + outcome.counts.error).toBe(5_000);
    // About one row in five has a problem.
    expect(outcome.counts.error).toBeGreaterThan(500);
    expect(outcome.counts.error).toBeLessThan(2_500);
    // 5,010 rows × 6 result columns = 30,060 cells: 4 batches; + the bounds, 1 read chunk (5,010 × 17 cells) + 1 mark.
    expect(workbook.roundTrips).toBe(2 + 4 + 1);
    const values = workbook.values('Liste');
    expect(values[0]?.slice(17)).toEqual(['Contrôle', 'Anomalies', 'Heures facturables', 'Coût (€)', 'Heures non facturées', 'Salaire minimum (€)']);
    const invalid = outcome.summary.find((s) => s.code === 'INVALID_VALUE');
    expect(invalid?.count).toBeGreaterThan(0);
    const link = invalid?.rows[0];
    expect(values[link?.row ?? 0]?.[17]).toBe('Erreur');
    expect(values[link?.row ?? 0]?.[18]).toContain('INVALID_VALUE');
    expect(link?.label).toMatch(/^NOM\d+ Prénom\d+$/);
    expect(workbook.marks.get('Liste')?.size).toBe(outcome.markedCells);
    expect(outcome.unknownColumns).toEqual(['Commentaire']);
    // Blank separator rows get blank results.
    expect(values[501]?.slice(17)).toEqual(['', '', '', '', '', '']);
  });

  it('reads the table holding the selection, writes at its position, then marks the bad DDC cell', async () => {
    const workbook = new FakeWorkbook({ Feuil1: [['Titre du classeur'], [], ['', ...HEADER], ['', ...GOOD], ['', ...GOOD.map((v, i) => (i === 7 ? '2025-11-01' : v))]] });
    workbook.addTable({ name: 'Liste', sheet: 'Feuil1', top: 2, left: 1, rows: 3, columns: HEADER.length });
    workbook.selection = { sheet: 'Feuil1', row: 3, column: 4 };
    const outcome = await verifyTable(workbook);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(workbook.cell('Feuil1', 2, 10)).toBe('Contrôle');
    expect(workbook.cell('Feuil1', 3, 10)).toBe('OK');
    expect(workbook.cell('Feuil1', 4, 10)).toBe('Erreur');
    expect([...(workbook.marks.get('Feuil1') ?? [])]).toEqual(['4,8']);
    expect(outcome.summary.map((s) => [s.code, s.rows.map((r) => r.row)])).toEqual([['DDC_TOO_LATE', [4]]]);
    expect(outcome.columns).toEqual({ from: 1, to: 15 });

    await goToRow(workbook, 'Feuil1', 4, outcome.columns);
    expect(workbook.selection).toEqual({ sheet: 'Feuil1', row: 4, column: 1, rows: 1, columns: 15 });
  });

  it('checks again in place, and removes only its own marks', async () => {
    const workbook = new FakeWorkbook({ Feuil1: [HEADER, GOOD.map((v, i) => (i === 8 ? 'demain' : v))] });
    await verifyTable(workbook);
    const again = await verifyTable(workbook);
    if (!again.ok) throw new Error(again.message);
    expect(workbook.values('Feuil1')[0]).toHaveLength(HEADER.length + 6);
    expect(workbook.marks.get('Feuil1')?.size).toBe(1);
    expect(await removeMarks(workbook, 'Feuil1')).toEqual({ ok: true, removed: 1 });
    expect(workbook.marks.has('Feuil1')).toBe(false);
    expect(await removeMarks(workbook)).toEqual({ ok: true, removed: 0 });
  });

  it('never throws: an empty sheet, a sheet that is not a roster and a host failure become messages', async () => {
    expect(await verifyTable(new FakeWorkbook())).toEqual({ ok: false, message: expect.stringMatching(/feuille est vide/) });
    expect(await verifyTable(new FakeWorkbook({ S: [['a', 'b']] }))).toEqual({ ok: false, message: expect.stringMatching(/Aucune ligne d'en-tête/) });
    const failing = new FakeWorkbook({ S: [HEADER, GOOD] });
    failing.failNext = new Error('RichApi.Error: le classeur est en mode édition de cellule');
    expect(await verifyTable(failing)).toEqual({ ok: false, message: 'La vérification a échoué : RichApi.Error: le classeur est en mode édition de cellule' });
    failing.failNext = new Error('hôte indisponible');
    expect(await removeMarks(failing, 'S')).toEqual({ ok: false, message: 'Impossible de retirer les marques : hôte indisponible' });
  });
});
