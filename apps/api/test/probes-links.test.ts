import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { lastLinkTo, missionAwaitingConfirmation, validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

/**
 * Issue 10, items 2 and 3, kept as probes (one test per line of the issue), run with the
 * production settings (NODE_ENV=production): personal-link tokens never readable by office
 * roles, and a personal-link session tied to its mission and purpose.
 */
const SIRET = '62345678901234';
const TUTOR = 'tuteur.partage@calanques.example';
const fiche = (k: string) => ({ ...validFiche(k, SIRET), tutor1: { firstName: 'Julie', lastName: 'Partagée', email: TUTOR, jobTitle: 'Cheffe de projet' } });
const TOKEN_IN_TEXT = /\/lien\/(?!\[masqué\])[A-Za-z0-9_-]{20,}/;
const MAILS = `query($id: ID!) { mission(id: $id) { mails { to template text } } }`;
const CONFIRM = `mutation($id: ID!) { confirmMission(id: $id) { mission { id state } errors { code field } } }`;
const REPORT = `mutation($id: ID!) { reportMissionError(id: $id, comment: "Erreur") { mission { id state } errors { code field } } }`;

describe('probes: personal links (issue 10, items 2–3), production settings', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let direction: Auth;
  let secretariat: Auth;
  // A: validated; B and C: awaiting the same tutor's confirmation.
  let a: { id: string; contract: { id: string } };
  let b: { id: string };
  let c: { id: string };
  let linkB: string;
  let contractViewA: string;

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect: 'sqlite', today: '2026-07-01', smtpUrl: await smtp.start(), production: true, registerDocuments: true });
    manager = await t.as('MANAGER');
    direction = await t.as('DIRECTION');
    secretariat = await t.as('SECRETARIAT');
    a = await validatedMission(t, smtp, (await createStudent(t)).auth, manager, fiche('pa'));
    contractViewA = lastLinkTo(smtp, TUTOR);
    b = await missionAwaitingConfirmation(t, (await createStudent(t)).auth, manager, fiche('pb'));
    linkB = lastLinkTo(smtp, TUTOR);
    // C's mails stay in the outbox, undelivered, for the office-side probes.
    const smtpDown = smtp.failing;
    smtp.failing = true;
    c = await missionAwaitingConfirmation(t, (await createStudent(t)).auth, manager, fiche('pc'));
    smtp.failing = smtpDown;
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  describe('item 2: personal-link tokens are not readable by office roles', () => {
    it('the mails kept in the outbox do not hold the live link (even before delivery)', async () => {
      const pending = await t.orm.em.fork().find(OutboxMail, { missionId: c.id, template: 'CONFIRMATION_REQUEST' });
      expect(pending.length).toBeGreaterThan(0);
      for (const mail of pending) {
        expect(mail.state).toBe('PENDING');
        expect(mail.text).toContain('/lien/[masqué]');
        expect(mail.text).not.toMatch(TOKEN_IN_TEXT);
      }
    });

    it('`mission { mails { text } }` shows no live link to the direction or the secretariat', async () => {
      for (const auth of [direction, secretariat, manager]) {
        for (const id of [a.id, b.id, c.id]) {
          const mails = (await t.gql(MAILS, { id }, auth)).data.mission.mails as { text: string }[];
          expect(mails.length).toBeGreaterThan(0);
          for (const mail of mails) expect(mail.text).not.toMatch(TOKEN_IN_TEXT);
        }
      }
    });

    it('the direction cannot spend a tutor’s link nor confirm a mission as that tutor', async () => {
      const texts = ((await t.gql(MAILS, { id: c.id }, direction)).data.mission.mails as { text: string }[]).map((m) => m.text).join('\n');
      const candidate = /\/lien\/(\S+)/.exec(texts)?.[1] ?? '';
      expect((await t.post('/auth/link', { token: candidate })).status).not.toBe(200);
      const asDirection = await t.gql(CONFIRM, { id: c.id }, direction);
      expect(asDirection.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('no role can read the secret kept for delivery (the schema has no such field)', async () => {
      const probe = await t.gql(`query($id: ID!) { mission(id: $id) { mails { linkToken } } }`, { id: c.id }, manager);
      expect(probe.data?.mission ?? null).toBeNull();
      expect(probe.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('item 3: a personal-link session acts only on its mission and purpose', () => {
    it('cannot read the tutor’s other missions, validated ones included', async () => {
      const tutor = { cookie: (await t.post('/auth/link', { token: linkB })).cookie! };
      const list = await t.gql(`{ missions { id } missionCount contracts { id } }`, {}, tutor);
      expect(list.data.missions.map((m: { id: string }) => m.id)).toEqual([b.id]);
      expect(list.data.missionCount).toBe(1);
      expect(list.data.contracts).toEqual([]);
      expect((await t.gql(`query($id: ID!) { mission(id: $id) { id } }`, { id: a.id }, tutor)).data.mission).toBeNull();
      expect((await t.gql(`query($id: ID!) { contract(id: $id) { id } }`, { id: a.contract.id }, tutor)).data.contract).toBeNull();
      expect((await t.gql(`query($id: ID!) { mission(id: $id) { id } }`, { id: c.id }, tutor)).data.mission).toBeNull();
    });

    it('cannot confirm another mission', async () => {
      const tutor = { cookie: (await t.post('/auth/link', { token: linkB })).cookie! };
      const other = await t.gql(CONFIRM, { id: c.id }, tutor);
      expect(other.data.confirmMission.mission).toBeNull();
      expect(other.data.confirmMission.errors[0].code).toBe('FORBIDDEN');
      const seen = await t.gql(`query($id: ID!) { mission(id: $id) { confirmations { party confirmedAt } } }`, { id: c.id }, manager);
      expect(seen.data.mission.confirmations.every((x: { confirmedAt: string | null }) => x.confirmedAt === null)).toBe(true);
    });

    it('cannot report an error on another mission', async () => {
      const tutor = { cookie: (await t.post('/auth/link', { token: linkB })).cookie! };
      const other = await t.gql(REPORT, { id: c.id }, tutor);
      expect(other.data.reportMissionError.errors[0].code).toBe('FORBIDDEN');
      const state = (await t.gql(`query($id: ID!) { mission(id: $id) { state } }`, { id: c.id }, manager)).data.mission.state;
      expect(state).toBe('CONFIRMATION_REQUESTED');
    });

    it('a contract-view link reads that contract only, and cannot answer for any mission', async () => {
      const viewer = { cookie: (await t.post('/auth/link', { token: contractViewA })).cookie! };
      const seen = await t.gql(`{ contracts { id } missions { id } }`, {}, viewer);
      expect(seen.data.contracts.map((x: { id: string }) => x.id)).toEqual([a.contract.id]);
      expect(seen.data.missions.map((x: { id: string }) => x.id)).toEqual([a.id]);
      for (const id of [a.id, b.id, c.id]) expect((await t.gql(CONFIRM, { id }, viewer)).data.confirmMission.errors[0].code).toBe('FORBIDDEN');
    });
  });
});
