import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_SCOPES, TOKEN_SCOPES } from '../src/policy/permissions.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 14 §1: a partner's token sees only the contracts it carries (a CFA token never sees a
// CPRO, §3.1 / §6.2) and does only what its scopes allow; rotation keeps the old secret working
// for an overlap period; the manager sees when each token was last used.

const READS = '{ contracts(first: 100) { id contractType student { id } } missions(first: 100) { id contractType } students(first: 100) { id } }';

describe.each(DIALECTS)('partner API tokens (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  let all: { contracts: { id: string; contractType: string; student: { id: string } }[]; missions: { id: string; contractType: string | null }[]; students: { id: string }[] };

  const issue = async (body: Record<string, unknown>) => {
    const r = await t.post('/auth/tokens', body, manager);
    expect(r.status).toBe(201);
    return r.body as { id: string; token: string; partner: string | null };
  };

  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2025-07-01' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    all = (await t.gql(READS, {}, manager)).data as typeof all;
  });
  afterAll(() => t?.close());

  it('the demo holds both apprenticeships and professionalisation contracts (the test can fail)', () => {
    const types = new Set(all.contracts.map((c) => c.contractType));
    expect(types).toContain('CAPP');
    expect(types).toContain('CPRO');
  });

  it.each([
    ['cfa', ['CAPP']],
    ['sfca', ['CPRO']],
  ])('a %s token sees only its contract types, in lists and by id', async (partner, types) => {
    const { token } = await issue({ name: `Jeton ${partner}`, partner, adHocDocuments: true, scopes: ['contracts:read', 'missions:read', 'students:read'] });
    const seen = (await t.gql(READS, {}, { token })).data as typeof all;
    const expected = all.contracts.filter((c) => types.includes(c.contractType));
    expect(seen.contracts.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
    expect(seen.missions.map((m) => m.id).sort()).toEqual(all.missions.filter((m) => m.contractType !== null && types.includes(m.contractType)).map((m) => m.id).sort());
    const students = new Set(expected.map((c) => c.student.id));
    expect(seen.students.every((s) => all.students.some((a) => a.id === s.id))).toBe(true);
    for (const c of expected) expect(seen.students.map((s) => s.id)).toContain(c.student.id);
    expect(seen.students.length).toBeLessThan(all.students.length);
    // Another partner's contract, mission and student do not exist for this token.
    const other = all.contracts.find((c) => !types.includes(c.contractType) && !students.has(c.student.id))!;
    const byId = await t.gql('query($c: ID!, $s: ID!) { contract(id: $c) { id } student(id: $s) { id } }', { c: other.id, s: other.student.id }, { token });
    expect(byId.data).toEqual({ contract: null, student: null });
    const own = await t.gql('query($c: ID!) { contract(id: $c) { id contractType } }', { c: expected[0]!.id }, { token });
    expect(own.data.contract).toEqual({ id: expected[0]!.id, contractType: types[0] });
  });

  it('a token without a partner (the Excel add-in) still sees every contract', async () => {
    const { token } = await issue({ name: 'Excel', scopes: ['contracts:read'] });
    const seen = (await t.gql('{ contracts(first: 100) { id } }', {}, { token })).data.contracts as unknown[];
    expect(seen).toHaveLength(all.contracts.length);
  });

  it('refuses an unknown partner and, for a partner, the roster scopes, naming the field', async () => {
    expect((await t.post('/auth/tokens', { name: 'x', partner: 'opco', scopes: ['contracts:read'] }, manager)).body).toMatchObject({ error: 'BAD_USER_INPUT', field: 'partner' });
    expect((await t.post('/auth/tokens', { name: 'x', partner: 'cfa', scopes: ['contracts:read', 'roster:read'] }, manager)).body).toMatchObject({ error: 'BAD_USER_INPUT', field: 'scopes' });
  });

  it('scope matrix: a partner token does exactly what its scopes allow', async () => {
    const queries: Record<string, string> = {
      'contracts:read': '{ contracts(first: 1) { id } }',
      'missions:read': '{ missions(first: 1) { id } }',
      'students:read': '{ students(first: 1) { id } }',
      'reference:read': '{ referenceData { key } }',
      'offers:read': '{ offers(first: 1) { id } }',
    };
    for (const scope of Object.keys(queries)) {
      expect(PARTNER_SCOPES).toContain(scope);
      const { token } = await issue({ name: `only ${scope}`, partner: 'sfca', adHocDocuments: true, scopes: [scope] });
      for (const [other, query] of Object.entries(queries)) {
        const result = await t.gql(query, {}, { token });
        const code = result.errors?.[0]?.extensions?.code;
        if (other === scope) expect(code, `${scope} → ${other}`).toBeUndefined();
        else expect(code, `${scope} → ${other}`).toBe('FORBIDDEN');
      }
      // Never the roster (every mission of every type), nor the office's pages.
      for (const query of ['{ rosterRows { missionId } }', '{ apiTokens { id } }', '{ auditEvents { id } }']) {
        expect((await t.gql(query, {}, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    expect(TOKEN_SCOPES).toEqual(expect.arrayContaining([...PARTNER_SCOPES]));
  });

  it('rotates a token: the old secret works during the overlap, then stops; the list shows partner, successor and last use', async () => {
    const first = await issue({ name: 'CFA prod', partner: 'cfa', adHocDocuments: true, scopes: ['contracts:read'], expiresInDays: 30 });
    const read = async (token: string) => (await t.gql('{ contracts(first: 1) { id } }', {}, { token })).errors?.[0]?.extensions?.code ?? 'OK';
    expect(await read(first.token)).toBe('OK');
    expect((await t.post(`/auth/tokens/${first.id}/rotate`, { overlapHours: 500 }, manager)).body).toMatchObject({ field: 'overlapHours' });
    expect((await t.post(`/auth/tokens/${first.id}/rotate`, {}, { token: first.token })).status).toBe(403);
    expect((await t.post(`/auth/tokens/${first.id}/rotate`, {}, await t.as('DIRECTION'))).status).toBe(403);
    const rotated = await t.post(`/auth/tokens/${first.id}/rotate`, { overlapHours: 24 }, manager);
    expect(rotated.status).toBe(201);
    expect(rotated.body).toMatchObject({ partner: 'cfa', scopes: ['contracts:read'] });
    expect(rotated.body.token).not.toBe(first.token);
    // Rotating the replaced one again is refused: only the newest rotates.
    expect((await t.post(`/auth/tokens/${first.id}/rotate`, {}, manager)).body).toMatchObject({ error: 'TOKEN_ALREADY_ROTATED', field: 'id' });
    expect(await read(first.token)).toBe('OK');
    expect(await read(rotated.body.token)).toBe('OK');
    const listed = await t.gql('{ apiTokens { id name partner replacesId state lastUsedAt expiresAt } }', {}, manager);
    expect(listed.errors).toBeUndefined();
    const list = listed.data.apiTokens as { id: string; partner: string | null; replacesId: string | null; state: string; lastUsedAt: string | null; expiresAt: string }[];
    const old = list.find((x) => x.id === first.id)!;
    const successor = list.find((x) => x.id === rotated.body.id)!;
    expect(successor).toMatchObject({ partner: 'cfa', replacesId: first.id, state: 'ACTIVE' });
    expect(successor.lastUsedAt).toBeTruthy();
    expect(new Date(old.expiresAt).getTime() - t.clock.now().getTime()).toBe(24 * 3_600_000);
    // The day after next: the overlap is over.
    t.clock.set('2025-07-03');
    expect(await read(first.token)).toBe('UNAUTHENTICATED');
    expect(await read(rotated.body.token)).toBe('OK');
    // Sent by hash, as a partner's client does, the expired secret is said expired (401), not
    // its operation "unknown": the integrator asks for the new secret, not for a registration.
    const byHash = await t.app.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${first.token}` }, payload: JSON.stringify({ documentId: `sha256:${'0'.repeat(64)}`, variables: {} }) });
    expect(byHash.statusCode).toBe(401);
    expect(byHash.json().errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('Authorization') });
    // The manager's session idled out across the two days: they sign in again.
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    const after = (await t.gql('{ apiTokens { id state } }', {}, manager)).data.apiTokens as { id: string; state: string }[];
    expect(after.find((x) => x.id === first.id)!.state).toBe('EXPIRED');
    expect((await t.post(`/auth/tokens/${first.id}/rotate`, {}, manager)).body).toMatchObject({ error: 'TOKEN_INACTIVE' });
    t.clock.set('2025-07-01');
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
  });

  it('lists the partners and their contract types for the manager only', async () => {
    const r = await t.gql('{ integrationPartners { code contractTypes scopes } }', {}, manager);
    expect(r.data.integrationPartners).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'cfa', contractTypes: ['CAPP'] }), expect.objectContaining({ code: 'sfca', contractTypes: ['CPRO'] })]));
    expect((await t.gql('{ integrationPartners { code } }', {}, await t.as('STUDENT'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
