import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER } from './fixtures.js';
import { runCli, tempDir } from './run-cli.js';

let temp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  temp = await tempDir();
});
afterAll(() => temp.remove());

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** A workbook as people make them: a notes sheet first, then the roster with real date cells. */
async function writeRosterWorkbook(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('Notes');
  notes.addRow(['Alternants MIAGE 2025/2026 — à vérifier avant le 31/10']);
  const sheet = workbook.addWorksheet('Alternants');
  sheet.addRow(['Promotion 2025']);
  sheet.addRow([]);
  sheet.addRow(HEADER);
  // Row 4: every rule satisfied; dates as Date cells, pay as a formula.
  const valid = sheet.addRow([
    'Durand',
    { richText: [{ text: 'Lé' }, { font: { bold: true }, text: 'a' }] },
    utc(2003, 3, 14),
    'master-2025',
    'FI',
    'CAPP',
    utc(2025, 6, 2),
    utc(2025, 6, 10),
    utc(2025, 9, 1),
    utc(2027, 9, 3),
    { text: 'Acme', hyperlink: 'https://acme.example' },
    { formula: '1000+200', result: 1200 },
  ]);
  valid.getCell(3).numFmt = 'dd/mm/yyyy';
  sheet.addRow([]);
  // Row 6: the DDC as an Excel serial (2025-09-01), DFC as text, an impossible birth date.
  sheet.addRow(['Martin', 'Paul', '31/02/2004', 'L3I-2025', 'FI', 'CAPP', '02/06/2025', '10/06/2025', 45_901, '03/07/2026', 'Beta', 1500]);
  const path = `${temp.dir}/${name}`;
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('alternance check <file.xlsx>', () => {
  it('reads the first sheet with a header row, with Excel row numbers, and exits 1 on an error', async () => {
    const path = await writeRosterWorkbook('roster.xlsx');
    const run = await runCli('check', path, '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      sheet: string;
      headerLine: number;
      rows: { line: number; firstName: string; company: string; cohort: string; result: string; findings: { code: string; field: string | null; column?: { number: number } }[] }[];
    };
    expect(report.sheet).toBe('Alternants');
    expect(report.headerLine).toBe(3);
    expect(report.rows.map((row) => row.line)).toEqual([4, 6]);
    expect(report.rows[0]).toMatchObject({ firstName: 'Léa', company: 'Acme', cohort: 'MASTER-2025', result: 'ok', findings: [] });
    const martin = report.rows[1];
    expect(martin?.findings[0]).toMatchObject({ code: 'INVALID_VALUE', field: 'birthDate', column: { number: 3 } });
    expect(martin?.findings.some((f) => f.code === 'INVALID_VALUE' && f.field === 'startDate')).toBe(false);
  });

  it('names the sheet in the table', async () => {
    const path = await writeRosterWorkbook('table.xlsx');
    const run = await runCli('check', path);
    expect(run.stdout.split('\n')[0]).toBe(`Contrôle de ${path} (feuille « Alternants »), en-tête ligne 3`);
  });

  it('reports a workbook without any roster sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Vide');
    workbook.addWorksheet('Notes').addRow(['rien', 'à', 'voir']);
    const path = `${temp.dir}/no-roster.xlsx`;
    await workbook.xlsx.writeFile(path);
    const run = await runCli('check', path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^alternance: .*no-roster\.xlsx : Aucune ligne d'en-tête reconnue[^\n]*\n$/);
  });
});
