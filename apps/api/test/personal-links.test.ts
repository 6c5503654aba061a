import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/orm.js';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { sweepConfirmationReminders } from '../src/modules/missions/confirmation-reminders.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { confirmAs, lastLinkTo, linkSession, missionAwaitingConfirmation, validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

const RESEND = `mutation($id: ID!, $version: Int!, $party: ConfirmingParty!) { resendConfirmationLink(id: $id, version: $version, party: $party) { mission { id version } errors { code field message } } }`;
const MAILS = `query($id: ID!) { mission(id: $id) { version confirmations { party reminderDueAt remindersSent } mails { to template subject text createdAt state } } }`;

describe.each(DIALECTS)('personal links, reminders and mission mails (issue 9 §3, %s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let managerEmail: string;
  let n = 0;

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    managerEmail = `manager-links-${dialect}@miage.example`;
    await t.createUser('MANAGER', managerEmail);
    manager = { cookie: await t.login(managerEmail) };
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  const fiche = () => {
    n += 1;
    return validFiche(`pl${n}`, `5234567890${String(1000 + n)}`);
  };

  it('mails the manager when a student submits, and shows the mission mails with the API clock', async () => {
    const { auth } = await createStudent(t);
    const f = fiche();
    const m = await missionAwaitingConfirmation(t, auth, manager, f);
    const submitted = smtp.to(managerEmail).find((mail) => mail.subject.startsWith('Fiche de validation soumise'));
    expect(submitted?.text).toContain(`/missions/${m.id}`);
    const mails = (await t.gql(MAILS, { id: m.id }, manager)).data.mission.mails;
    expect(mails.map((mail: { template: string }) => mail.template).sort()).toEqual(['CONFIRMATION_REQUEST', 'CONFIRMATION_REQUEST', 'FICHE_SUBMITTED']);
    // The test clock says 2026-07-01 noon UTC; the machine's clock says otherwise.
    for (const mail of mails) expect(mail.createdAt).toBe('2026-07-01T12:00:00.000Z');
  });

  it('resends a fresh link (the old one revoked) to a contact who has not answered', async () => {
    const { auth } = await createStudent(t);
    const f = fiche();
    const m = await missionAwaitingConfirmation(t, auth, manager, f);
    const first = lastLinkTo(smtp, f.tutor1.email);
    const resent = await t.gql(RESEND, { id: m.id, version: m.version, party: 'COMPANY_TUTOR_1' }, manager);
    expect(resent.data.resendConfirmationLink.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const second = lastLinkTo(smtp, f.tutor1.email);
    expect(second).not.toBe(first);
    expect(smtp.to(f.tutor1.email).at(-1)!.subject).toContain('Nouveau lien');
    const old = await t.post('/auth/link', { token: first });
    expect(old).toMatchObject({ status: 410, body: { error: 'LINK_REVOKED' } });
    expect((await t.post('/auth/link', { token: second })).status).toBe(200);
    // A stale version is refused; an answered contact gets no new link.
    expect((await t.gql(RESEND, { id: m.id, version: m.version, party: 'COMPANY_TUTOR_1' }, manager)).data.resendConfirmationLink.errors[0].code).toBe('CONFLICT');
    await confirmAs(t, await linkSession(t, smtp, f.tutor1.email), m.id);
    const version = (await t.gql(MAILS, { id: m.id }, manager)).data.mission.version;
    const answered = await t.gql(RESEND, { id: m.id, version, party: 'COMPANY_TUTOR_1' }, manager);
    expect(answered.data.resendConfirmationLink.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION', field: 'party' })]);
  });

  it('sends a company contact their link to the validated contract again (a lost mail), the previous one revoked', async () => {
    const { auth } = await createStudent(t);
    const f = fiche();
    const m = await validatedMission(t, smtp, auth, manager, f);
    await t.app.mail.deliverDue();
    const first = lastLinkTo(smtp, f.tutor1.email);
    const version = (await t.gql(MAILS, { id: m.id }, manager)).data.mission.version;
    const resent = await t.gql(RESEND, { id: m.id, version, party: 'COMPANY_TUTOR_1' }, manager);
    expect(resent.data.resendConfirmationLink.errors).toEqual([]);
    await t.app.mail.deliverDue();
    expect(smtp.to(f.tutor1.email).at(-1)!.subject).toContain('Votre lien vers le contrat');
    const second = lastLinkTo(smtp, f.tutor1.email);
    expect(second).not.toBe(first);
    expect(await t.post('/auth/link', { token: first })).toMatchObject({ status: 410, body: { error: 'LINK_REVOKED' } });
    const opened = await t.post('/auth/link', { token: second });
    expect(opened.status).toBe(200);
    const read = await t.gql('query($id: ID!) { contract(id: $id) { id } }', { id: m.contract.id }, { cookie: opened.cookie! });
    expect(read.data.contract).toEqual({ id: m.contract.id });
    // The HR contact's link is theirs: untouched.
    expect((await t.post('/auth/link', { token: lastLinkTo(smtp, f.hrContact.email) })).status).toBe(200);
    // Audited like a confirmation link.
    const audit = await t.gql('query($id: ID!) { mission(id: $id) { auditTrail { action fields } } }', { id: m.id }, manager);
    expect(audit.data.mission.auditTrail).toContainEqual({ action: 'RESEND_LINK', fields: ['COMPANY_TUTOR_1', 'contract'] });
  });

  it('reminds after N jours ouvrables without an answer, not before, and not who answered', async () => {
    const { auth } = await createStudent(t);
    const f = fiche();
    // Wednesday 1 July 2026 + 3 jours ouvrables (reference data) = Saturday 4 July.
    const m = await missionAwaitingConfirmation(t, auth, manager, f);
    await confirmAs(t, await linkSession(t, smtp, f.hrContact.email), m.id);
    const before = smtp.to(f.tutor1.email).length;
    t.clock.set('2026-07-03');
    expect((await sweepConfirmationReminders(t.orm, t.clock, 'http://localhost:4000')).sent).toBe(0);
    t.clock.set('2026-07-04');
    const report = await sweepConfirmationReminders(t.orm, t.clock, 'http://localhost:4000');
    await t.app.mail.deliverDue();
    t.clock.set('2026-07-01');
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const reminders = smtp.to(f.tutor1.email).slice(before);
    expect(reminders.map((mail) => mail.subject)).toEqual([expect.stringContaining('Rappel')]);
    expect(smtp.to(f.hrContact.email).some((mail) => mail.subject.includes('Rappel'))).toBe(false);
    // The reminder's link works, and so does the first one (opening never spent it).
    expect((await t.post('/auth/link', { token: lastLinkTo(smtp, f.tutor1.email) })).status).toBe(200);
  });

  it('sends one reminder when two API instances sweep at the same time', async () => {
    const { auth } = await createStudent(t);
    const f = fiche();
    await missionAwaitingConfirmation(t, auth, manager, f);
    // PostgreSQL: a second ORM, as a second API instance would have. SQLite runs one instance
    // (one connection), so there the sweeps share it.
    const other = dialect === 'postgresql' ? await openDatabase(t.db.location) : t.orm;
    try {
      t.clock.set('2026-07-04');
      const reports = await Promise.all([
        sweepConfirmationReminders(t.orm, t.clock, 'http://localhost:4000'),
        sweepConfirmationReminders(other, t.clock, 'http://localhost:4000'),
        sweepConfirmationReminders(t.orm, t.clock, 'http://localhost:4000'),
      ]);
      t.clock.set('2026-07-01');
      const reminders = await t.orm.em.fork().find(OutboxMail, { to: f.tutor1.email, template: 'CONFIRMATION_REMINDER' });
      expect(reminders).toHaveLength(1);
      expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBeGreaterThanOrEqual(1);
    } finally {
      if (other !== t.orm) await other.close(true);
    }
  });
});
