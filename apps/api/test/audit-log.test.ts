import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// issue 9 §5: the office reads the whole audit log, filtered by actor, action, record and days, page by page.
describe.each(DIALECTS)('the audit log (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, today: '2025-07-01' });
    manager = await t.as('MANAGER');
    const offer = (ref: string) => t.gql(`mutation($input: OfferInput!) { publishOffer(input: $input) { errors { code } } }`, { input: { reference: ref, title: `Offre ${ref}` } }, manager);
    await offer('A-1');
    await offer('A-2');
    t.clock.set('2025-07-03');
    manager = await t.as('MANAGER');
    await offer('A-3');
    await t.post('/auth/tokens', { name: 'Excel', scopes: ['roster:read'] }, manager);
  });
  afterAll(() => t.close());

  const q = `query($actor: String, $action: String, $entityType: String, $from: Date, $to: Date, $first: Int, $offset: Int) {
    auditEventCount(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to)
    auditEvents(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to, first: $first, offset: $offset) { action entityType actorLabel at }
  }`;

  it('filters by action, record type, actor and days, and pages', async () => {
    const all = await t.gql(q, {}, manager);
    expect(all.data.auditEventCount).toBe(4);
    const published = await t.gql(q, { action: 'PUBLISH' }, manager);
    expect(published.data.auditEvents.map((e: { entityType: string }) => e.entityType)).toEqual(['Offer', 'Offer', 'Offer']);
    expect((await t.gql(q, { entityType: 'ApiToken' }, manager)).data.auditEventCount).toBe(1);
    expect((await t.gql(q, { actor: 'MANAGER' }, manager)).data.auditEventCount).toBe(4);
    expect((await t.gql(q, { actor: 'personne' }, manager)).data.auditEventCount).toBe(0);
    const firstDay = await t.gql(q, { from: '2025-07-01', to: '2025-07-01' }, manager);
    expect(firstDay.data.auditEventCount).toBe(2);
    expect((await t.gql(q, { from: '2025-07-02' }, manager)).data.auditEventCount).toBe(2);
    const page2 = await t.gql(q, { first: 3, offset: 3 }, manager);
    expect(page2.data.auditEvents).toHaveLength(1);
    const facets = await t.gql('{ auditFacets { actions entityTypes } }', {}, manager);
    expect(facets.data.auditFacets).toEqual({ actions: ['CREATE', 'PUBLISH'], entityTypes: ['ApiToken', 'Offer'] });
  });

  it('names the bad day in French', async () => {
    const bad = await t.gql(q, { from: '2025-07-05', to: '2025-07-01' }, manager);
    expect(bad.errors?.[0]).toMatchObject({ message: 'La date de fin précède la date de début.', extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
  });
});
