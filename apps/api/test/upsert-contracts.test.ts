import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeEvent } from '../src/modules/integration/change-event.entity.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 14 §1: bulk upsert of contracts keyed by the partner's identifiers — per-item
// results, the domain's rules, nothing written for a rejected item, idempotent, versioned.

const UPSERT = `mutation($input: [ContractUpsertInput!]!) { upsertContracts(input: $input) { errors { code field } results { index externalId status errors { code field } contract { id version endDate monthlyGrossPay } } } }`;
interface Result { index: number; externalId: string; status: string; errors: { code: string; field: string | null }[]; contract: { id: string; version: number; endDate: string; monthlyGrossPay: number | null } | null }

describe.each(DIALECTS)('upsertContracts (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  let cfa: string;
  let capp: { id: string; version: number; startDate: string; endDate: string; monthlyGrossPay: number | null; mission: { id: string } }[];
  let cpro: { mission: { id: string } };
  const upsert = async (input: unknown[], token = cfa) => {
    const r = await t.gql<{ upsertContracts: { errors: unknown[]; results: Result[] } }>(UPSERT, { input }, { token });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.upsertContracts.results;
  };
  const events = () => t.orm.em.fork().count(ChangeEvent, {});

  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2025-07-01' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    cfa = (await t.post('/auth/tokens', { name: 'CFA', partner: 'cfa', adHocDocuments: true, scopes: ['contracts:read', 'students:read', 'contracts:upsert'] }, manager)).body.token;
    const all = (await t.gql('{ contracts(first: 100) { id version contractType startDate endDate monthlyGrossPay mission { id } } }', {}, manager)).data.contracts;
    capp = all.filter((c: { contractType: string }) => c.contractType === 'CAPP');
    cpro = all.find((c: { contractType: string }) => c.contractType === 'CPRO');
    expect(capp.length).toBeGreaterThanOrEqual(3);
  });
  afterAll(() => t?.close());

  it('binds, updates, and rejects item by item, each rejection with its code and field; nothing of a rejected item is written', async () => {
    const before = await events();
    const [a, b, c] = capp;
    const results = await upsert([
      { externalId: 'CFA-A', missionId: a!.mission.id },
      { externalId: 'CFA-B', missionId: b!.mission.id, monthlyGrossPay: (b!.monthlyGrossPay ?? 1500) + 100 },
      { externalId: 'CFA-UNKNOWN' },
      { externalId: 'CFA-CPRO', missionId: cpro.mission.id },
      { externalId: 'CFA-C', missionId: c!.mission.id, startDate: c!.startDate, endDate: '2020-01-01' },
      { externalId: 'CFA-C2', missionId: c!.mission.id, endDate: c!.startDate.replace(/^(\d{4})/, (y) => String(Number(y) + 5)) },
    ]);
    expect(results.map((r) => [r.externalId, r.status])).toEqual([
      ['CFA-A', 'CREATED'],
      ['CFA-B', 'CREATED'],
      ['CFA-UNKNOWN', 'REJECTED'],
      ['CFA-CPRO', 'REJECTED'],
      ['CFA-C', 'REJECTED'],
      ['CFA-C2', 'REJECTED'],
    ]);
    expect(results[1]!.contract!.monthlyGrossPay).toBe((b!.monthlyGrossPay ?? 1500) + 100);
    expect(results[2]!.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.2.externalId' }]);
    // A CFA token never reaches a CPRO, even by its mission.
    expect(results[3]!.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.3.missionId' }]);
    expect(results[4]!.errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.4.endDate' }]);
    // A rule of the domain (contract too long for its type) names its code and field.
    expect(results[5]!.errors.length).toBeGreaterThan(0);
    expect(results[5]!.errors[0]!.field).toBe('input.5.endDate');
    expect(results[5]!.errors[0]!.code).toMatch(/^[A-Z_]+$/);
    const untouched = (await t.gql('query($id: ID!) { contract(id: $id) { endDate externalIds { externalId } } }', { id: c!.id }, manager)).data.contract;
    expect(untouched).toEqual({ endDate: c!.endDate, externalIds: [] });
    expect(await events()).toBe(before + 2);
  });

  it('the same payload twice changes nothing and appends no event; a stale version is a CONFLICT', async () => {
    const [a, b] = capp;
    const payload = [
      { externalId: 'CFA-A', missionId: a!.mission.id },
      { externalId: 'CFA-B', monthlyGrossPay: (b!.monthlyGrossPay ?? 1500) + 100 },
    ];
    const before = await events();
    expect((await upsert(payload)).map((r) => r.status)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(await events()).toBe(before);
    const current = (await upsert([{ externalId: 'CFA-B' }]))[0]!.contract!;
    const stale = await upsert([{ externalId: 'CFA-B', version: current.version - 1, monthlyGrossPay: 9999 }]);
    expect(stale[0]).toMatchObject({ status: 'REJECTED', errors: [{ code: 'CONFLICT', field: 'input.0.version' }] });
    const fresh = await upsert([{ externalId: 'CFA-B', version: current.version, monthlyGrossPay: (b!.monthlyGrossPay ?? 1500) + 200 }]);
    expect(fresh[0]).toMatchObject({ status: 'UPDATED' });
    expect(fresh[0]!.contract!.version).toBe(current.version + 1);
  });

  it('refuses more than 1,000 items, and an identifier twice in one call', async () => {
    const tooMany = await t.gql(UPSERT, { input: Array.from({ length: 1001 }, (_, i) => ({ externalId: `X${i}` })) }, { token: cfa });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    const twice = await upsert([{ externalId: 'CFA-A' }, { externalId: 'CFA-A' }]);
    expect(twice[1]).toMatchObject({ status: 'REJECTED', errors: [{ code: 'DUPLICATE_ITEM', field: 'input.1.externalId' }] });
  });

  it('replays a retried call with the same Idempotency-Key instead of writing twice', async () => {
    const send = () =>
      t.app.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${cfa}`, 'idempotency-key': `upsert-${dialect}` }, payload: JSON.stringify({ query: UPSERT, variables: { input: [{ externalId: 'CFA-B', monthlyGrossPay: 2345 }] } }) });
    const before = await events();
    const first = await send();
    const second = await send();
    expect(second.body).toBe(first.body);
    expect(JSON.parse(first.body).data.upsertContracts.results[0].status).toBe('UPDATED');
    expect(await events()).toBe(before + 1);
  });

  async function countStatements(work: () => Promise<unknown>): Promise<number> {
    let statements = 0;
    const logger = t.orm.config.getLogger();
    const original = logger.logQuery.bind(logger);
    logger.logQuery = () => void (statements += 1);
    t.orm.config.set('debug', ['query']);
    try {
      await work();
    } finally {
      t.orm.config.set('debug', false);
      logger.logQuery = original;
    }
    return statements;
  }

  it('sends as many SQL statements for 2 items as for all of them (binding and updating each)', async () => {
    const call = (source: string, items: typeof capp, pay: number) =>
      t.gql(`mutation($s: String, $input: [ContractUpsertInput!]!) { upsertContracts(source: $s, input: $input) { results { status } } }`, { s: source, input: items.map((c, i) => ({ externalId: `${source}-${i}`, missionId: c.mission.id, monthlyGrossPay: pay + i })) }, manager);
    await call('warm', capp.slice(0, 1), 3000);
    const few = await countStatements(() => call('few', capp.slice(0, 2), 3100));
    const many = await countStatements(() => call('many', capp, 3200));
    expect(capp.length).toBeGreaterThan(2);
    expect(few).toBeGreaterThan(3);
    expect(many).toBe(few);
  });
});
