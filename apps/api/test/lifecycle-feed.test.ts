import { randomBytes } from 'node:crypto';
import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Contract } from '../src/modules/contracts/contract.entities.js';
import { ChangeEvent } from '../src/modules/integration/change-event.entity.js';
import { DIALECTS } from './support/databases.js';
import { HookReceiver } from './support/hook-receiver.js';
import { createStudent } from './support/fixtures.js';
import { activeContract, PDF_BASE64 } from './support/lifecycle-fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 13, review: the prolongation's +15 points (§4.2.1) and the repeated year's hours (§4.5)
// after an extension; ruptures and extensions in the change feed and its webhooks; the
// company tutor's own RUPTURE_REQUEST link.
/* eslint-disable @typescript-eslint/no-explicit-any */
const CHANGES = 'query($after: String, $types: [String!]) { changes(after: $after, first: 500, types: $types) { events { type entityId contractType data } endCursor } }';
const REGISTER = 'mutation($input: WebhookInput!) { registerWebhook(input: $input) { webhook { id } errors { code field } } }';
const PREVIEW = `query($c: ID!, $i: ExtensionPreviewInput!) { extensionPreview(contractId: $c, input: $i) { repeatedProgramme extendedFrom previousExtensions repeatedCohort findings { code severity } paySegments { from to ratePercent extension monthlyMinimumGross } billableHoursBefore costBefore billableHours cost } }`;
const EXTEND = `mutation($c: ID!, $v: Int!, $i: ContractExtensionInput!) { extendContract(contractId: $c, version: $v, input: $i) { contract { id version endDate paySegments { from ratePercent extension } figures { billableHours cost } trainingFigures { billableHours cost calendars } amendments { cohort } } findings { code } errors { code field message } } }`;

describe.each(DIALECTS)('lifecycle: prolongation pay, repeated year, feed and rupture links (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let receiver: HookReceiver;
  let manager: Auth;

  beforeAll(async () => {
    smtp = new SmtpSink();
    receiver = new HookReceiver();
    await receiver.start();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    await t.createUser('MANAGER', `manager-lf-${dialect}@miage.example`);
    manager = { cookie: await t.login(`manager-lf-${dialect}@miage.example`) };
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
    await receiver?.stop();
  });

  it('previews and records an M2 extension: +15 points from the first prolonged day, the repeated year’s hours, CONTRACT_UPDATED', async () => {
    const { student } = await createStudent(t, { cohort: 'M2-2025', birthDate: '2002-05-10' });
    const { contract, tutorEmail, hrEmail } = await activeContract(t, student, { cohort: 'M2-2025', contractType: 'CAPP', startDate: '2025-09-04', endDate: '2026-09-04' });
    const input = { newEndDate: '2027-09-03', programme: 'M2', cohort: 'M2-2026' };
    const preview = (await t.gql(PREVIEW, { c: contract.id, i: input }, manager)).data.extensionPreview;
    expect(preview).toMatchObject({ repeatedProgramme: 'M2', extendedFrom: '2026-09-05', previousExtensions: 0, repeatedCohort: 'M2-2026', findings: [] });
    // The repeated year is the contract's (§4.5): left out, it is derived; passed off as L3I, the query names the field.
    const untyped = { newEndDate: input.newEndDate, cohort: input.cohort };
    expect((await t.gql(PREVIEW, { c: contract.id, i: untyped }, manager)).data.extensionPreview).toMatchObject({ repeatedProgramme: 'M2', findings: [] });
    expect((await t.gql(PREVIEW, { c: contract.id, i: { ...input, programme: 'L3I' } }, manager)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.programme' });
    // §4.2.1: 61 % (2nd year, 21–25) until the old DFC, 61 + 15 = 76 % from the day after.
    const segments = preview.paySegments;
    expect(segments.find((s: any) => s.to === '2026-09-04')).toMatchObject({ ratePercent: 61, extension: false });
    expect(segments.at(-1)).toMatchObject({ from: '2026-09-05', to: '2027-09-03', ratePercent: 76, extension: true, monthlyMinimumGross: 1418.94 });
    // §4.5: the repeated year's calendar (M2-2026) adds its hours and cost.
    expect(preview.billableHours).toBeGreaterThan(preview.billableHoursBefore + 300);
    expect(preview.cost).toBeGreaterThan(preview.costBefore);
    // Only the manager previews.
    expect((await t.gql(PREVIEW, { c: contract.id, i: input }, await t.as('SECRETARIAT'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(PREVIEW, { c: contract.id, i: { ...input, cohort: 'M2-2099' } }, manager)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cohort' });

    const feedBefore = await t.orm.em.fork().count(ChangeEvent, { type: 'CONTRACT_UPDATED', entityId: contract.id });
    const done = await t.gql(EXTEND, { c: contract.id, v: contract.version, i: { ...input, reason: 'Redoublement du M2', signedOn: '2026-06-30' } }, manager);
    expect(done.data.extendContract.errors).toEqual([]);
    const extended = done.data.extendContract.contract;
    expect(extended.amendments).toEqual([{ cohort: 'M2-2026' }]);
    expect(extended.paySegments.at(-1)).toEqual({ from: '2026-09-05', ratePercent: 76, extension: true });
    expect(extended.figures.billableHours).toBe(preview.billableHours);
    expect(extended.figures.cost).toBe(preview.cost);
    expect(extended.trainingFigures.billableHours).toBe(preview.billableHours);
    expect(extended.trainingFigures.calendars.map((c: string) => c.split(' ')[0])).toEqual(['M2-2025', 'M2-2026']);
    // Read again in a fresh request (the avenant, not the request's memory, carries it).
    const reread = await t.gql('query($id: ID!) { contract(id: $id) { paySegments { ratePercent extension } figures { billableHours } } }', { id: contract.id }, manager);
    expect(reread.data.contract.paySegments.at(-1)).toEqual({ ratePercent: 76, extension: true });
    expect(reread.data.contract.figures.billableHours).toBe(preview.billableHours);
    await t.app.mail.deliverDue();
    // The employer pays it (§4.2.1): the HR contact is told the prolonged rate; the company tutor the new end only (§3.1).
    const mail = smtp.to(hrEmail).at(-1)!;
    expect(mail.text).toContain('majorée de 15 points');
    expect(mail.text).toContain('76 %');
    const tutorMail = smtp.to(tutorEmail).at(-1)!;
    expect(tutorMail.text).toContain('03/09/2027');
    expect(tutorMail.text).not.toContain('rémunération');
    const events = await t.orm.em.fork().find(ChangeEvent, { type: 'CONTRACT_UPDATED', entityId: contract.id });
    expect(events).toHaveLength(feedBefore + 1);
    expect(events.at(-1)!.data).toMatchObject({ kind: 'EXTENSION', fields: ['endDate', 'paySegments', 'figures'] });
    expect(await t.orm.em.fork().count(AuditEvent, { entityId: contract.id, action: 'EXTEND' })).toBe(1);
  });

  it('refuses an extension whose agreed pay covers the old rate but not the prolonged +15 (PAY_BELOW_MINIMUM), nothing written', async () => {
    const { student } = await createStudent(t, { cohort: 'M2-2025', birthDate: '2002-05-10' });
    const { contract } = await activeContract(t, student, { cohort: 'M2-2025', contractType: 'CAPP', startDate: '2025-09-04', endDate: '2026-09-04' });
    // 1 300 € covers 61 % (1 138,89 €) but not 76 % (76 % × 1 867,02 = 1 418,9352 → 1 418,94 €).
    await t.orm.em.fork().nativeUpdate(Contract, { id: contract.id }, { monthlyGrossPayCents: 130_000 });
    const input = { newEndDate: '2027-09-03', programme: 'M2', cohort: 'M2-2026' };
    const read = (await t.gql('query($id: ID!) { contract(id: $id) { version findings { code } } }', { id: contract.id }, manager)).data.contract;
    const before = read.findings.map((f: any) => f.code);
    expect(before).not.toContain('PAY_BELOW_MINIMUM');
    const preview = (await t.gql(PREVIEW, { c: contract.id, i: input }, manager)).data.extensionPreview;
    expect(preview.findings).toEqual([{ code: 'PAY_BELOW_MINIMUM', severity: 'ERROR' }]);
    const refused = await t.gql(EXTEND, { c: contract.id, v: read.version, i: { ...input, reason: 'Redoublement', signedOn: '2026-06-30' } }, manager);
    expect(refused.data.extendContract.errors.map((e: any) => e.code)).toEqual(['PAY_BELOW_MINIMUM']);
    const after = await t.orm.em.fork().findOneOrFail(Contract, contract.id);
    expect(after.endDate).toBe('2026-09-04');
    expect(await t.orm.em.fork().count(ChangeEvent, { entityId: contract.id })).toBe(0);
  });

  it('records CONTRACT_RUPTURED with the completed rupture, delivered to the CFA’s webhook only (an apprenticeship)', async () => {
    const token = async (partner: string) => ({ token: (await t.post('/auth/tokens', { name: `${partner}-lf`, partner, adHocDocuments: true, scopes: ['webhooks:manage', 'changes:read'] }, manager)).body.token as string });
    const cfa = await token('cfa');
    const sfca = await token('sfca');
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    expect((await t.gql(REGISTER, { input: { url: `${receiver.url}/cfa`, secret } }, cfa)).data.registerWebhook.errors).toEqual([]);
    expect((await t.gql(REGISTER, { input: { url: `${receiver.url}/sfca`, secret } }, sfca)).data.registerWebhook.errors).toEqual([]);
    const start = (await t.gql(CHANGES, {}, cfa)).data.changes.endCursor;

    const { student } = await createStudent(t, { cohort: 'M2-2025' });
    const { contract } = await activeContract(t, student, { cohort: 'M2-2025', contractType: 'CAPP', startDate: '2025-09-04', endDate: '2026-09-04' });
    const started = await t.gql(
      `mutation($c: ID!) { startRupture(contractId: $c, reason: "Désaccord", lastDay: "2026-07-31", skipMediation: true) { rupture { id version steps { id version needsScan key } } errors { code field } } }`,
      { c: contract.id },
      manager,
    );
    expect(started.data.startRupture.errors).toEqual([]);
    const rupture = started.data.startRupture.rupture;
    const COMPLETE = `mutation($id: ID!, $v: Int!) { completeRupture(id: $id, v: $v) { rupture { id version state } errors { code } } }`.replace('v: $v', 'version: $v');
    // Refused while steps are open: no event either (the unit of work rolled back).
    expect((await t.gql(COMPLETE, { id: rupture.id, v: rupture.version }, manager)).data.completeRupture.errors.length).toBeGreaterThan(0);
    expect(await t.orm.em.fork().count(ChangeEvent, { type: 'CONTRACT_RUPTURED', entityId: contract.id })).toBe(0);
    for (const step of rupture.steps) {
      const r = step.needsScan
        ? (await t.gql('mutation($id: ID!, $v: Int!, $d: DocumentUpload!) { uploadRuptureScan(id: $id, version: $v, document: $d) { errors { code } } }', { id: step.id, v: step.version, d: { fileName: 'scan.pdf', contentBase64: PDF_BASE64 } }, manager)).data.uploadRuptureScan
        : (await t.gql('mutation($id: ID!, $v: Int!) { setRuptureStepDone(id: $id, version: $v, done: true) { errors { code } } }', { id: step.id, v: step.version }, manager)).data.setRuptureStepDone;
      expect(r.errors).toEqual([]);
    }
    expect((await t.gql(COMPLETE, { id: rupture.id, v: rupture.version }, manager)).data.completeRupture).toMatchObject({ rupture: { state: 'COMPLETED' }, errors: [] });

    const feed = (await t.gql(CHANGES, { after: start, types: ['CONTRACT_RUPTURED'] }, cfa)).data.changes.events;
    expect(feed).toEqual([
      {
        type: 'CONTRACT_RUPTURED',
        entityId: contract.id,
        contractType: 'CAPP',
        data: { contractId: contract.id, missionId: expect.any(String), ruptureId: rupture.id, lastDay: '2026-07-31', plannedEndDate: '2026-09-04', ruptureType: 'APPRENTICESHIP', requestedBy: 'MANAGER', fields: ['status', 'endDate'] },
      },
    ]);
    // The SFCA carries CPRO only: it never sees an apprenticeship's rupture.
    expect((await t.gql(CHANGES, { types: ['CONTRACT_RUPTURED'] }, sfca)).data.changes.events.filter((e: any) => e.entityId === contract.id)).toEqual([]);
    await t.app.webhooks.deliverDue();
    const delivered = receiver.events('/cfa').filter((e) => e.type === 'CONTRACT_RUPTURED');
    expect(delivered).toHaveLength(1);
    expect(JSON.stringify(delivered[0])).toContain('2026-07-31');
    expect(receiver.events('/sfca').some((e) => e.type === 'CONTRACT_RUPTURED')).toBe(false);
  });

  it('mails the company tutor a RUPTURE_REQUEST link bound to the contract, spent by the request, expiring; a CONTRACT_VIEW link cannot ask', async () => {
    const { student } = await createStudent(t, { cohort: 'M2-2025' });
    const { contract, tutorEmail } = await activeContract(t, student, { cohort: 'M2-2025', contractType: 'CPRO', startDate: '2025-09-04', endDate: '2026-09-04' });
    const { contract: other, tutorEmail: otherTutorEmail } = await activeContract(t, (await createStudent(t, { cohort: 'M2-2025' })).student, { cohort: 'M2-2025', contractType: 'CPRO', startDate: '2025-09-04', endDate: '2026-09-04' });
    const SEND = 'mutation($c: ID!) { sendRuptureRequestLink(contractId: $c) { sent errors { code field } } }';
    expect((await t.gql(SEND, { c: contract.id }, await t.as('SECRETARIAT'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(SEND, { c: contract.id }, manager)).data.sendRuptureRequestLink).toEqual({ sent: 2, errors: [] });
    await t.app.mail.deliverDue();
    const mail = smtp.to(tutorEmail).at(-1)!;
    expect(mail.subject).toContain('Demander la rupture');
    expect(mail.text).toContain('31/07/2026');
    const token = /\/lien\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    expect(await t.orm.em.fork().count(AuditEvent, { entityId: contract.id, action: 'SEND_RUPTURE_REQUEST_LINK' })).toBe(1);

    // A CONTRACT_VIEW link of the same mission reads the contract but does not ask for its rupture.
    const { issuePersonalLink } = await import('../src/modules/auth/personal-links.js');
    const em = t.orm.em.fork();
    const loaded = (await em.findOneOrFail(Contract, contract.id, { populate: ['mission'] })) as any;
    const viewToken = issuePersonalLink(em, { purpose: 'CONTRACT_VIEW', subjectType: 'COMPANY_TUTOR', subjectId: loaded.mission.tutor1.id, missionId: loaded.mission.id, expiresAt: new Date('2027-01-01') });
    await em.flush();
    const REQUEST = `mutation($c: ID!) { requestRupture(contractId: $c, reason: "Désaccord sur les missions") { rupture { id state requestedByRole } errors { code field } } }`;
    const viewer = { cookie: (await t.post('/auth/link', { token: viewToken })).cookie! };
    expect((await t.gql(REQUEST, { c: contract.id }, viewer)).data.requestRupture.errors).toEqual([{ code: 'NOT_FOUND', field: 'contractId' }]);

    const opened = await t.post('/auth/link', { token });
    expect(opened.body).toMatchObject({ purpose: 'RUPTURE_REQUEST', objectId: contract.id });
    const tutor = { cookie: opened.cookie! };
    expect((await t.gql(REQUEST, { c: other.id }, tutor)).data.requestRupture.errors).toEqual([{ code: 'NOT_FOUND', field: 'contractId' }]);
    expect((await t.gql(REQUEST, { c: contract.id }, tutor)).data.requestRupture.rupture).toMatchObject({ state: 'REQUESTED', requestedByRole: 'COMPANY_TUTOR' });
    // The request spent the link.
    expect((await t.post('/auth/link', { token })).body).toMatchObject({ error: 'LINK_USED' });

    // A fresh link revokes the previous one, and expires after 30 days.
    await t.gql(SEND, { c: other.id }, manager);
    await t.gql(SEND, { c: other.id }, manager);
    await t.app.mail.deliverDue();
    // The other contract's tutor's two links (its HR contact gets two of its own, §5 Tableau 8).
    const otherTutorMails = smtp.to(otherTutorEmail).filter((m) => m.subject.includes('Demander la rupture') && m.text.includes('/lien/'));
    expect(otherTutorMails).toHaveLength(2);
    // The outbox sends mails of one instant in no set order: the revoked one is whichever it is.
    const links = otherTutorMails.slice(-2).map((m) => /\/lien\/([A-Za-z0-9_-]+)/.exec(m.text)![1]!);
    const opened2 = await Promise.all(links.map(async (link) => ({ link, body: (await t.post('/auth/link', { token: link })).body })));
    expect(opened2.filter((o) => o.body.error === 'LINK_REVOKED')).toHaveLength(1);
    const newer = opened2.find((o) => o.body.error === undefined)!;
    expect(newer.body).toMatchObject({ purpose: 'RUPTURE_REQUEST', objectId: other.id });
    t.clock.set('2026-08-01');
    expect((await t.post('/auth/link', { token: newer.link })).body).toMatchObject({ error: 'LINK_EXPIRED' });
    t.clock.set('2026-07-01');
  });
});
