import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { Offer } from '../src/modules/offers/offer.entity.js';
import { audit } from '../src/modules/audit/audit.js';
import { countStatements } from './support/statement-count.js';
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

  it('names each event’s object (an offer by its reference and title, a token by its name), one statement per type of the page whatever its length, and says when it was deleted', async () => {
    const named = '{ auditEvents(first: 100) { action entityType entityName entityGone } }';
    const read = async () => (await t.gql(named, {}, manager)).data.auditEvents as { action: string; entityType: string; entityName: string | null; entityGone: boolean }[];
    const events = await read();
    expect(events.filter((e) => e.entityType === 'Offer').map((e) => e.entityName).sort()).toEqual(['A-1 — Offre A-1', 'A-2 — Offre A-2', 'A-3 — Offre A-3']);
    expect(events.find((e) => e.entityType === 'ApiToken')).toMatchObject({ entityName: 'Excel', entityGone: false });
    const statements = await countStatements(t.orm, () => t.gql(named, {}, manager));
    for (const ref of ['A-4', 'A-5', 'A-6', 'A-7']) await t.gql(`mutation($input: OfferInput!) { publishOffer(input: $input) { errors { code } } }`, { input: { reference: ref, title: `Offre ${ref}` } }, manager);
    expect(await countStatements(t.orm, () => t.gql(named, {}, manager))).toBe(statements);
    // An object deleted since: no name, said gone (the page shows its type and short id).
    await t.orm.em.fork().nativeDelete(Offer, { reference: 'A-7' });
    const after = await read();
    expect(after.filter((e) => e.entityType === 'Offer' && e.entityGone)).toEqual([{ action: 'PUBLISH', entityType: 'Offer', entityName: null, entityGone: true }]);
    expect(after.filter((e) => e.entityType === 'Offer' && !e.entityGone)).toHaveLength(6);
  });

  it('names the bad day in French', async () => {
    const bad = await t.gql(q, { from: '2025-07-05', to: '2025-07-01' }, manager);
    expect(bad.errors?.[0]).toMatchObject({ message: 'La date de fin précède la date de début.', extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
  });
  // §4.3.1: how an absence was justified goes « au responsable ET au secrétariat » — the direction,
  // who reads the journal, does not read the lines that would tell it (a medical declaration, a work
  // stoppage awaited or received, a reason given); the professional absences it decides stay (§4.3.2).
  it('hides from the direction the lines that tell how an absence was justified, in the page, its count, the action filter and the facets', async () => {
    const em = t.orm.em.fork();
    const at = new Date('2025-07-03T10:00:00Z');
    audit(em, null, { entityType: 'Absence', entityId: 'absence-1', action: 'DECLARE_MEDICAL', fields: ['state', 'reason'] }, at);
    audit(em, null, { entityType: 'Absence', entityId: 'absence-1', action: 'RECEIVE_STOPPAGE', fields: ['state'], comment: 'arret-de-travail.pdf' }, at);
    audit(em, null, { entityType: 'Absence', entityId: 'absence-2', action: 'GRANT_PROFESSIONAL_ABSENCE', fields: ['state'] }, at);
    await em.flush();
    const direction = await t.as('DIRECTION');
    const secretariat = await t.as('SECRETARIAT');
    const absences = { entityType: 'Absence' };
    const read = async (auth: Auth, vars: Record<string, unknown>) => (await t.gql(q, { ...vars, first: 100 }, auth)).data as { auditEventCount: number; auditEvents: { action: string }[] };
    for (const office of [manager, secretariat]) {
      const all = await read(office, absences);
      expect(all.auditEvents.map((e) => e.action).sort()).toEqual(['DECLARE_MEDICAL', 'GRANT_PROFESSIONAL_ABSENCE', 'RECEIVE_STOPPAGE']);
      expect(all.auditEventCount).toBe(3);
    }
    const seen = await read(direction, absences);
    expect(seen.auditEvents.map((e) => e.action)).toEqual(['GRANT_PROFESSIONAL_ABSENCE']);
    expect(seen.auditEventCount).toBe(1);
    expect(await read(direction, { action: 'DECLARE_MEDICAL' })).toEqual({ auditEventCount: 0, auditEvents: [] });
    const facets = async (auth: Auth) => (await t.gql('{ auditFacets { actions } }', {}, auth)).data.auditFacets.actions as string[];
    expect(await facets(manager)).toEqual(expect.arrayContaining(['DECLARE_MEDICAL', 'RECEIVE_STOPPAGE']));
    expect(await facets(direction)).not.toContain('DECLARE_MEDICAL');
    expect(await facets(direction)).not.toContain('RECEIVE_STOPPAGE');
    expect(await facets(direction)).toContain('GRANT_PROFESSIONAL_ABSENCE');
  });
});
