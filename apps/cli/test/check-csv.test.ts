import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_DATE_ROW, HEADER, VALID_ROW, csv } from './fixtures.js';
import { runCli, tempDir } from './run-cli.js';

let temp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  temp = await tempDir();
});
afterAll(() => temp.remove());

interface JsonReport {
  file: string;
  sheet: string | null;
  headerLine: number;
  lang: string;
  unknownColumns: { number: number; header: string }[];
  rows: {
    line: number;
    lastName: string | null;
    firstName: string | null;
    company: string | null;
    cohort: string;
    status: string;
    contractType: string;
    result: 'ok' | 'warning' | 'error';
    check: string;
    findings: { code: string; severity: string; field: string | null; message: string; ref: string; column?: { number: number; header: string } }[];
    billableHours: number | null;
    cost: number | null;
    unbilledHours: number | null;
    minimumPay: number | null;
  }[];
  summary: { code: string; severity: string; count: number; title: string }[];
  totals: { rows: number; ok: number; warning: number; error: number; billableHours: number; cost: number; unbilledHours: number };
}

async function checkJson(path: string, ...extra: string[]): Promise<{ code: number; report: JsonReport }> {
  const run = await runCli('check', path, '--format', 'json', ...extra);
  expect(run.stderr).toBe('');
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
}

describe('alternance check <file.csv>', () => {
  it('reads a UTF-8 CSV with a BOM and `;`, and exits 0 when no row is in error', async () => {
    const path = await temp.write('valid.csv', '\uFEFF' + csv([HEADER, VALID_ROW]));
    const { code, report } = await checkJson(path);
    expect(code).toBe(0);
    expect(report.rows).toHaveLength(1);
    const [row] = report.rows;
    expect(row).toMatchObject({ line: 2, lastName: 'Durand', firstName: 'Léa', company: 'Acme', cohort: 'MASTER-2025', status: 'FI', contractType: 'CAPP', result: 'ok', check: 'OK', findings: [] });
    expect(row?.billableHours).toBeGreaterThan(0);
    expect(row?.cost).toBeGreaterThan(0);
    expect(row?.minimumPay).toBeGreaterThan(0);
    expect(report.totals).toMatchObject({ rows: 1, ok: 1, warning: 0, error: 0 });
    expect(report.totals.billableHours).toBe(row?.billableHours);
  });

  it('reads a `,`-delimited CSV without BOM, quoted French decimals included', async () => {
    const rows = [HEADER, VALID_ROW.map((cell) => (cell.includes(',') ? `"${cell}"` : cell))];
    const path = await temp.write('comma.csv', csv(rows, ','));
    const { code, report } = await checkJson(path);
    expect(code).toBe(0);
    expect(report.rows[0]?.result).toBe('ok');
  });

  it('reads a Windows-1252 CSV as saved by French Excel', async () => {
    const text = csv([HEADER, VALID_ROW]);
    const bytes = Uint8Array.from(text, (char) => (char === 'é' ? 0xe9 : char.charCodeAt(0)));
    const path = await temp.write('cp1252.csv', bytes);
    const { report } = await checkJson(path);
    expect(report.rows[0]?.firstName).toBe('Léa');
  });

  it('finds the header below a title and gives file line numbers; reports the unreadable cell and exits 1', async () => {
    const path = await temp.write('titled.csv', csv([['Alternants 2025'], [], [...HEADER, 'Remarque'], VALID_ROW, [], BAD_DATE_ROW]));
    const { code, report } = await checkJson(path);
    expect(code).toBe(1);
    expect(report.headerLine).toBe(3);
    expect(report.unknownColumns).toEqual([{ number: 13, header: 'Remarque' }]);
    expect(report.rows.map((row) => row.line)).toEqual([4, 6]);
    const bad = report.rows[1];
    expect(bad?.result).toBe('error');
    expect(bad?.check).toBe('Erreur');
    expect(bad?.findings[0]).toEqual({
      code: 'INVALID_VALUE',
      severity: 'error',
      field: 'startDate',
      message: 'Valeur illisible dans la colonne « DDC » : « 31/02/2025 » (cette date n’existe pas).',
      ref: '§3.3.2',
      column: { number: 9, header: 'DDC' },
    });
    expect(bad?.findings.some((f) => f.code === 'MISSING_VALUE' && f.field === 'startDate')).toBe(false);
    expect(report.summary.find((s) => s.code === 'INVALID_VALUE')).toEqual({ code: 'INVALID_VALUE', severity: 'error', count: 1, title: 'Valeur illisible' });
    expect(report.totals).toMatchObject({ rows: 2, ok: 1, error: 1 });
  });

  it('counts lines of quoted fields spanning several lines', async () => {
    const path = await temp.write('multiline.csv', csv([[...HEADER, 'Remarque'], [...VALID_ROW, '"deux\nlignes"'], BAD_DATE_ROW]));
    const { report } = await checkJson(path);
    expect(report.rows.map((row) => row.line)).toEqual([2, 4]);
  });

  it('gives English messages and labels with --lang en', async () => {
    const path = await temp.write('en.csv', csv([HEADER, BAD_DATE_ROW]));
    const { report } = await checkJson(path, '--lang', 'en');
    expect(report.lang).toBe('en');
    expect(report.rows[0]?.check).toBe('Error');
    expect(report.rows[0]?.findings[0]?.message).toBe('Unreadable value in column "DDC": "31/02/2025" (this date does not exist).');
    expect(report.summary.find((s) => s.code === 'INVALID_VALUE')?.title).toBe('Unreadable value');
  });

  it('prints a table: each row with its findings, a summary by rule and totals', async () => {
    const path = await temp.write('table.csv', csv([HEADER, VALID_ROW, BAD_DATE_ROW]));
    const run = await runCli('check', path);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`Contrôle de ${path}, en-tête ligne 1`);
    expect(lines.find((line) => line.includes('DURAND Léa'))).toMatch(/^\s+2 {2}DURAND Léa +MASTER-2025 +FI-CAPP +OK +[\d\u202f,]+ h +[\d\u202f,]+ € +[\d\u202f,]+ €$/);
    expect(lines.find((line) => line.includes('MARTIN Paul'))).toMatch(/^\s+3 {2}MARTIN Paul +L3I-2025 +FI-CAPP +Erreur\b/);
    expect(run.stdout).toContain('✗ INVALID_VALUE : Valeur illisible dans la colonne « DDC » : « 31/02/2025 » (cette date n’existe pas). [§3.3.2]');
    expect(run.stdout).toMatch(/Synthèse par règle\n {2}Code +Nombre +Gravité +Règle\n {2}INVALID_VALUE +1 +erreur +Valeur illisible\n/);
    expect(run.stdout).toMatch(/Totaux\n {2}Lignes contrôlées +2\n {2}OK +1\n {2}Avertissement +0\n {2}Erreur +1\n {2}Heures facturables +[\d\u202f,]+ h\n {2}Coût +[\d\u202f,]+ €\n {2}Heures non facturées +[\d\u202f,]+ h\n$/);
  });

  it('accepts a roster with a header and no rows', async () => {
    const path = await temp.write('header-only.csv', csv([HEADER]));
    const run = await runCli('check', path);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Aucune ligne à contrôler.');
  });
});
