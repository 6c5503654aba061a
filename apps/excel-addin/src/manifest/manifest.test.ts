import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';
import { DEV_ADDIN_ID, readManifestConfig } from './manifest-config.js';
import { renderManifest } from './render-manifest.js';

const SCHEMA = fileURLToPath(new URL('../../manifest-schemas/OfficeAppManifestV1_1.xsd', import.meta.url));
const PRODUCTION = readManifestConfig({ PUBLIC_URL: 'https://alternance.univ-amu.fr', ADDIN_ID: '0F9E8D7C-6B5A-4321-9876-543210FEDCBA' }, '0.1.0');
const DEV = readManifestConfig({}, '0.1.0');

function writeTemp(xml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
  writeFileSync(file, xml);
  return file;
}

function xmllint(file: string): { status: number | null; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('readManifestConfig', () => {
  it('defaults to the dev server, with the dev id and name', () => {
    expect(DEV).toMatchObject({ baseUrl: 'https://localhost:3000/', id: DEV_ADDIN_ID, displayName: 'Alternance (dev)', namespace: 'ALTERNANCE', version: '0.1.0.0', warnings: [] });
  });

  it('serves under /addin/ of PUBLIC_URL when the API serves it', () => {
    expect(PRODUCTION).toMatchObject({ baseUrl: 'https://alternance.univ-amu.fr/addin/', id: '0f9e8d7c-6b5a-4321-9876-543210fedcba', displayName: 'Alternance' });
    expect(readManifestConfig({ PUBLIC_URL: 'https://x.fr/base/' }, '1.2.3').baseUrl).toBe('https://x.fr/base/addin/');
    expect(readManifestConfig({ ADDIN_BASE_URL: 'https://cdn.x.fr/a', PUBLIC_URL: 'https://x.fr' }, '1.2.3').baseUrl).toBe('https://cdn.x.fr/a/');
  });

  it('refuses values Office would refuse, naming the variable', () => {
    expect(() => readManifestConfig({ ADDIN_BASE_URL: 'http://x.fr/' }, '0.1.0')).toThrow(/ADDIN_BASE_URL doit être en https/);
    expect(() => readManifestConfig({ ADDIN_ID: 'abc' }, '0.1.0')).toThrow(/ADDIN_ID doit être un GUID/);
    expect(() => readManifestConfig({ ADDIN_VERSION: '1.0' }, '0.1.0')).toThrow(/ADDIN_VERSION/);
    expect(() => readManifestConfig({ ADDIN_NAMESPACE: 'A B' }, '0.1.0')).toThrow(/ADDIN_NAMESPACE/);
    // An http PUBLIC_URL (a local API) still builds, with a warning.
    expect(readManifestConfig({ PUBLIC_URL: 'http://localhost:4000' }, '0.1.0').warnings[0]).toMatch(/https/);
  });
});

describe('the generated manifest', () => {
  it.each([['dev', DEV], ['production', PRODUCTION]])('validates against the vendored XSDs with xmllint (%s)', (_, config) => {
    const result = xmllint(writeTemp(renderManifest(config)));
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('fails the schema when a required element is missing (the check can fail)', () => {
    const broken = renderManifest(DEV).replace(/<Id>.*<\/Id>/, '');
    expect(xmllint(writeTemp(broken)).status).not.toBe(0);
    const badRuntime = renderManifest(DEV).replace('lifetime="long"', 'lifetime="forever"');
    expect(xmllint(writeTemp(badRuntime)).status).not.toBe(0);
  });

  it('is structurally sound: resids defined, https URLs, GUID id, four-part version, shared runtime', () => {
    const xml = renderManifest(PRODUCTION);
    const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((resid) => !defined.has(resid))).toEqual([]);
    expect(used.every((resid) => (resid?.length ?? 99) <= 32)).toBe(true);
    const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)([a-z]+:\/\/[^"<]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u?.startsWith('https://'))).toEqual([]);
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(xml).toMatch(/<Version>\d+\.\d+\.\d+\.\d+<\/Version>/);
    expect(xml).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(xml).toContain('<bt:String id="Functions.Namespace" DefaultValue="ALTERNANCE"/>');
    expect(xml).toContain('DefaultValue="https://alternance.univ-amu.fr/addin/functions.json"');
  });

  it('is read by office-addin-manifest (info), offline', async () => {
    const file = writeTemp(renderManifest(PRODUCTION));
    const info = await OfficeAddinManifest.readManifestFile(file);
    expect(info).toMatchObject({ id: '0f9e8d7c-6b5a-4321-9876-543210fedcba', displayName: 'Alternance', version: '0.1.0.0', defaultLocale: 'fr-FR', hosts: ['Workbook'] });
    const cli = fileURLToPath(new URL('../../node_modules/office-addin-manifest/cli.js', import.meta.url));
    const output = execFileSync(process.execPath, [cli, 'info', file], { encoding: 'utf8' });
    expect(output).toContain('0f9e8d7c-6b5a-4321-9876-543210fedcba');
  });
});
