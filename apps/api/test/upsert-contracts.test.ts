import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContract } from '@alternance/domain';
import { Contract } from '../src/modules/contracts/contract.entities.js';
import { ChangeEvent } from '../src/modules/integration/change-event.entity.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { ExternalId } from '../src/modules/integration/external-id.entity.js';
import { Organisation, Student } from '../src/modules/people/people.entities.js';
import { loadReferenceData } from '../src/modules/reference-data/reference-data.service.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';
import { countStatements as countSql } from './support/statement-count.js';

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
    const all = (await t.gql('{ contracts(first: 100) { id version contractType startDate endDate monthlyGrossPay mission { id } externalIds { source } } }', {}, manager)).data.contracts;
    // Not those the demo's CFA already numbered (a record has one identifier per source).
    capp = all.filter((c: { contractType: string; externalIds: unknown[] }) => c.contractType === 'CAPP' && c.externalIds.length === 0);
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

  // The background workers' polls (webhooks, mail outbox) are not the call's (support/statement-count.ts).
  const countStatements = (work: () => Promise<unknown>): Promise<number> => countSql(t.orm, work);

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

  it('sends the same statements for 10 items as for 200 (each binding its contract and changing its pay)', async () => {
    // 210 validated CAPP contracts of the partner's type, made for this test.
    const em = t.orm.em.fork();
    const data = await loadReferenceData(em);
    const cohort = data.cohorts.find((c) => c.code === 'MASTER-2025') ?? data.cohorts[0]!;
    const w = checkContract({ cohort: cohort.code, status: 'FI', contractType: 'CAPP' }, { referenceData: data }).windows;
    const endDate = w.endDate.min ?? w.endDate.max ?? cohort.dff;
    const organisation = Object.assign(new Organisation(), { name: `OPA statements ${dialect}`, siret: dialect === 'sqlite' ? '40000000000001' : '40000000000002' });
    const missions: Mission[] = [];
    for (let i = 0; i < 210; i++) {
      const student = Object.assign(new Student(), { firstName: `P${i}`, lastName: `N${i}`, email: `stmt${i}@etu.example`, birthDate: '2002-03-14', status: 'FI', cohort: cohort.code });
      const mission = Object.assign(new Mission(), { student, state: 'VALIDATED', cohort: cohort.code, contractType: 'CAPP', startDate: cohort.ddf, endDate, organisation, title: 'Mission', requestDate: '2025-06-01', validationDate: '2025-06-10' });
      missions.push(mission);
      em.persist([student, mission, Object.assign(new Contract(), { mission, student, contractType: 'CAPP', startDate: cohort.ddf, endDate, monthlyGrossPayCents: 200_000 })]);
    }
    await em.flush();
    const call = (prefix: string, from: number, n: number) =>
      upsert(missions.slice(from, from + n).map((m, i) => ({ externalId: `${prefix}-${i}`, missionId: m.id, monthlyGrossPay: 2100 + i })));
    const ten = await countStatements(async () => expect(new Set((await call('S10', 0, 10)).map((r) => r.status))).toEqual(new Set(['CREATED'])));
    const many = await countStatements(async () => expect(new Set((await call('S200', 10, 200)).map((r) => r.status))).toEqual(new Set(['CREATED'])));
    expect(ten).toBeGreaterThan(5);
    expect(many).toBe(ten);
    // Each of the 200 was written: its identifier, its pay, one audit row and one event each.
    const after = (await t.gql('query($id: ID!) { contract(id: $id) { version monthlyGrossPay externalIds { externalId } } }', { id: (await em.findOneOrFail(Contract, { mission: missions[209]!.id })).id }, manager)).data.contract;
    expect(after).toEqual({ version: 2, monthlyGrossPay: 2299, externalIds: [{ externalId: 'S200-199' }] });
  });

  it('records what the partner pushes back: signed, its number and signing date, the OPCO deposit; the event names the changed fields', async () => {
    const FIELDS = `mutation($input: [ContractUpsertInput!]!) { upsertContracts(input: $input) { results { status changedFields errors { code field } contract { id version signed signingDate contractNumber opcoDepositDate opcoDepositNumber } } } }`;
    const push = async (item: Record<string, unknown>) => (await t.gql<{ upsertContracts: { results: { status: string; changedFields: string[]; errors: { code: string; field: string }[]; contract: Record<string, unknown> | null }[] } }>(FIELDS, { input: [item] }, { token: cfa }).then((r) => { if (r.errors) throw new Error(JSON.stringify(r.errors)); return r; })).data.upsertContracts.results[0]!;
    const before = await events();
    const signed = await push({ externalId: 'CFA-A', signed: true, signingDate: '2025-06-20', contractNumber: 'CFA-2025-0042' });
    expect(signed).toMatchObject({ status: 'UPDATED', changedFields: ['signed', 'signingDate', 'contractNumber'], contract: { signed: true, signingDate: '2025-06-20', contractNumber: 'CFA-2025-0042', opcoDepositDate: null } });
    const deposited = await push({ externalId: 'CFA-A', opcoDepositDate: '2025-06-25', opcoDepositNumber: 'OPCO-77' });
    expect(deposited).toMatchObject({ status: 'UPDATED', changedFields: ['opcoDepositDate', 'opcoDepositNumber'] });
    expect(await events()).toBe(before + 2);
    const last = await t.orm.em.fork().find(ChangeEvent, {}, { orderBy: { position: 'desc' }, limit: 1 });
    expect(last[0]).toMatchObject({ type: 'CONTRACT_UPDATED', data: { fields: ['opcoDepositDate', 'opcoDepositNumber'], externalId: 'CFA-A' } });
    // Again: nothing changes, no event.
    expect((await push({ externalId: 'CFA-A', opcoDepositDate: '2025-06-25' })).status).toBe('UNCHANGED');
    expect(await events()).toBe(before + 2);
    // Each rule fires, naming its field; nothing of the item is written.
    expect((await push({ externalId: 'CFA-A', opcoDepositDate: '2025-06-01' })).errors).toEqual([{ code: 'DEPOSIT_BEFORE_SIGNING', field: 'input.0.opcoDepositDate' }]);
    expect((await push({ externalId: 'CFA-A', signingDate: '2025-07-02' })).errors).toEqual([{ code: 'SIGNING_DATE_IN_FUTURE', field: 'input.0.signingDate' }]);
    expect((await push({ externalId: 'CFA-B', signed: true })).errors).toEqual([{ code: 'SIGNING_DATE_REQUIRED', field: 'input.0.signingDate' }]);
    expect((await push({ externalId: 'CFA-B', contractNumber: ' x' })).errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.0.contractNumber' }]);
    const portal = (await t.gql('query($id: ID!) { contract(id: $id) { signed signingDate contractNumber opcoDepositDate opcoDepositNumber } }', { id: signed.contract!.id }, manager)).data.contract;
    expect(portal).toEqual({ signed: true, signingDate: '2025-06-20', contractNumber: 'CFA-2025-0042', opcoDepositDate: '2025-06-25', opcoDepositNumber: 'OPCO-77' });
  });

  it('two calls racing on the same items: each item is decided against the other call’s write — none lost, none overwritten silently', async () => {
    // Five validated CAPP contracts of the partner's type, made for this test; the second is bound already.
    const em = t.orm.em.fork();
    const data = await loadReferenceData(em);
    const cohort = data.cohorts.find((c) => c.code === 'MASTER-2025') ?? data.cohorts[0]!;
    const w = checkContract({ cohort: cohort.code, status: 'FI', contractType: 'CAPP' }, { referenceData: data }).windows;
    const endDate = w.endDate.min ?? w.endDate.max ?? cohort.dff;
    const organisation = Object.assign(new Organisation(), { name: `OPA race ${dialect}`, siret: dialect === 'sqlite' ? '40000000000011' : '40000000000012' });
    const contracts: Contract[] = [];
    for (let i = 0; i < 5; i++) {
      const student = Object.assign(new Student(), { firstName: `R${i}`, lastName: `N${i}`, email: `race${i}@etu.example`, birthDate: '2002-03-14', status: 'FI', cohort: cohort.code });
      const mission = Object.assign(new Mission(), { student, state: 'VALIDATED', cohort: cohort.code, contractType: 'CAPP', startDate: cohort.ddf, endDate, organisation, title: 'Mission', requestDate: '2025-06-01', validationDate: '2025-06-10' });
      const contract = Object.assign(new Contract(), { mission, student, contractType: 'CAPP', startDate: cohort.ddf, endDate, monthlyGrossPayCents: 200_000 });
      contracts.push(contract);
      em.persist([student, mission, contract]);
    }
    await em.flush();
    const [c1, c2, c3, c4, c5] = contracts as [Contract, Contract, Contract, Contract, Contract];
    expect((await upsert([{ externalId: 'RACE-2', missionId: c2.mission.id }]))[0]!.status).toBe('CREATED');
    const v2 = (await t.orm.em.fork().findOneOrFail(Contract, c2.id)).version;
    // The same identifier on the same contract (no version), the same bound contract at the
    // version both read, two identifiers for one contract, and one item each of its own.
    const call = (tag: 'A' | 'B', pay: number, own: Contract) =>
      upsert([
        { externalId: 'RACE-1', missionId: c1.mission.id, monthlyGrossPay: pay },
        { externalId: 'RACE-2', version: v2, monthlyGrossPay: pay + 1 },
        { externalId: `RACE-3${tag}`, missionId: c3.mission.id, monthlyGrossPay: pay + 2 },
        { externalId: `RACE-OWN-${tag}`, missionId: own.mission.id, monthlyGrossPay: pay + 3 },
      ]);
    const before = await events();
    let calls: [Result[], Result[]];
    if (dialect === 'postgresql') {
      // Both calls read the identifiers, then wait on the contracts' locks held here; released
      // together, one writes first and the other meets its writes item by item.
      const lock = new pg.Client({ connectionString: t.db.location.url });
      await lock.connect();
      await lock.query('begin');
      await lock.query('select id from contract where id = any($1) for update', [contracts.map((c) => c.id)]);
      const racing = Promise.all([call('A', 2500, c4), call('B', 2600, c5)]);
      for (let waited = 0; ; waited += 20) {
        const waiting = Number((await lock.query("select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")).rows[0].n);
        if (waiting === 2) break;
        if (waited > 20_000) throw new Error(`the two calls did not both wait on the locks (${waiting} waiting)`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await lock.query('rollback');
      await lock.end();
      calls = await racing;
    } else {
      // SQLite: one writer at a time — the second call runs after the first, on its writes.
      calls = await Promise.all([call('A', 2500, c4), call('B', 2600, c5)]);
    }
    const [a, b] = calls;
    const payOf = (results: Result[]) => (results === a ? 2500 : 2600);
    const stored = async (c: Contract) => {
      const row = await t.orm.em.fork().findOneOrFail(Contract, c.id);
      const ids = await t.orm.em.fork().find(ExternalId, { entityType: 'CONTRACT', entityId: c.id, source: 'cfa' });
      return { version: row.version, pay: row.monthlyGrossPayCents! / 100, externalIds: ids.map((x) => x.externalId) };
    };
    // RACE-1: bound by the first, then updated by the other (decided again on the first's write).
    const one = [a[0]!, b[0]!].sort((x, y) => x.status.localeCompare(y.status));
    expect(one.map((r) => r.status)).toEqual(['CREATED', 'UPDATED']);
    const updater1 = a[0]!.status === 'UPDATED' ? a : b;
    expect(await stored(c1)).toEqual({ version: c1.version + 2, pay: payOf(updater1), externalIds: ['RACE-1'] });
    // RACE-2, both at version v2: one writes, the other is told CONFLICT on its version.
    const two = [a[1]!, b[1]!];
    expect(two.map((r) => r.status).sort()).toEqual(['REJECTED', 'UPDATED']);
    const loser2 = two.find((r) => r.status === 'REJECTED')!;
    expect(loser2.errors).toEqual([{ code: 'CONFLICT', field: 'input.1.version' }]);
    const winner2 = a[1]!.status === 'UPDATED' ? a : b;
    expect(await stored(c2)).toEqual({ version: v2 + 1, pay: payOf(winner2) + 1, externalIds: ['RACE-2'] });
    // Two identifiers for one contract: the first keeps it, the other is told it is taken.
    const three = [a[2]!, b[2]!];
    expect(three.map((r) => r.status).sort()).toEqual(['CREATED', 'REJECTED']);
    expect(three.find((r) => r.status === 'REJECTED')!.errors).toEqual([{ code: 'EXTERNAL_ID_TAKEN', field: 'input.2.missionId' }]);
    const binder3 = a[2]!.status === 'CREATED' ? a : b;
    expect(await stored(c3)).toEqual({ version: c3.version + 1, pay: payOf(binder3) + 2, externalIds: [binder3[2]!.externalId] });
    // Each call's own item is written whatever the race.
    expect([a[3]!.status, b[3]!.status]).toEqual(['CREATED', 'CREATED']);
    expect(await stored(c4)).toEqual({ version: c4.version + 1, pay: 2503, externalIds: ['RACE-OWN-A'] });
    expect(await stored(c5)).toEqual({ version: c5.version + 1, pay: 2603, externalIds: ['RACE-OWN-B'] });
    // One event per item written: RACE-1 twice, RACE-2 once, RACE-3 once, the own items.
    expect(await events()).toBe(before + 6);
  });
});
