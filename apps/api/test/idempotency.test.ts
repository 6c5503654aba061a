import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeProposal } from '../src/modules/roster/change-proposal.entity.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PROPOSE = `mutation($changes: [ContractChangeInput!]!) { proposeContractChanges(changes: $changes) { proposals { id } errors { code } } }`;

describe.each(DIALECTS)('Idempotency-Key on machine writes (%s)', (dialect) => {
  let t: TestApp;
  let token: string;
  let mission: { id: string; version: number };
  beforeAll(async () => {
    t = await createTestApp({ dialect, today: '2026-07-01' });
    const manager = await t.as('MANAGER');
    token = (await t.post('/auth/tokens', { name: 'Excel', scopes: ['roster:read', 'roster:propose'] }, manager)).body.token;
    const { auth } = await createStudent(t);
    mission = (await t.gql(`mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { id version } } }`, { input: validFiche('i1', '77777777777777') }, auth)).data.saveMissionDraft.mission;
  });
  afterAll(() => t?.close());

  const send = (key: string, changes: unknown[]) =>
    t.app.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key }, payload: JSON.stringify({ query: PROPOSE, variables: { changes } }) });

  it('replays the first answer to a retry and writes once', async () => {
    const changes = [{ missionId: mission.id, missionVersion: mission.version, startDate: '2026-09-07' }];
    const first = await send('retry-key-0001', changes);
    const again = await send('retry-key-0001', changes);
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replay']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await t.orm.em.fork().count(ChangeProposal, { mission: mission.id })).toBe(1);
  });

  it('refuses the same key with another request', async () => {
    const reused = await send('retry-key-0001', [{ missionId: mission.id, missionVersion: mission.version, endDate: '2027-09-10' }]);
    expect(reused.statusCode).toBe(422);
    expect(reused.json().errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await t.orm.em.fork().count(ChangeProposal, { mission: mission.id })).toBe(1);
  });
});
