import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeWorkbook } from '../workbook/fake-workbook.js';
import { serialOf } from '../../test/fixtures/generate-roster.js';
import { ApiError, createApiClient } from './api-client.js';
import { pullRoster } from './pull-roster.js';
import { sendChanges } from './send-changes.js';
import type { ApiRosterRow } from './graphql-documents.js';
import { changesFromSheet, LINK_HEADERS, rosterToSheet } from './roster-sheet.js';
import { checkSheet } from '../roster/check-sheet.js';
import { startTestApi, type TestApi } from '../../test/support/test-api-server.js';
import { createTokenStore, type KeyValueStorage } from './token-store.js';

const row = (id: string, version: number, over: Partial<ApiRosterRow> = {}): ApiRosterRow => ({
  missionId: id, missionVersion: version, missionState: 'VALIDATED', lastName: 'DUPONT', firstName: 'Marie', birthDate: '2003-04-10',
  cohort: 'MASTER-2025', group: null, status: 'FI', contractType: 'CAPP', requestDate: '2025-06-15', validationDate: '2025-06-20',
  startDate: '2025-09-01', endDate: '2027-09-10', repeating: false, professionalisationValidated: null, foreign: false, aptObtained: null,
  company: 'ACME', monthlyGrossPay: 1800, ...over,
});

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ token: 'secret', rows: [row('M1', 3, { higherEducationDiploma: true }), row('M2', 1, { lastName: 'MARTIN', contractType: 'CPRO', status: 'FC', cproReason: 'SALARIE', smcMonthly: 2100, previousRatePercent: 61, higherEducationDiploma: false }), row('M3', 2, { cohort: 'L3I-2025' })] });
});
afterAll(() => api.close());

describe('createApiClient against a real HTTP server', () => {
  it('queries the roster with the bearer token and the preflight header, blank filters left out', async () => {
    const client = createApiClient({ url: `${api.url}/`, token: 'secret' });
    const rows = await client.rosterRows({ cohort: 'MASTER-2025', contractType: ' ' });
    expect(rows.map((r) => r.missionId)).toEqual(['M1', 'M2']);
    const last = api.requests.at(-1);
    expect(last?.headers.authorization).toBe('Bearer secret');
    expect(last?.headers['apollo-require-preflight']).toBe('true');
    expect(last?.body.variables).toEqual({ filter: { cohort: 'MASTER-2025' } });
  });

  it('turns a refused token and an unreachable server into French ApiErrors', async () => {
    await expect(createApiClient({ url: api.url, token: 'faux' }).rosterRows()).rejects.toThrow(/Jeton refusé/);
    const closed = createApiClient({ url: 'http://127.0.0.1:9', token: 'x' });
    await expect(closed.rosterRows()).rejects.toBeInstanceOf(ApiError);
    await expect(closed.rosterRows()).rejects.toThrow(/^Serveur injoignable/);
  });
});

describe('connected mode over the fake workbook', () => {
  it('pulls a roster into a new sheet, then sends only the corrected cells as proposals', async () => {
    const client = createApiClient({ url: api.url, token: 'secret' });
    const workbook = new FakeWorkbook({ Feuil1: [] });
    const pulled = await pullRoster(workbook, client, { cohort: 'MASTER-2025' });
    expect(pulled).toEqual({ ok: true, sheet: 'Tableau serveur', rows: 2 });
    const sheet = workbook.values('Tableau serveur');
    expect(sheet[0]?.slice(0, 4)).toEqual(['Nom', 'Prénom', 'Date de naissance', 'Formation']);
    const ddc = sheet[0]?.indexOf('DDC') ?? -1;
    const pay = sheet[0]?.indexOf('Salaire brut mensuel') ?? -1;
    expect(sheet[1]?.[ddc]).toBe(serialOf('2025-09-01'));
    expect(workbook.dateColumns.get('Tableau serveur')).toContain(ddc);
    // The fiche's other facts come along (issue 9 §6), so the pulled rows re-check as the office did.
    const martin = sheet.find((r) => r[0] === 'MARTIN') ?? [];
    expect([martin[sheet[0]!.indexOf('Motif CPRO')], martin[sheet[0]!.indexOf('SMC')], martin[sheet[0]!.indexOf('Taux du contrat précédent (%)')]]).toEqual(['SALARIE', 2100, 61]);
    // §4.2.1: the apprentice's diploma too, so that the pulled row is checked against the raised minimum.
    expect([sheet[1]?.[sheet[0]!.indexOf('Diplôme du supérieur')], martin[sheet[0]!.indexOf('Diplôme du supérieur')]]).toEqual(['oui', 'non']);

    // Nothing changed yet: nothing to send.
    expect(await sendChanges(workbook, client)).toEqual({ ok: true, sent: 0, problems: [] });

    (sheet[1] as (string | number)[])[ddc] = '15/09/2025';
    (sheet[2] as (string | number)[])[pay] = 1900;
    const sent = await sendChanges(workbook, client);
    expect(sent).toEqual({ ok: true, sent: 2, problems: [] });
    expect(api.requests.at(-1)?.body.variables).toEqual({
      changes: [{ missionId: 'M1', missionVersion: 3, startDate: '2025-09-15' }, { missionId: 'M2', missionVersion: 1, monthlyGrossPay: 1900 }],
    });
  });

  it('shows conflicts and overwrites nothing when a mission changed since the import', async () => {
    const client = createApiClient({ url: api.url, token: 'secret' });
    const workbook = new FakeWorkbook({ Feuil1: [] });
    await pullRoster(workbook, client, {});
    const sheet = workbook.values('Tableau serveur');
    const version = sheet[0]?.indexOf(LINK_HEADERS.missionVersion) ?? -1;
    const dfc = sheet[0]?.indexOf('DFC') ?? -1;
    (sheet[1] as (string | number)[])[version] = 2; // someone else changed M1 meanwhile
    (sheet[1] as (string | number)[])[dfc] = '2027-10-01';
    (sheet[3] as (string | number)[])[dfc] = '2026-07-03';
    const before = JSON.stringify(sheet);
    const outcome = await sendChanges(workbook, client);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.conflicts).toEqual([{ row: 1, message: expect.stringMatching(/^modifiée sur le serveur depuis l’import.*La mission M1 a changé/) }]);
    expect(JSON.stringify(workbook.values('Tableau serveur'))).toBe(before);
  });

  it('writes the day the APT was obtained in the APT column, which the check reads against the DDC (§3.4, note 26)', () => {
    const foreign = (id: string, aptObtainedOn: string | null) => row(id, 1, { foreign: true, aptObtained: aptObtainedOn !== null, aptObtainedOn, startDate: '2025-09-01', endDate: '2027-09-03' });
    const sheet = rosterToSheet([foreign('A1', '2025-08-29'), foreign('A2', '2025-09-01'), foreign('A3', null)]);
    const apt = (sheet.values[0] as unknown[]).indexOf('APT');
    expect(sheet.values.slice(1).map((r) => r[apt])).toEqual([serialOf('2025-08-29'), serialOf('2025-09-01'), 'non']);
    expect(sheet.dateColumns).toContain(apt);
    const checked = checkSheet(sheet.values);
    if (!checked.ok) throw new Error('roster expected');
    const codes = checked.rows.map((r) => r.findings.map((f) => f.code));
    expect(codes[0]).not.toContain('APT_MISSING');
    expect(codes[1]).toContain('APT_MISSING');
  });

  it('reports an unreadable corrected date instead of sending it, and refuses a sheet not pulled', () => {
    const header = ['Nom', 'Formation', 'Statut', 'Contrat', 'DDC', 'DFC', 'Salaire brut mensuel', ...Object.values(LINK_HEADERS)];
    const found = changesFromSheet([header, ['A', 'L3I-2025', 'FI', 'CAPP', '32/09/2025', '2026-07-03', 1500, 'VALIDATED', 'M9', 1, '2025-09-01', '2026-07-03', 1500]]);
    expect(found).toEqual({ changes: [], rows: [], problems: [{ row: 1, message: expect.stringContaining('« DDC »') }] });
    expect(changesFromSheet([header.slice(0, 7), ['A', 'L3I-2025', 'FI', 'CAPP', '', '', '']])).toEqual({ error: expect.stringMatching(/ne vient pas du serveur/) });
  });
});

describe('createTokenStore', () => {
  it('keeps one token per API URL in the partition storage', async () => {
    const map = new Map<string, string>();
    const storage: KeyValueStorage = { getItem: async (k) => map.get(k) ?? null, setItem: async (k, v) => void map.set(k, v), removeItem: async (k) => void map.delete(k) };
    const store = createTokenStore(storage);
    await store.set('https://a.example/', 't1');
    await store.set('https://b.example', 't2');
    expect(await store.get('https://a.example')).toBe('t1');
    expect(await store.get('https://b.example')).toBe('t2');
    await store.clear('https://a.example');
    expect(await store.get('https://a.example')).toBeNull();
    expect([...map.keys()]).toEqual(['alternance.token:https://b.example']);
  });
});
