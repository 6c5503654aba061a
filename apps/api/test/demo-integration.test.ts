import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../src/modules/reference-data/reference-data.service.js';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { seedDemo } from '../src/seed/demo.js';
import { DEMO_WEBHOOK_URL, type DemoPartnerTokens } from '../src/seed/demo-integration.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 14's demo: the manager's tokens and webhooks screens show real partners, their
// identifiers, a change feed and a delivery log; the printed tokens work, each partner
// reading its own contract types only.

/* eslint-disable @typescript-eslint/no-explicit-any */

const CHANGES = 'query($after: String) { changes(after: $after, first: 500) { events { cursor type contractType entityId data } endCursor hasMore } }';

describe.each(DIALECTS)('the integration demo (%s)', (dialect) => {
  let t: TestApp;
  let tokens: DemoPartnerTokens;
  let manager: Auth;
  const feed = async (auth: Auth): Promise<any[]> => {
    const events: any[] = [];
    for (let after: string | null = null; ; ) {
      const r: { data: any; errors?: unknown } = await t.gql<any>(CHANGES, { after }, auth);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      events.push(...r.data.changes.events);
      if (!r.data.changes.hasMore) return events;
      after = r.data.changes.endCursor;
    }
  };

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    await t.orm.em.fork().transactional(async (em) => {
      tokens = (await seedDemo(em, await loadReferenceData(em))).partnerTokens;
    });
    manager = { cookie: await t.login('responsable@demo.alternance.test', DEMO_PASSWORD) };
  });
  afterAll(() => t?.close());

  it('lists a CFA and an SFCA token with random secrets that work', async () => {
    expect(tokens.cfa).toMatch(/^alt_[\w-]{40,}$/);
    expect(tokens.sfca).toMatch(/^alt_[\w-]{40,}$/);
    expect(tokens.cfa).not.toBe(tokens.sfca);
    const listed = (await t.gql<any>('{ apiTokens { name partner prefix state lastUsedAt } }', {}, manager)).data.apiTokens;
    expect(listed.map((x: any) => x.partner).sort()).toEqual(['cfa', 'sfca']);
    expect(listed.find((x: any) => x.partner === 'cfa').prefix).toBe(tokens.cfa.slice(0, 12));
    expect(listed.every((x: any) => x.state === 'ACTIVE')).toBe(true);
  });

  it('feeds each partner its own contract types: validations, contracts, absences, the year’s calendars, its own pushes, in order', async () => {
    const cfa = await feed({ token: tokens.cfa });
    const sfca = await feed({ token: tokens.sfca });
    const office = await feed(manager);
    expect(new Set(cfa.map((e) => e.contractType))).toEqual(new Set(['CAPP']));
    expect(new Set(sfca.map((e) => e.contractType))).toEqual(new Set(['CPRO']));
    // The year's calendars published before it began, the partner's own signatures and deposits (demo-year-running.ts).
    for (const events of [cfa, sfca]) expect(new Set(events.map((e) => e.type))).toEqual(new Set(['MISSION_VALIDATED', 'CONTRACT_CREATED', 'ABSENCE_RECORDED', 'CALENDAR_PUBLISHED', 'CONTRACT_UPDATED']));
    expect(office.filter((e) => e.contractType === 'CAPP' || e.contractType === 'CPRO').length).toBe(cfa.length + sfca.length);
    // The office reads the rest too: the calendars' publication for the work-study internships.
    expect(new Set(office.filter((e) => e.contractType !== 'CAPP' && e.contractType !== 'CPRO').map((e) => e.type))).toEqual(new Set(['CALENDAR_PUBLISHED']));
    // Each contract once.
    const created = cfa.filter((e) => e.type === 'CONTRACT_CREATED').map((e) => e.entityId);
    expect(new Set(created).size).toBe(created.length);
    const contracts = (await t.gql<any>('{ contracts(first: 100) { id contractType externalIds { source externalId } } }', {}, { token: tokens.cfa })).data.contracts;
    expect(contracts.map((c: any) => c.id).sort()).toEqual([...created].sort());
  });

  it('carries partners’ identifiers on contracts, students and organisations, each partner its own', async () => {
    const contracts = (await t.gql<any>('{ contracts(first: 100) { id externalIds { source externalId } student { externalIds { source externalId } } } }', {}, { token: tokens.cfa })).data.contracts;
    const bound = contracts.filter((c: any) => c.externalIds.length);
    // The four numbered at first, and those the CFA numbered as it pushed their signature (§3.4).
    expect(bound.length).toBeGreaterThan(4);
    expect(bound.flatMap((c: any) => c.externalIds)).toContainEqual({ source: 'cfa', externalId: 'APP-2025-0001' });
    expect(bound.every((c: any) => c.student.externalIds.every((e: any) => e.source === 'cfa'))).toBe(true);
    const found = (await t.gql<any>('{ findByExternalId(source: "cfa", entityType: CONTRACT, externalId: "APP-2025-0001") }', {}, { token: tokens.cfa })).data.findByExternalId;
    expect(contracts.map((c: any) => c.id)).toContain(found);
    // The SFCA's identifier is out of the CFA's reach.
    expect((await t.gql<any>('{ findByExternalId(source: "sfca", entityType: CONTRACT, externalId: "PRO-2025-0001") }', {}, manager)).data.findByExternalId).toEqual(expect.any(String));
    const organisations = (await t.gql<any>('{ organisations(first: 100) { externalIds { source } } }', {}, manager)).data.organisations;
    expect(organisations.some((o: any) => o.externalIds.some((e: any) => e.source === 'cfa'))).toBe(true);
  });

  it('shows the CFA’s disabled endpoint and its delivery log; nothing is sent from the demo', async () => {
    const webhooks = (await t.gql<any>('{ webhooks { url partner active } }', {}, manager)).data.webhooks;
    expect(webhooks).toEqual([{ url: DEMO_WEBHOOK_URL, partner: 'cfa', active: false }]);
    const log = (await t.gql<any>('{ webhookDeliveries(first: 100) { eventType state attempts lastStatus createdAt } }', {}, manager)).data.webhookDeliveries;
    // Registered before its first delivery (it read the day the demo was seeded, months after its log).
    const registered = (await t.gql<any>('{ webhooks { createdAt } }', {}, manager)).data.webhooks[0].createdAt;
    expect(registered < log.map((d: any) => d.createdAt).sort()[0]).toBe(true);
    log.forEach((d: any) => delete d.createdAt);
    expect(log.filter((d: any) => d.state === 'SENT').length).toBeGreaterThan(0);
    expect(log.filter((d: any) => d.state === 'FAILED')).toEqual([{ eventType: 'CONTRACT_CREATED', state: 'FAILED', attempts: 6, lastStatus: 503 }]);
    expect(log.some((d: any) => d.state === 'PENDING')).toBe(false);
    expect(await t.app.webhooks.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });
});
