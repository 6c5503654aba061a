import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { functionsMetadata, manifestXml } from '../../build/addin-plugin.js';

function source(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'functions-')), 'functions.ts');
  writeFileSync(file, text);
  return file;
}

describe('the build plugin', () => {
  it('writes functions.json from the JSDoc of the functions', async () => {
    const metadata = JSON.parse(await functionsMetadata()) as { functions: { id: string; parameters: unknown[] }[] };
    expect(metadata.functions.map((f) => f.id)).toContain('UNBILLED_HOURS_ROWS');
    // The 8 required columns, then pay, foreign, APT and the fiche's optional facts (issue 9 §6), all optional.
    const check = metadata.functions.find((f) => f.id === 'CHECK') as { parameters: { name: string; optional?: boolean }[] } | undefined;
    expect(check?.parameters).toHaveLength(17);
    expect(check?.parameters.slice(8).every((p) => p.optional === true)).toBe(true);
    expect(check?.parameters.slice(11).map((p) => p.name)).toEqual(['repeating', 'professionalisationValidated', 'group', 'cproReason', 'stageAltApproved', 'smc']);
  });

  it('fails on a metadata error, quoting it', async () => {
    const bad = source('/**\n * @customfunction\n * @param when A date.\n */\nexport function later(when: Date): number { return 0; }\n');
    await expect(functionsMetadata(bad)).rejects.toThrow(/Métadonnées des fonctions personnalisées invalides[\s\S]*does not support type "Date"/);
    await expect(functionsMetadata(source('export const x = 1;\n'))).rejects.toThrow(/Aucune fonction personnalisée/);
  });

  it('writes the manifest of the environment given by the variables', () => {
    const { xml, warnings } = manifestXml({ PUBLIC_URL: 'https://alternance.example.fr', ADDIN_ID: '11111111-2222-4333-8444-555555555555' });
    expect(xml).toContain('<Id>11111111-2222-4333-8444-555555555555</Id>');
    expect(xml).toContain('https://alternance.example.fr/addin/taskpane.html');
    expect(warnings).toEqual([]);
    expect(() => manifestXml({ ADDIN_BASE_URL: 'ftp://x' })).toThrow(/ADDIN_BASE_URL/);
  });
});
