import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from './default-reference-data.js';
import { readReferenceData } from './read-reference-data.js';

const copy = (): Record<string, unknown> => structuredClone(defaultReferenceData) as unknown as Record<string, unknown>;

describe('readReferenceData', () => {
  it('accepts the guide’s own reference data, and a copy with a new cohort', () => {
    expect(readReferenceData(copy()).ok).toBe(true);
    const data = copy() as unknown as typeof defaultReferenceData;
    data.cohorts.push({ ...structuredClone(data.cohorts[0]!), code: 'MASTER-2026' });
    const read = readReferenceData(data);
    expect(read.ok && read.data.cohorts.map((c) => c.code)).toContain('MASTER-2026');
  });

  it('names the first thing that is wrong', () => {
    expect(readReferenceData([])).toMatchObject({ ok: false, error: { field: '(racine)' } });
    const noCohorts = copy();
    delete noCohorts.cohorts;
    expect(readReferenceData(noCohorts)).toMatchObject({ ok: false, error: { field: 'cohorts', message: expect.stringContaining('manquante') } });
    const legalArray = { ...copy(), legal: [] };
    expect(readReferenceData(legalArray)).toMatchObject({ ok: false, error: { field: 'legal' } });
    const badDate = copy() as unknown as typeof defaultReferenceData;
    (badDate.cohorts[1] as { dff: string }).dff = '31/02/2027';
    expect(readReferenceData(badDate)).toMatchObject({ ok: false, error: { field: 'cohorts.1.dff' } });
    expect(readReferenceData({ ...copy(), schemaVersion: 2 })).toMatchObject({ ok: false, error: { field: 'schemaVersion' } });
  });

  it('reads a copy made before the list of the main contacts (§6.2) existed with the guide’s list, and checks a given one', () => {
    const old = copy();
    delete old.directory;
    const read = readReferenceData(old);
    expect(read.ok && read.data.directory).toEqual(defaultReferenceData.directory);
    const bad = copy() as unknown as typeof defaultReferenceData;
    bad.directory[0]!.email = 'not an address';
    expect(readReferenceData(bad)).toMatchObject({ ok: false, error: { field: 'directory.0.email' } });
  });
});
