import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_DATE_ROW, HEADER, VALID_ROW, csv } from './fixtures.js';
import { runCli, tempDir } from './run-cli.js';

let temp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  temp = await tempDir();
});
afterAll(() => temp.remove());

/** One line on stderr, prefixed, no stack trace. */
function expectOneLineError(stderr: string, text: string): void {
  expect(stderr).toBe(`alternance: ${text}\n`);
}

describe('alternance (usage)', () => {
  it('prints the usage on --help and exits 0, in French or English', async () => {
    const fr = await runCli('--help');
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/^Usage : alternance check <fichier\.csv\|fichier\.xlsx>/);
    const en = await runCli('-h', '--lang', 'en');
    expect(en.stdout).toMatch(/^Usage: alternance check <file\.csv\|file\.xlsx>/);
  });

  it('prints the usage on stderr and exits 2 without arguments', async () => {
    const run = await runCli();
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage : alternance check/);
  });

  it.each([
    [['frobnicate'], 'commande inconnue : frobnicate (essayez alternance --help)'],
    [['check'], 'fichier manquant : alternance check <fichier.csv|fichier.xlsx>'],
    [['check', 'a.csv', 'b.csv'], 'argument en trop : b.csv'],
    [['check', 'a.csv', '--format', 'xml'], 'format de sortie inconnu : xml (table ou json)'],
    [['check', 'a.csv', '--lang', 'de'], 'langue inconnue : de (fr ou en)'],
    [['check', 'a.csv', '--verbose'], 'option inconnue : --verbose (voir alternance --help)'],
  ])('rejects %j with exit 2', async (argv, message) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, message);
  });

  it('speaks English on errors with --lang en', async () => {
    const run = await runCli('check', 'nowhere.csv', '--lang', 'en');
    expectOneLineError(run.stderr, 'file not found: nowhere.csv');
  });
});

describe('alternance check (input problems)', () => {
  it('reports a missing file', async () => {
    const run = await runCli('check', 'roster.csv');
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, 'fichier introuvable : roster.csv');
  });

  it('reports an unknown extension', async () => {
    const path = await temp.write('roster.txt', csv([HEADER, VALID_ROW]));
    const run = await runCli('check', path);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, `format inconnu : ${path} (attendu : .csv ou .xlsx)`);
  });

  it('reports a .xlsx that is not a workbook', async () => {
    const path = await temp.write('fake.xlsx', csv([HEADER, VALID_ROW]));
    const run = await runCli('check', path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^alternance: contenu illisible, ce n'est pas un fichier XLSX valide : fake\.xlsx.*\n$/);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('reports a binary file named .csv', async () => {
    const path = await temp.write('binary.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]));
    const run = await runCli('check', path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^alternance: contenu illisible, ce n'est pas un fichier CSV valide : binary\.csv\n$/);
  });

  it('reports a sheet without a header row', async () => {
    const path = await temp.write('no-header.csv', csv([['a', 'b', 'c'], ['1', '2', '3']]));
    const run = await runCli('check', path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^alternance: .*no-header\.csv : Aucune ligne d'en-tête reconnue[^\n]*\n$/);
    const en = await runCli('check', path, '--lang', 'en');
    expect(en.stderr).toMatch(/^alternance: .*no-header\.csv: No header row found[^\n]*\n$/);
  });

  it('reports an empty file', async () => {
    const path = await temp.write('empty.csv', '');
    const run = await runCli('check', path);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, `${path} : La feuille est vide.`);
  });

  it('reports a directory given as the file', async () => {
    const run = await runCli('check', temp.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^alternance: lecture impossible : .*\(EISDIR\)\n$/);
  });

  it('exits 1 when a row has an error', async () => {
    const path = await temp.write('mixed.csv', csv([HEADER, VALID_ROW, BAD_DATE_ROW]));
    const run = await runCli('check', path);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });
});
