import { SmtpSink } from '@alternance/smtp-sink';
import type { EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeEvent } from '../src/modules/integration/change-event.entity.js';
import { recordChange } from '../src/modules/integration/change-feed.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 14 §1: the change feed — events appended with their change, read after an opaque
// cursor; a client resuming from its cursor misses nothing and sees nothing twice, even while
// writes go on (PostgreSQL commits out of sequence order unless the writers are ordered).

const CHANGES = 'query($after: String, $first: Int, $types: [String!]) { changes(after: $after, first: $first, types: $types) { events { cursor type entityType entityId contractType data } endCursor hasMore } }';
interface Page {
  events: { cursor: string; type: string; entityType: string; entityId: string; contractType: string | null; data: Record<string, unknown> }[];
  endCursor: string;
  hasMore: boolean;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DIALECTS)('change feed (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let cfa: Auth;
  let sfca: Auth;
  const read = async (auth: Auth, after: string | null, first = 100, types?: string[]): Promise<Page> => {
    const r = await t.gql<{ changes: Page }>(CHANGES, { after, first, types }, auth);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.changes;
  };

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    manager = await t.as('MANAGER');
    const token = async (partner: string) => ({ token: (await t.post('/auth/tokens', { name: partner, partner, adHocDocuments: true, scopes: ['changes:read', 'contracts:read'] }, manager)).body.token as string });
    cfa = await token('cfa');
    sfca = await token('sfca');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('records a validated mission and its contract with the change; the CFA reads them, the SFCA does not', async () => {
    const { auth } = await createStudent(t);
    const mission = await validatedMission(t, smtp, auth, manager, validFiche('feed1', '42345678901234'));
    const page = await read(cfa, null);
    expect(page.events.map((e) => [e.type, e.entityId])).toEqual([
      ['MISSION_VALIDATED', mission.id],
      ['CONTRACT_CREATED', mission.contract.id],
    ]);
    expect(page.events[1]!.data).toMatchObject({ contractId: mission.contract.id, missionId: mission.id });
    expect(page.hasMore).toBe(false);
    expect((await read(sfca, null)).events).toEqual([]);
    // Resume page by page: one event, then the next, then nothing — and the cursor stays put.
    const first = await read(cfa, null, 1);
    expect(first.hasMore).toBe(true);
    const second = await read(cfa, first.endCursor, 1);
    expect(second.events.map((e) => e.type)).toEqual(['CONTRACT_CREATED']);
    const empty = await read(cfa, second.endCursor, 1);
    expect(empty).toEqual({ events: [], endCursor: second.endCursor, hasMore: false });
    expect((await read(cfa, null, 10, ['CONTRACT_CREATED'])).events.map((e) => e.type)).toEqual(['CONTRACT_CREATED']);
  });

  it('names the bad argument', async () => {
    for (const [vars, field] of [
      [{ after: 'bm9wZQ' }, 'after'],
      [{ first: 501 }, 'first'],
      [{ first: 0 }, 'first'],
      [{ types: ['CONTRACT_EATEN'] }, 'types'],
    ] as const) {
      const r = await t.gql(CHANGES, vars, cfa);
      expect(r.errors?.[0]?.extensions, JSON.stringify(vars)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  /**
   * One writer: its event taken in a transaction that stays open until `hold` settles (a
   * number: that many milliseconds), then commits. `taken` settles once its position is taken.
   */
  async function writer(id: string, hold: number | Promise<void>, ordered = true, taken?: () => void): Promise<void> {
    const em = t.orm.em.fork() as EntityManager;
    await em.begin();
    try {
      const change = { type: 'CONTRACT_UPDATED' as const, entityType: 'Contract', entityId: id, contractType: 'CAPP', data: {} };
      if (ordered) await recordChange(em, change, new Date());
      else em.persist(Object.assign(new ChangeEvent(), change, { at: new Date() }));
      await em.flush();
      taken?.();
      await (typeof hold === 'number' ? sleep(hold) : hold);
      await em.commit();
    } catch (error) {
      await em.rollback();
      throw error;
    }
  }

  /** A writer whose transaction stays open until `release()`; `taken` settles once it holds its position. */
  function heldWriter(id: string, ordered: boolean) {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let markTaken!: () => void;
    const taken = new Promise<void>((r) => (markTaken = r));
    const done = writer(id, released, ordered, markTaken);
    return { taken, release, done };
  }

  it('a client polling with its cursor while 30 writers commit out of order misses nothing and sees nothing twice', async () => {
    let cursor = (await read(manager, null, 500)).endCursor;
    const ids = Array.from({ length: 30 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const seen: string[] = [];
    let done = false;
    const poller = (async () => {
      while (!done) {
        const page = await read(manager, cursor, 7);
        seen.push(...page.events.map((e) => e.entityId));
        cursor = page.endCursor;
        await sleep(2);
      }
    })();
    // Writers started together hold their transactions for different times: they would commit out of sequence order.
    await Promise.all(ids.map((id, i) => writer(id, (i * 7) % 13)));
    done = true;
    await poller;
    for (let page = await read(manager, cursor, 500); page.events.length; page = await read(manager, cursor, 500)) {
      seen.push(...page.events.map((e) => e.entityId));
      cursor = page.endCursor;
    }
    expect([...seen].sort()).toEqual([...ids].sort());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.runIf(dialect === 'postgresql')('orders the writers: a later position is not visible before an earlier one commits (and would be without the lock)', async () => {
    const start = (await read(manager, null, 500)).endCursor;
    // Without the lock: A takes its position and stays open; B takes a later one and commits
    // first; a reader moves past A's. (Gates, not sleeps: a loaded CI machine let A commit early.)
    const slowA = heldWriter('0000000a-0000-4000-8000-000000000000', false);
    await slowA.taken;
    await writer('0000000b-0000-4000-8000-000000000000', 0, false);
    const early = await read(manager, start);
    expect(early.events.map((e) => e.entityId)).toEqual(['0000000b-0000-4000-8000-000000000000']);
    slowA.release();
    await slowA.done;
    expect((await read(manager, early.endCursor)).events).toEqual([]); // A's event is behind the cursor: missed.

    // With the feed's lock: B waits for A's commit, the reader sees A then B.
    const from = (await read(manager, null, 500)).endCursor;
    const lockedA = heldWriter('000000aa-0000-4000-8000-000000000000', true);
    await lockedA.taken;
    const lockedB = writer('000000bb-0000-4000-8000-000000000000', 0);
    await sleep(100); // room for B to commit, were it not waiting on A's lock
    expect((await read(manager, from)).events).toEqual([]);
    lockedA.release();
    await Promise.all([lockedA.done, lockedB]);
    expect((await read(manager, from)).events.map((e) => e.entityId)).toEqual(['000000aa-0000-4000-8000-000000000000', '000000bb-0000-4000-8000-000000000000']);
  });
});
