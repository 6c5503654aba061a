// The secretariat's journey on the project's example roster (examples/roster-2025.xlsx, the
// CLI's): "Vérifier le tableau" on the sheet as Excel hands it to the add-in — dates as Excel
// serials (Office.js `Range.values`) — then the same roster as a secretariat may have typed it:
// headers in capitals, without accents, with a unit or dots, dates as jj/mm/aaaa text. Both
// must give the same result cells (interfaces.md §3).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyTable } from '../src/check/verify-table.js';
import { FakeWorkbook } from '../src/workbook/fake-workbook.js';

type Cell = string | number | boolean;
const RESULT_HEADERS = ['Contrôle', 'Anomalies', 'Heures facturables', 'Coût (€)', 'Heures non facturées', 'Salaire minimum (€)'];
/** What Excel stores for a day: days since 1899-12-30. */
const serialOf = (day: Date): number => Math.round(day.getTime() / 86_400_000) + 25_569;
const textOf = (serial: number): string => new Date((serial - 25_569) * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');

let sheet: Cell[][];

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(new URL('../../../examples/roster-2025.xlsx', import.meta.url)) as unknown as ExcelJS.Buffer);
  const worksheet = workbook.worksheets[0]!;
  sheet = [];
  worksheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= worksheet.columnCount; column++) {
      const value = row.getCell(column).value;
      cells.push(value instanceof Date ? serialOf(value) : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : '');
    }
    sheet[number - 1] = cells;
  });
});

async function verify(values: Cell[][]): Promise<{ results: Cell[][]; marks: Set<string>; outcome: Awaited<ReturnType<typeof verifyTable>> }> {
  const workbook = new FakeWorkbook({ Feuil1: values });
  const outcome = await verifyTable(workbook);
  const width = values[0]!.length;
  return { results: workbook.values('Feuil1').map((row) => row.slice(width)), marks: workbook.marks.get('Feuil1') ?? new Set(), outcome };
}

describe('the example roster in the add-in', () => {
  it('writes the six result columns after the roster, every row checked, the dates read as Excel gives them', async () => {
    const { results, marks, outcome } = await verify(sheet);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome.unknownColumns).toEqual([]);
    expect(results[0]).toEqual(RESULT_HEADERS);
    const rows = results.slice(1);
    expect(rows.length).toBe(sheet.length - 1);
    for (const row of rows) expect(['OK', 'Avertissement', 'Erreur']).toContain(row[0]);
    // No date of the sheet was lost between Excel's serials and the rules.
    expect(rows.filter((row) => String(row[1]).includes('Valeur obligatoire manquante : la date de naissance'))).toEqual([]);
    const header = sheet[0]!;
    const line = (lastName: string, firstName: string): number => sheet.findIndex((r) => r[header.indexOf('Nom')] === lastName && r[header.indexOf('Prénom')] === firstName);
    // An apprentice of the MASTER, signed in the windows: hours, OPCO cost and minimum pay (§3.3.2, §4.2).
    expect(results[line('Martin', 'Léa')]).toEqual(['OK', '', 1056, 16462, 0, 954.96]);
    // A date that does not exist, typed as text: the message names the column and the value, and the cell is marked.
    const girard = line('Girard', 'Lina');
    expect(results[girard]![0]).toBe('Erreur');
    expect(results[girard]![1]).toContain('INVALID_VALUE : Valeur illisible dans la colonne « Date de naissance » : « 31/02/2004 »');
    expect(marks.has(`${girard},${header.indexOf('Date de naissance')}`)).toBe(true);
  });

  it('gives the same results for the roster typed otherwise: headers in capitals, unaccented, with a unit or dots; dates as jj/mm/aaaa text', async () => {
    const header = sheet[0]!;
    const variants: Record<string, string> = { 'Nom': 'NOM', 'Prénom': 'prenom', 'Date de naissance': 'DATE DE NAISSANCE', 'Étranger': 'Etranger', 'DDC': 'D.D.C.', 'DFC': 'd.f.c.', 'Salaire brut mensuel': 'Salaire brut mensuel (€)', 'Professionnalisation validée': 'PROFESSIONNALISATION VALIDEE' };
    const dateColumns = ['Date de naissance', 'Date de demande', 'Date de validation', 'DDC', 'DFC'].map((h) => header.indexOf(h));
    expect(dateColumns.every((index) => index >= 0)).toBe(true);
    const typed = sheet.map((row, index) =>
      index === 0 ? row.map((h) => variants[String(h)] ?? h) : row.map((cell, column) => (dateColumns.includes(column) && typeof cell === 'number' ? textOf(cell) : cell)),
    );
    expect(typed[1]![dateColumns[0]!]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const asExcelGives = await verify(sheet);
    const asTyped = await verify(typed);
    if (!asTyped.outcome.ok) throw new Error(JSON.stringify(asTyped.outcome));
    expect(asTyped.outcome.unknownColumns).toEqual([]);
    // The same, but for a message that names the column as its header is written.
    const asWritten = (cell: Cell): Cell => Object.entries(variants).reduce((text, [fr, typedHeader]) => (typeof text === 'string' ? text.replaceAll(`« ${typedHeader} »`, `« ${fr} »`) : text), cell);
    expect(asTyped.results.map((row) => row.map(asWritten))).toEqual(asExcelGives.results);
    expect(asTyped.results.flat().some((cell) => String(cell).includes('« DATE DE NAISSANCE »'))).toBe(true);
  });
});
