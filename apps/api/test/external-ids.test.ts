import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 14 §1: a partner's identifiers (source + externalId, unique per source) on students,
// organisations and contracts, read in GraphQL and used to find our records.

const SET = `mutation($input: ExternalIdInput!) { setExternalId(input: $input) { externalId { source externalId } errors { code field message } } }`;
const CONTRACTS = '{ contracts(first: 100) { id contractType externalIds { source } student { id externalIds { source } } mission { organisation { id } } } }';

describe.each(DIALECTS)('external identifiers (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  let cfa: Auth;
  let sfca: Auth;
  let capp: { id: string; student: { id: string }; mission: { organisation: { id: string } | null } };
  let cpro: { id: string; student: { id: string } };

  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2025-07-01' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    const scopes = ['contracts:read', 'students:read', 'missions:read', 'external-ids:write'];
    cfa = { token: (await t.post('/auth/tokens', { name: 'CFA', partner: 'cfa', adHocDocuments: true, scopes }, manager)).body.token };
    sfca = { token: (await t.post('/auth/tokens', { name: 'SFCA', partner: 'sfca', adHocDocuments: true, scopes }, manager)).body.token };
    const contracts = (await t.gql(CONTRACTS, {}, manager)).data.contracts as (typeof capp & { contractType: string; externalIds: unknown[]; student: { externalIds: unknown[] } })[];
    // Not one the demo's partners already numbered.
    capp = contracts.find((c) => c.contractType === 'CAPP' && c.mission.organisation && c.externalIds.length === 0 && c.student.externalIds.length === 0)!;
    cpro = contracts.find((c) => c.contractType === 'CPRO' && c.student.id !== capp.student.id)!;
  });
  afterAll(() => t?.close());

  it('records a partner identifier on a contract, student and organisation, shown in GraphQL and found back', async () => {
    for (const [entityType, entityId, externalId] of [
      ['CONTRACT', capp.id, 'CACTUS-2025-0001'],
      ['STUDENT', capp.student.id, 'APP-778'],
      ['ORGANISATION', capp.mission.organisation!.id, 'ENT-42'],
    ] as const) {
      const r = await t.gql(SET, { input: { entityType, entityId, source: 'cfa', externalId } }, cfa);
      expect(r.data.setExternalId).toEqual({ externalId: { source: 'cfa', externalId }, errors: [] });
      const found = await t.gql('query($s: String!, $t: ExternalEntityType!, $e: String!) { findByExternalId(source: $s, entityType: $t, externalId: $e) }', { s: 'cfa', t: entityType, e: externalId }, cfa);
      expect(found.data.findByExternalId).toBe(entityId);
    }
    const read = await t.gql('query($id: ID!) { contract(id: $id) { externalIds { source externalId } student { externalIds { externalId } } } }', { id: capp.id }, cfa);
    expect(read.data.contract).toEqual({ externalIds: [{ source: 'cfa', externalId: 'CACTUS-2025-0001' }], student: { externalIds: [{ externalId: 'APP-778' }] } });
    // In the contracts list too (one query for the page's identifiers).
    const list = (await t.gql('{ contracts(first: 100) { id externalIds { externalId } } }', {}, manager)).data.contracts as { id: string; externalIds: { externalId: string }[] }[];
    expect(list.find((c) => c.id === capp.id)!.externalIds).toEqual([{ externalId: 'CACTUS-2025-0001' }]);
    expect(list.filter((c) => c.externalIds.some((e) => e.externalId.startsWith('CACTUS')))).toHaveLength(1);
  });

  it('writing the same identifier again changes nothing; a second value replaces the first', async () => {
    const input = { entityType: 'CONTRACT', entityId: capp.id, source: 'cfa', externalId: 'CACTUS-2025-0001' };
    const before = (await t.gql('{ auditEventCount(entityType: "ExternalId") }', {}, manager)).data.auditEventCount as number;
    expect((await t.gql(SET, { input }, cfa)).data.setExternalId.errors).toEqual([]);
    expect((await t.gql('{ auditEventCount(entityType: "ExternalId") }', {}, manager)).data.auditEventCount).toBe(before);
    expect((await t.gql(SET, { input: { ...input, externalId: 'CACTUS-2025-0002' } }, cfa)).data.setExternalId.externalId.externalId).toBe('CACTUS-2025-0002');
    expect((await t.gql('{ auditEventCount(entityType: "ExternalId") }', {}, manager)).data.auditEventCount).toBe(before + 1);
    await t.gql(SET, { input }, cfa);
  });

  it('refuses an identifier that already names another record of the source, naming the field', async () => {
    const other = (await t.gql(CONTRACTS, {}, cfa)).data.contracts.find((c: { id: string }) => c.id !== capp.id);
    const r = await t.gql(SET, { input: { entityType: 'CONTRACT', entityId: other.id, source: 'cfa', externalId: 'CACTUS-2025-0001' } }, cfa);
    expect(r.data.setExternalId.errors).toEqual([expect.objectContaining({ code: 'EXTERNAL_ID_TAKEN', field: 'externalId' })]);
    // The same value under another source is another identifier.
    const sfcaOwn = await t.gql(SET, { input: { entityType: 'CONTRACT', entityId: cpro.id, source: 'sfca', externalId: 'CACTUS-2025-0001' } }, sfca);
    expect(sfcaOwn.data.setExternalId.errors).toEqual([]);
  });

  it('keeps each partner to its own source and its own contracts', async () => {
    const foreignSource = await t.gql(SET, { input: { entityType: 'CONTRACT', entityId: capp.id, source: 'sfca', externalId: 'X' } }, cfa);
    expect(foreignSource.data.setExternalId.errors).toEqual([expect.objectContaining({ code: 'SOURCE_NOT_YOURS', field: 'source' })]);
    const foreignContract = await t.gql(SET, { input: { entityType: 'CONTRACT', entityId: cpro.id, source: 'cfa', externalId: 'X' } }, cfa);
    expect(foreignContract.data.setExternalId.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'entityId' })]);
    // The SFCA's number on its CPRO is not found by the CFA, nor shown to it.
    const lookup = await t.gql('{ findByExternalId(source: "sfca", entityType: CONTRACT, externalId: "CACTUS-2025-0001") }', {}, cfa);
    expect(lookup.data.findByExternalId).toBeNull();
    // The office sees every source.
    const office = await t.gql('query($id: ID!) { contract(id: $id) { externalIds { source } } }', { id: cpro.id }, manager);
    expect(office.data.contract.externalIds).toEqual([{ source: 'sfca' }]);
  });

  it('names the bad field', async () => {
    const bad = async (input: Record<string, unknown>) => (await t.gql(SET, { input: { entityType: 'CONTRACT', entityId: capp.id, source: 'cfa', externalId: 'A', ...input } }, manager)).data.setExternalId.errors.map((e: { field: string }) => e.field);
    expect(await bad({ source: 'CFA!' })).toEqual(['source']);
    expect(await bad({ externalId: '' })).toEqual(['externalId']);
    expect(await bad({ externalId: 'x'.repeat(101) })).toEqual(['externalId']);
    // Control characters are refused before any resolver runs, naming the field (issue 10).
    const control = await t.gql(SET, { input: { entityType: 'CONTRACT', entityId: capp.id, source: 'cfa', externalId: 'a\u0007b' } }, manager);
    expect(control.errors?.[0]?.extensions?.field).toMatch(/externalId$/);
    expect(await bad({ entityId: '00000000-0000-4000-8000-000000000000' })).toEqual(['entityId']);
    // A token without the scope cannot write.
    const reader = { token: (await t.post('/auth/tokens', { name: 'R', partner: 'cfa', adHocDocuments: true, scopes: ['contracts:read'] }, manager)).body.token };
    expect((await t.gql(SET, { input: { entityType: 'CONTRACT', entityId: capp.id, source: 'cfa', externalId: 'A' } }, reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('removes an identifier', async () => {
    const r = await t.gql('mutation($id: ID!) { removeExternalId(entityType: ORGANISATION, entityId: $id, source: "cfa") { errors { code } } }', { id: capp.mission.organisation!.id }, cfa);
    expect(r.data.removeExternalId.errors).toEqual([]);
    expect((await t.gql('{ findByExternalId(source: "cfa", entityType: ORGANISATION, externalId: "ENT-42") }', {}, cfa)).data.findByExternalId).toBeNull();
  });
});
