import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { OfferDelivery } from '../src/modules/offers/offer-alert.entities.js';
import { sweepOfferDiffusion } from '../src/modules/offers/offer-diffusion.js';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { mailedApp } from './support/mailed-app.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
const PUBLISH = `mutation($input: OfferInput!) { publishOffer(input: $input) { errors { code field } offer { id reference publishedAt sentTo } } }`;
const OFFERS = `{ offers(first: 100) { reference publishedAt sentTo } }`;
const MINE = `{ myOfferAlerts { frequency version offersSeenAt } }`;
const SET = `mutation($f: OfferAlertFrequency!, $v: Int!) { setOfferAlerts(frequency: $f, version: $v) { alerts { frequency version } errors { code field } } }`;
const VISIT = `mutation { recordOffersVisit { frequency version offersSeenAt } }`;
// The test API's session secret (env.ts's development default): what signs the mails' links.
const SECRET = 'embedded-mode-development-secret-not-for-production';

/**
 * §3.2 « la MIAGE vous en diffusera … au fil de l'eau : consultez-la donc très régulièrement »: each
 * published offer is mailed to the students it targets who are still looking — at once or in a
 * daily digest, as each chose — never twice, even with two API instances sweeping at once.
 */
describe.each(DIALECTS)('the diffusion of the offers to the students still looking (%s)', (dialect) => {
  const m = mailedApp({ dialect, today: '2026-06-15', pollers: false });
  const people: Record<string, { id: string; email: string; auth: Auth }> = {};

  const make = async (key: string, cohort: string) => {
    const { student, email, auth } = await createStudent(m.t, { cohort, lastName: `Offres-${key}` } as any);
    people[key] = { id: student.id, email, auth };
  };
  const publish = async (reference: string, cohort: string | null) => {
    // Signed in afresh: the test clock moves by days, past a session's idle expiry.
    const office = await m.t.as('MANAGER');
    const res = await m.t.gql(PUBLISH, { input: { reference, title: `Développeur·se ${reference}`, ...(cohort ? { cohort } : {}), organisation: { name: 'Calanques Numériques', siret: '12345678901234' } } }, office);
    expect(res.errors).toBeUndefined();
    const r = res.data.publishOffer;
    expect(r.errors).toEqual([]);
    return r.offer;
  };
  // Both instances at once on PostgreSQL; one after the other on SQLite (one synchronous writer).
  const sweepBoth = async (two: TestApp) => {
    const sweep = (t: TestApp) => sweepOfferDiffusion(t.orm.em, t.clock, 'http://localhost:4000', SECRET);
    const [a, b] = dialect === 'postgresql' ? await Promise.all([sweep(m.t), sweep(two)]) : [await sweep(m.t), await sweep(two)];
    return { mails: a.mails + b.mails, deliveries: a.deliveries + b.deliveries };
  };
  const received = (key: string) => m.smtp.to(people[key]!.email);

  it('mails a new offer to who is still looking in its cohort, each at once or in a digest; not to who found their alternance, another cohort, or asked for nothing', async () => {
    const two = await createTestApp({ dialect, today: '2026-06-15', sameDatabaseAs: m.t, pollers: false });
    try {
      await make('daily', 'M2-2026');
      await make('immediate', 'M2-2026');
      await make('found', 'M2-2026');
      await make('other', 'L3I-2025');
      await make('none', 'M2-2026');
      await make('formerAlternant', 'M2-2026');
      expect((await m.t.gql(SET, { f: 'IMMEDIATE', v: 0 }, people.immediate!.auth)).data.setOfferAlerts).toEqual({ alerts: { frequency: 'IMMEDIATE', version: 1 }, errors: [] });
      expect((await m.t.gql(SET, { f: 'NONE', v: 0 }, people.none!.auth)).data.setOfferAlerts.alerts).toEqual({ frequency: 'NONE', version: 1 });
      const em = m.t.orm.em.fork();
      const validated = (key: string, brokenOn: string | null) => Object.assign(new Mission(), { student: em.getReference('Student' as any, people[key]!.id), state: 'VALIDATED', cohort: 'M2-2026', contractType: 'CAPP', brokenOn });
      em.persist([validated('found', null), validated('formerAlternant', '2026-06-01')]);
      await em.flush();

      const offer = await publish('MIA-2026-001', 'M2-2026');
      expect(offer.publishedAt).toBe('2026-06-15T12:00:00.000Z');
      expect(offer.sentTo).toBe(0);
      // Noon in Paris is past the digest hour: daily and immediate students are mailed now, once across both instances.
      expect(await sweepBoth(two)).toEqual({ mails: 3, deliveries: 3 });
      expect(await sweepBoth(two)).toEqual({ mails: 0, deliveries: 0 });
      await m.t.app.mail.deliverDue();
      const [digest] = received('daily');
      expect(received('daily')).toHaveLength(1);
      expect(digest!.subject).toBe('Offres d’alternance de la MIAGE : 1 nouvelle offre');
      expect(digest!.text).toContain('[MIA-2026-001] Développeur·se MIA-2026-001 — Calanques Numériques');
      expect(digest!.text).toContain('http://localhost:4000/offres?ref=MIA-2026-001');
      expect(digest!.text).toContain('indiquez sa référence dans votre fiche de validation de mission');
      expect(digest!.text).toMatch(/http:\/\/localhost:4000\/offres\/alertes\/[\w-]+\.[\w-]+/);
      expect(received('immediate').map((x) => x.subject)).toEqual(['Nouvelle offre d’alternance de la MIAGE : MIA-2026-001 — Développeur·se MIA-2026-001']);
      // §5: a contract broken before today: looking again.
      expect(received('formerAlternant')).toHaveLength(1);
      for (const key of ['found', 'other', 'none']) expect(received(key)).toEqual([]);

      // The office sees how many it was sent to; a student does not.
      expect((await m.t.gql(OFFERS, {}, m.manager)).data.offers.find((o: any) => o.reference === 'MIA-2026-001').sentTo).toBe(3);
      expect((await m.t.gql(OFFERS, {}, people.daily!.auth)).data.offers.find((o: any) => o.reference === 'MIA-2026-001').sentTo).toBeNull();

      // A second offer, for every cohort, the same day: at once to the immediate student and to the other cohort's
      // (still looking, whose first offer it is: a first digest today), not in a second digest today to the daily ones.
      await publish('MIA-2026-002', null);
      expect(await sweepBoth(two)).toEqual({ mails: 2, deliveries: 2 });
      await m.t.app.mail.deliverDue();
      expect(received('daily')).toHaveLength(1);
      expect(received('immediate')).toHaveLength(2);
      expect(received('other')).toHaveLength(1);
      // The next day's digest lists only what the daily student did not get.
      m.t.clock.set('2026-06-16');
      two.clock.set('2026-06-16');
      await publish('MIA-2026-003', 'M2-2026');
      // daily and formerAlternant: one digest of 002 and 003; immediate: 003; other: nothing new for L3I.
      expect(await sweepBoth(two)).toEqual({ mails: 3, deliveries: 5 });
      await m.t.app.mail.deliverDue();
      const next = received('daily')[1]!;
      expect(next.subject).toBe('Offres d’alternance de la MIAGE : 2 nouvelles offres');
      expect(next.text).toContain('[MIA-2026-002]');
      expect(next.text).toContain('[MIA-2026-003]');
      expect(next.text).not.toContain('[MIA-2026-001]');
      // Never the same offer twice to a student, whatever ran.
      const deliveries = await m.t.orm.em.fork().find(OfferDelivery, {});
      expect(new Set(deliveries.map((d) => `${d.offerId}|${d.studentId}`)).size).toBe(deliveries.length);
      expect(await m.t.orm.em.fork().count(OutboxMail, { to: people.found!.email })).toBe(0);
    } finally {
      await two.close();
    }
  });

  it('a daily digest waits for the morning (7:00 Paris); an offer at once does not', async () => {
    await make('early', 'M2-2025');
    await make('earlyImmediate', 'M2-2025');
    await m.t.gql(SET, { f: 'IMMEDIATE', v: 0 }, people.earlyImmediate!.auth);
    m.t.clock.set('2026-06-17');
    await publish('MIA-2026-004', 'M2-2025');
    const sweepAt = (iso: string) => sweepOfferDiffusion(m.t.orm.em, { now: () => new Date(iso), today: () => iso.slice(0, 10) }, 'http://localhost:4000', SECRET);
    const mailsTo = (key: string) => m.t.orm.em.fork().count(OutboxMail, { to: people[key]!.email });
    // 04:30 UTC is 06:30 in Paris (summer time): the offer at once, no digest yet.
    await sweepAt('2026-06-18T04:30:00Z');
    expect(await mailsTo('earlyImmediate')).toBeGreaterThan(0);
    expect(await mailsTo('early')).toBe(0);
    await sweepAt('2026-06-18T05:00:00Z');
    expect(await mailsTo('early')).toBe(1);
  });

  it('the student reads and changes their choice in the portal (versions checked); a visit answers the previous one', async () => {
    await make('portal', 'M2-2026');
    const auth = people.portal!.auth;
    expect((await m.t.gql(MINE, {}, auth)).data.myOfferAlerts).toEqual({ frequency: 'DAILY', version: 0, offersSeenAt: null });
    expect((await m.t.gql(SET, { f: 'NONE', v: 0 }, auth)).data.setOfferAlerts.alerts).toEqual({ frequency: 'NONE', version: 1 });
    expect((await m.t.gql(SET, { f: 'IMMEDIATE', v: 0 }, auth)).data.setOfferAlerts).toEqual({ alerts: null, errors: [{ code: 'CONFLICT', field: 'version' }] });
    expect((await m.t.gql(VISIT, {}, auth)).data.recordOffersVisit.offersSeenAt).toBeNull();
    const second = (await m.t.gql(VISIT, {}, auth)).data.recordOffersVisit;
    expect(second).toEqual({ frequency: 'NONE', version: 1, offersSeenAt: expect.stringMatching(/^2026-06-/) });
    // The visit is no edit: the choice read before it is still current.
    expect((await m.t.gql(SET, { f: 'DAILY', v: 1 }, auth)).data.setOfferAlerts.alerts).toEqual({ frequency: 'DAILY', version: 2 });
    const audits = await m.t.orm.em.fork().find(AuditEvent, { entityId: people.portal!.id, action: 'SET_OFFER_ALERTS' });
    expect(audits).toHaveLength(2);
    // Only a student has offer alerts.
    expect((await m.t.gql(MINE, {}, await m.t.as('MANAGER'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a first visit of the offers page answers the version its choice is then saved against: the first save is no conflict', async () => {
    await make('firstVisit', 'M2-2026');
    const auth = people.firstVisit!.auth;
    // The portal's order: the page records the visit, the student then picks a frequency.
    const visit = (await m.t.gql(VISIT, {}, auth)).data.recordOffersVisit;
    expect(visit).toEqual({ frequency: 'DAILY', version: expect.any(Number), offersSeenAt: null });
    expect((await m.t.gql(MINE, {}, auth)).data.myOfferAlerts.version).toBe(visit.version);
    expect((await m.t.gql(SET, { f: 'IMMEDIATE', v: visit.version }, auth)).data.setOfferAlerts).toEqual({ alerts: { frequency: 'IMMEDIATE', version: visit.version + 1 }, errors: [] });
  });

  it('the mail carries List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) through the outbox to SMTP; a one-click POST on it unsubscribes without a page', async () => {
    await make('oneClick', 'M2-2026');
    await make('oneClickMultipart', 'M2-2026');
    await publish('MIA-2026-020', 'M2-2026');
    await sweepOfferDiffusion(m.t.orm.em, m.t.clock, 'http://localhost:4000', SECRET);
    const stored = await m.t.orm.em.fork().findOneOrFail(OutboxMail, { to: people.oneClick!.email });
    expect(stored.headers).toEqual({ 'List-Unsubscribe': expect.stringMatching(/^<http:\/\/localhost:4000\/offer-alerts\/[\w-]+\.[\w-]+>$/), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    await m.t.app.mail.deliverDue();
    // The raw message the SMTP server received: its header block, unfolded (RFC 5322 §2.2.3).
    const headersOf = (key: string) => {
      const raw = received(key).at(-1)!.raw;
      return raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
    };
    const header = (key: string, name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(headersOf(key))?.[1]?.trim();
    const token = /\/offres\/alertes\/([\w.-]+)/.exec(received('oneClick').at(-1)!.text)![1]!;
    expect(header('oneClick', 'List-Unsubscribe')).toBe(`<http://localhost:4000/offer-alerts/${token}>`);
    expect(header('oneClick', 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    const server = m.t.app.server;
    const path = (key: string) => new URL(header(key, 'List-Unsubscribe')!.slice(1, -1)).pathname;
    const state = async (key: string) => (await server.inject({ method: 'GET', url: path(key) })).json();
    // Meanwhile the student chose each offer at once (version 1): the mail client's POST reads no version, it stops them.
    expect((await m.t.gql(SET, { f: 'IMMEDIATE', v: 0 }, people.oneClick!.auth)).data.setOfferAlerts.alerts).toEqual({ frequency: 'IMMEDIATE', version: 1 });
    const form = (key: string, payload: string) => server.inject({ method: 'POST', url: path(key), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload });
    const wrong = await form('oneClick', 'List-Unsubscribe=Maybe');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'List-Unsubscribe' });
    const done = await form('oneClick', 'List-Unsubscribe=One-Click');
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ frequency: 'NONE', version: 2 });
    // Sent again (a client retrying): still unsubscribed, nothing more written.
    expect((await form('oneClick', 'List-Unsubscribe=One-Click')).json()).toEqual({ frequency: 'NONE', version: 2 });
    expect(await state('oneClick')).toEqual({ frequency: 'NONE', version: 2 });
    // Some clients post multipart/form-data.
    const boundary = '----x8058';
    const multipart = await server.inject({
      method: 'POST',
      url: path('oneClickMultipart'),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    expect(multipart.statusCode).toBe(200);
    expect(await state('oneClickMultipart')).toEqual({ frequency: 'NONE', version: 1 });
    // Audited as the mail's link is (actor « Système »), and a forged token still unknown.
    expect(await m.t.orm.em.fork().count(AuditEvent, { entityId: people.oneClick!.id, action: 'SET_OFFER_ALERTS' })).toBe(2);
    const forged = `${Buffer.from(people.portal?.id ?? people.daily!.id).toString('base64url')}.${token.split('.')[1]}`;
    expect((await server.inject({ method: 'POST', url: `/offer-alerts/${forged}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' })).statusCode).toBe(404);
    // Unsubscribed: the next offer is mailed to neither.
    await publish('MIA-2026-021', 'M2-2026');
    await sweepOfferDiffusion(m.t.orm.em, m.t.clock, 'http://localhost:4000', SECRET);
    await m.t.app.mail.deliverDue();
    for (const key of ['oneClick', 'oneClickMultipart']) expect(received(key).map((x) => x.subject).join()).not.toContain('MIA-2026-021');
  });

  it('the mail’s link changes the choice without signing in; a forged or altered token is refused, a bad value named', async () => {
    await make('link', 'M2-2026');
    await publish('MIA-2026-010', 'M2-2026');
    await sweepOfferDiffusion(m.t.orm.em, m.t.clock, 'http://localhost:4000', SECRET);
    await m.t.app.mail.deliverDue();
    const link = /\/offres\/alertes\/([\w.-]+)/.exec(received('link')[0]!.text)![1]!;
    const server = m.t.app.server;
    const read = await server.inject({ method: 'GET', url: `/offer-alerts/${link}` });
    expect(read.json()).toEqual({ frequency: 'DAILY', version: 0 });
    const post = (token: string, body: unknown) => server.inject({ method: 'POST', url: `/offer-alerts/${token}`, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    const bad = await post(link, { frequency: 'WEEKLY', version: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'frequency' });
    const stopped = await post(link, { frequency: 'NONE', version: 0 });
    expect(stopped.json()).toEqual({ frequency: 'NONE', version: 1 });
    expect((await post(link, { frequency: 'DAILY', version: 0 })).statusCode).toBe(409);
    const other = people.portal!.id;
    const forged = `${Buffer.from(other).toString('base64url')}.${link.split('.')[1]}`;
    expect((await server.inject({ method: 'GET', url: `/offer-alerts/${forged}` })).statusCode).toBe(404);
    expect((await post(forged, { frequency: 'NONE', version: 0 })).statusCode).toBe(404);
    // Unsubscribed: the next offer is not mailed to them.
    const before = await m.t.orm.em.fork().count(OfferDelivery, { studentId: people.link!.id });
    await publish('MIA-2026-011', 'M2-2026');
    await sweepOfferDiffusion(m.t.orm.em, { now: () => new Date('2026-06-19T12:00:00Z'), today: () => '2026-06-19' }, 'http://localhost:4000', SECRET);
    expect(await m.t.orm.em.fork().count(OfferDelivery, { studentId: people.link!.id })).toBe(before);
  });
});
