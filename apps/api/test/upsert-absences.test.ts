import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Absence } from '../src/modules/absences/absence.entities.js';
import { ChangeEvent, type ChangeType } from '../src/modules/integration/change-event.entity.js';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';
import { countStatements } from './support/statement-count.js';

// Issue 14: a partner pushes the absences it recorded for its alternants (§4.3), keyed by its
// own identifiers — per-item results, the absences module's rules, nothing written for a
// rejected item, idempotent, versioned, within its contract types.

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

const UPSERT = `mutation($input: [AbsenceUpsertInput!]!) { upsertAbsences(input: $input) { errors { code field } results { index externalId status changedFields errors { code field } absence { id version date half state reason deadline source } } } }`;
const RECORD = `mutation($input: RecordAbsencesInput!) { recordAbsences(input: $input) { absences { id } errors { code field } } }`;
const nextDay = (d: string, n = 1) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

describe.each(DIALECTS)('upsertAbsences (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  let cfa: string;
  let sfca: string;
  let noScope: string;
  let capp: { id: string; startDate: string; endDate: string; mission: { id: string }; student: { id: string; cohort: string } };
  let cpro: { id: string };
  /** Training half-days (mornings) of the CAPP alternant, and one that is not training. */
  const training: string[] = [];
  let notTraining = '';

  const send = async (input: unknown[], token = cfa) => {
    const r = await t.gql(UPSERT, { input }, { token });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.upsertAbsences.results as any[];
  };
  const events = (type?: ChangeType) => t.orm.em.fork().count(ChangeEvent, type ? { type } : { type: { $in: ['ABSENCE_RECORDED', 'ABSENCE_UPDATED', 'ABSENCE_DELETED'] as ChangeType[] } });

  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2025-07-01' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    const token = async (name: string, partner: string, scopes: string[]) => (await t.post('/auth/tokens', { name, partner, adHocDocuments: true, scopes }, manager)).body.token as string;
    cfa = await token('CFA', 'cfa', ['contracts:read', 'contracts:upsert', 'absences:write']);
    sfca = await token('SFCA', 'sfca', ['contracts:read', 'absences:write']);
    noScope = await token('CFA lecture', 'cfa', ['contracts:read']);
    const all = (await t.gql('{ contracts(first: 100) { id contractType startDate endDate mission { id } student { id cohort } externalIds { source } } ruptures { contract { id } } }', {}, manager)).data;
    const broken = new Set(all.ruptures.map((r: any) => r.contract.id));
    capp = all.contracts.find((c: any) => c.contractType === 'CAPP' && !broken.has(c.id) && c.externalIds.length === 0);
    cpro = all.contracts.find((c: any) => c.contractType === 'CPRO');
    const bound = await t.gql('mutation($i: [ContractUpsertInput!]!) { upsertContracts(input: $i) { results { status } } }', { i: [{ externalId: 'CFA-K1', missionId: capp.mission.id }] }, { token: cfa });
    expect(bound.data.upsertContracts.results[0].status).toBe('CREATED');
    // The alternant's calendar says which mornings are training: read it from the day sheet.
    for (let d = capp.startDate; (training.length < 16 || !notTraining) && d < capp.endDate; d = nextDay(d)) {
      const sheet = (await t.gql('query($c: String!, $d: Date!) { absenceDaySheet(cohort: $c, date: $d, half: AM) { student { id } training } }', { c: capp.student.cohort, d }, manager)).data.absenceDaySheet;
      const line = sheet.find((l: any) => l.student.id === capp.student.id);
      if (line?.training) {
        if (training.length < 16) training.push(d);
      }
      else if (line && !notTraining && ![0, 6].includes(weekday(d))) notTraining = d;
    }
    expect(training.length).toBe(16);
    expect(notTraining).not.toBe('');
    // The partner pushes what it recorded in the days before: a medical absence is still in time.
    t.clock.set(nextDay(training[0]!, 2));
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
  });
  afterAll(() => t?.close());

  it('records, rejects item by item with the rule code and field, and writes nothing of a rejected item', async () => {
    const before = await events('ABSENCE_RECORDED');
    const mails = (template: string) => t.orm.em.fork().count(OutboxMail, { template, missionId: capp.mission.id });
    const [recordedMails, stoppageMails] = [await mails('ABSENCE_RECORDED'), await mails('ABSENCE_STOPPAGE_REQUEST')];
    const results = await send([
      { externalId: 'A-1', contractId: capp.id, date: training[0], half: 'AM' },
      { externalId: 'A-2', contractExternalId: 'CFA-K1', date: training[1], half: 'AM', reason: 'MEDICAL' },
      { externalId: 'A-3', contractId: cpro.id, date: training[2], half: 'AM' },
      { externalId: 'A-4', contractId: capp.id, date: notTraining, half: 'AM' },
      { externalId: 'A-5', contractId: capp.id, date: training[2], half: 'AM', reason: 'PROFESSIONAL' },
      { externalId: 'A-6', contractId: capp.id, date: nextDay(capp.startDate, -7), half: 'AM' },
      { externalId: 'A-7', date: training[2], half: 'AM' },
      { externalId: 'A-8', contractExternalId: 'CFA-NOPE', date: training[2], half: 'AM' },
    ]);
    expect(results.map((r) => [r.externalId, r.status, r.errors])).toEqual([
      ['A-1', 'CREATED', []],
      ['A-2', 'CREATED', []],
      // A CFA token never reaches a CPRO's alternant.
      ['A-3', 'REJECTED', [{ code: 'NOT_FOUND', field: 'input.2.contractId' }]],
      ['A-4', 'REJECTED', [{ code: 'NOT_TRAINING_HALF_DAY', field: 'input.3.date' }]],
      ['A-5', 'REJECTED', [{ code: 'PROFESSIONAL_NOT_PARTNER', field: 'input.4.reason' }]],
      ['A-6', 'REJECTED', [{ code: 'ABSENCE_OUTSIDE_CONTRACT', field: 'input.5.date' }]],
      ['A-7', 'REJECTED', [{ code: 'BAD_USER_INPUT', field: 'input.6.contractExternalId' }]],
      ['A-8', 'REJECTED', [{ code: 'NOT_FOUND', field: 'input.7.contractExternalId' }]],
    ]);
    expect(results[0].absence).toMatchObject({ version: 1, state: 'RECORDED', reason: 'UNKNOWN', source: 'cfa' });
    expect(results[0].changedFields).toEqual(['externalId', 'date', 'half']);
    // MEDICAL: the host's stoppage is awaited until 10 jours ouvrables after the absence (§4.3.1).
    // The partner reads it back as it reads any absence (PARTNER_READING, §4.3.1): not told « medical » nor its deadline.
    expect(results[1].absence).toMatchObject({ state: 'PENDING', reason: 'UNDISCLOSED', deadline: null });
    const stored = await t.orm.em.fork().findOneOrFail(Absence, results[1].absence.id);
    expect(stored).toMatchObject({ state: 'AWAITING_STOPPAGE', reason: 'MEDICAL' });
    expect(stored.deadline! > training[1]!).toBe(true);
    // …and the host is asked for it with a personal link, as when the office declares it; the student is asked to justify the other.
    expect(await mails('ABSENCE_STOPPAGE_REQUEST')).toBeGreaterThan(stoppageMails);
    expect(await mails('ABSENCE_RECORDED')).toBe(recordedMails + 1);
    expect(await t.orm.em.fork().count(Absence, { student: capp.student.id, date: { $in: [training[2]!, notTraining] } })).toBe(0);
    expect(await events('ABSENCE_RECORDED')).toBe(before + 2);
  });

  it('the same payload twice changes nothing and appends no event; a reason updates it once; a stale version is a CONFLICT', async () => {
    const payload = [
      { externalId: 'A-1', contractId: capp.id, date: training[0], half: 'AM' },
      { externalId: 'A-2', contractExternalId: 'CFA-K1', date: training[1], half: 'AM', reason: 'MEDICAL' },
    ];
    const before = await events();
    expect((await send(payload)).map((r) => [r.status, r.changedFields])).toEqual([['UNCHANGED', []], ['UNCHANGED', []]]);
    expect(await events()).toBe(before);
    const other = { ...payload[0], reason: 'OTHER' };
    const updated = await send([{ ...other, version: 1 }]);
    expect(updated[0]).toMatchObject({ status: 'UPDATED', changedFields: ['state', 'reason'], absence: { version: 2, state: 'PENDING', reason: 'UNDISCLOSED' } });
    expect((await send([other]))[0].status).toBe('UNCHANGED');
    expect(await events('ABSENCE_UPDATED')).toBeGreaterThan(0);
    expect(await events()).toBe(before + 1);
    const last = (await t.orm.em.fork().find(ChangeEvent, {}, { orderBy: { position: 'desc' }, limit: 1 }))[0]!;
    // The event never carries the reason: a medical reason is health data.
    expect(last).toMatchObject({ type: 'ABSENCE_UPDATED', contractType: 'CAPP', data: { state: 'PENDING', fields: ['state', 'reason'] } });
    expect(JSON.stringify(last.data)).not.toContain('OTHER');
    const stale = await send([{ ...payload[0], version: 1, reason: 'MEDICAL' }]);
    expect(stale[0]).toMatchObject({ status: 'REJECTED', errors: [{ code: 'CONFLICT', field: 'input.0.version' }] });
    const moved = (await t.gql(UPSERT.replace('errors { code field } absence', 'errors { code field message } absence'), { input: [{ ...payload[0], date: training[3] }] }, { token: cfa })).data.upsertAbsences.results;
    // A partner cannot delete (the office's deleteAbsence): the message says what it can do.
    expect(moved[0]).toMatchObject({ status: 'REJECTED', errors: [{ code: 'IMMUTABLE_FIELD', field: 'input.0.date', message: expect.stringContaining('nouvel identifiant') }] });
    const withdrawn = await send([{ ...payload[1], reason: 'UNKNOWN' }]);
    expect(withdrawn[0]).toMatchObject({ status: 'REJECTED', errors: [{ code: 'REASON_ALREADY_GIVEN', field: 'input.0.reason' }] });
  });

  it('names a half-day the office already recorded instead of recording it twice', async () => {
    const recorded = await t.gql(RECORD, { input: { date: training[4], half: 'AM', studentIds: [capp.student.id] } }, manager);
    if (!recorded.data) throw new Error(JSON.stringify(recorded.errors));
    const id = recorded.data.recordAbsences.absences[0].id;
    const before = await events();
    const [bound] = await send([{ externalId: 'A-OFFICE', contractId: capp.id, date: training[4], half: 'AM' }]);
    expect(bound).toMatchObject({ status: 'CREATED', changedFields: ['externalId'], absence: { id, source: null } });
    expect(await events()).toBe(before);
    // Another identifier of the same source for that half-day is refused.
    const [again] = await send([{ externalId: 'A-OFFICE-2', contractId: capp.id, date: training[4], half: 'AM' }]);
    expect(again).toMatchObject({ status: 'REJECTED', errors: [{ code: 'EXTERNAL_ID_TAKEN', field: 'input.0.externalId' }] });
    const dup = await send([
      { externalId: 'A-D1', contractId: capp.id, date: training[5], half: 'AM' },
      { externalId: 'A-D2', contractId: capp.id, date: training[5], half: 'AM' },
    ]);
    expect(dup.map((r) => r.status)).toEqual(['CREATED', 'REJECTED']);
    expect(dup[1].errors).toEqual([{ code: 'DUPLICATE_ITEM', field: 'input.1.externalId' }]);
  });

  it('keeps each partner to its contract types, refuses a token without absences:write, and more than 1,000 items', async () => {
    const [sf] = await send([{ externalId: 'S-1', contractId: capp.id, date: training[6], half: 'AM' }], sfca);
    expect(sf).toMatchObject({ status: 'REJECTED', errors: [{ code: 'NOT_FOUND', field: 'input.0.contractId' }] });
    // The SFCA does not see the CFA's identifiers either.
    const [byKey] = await send([{ externalId: 'S-2', contractExternalId: 'CFA-K1', date: training[6], half: 'AM' }], sfca);
    expect(byKey).toMatchObject({ status: 'REJECTED', errors: [{ code: 'NOT_FOUND', field: 'input.0.contractExternalId' }] });
    const refused = await t.gql(UPSERT, { input: [{ externalId: 'X', contractId: capp.id, date: training[6], half: 'AM' }] }, { token: noScope });
    expect(refused.errors?.[0]?.extensions?.code ?? refused.data?.upsertAbsences.errors[0]?.code).toBe('FORBIDDEN');
    expect(await t.orm.em.fork().count(Absence, { student: capp.student.id, date: training[6]! })).toBe(0);
    const tooMany = await t.gql(UPSERT, { input: Array.from({ length: 1001 }, (_, i) => ({ externalId: `X${i}`, contractId: capp.id, date: training[6], half: 'AM' })) }, { token: cfa });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
  });

  it('replays a retried call with the same Idempotency-Key instead of writing twice', async () => {
    const call = () =>
      t.app.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${cfa}`, 'idempotency-key': `absences-${dialect}` }, payload: JSON.stringify({ query: UPSERT, variables: { input: [{ externalId: 'A-IDEM', contractId: capp.id, date: training[7], half: 'AM' }] } }) });
    const before = await events();
    const first = await call();
    const second = await call();
    expect(second.body).toBe(first.body);
    expect(JSON.parse(first.body).data.upsertAbsences.results[0].status).toBe('CREATED');
    expect(await events()).toBe(before + 1);
  });

  it('sends as many SQL statements for 2 items as for 6', async () => {
    const count = (work: () => Promise<unknown>): Promise<number> => countStatements(t.orm, work);
    const items = (prefix: string, days: string[]) => days.map((d, i) => ({ externalId: `${prefix}-${i}`, contractId: capp.id, date: d, half: 'AM', reason: i % 2 ? 'OTHER' : null }));
    const few = await count(async () => expect((await send(items('F', training.slice(8, 10)))).map((r) => r.status)).toEqual(['CREATED', 'CREATED']));
    const many = await count(async () => expect(new Set((await send(items('M', training.slice(10, 16)))).map((r) => r.status))).toEqual(new Set(['CREATED'])));
    expect(few).toBeGreaterThan(3);
    expect(many).toBe(few);
  });
});
