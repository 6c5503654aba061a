import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../src/modules/auth/auth.entities.js';
import { ChangeEvent } from '../src/modules/integration/change-event.entity.js';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 14 §intro point 2: a CFA/SFCA's system declares a rupture it recorded. The guide has
// the office run the rupture (§5): the declaration opens it, the managers are mailed, the
// contract stays active until the manager engages and completes the procedure.

const DECLARE = `mutation($input: RuptureDeclarationInput!) { declareRupture(input: $input) { rupture { id state version lastDay declaredBySource declaredLastDay requestedByRole contract { id } } errors { code field } } }`;

describe.each(DIALECTS)('declareRupture (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  let cfa: string;
  let readOnly: string;
  let capp: { id: string; startDate: string; endDate: string; mission: { id: string } };
  let other: { id: string; startDate: string; endDate: string; mission: { id: string } };
  let cpro: { id: string };

  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2025-07-01' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    cfa = (await t.post('/auth/tokens', { name: 'CFA', partner: 'cfa', adHocDocuments: true, scopes: ['contracts:read', 'contracts:upsert', 'rupture:declare'] }, manager)).body.token;
    readOnly = (await t.post('/auth/tokens', { name: 'CFA lecture', partner: 'cfa', adHocDocuments: true, scopes: ['contracts:read'] }, manager)).body.token;
    const all = (await t.gql('{ contracts(first: 100) { id contractType startDate endDate mission { id } externalIds { source } } ruptures { contract { id } } }', {}, manager)).data;
    const broken = new Set(all.ruptures.map((r: { contract: { id: string } }) => r.contract.id));
    // Not one the demo's CFA already numbered (a contract has one identifier per source).
    capp = all.contracts.find((c: { id: string; contractType: string; externalIds: unknown[] }) => c.contractType === 'CAPP' && !broken.has(c.id) && c.externalIds.length === 0);
    other = all.contracts.find((c: { id: string; contractType: string; externalIds: unknown[] }) => c.contractType === 'CAPP' && !broken.has(c.id) && c.externalIds.length === 0 && c.id !== capp.id);
    cpro = all.contracts.find((c: { contractType: string }) => c.contractType === 'CPRO');
    const bound = await t.gql('mutation($i: [ContractUpsertInput!]!) { upsertContracts(input: $i) { results { status } } }', { i: [{ externalId: 'CFA-R1', missionId: capp.mission.id }, { externalId: 'CFA-R2', missionId: other.mission.id }] }, { token: cfa });
    expect(bound.data.upsertContracts.results.map((r: { status: string }) => r.status)).toEqual(['CREATED', 'CREATED']);
  });
  afterAll(() => t?.close());

  const declare = async (input: Record<string, unknown>, token = cfa) => {
    const r = await t.gql(DECLARE, { input }, { token });
    if (r.errors) return { errors: r.errors.map((e: { extensions?: { code?: string } }) => ({ code: e.extensions?.code })), rupture: null };
    return r.data.declareRupture;
  };

  it('refuses what is wrong, naming the field, and writes nothing', async () => {
    const mails = await t.orm.em.fork().count(OutboxMail, { template: 'RUPTURE_DECLARED' });
    const before = await declare({ externalId: 'CFA-R1', lastDay: '2020-01-01', reason: 'Fin anticipée' });
    expect(before.rupture).toBeNull();
    expect(before.errors[0]).toMatchObject({ field: 'lastDay' });
    expect((await declare({ externalId: 'CFA-UNKNOWN', lastDay: capp.endDate, reason: 'x' })).errors).toEqual([{ code: 'NOT_FOUND', field: 'externalId' }]);
    // A CFA token never reaches a CPRO.
    expect((await declare({ contractId: cpro.id, lastDay: '2025-12-31', reason: 'x' })).errors).toEqual([{ code: 'NOT_FOUND', field: 'contractId' }]);
    expect((await declare({ externalId: 'CFA-R1', lastDay: capp.endDate, reason: '' })).errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'reason' }]);
    expect((await declare({ lastDay: capp.endDate, reason: 'x' })).errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'externalId' }]);
    // Without the scope: forbidden.
    expect((await declare({ externalId: 'CFA-R1', lastDay: capp.endDate, reason: 'x' }, readOnly)).errors[0].code).toBe('FORBIDDEN');
    expect(await t.orm.em.fork().count(OutboxMail, { template: 'RUPTURE_DECLARED' })).toBe(mails);
  });

  it('opens the rupture for the office, mails the managers, keeps the contract active; the same declaration again changes nothing', async () => {
    const lastDay = capp.startDate.replace(/^(\d{4})-\d\d-\d\d$/, (_, y) => `${Number(y) + 1}-01-31`);
    const events = await t.orm.em.fork().count(ChangeEvent, {});
    const declared = await declare({ externalId: 'CFA-R1', lastDay, reason: 'Rupture à l’amiable signée le 15/01' });
    expect(declared.errors).toEqual([]);
    expect(declared.rupture).toMatchObject({ state: 'REQUESTED', lastDay: null, declaredBySource: 'cfa', declaredLastDay: lastDay, requestedByRole: 'INTEGRATION', contract: { id: capp.id } });
    const mails = await t.orm.em.fork().find(OutboxMail, { template: 'RUPTURE_DECLARED' });
    expect(mails.map((m) => m.to)).toContain('responsable@demo.alternance.test');
    expect(mails[0]!.subject).toContain('CFA');
    expect(await t.orm.em.fork().count(ChangeEvent, {})).toBe(events + 1);
    const again = await declare({ externalId: 'CFA-R1', lastDay, reason: 'Rupture à l’amiable signée le 15/01' });
    expect(again.rupture.id).toBe(declared.rupture.id);
    expect(await t.orm.em.fork().count(OutboxMail, { template: 'RUPTURE_DECLARED' })).toBe(mails.length);
    // Another last day while it is open: the office follows it, the partner is told.
    expect((await declare({ externalId: 'CFA-R1', lastDay: capp.endDate, reason: 'autre' })).errors).toEqual([{ code: 'RUPTURE_ALREADY_OPEN', field: 'externalId' }]);
    // The contract is not ended by the declaration: the manager engages the procedure with the declared day.
    const started = await t.gql(
      `mutation($c: ID!, $r: ID, $d: Date!) { startRupture(contractId: $c, ruptureId: $r, lastDay: $d, skipMediation: true) { rupture { state lastDay } errors { code field } } }`,
      { c: capp.id, r: declared.rupture.id, d: lastDay },
      manager,
    );
    expect(started.data.startRupture).toEqual({ rupture: { state: 'IN_PROGRESS', lastDay }, errors: [] });
  });

  it('takes the same declaration sent twice at once as one; once the office cancels it, the feed says so and the same push does not reopen it', async () => {
    const lastDay = other.startDate.replace(/^(\d{4})-\d\d-\d\d$/, (_, y) => `${Number(y) + 1}-02-28`);
    const input = { externalId: 'CFA-R2', lastDay, reason: 'Rupture d’un commun accord' };
    const mails = await t.orm.em.fork().count(OutboxMail, { template: 'RUPTURE_DECLARED' });
    const events = await t.orm.em.fork().count(ChangeEvent, {});
    // A retry sent before the first answered: both get the one rupture, the managers one mail each.
    const [a, b] = await Promise.all([declare(input), declare(input)]);
    expect([a.errors, b.errors]).toEqual([[], []]);
    expect(b.rupture.id).toBe(a.rupture.id);
    const managers = await t.orm.em.fork().count(User, { role: 'MANAGER', active: true });
    const declaredMails = (await t.orm.em.fork().count(OutboxMail, { template: 'RUPTURE_DECLARED' })) - mails;
    expect(managers).toBeGreaterThan(0);
    expect(declaredMails).toBe(managers);
    expect(await t.orm.em.fork().count(ChangeEvent, {})).toBe(events + 1);

    // The office cancels it (the parties settled): the partner learns it from the feed.
    const cancelled = await t.gql('mutation($id: ID!, $v: Int!) { cancelRupture(id: $id, version: $v, comment: "Les parties ont trouvé un accord") { rupture { state } errors { code field } } }', { id: a.rupture.id, v: a.rupture.version }, manager);
    expect(cancelled.data.cancelRupture).toEqual({ rupture: { state: 'CANCELLED' }, errors: [] });
    const feed = await t.orm.em.fork().find(ChangeEvent, {}, { orderBy: { position: 'desc' }, limit: 1 });
    expect(feed[0]).toMatchObject({ type: 'CONTRACT_UPDATED', entityId: other.id, contractType: 'CAPP', data: { ruptureId: a.rupture.id, fields: ['ruptureCancelled'], source: 'cfa' } });

    // The partner pushes what it knows again: it gets the cancelled rupture back, nothing reopened, nobody mailed.
    const again = await declare(input);
    expect(again).toMatchObject({ errors: [], rupture: { id: a.rupture.id, state: 'CANCELLED' } });
    expect((await t.orm.em.fork().count(OutboxMail, { template: 'RUPTURE_DECLARED' })) - mails).toBe(declaredMails);
    // Another last day is another rupture: declared anew.
    const later = await declare({ ...input, lastDay: other.endDate });
    expect(later).toMatchObject({ errors: [], rupture: { state: 'REQUESTED', declaredLastDay: other.endDate } });
    expect(later.rupture.id).not.toBe(a.rupture.id);
  });
});
