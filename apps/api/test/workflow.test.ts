import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Offer } from '../src/modules/offers/offer.entity.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, MISSION_FIELDS, publishOffer, validFiche } from './support/fixtures.js';
import { SmtpSink } from '@alternance/smtp-sink';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

const SAVE = `mutation($id: ID, $version: Int, $input: MissionInput!) { saveMissionDraft(id: $id, version: $version, input: $input) { mission { ${MISSION_FIELDS} } findings { code } errors { code field message } } }`;
const ACTION = (name: string, args = '') => `mutation($id: ID!${args.includes('version') ? ', $version: Int!' : ''}${args.includes('comment') ? ', $comment: String!' : ''}) { ${name}(id: $id${args}) { mission { ${MISSION_FIELDS} } findings { code severity field } errors { code field message } } }`;

function linkIn(text: string): string {
  const match = /\/lien\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no personal link in: ${text}`);
  return match[1]!;
}

describe.each(DIALECTS)('mission-validation workflow, end to end (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;

  beforeAll(async () => {
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl });
    await t.createUser('MANAGER', `manager-${dialect}@miage.example`);
    manager = { cookie: await t.login(`manager-${dialect}@miage.example`) };
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('drafts, submits, returns, confirms through mailed links, validates, and creates the contract with its checklist', async () => {
    const { auth: student, email: studentEmail } = await createStudent(t);

    const draft = await t.gql(SAVE, { input: validFiche('w1') }, student);
    expect(draft.data.saveMissionDraft.errors).toEqual([]);
    const mission = draft.data.saveMissionDraft.mission;
    expect(mission.state).toBe('DRAFT');

    const submitted = await t.gql(ACTION('submitMission', ', version: $version'), { id: mission.id, version: mission.version }, student);
    expect(submitted.data.submitMission.errors).toEqual([]);
    expect(submitted.data.submitMission.mission).toMatchObject({ state: 'SUBMITTED', requestDate: '2026-07-01' });
    expect(submitted.data.submitMission.findings).toEqual([]);

    let current = submitted.data.submitMission.mission;
    const returned = await t.gql(ACTION('returnMission', ', version: $version, comment: $comment'), { id: current.id, version: current.version, comment: 'Préciser les livrables' }, manager);
    expect(returned.data.returnMission.mission).toMatchObject({ state: 'RETURNED', returnComment: 'Préciser les livrables' });
    current = returned.data.returnMission.mission;
    // The mail's link opens the form to correct (« Ma fiche »), not the office's read-only mission page.
    await t.app.mail.deliverDue();
    const returnMail = smtp.to(studentEmail).find((m) => m.subject.includes('à compléter'))!;
    expect(returnMail.text).toContain('« Préciser les livrables »');
    expect(returnMail.text).toMatch(/https?:\/\/[^\s]+\/ma-fiche\b/);
    expect(returnMail.text).not.toContain('/missions/');

    const fixed = await t.gql(SAVE, { id: current.id, version: current.version, input: { deliverables: 'Code, documentation, tableau de bord' } }, student);
    current = fixed.data.saveMissionDraft.mission;
    current = (await t.gql(ACTION('submitMission', ', version: $version'), { id: current.id, version: current.version }, student)).data.submitMission.mission;
    expect(current.state).toBe('SUBMITTED');

    const requested = await t.gql(ACTION('requestMissionConfirmations', ', version: $version'), { id: current.id, version: current.version }, manager);
    expect(requested.data.requestMissionConfirmations.errors).toEqual([]);
    current = requested.data.requestMissionConfirmations.mission;
    expect(current.state).toBe('CONFIRMATION_REQUESTED');
    expect(current.confirmations.map((c: { party: string }) => c.party).sort()).toEqual(['COMPANY_TUTOR_1', 'HR_CONTACT']);

    await t.app.mail.deliverDue();
    const tutorMail = smtp.to('tuteurw1@calanques.example').at(-1)!;
    const hrMail = smtp.to('rhw1@calanques.example').at(-1)!;
    expect(tutorMail.subject).toContain('merci de confirmer');
    expect(tutorMail.text).toContain('tuteur(trice) entreprise');

    // The tutor opens their link: a session limited to them.
    const tutorLink = await t.post('/auth/link', { token: linkIn(tutorMail.text) });
    expect(tutorLink.status).toBe(200);
    expect(tutorLink.body).toMatchObject({ role: 'COMPANY_TUTOR', missionId: current.id });
    // Opening does not spend it: the same link opens a second session (a phone, then a desktop).
    const again = await t.post('/auth/link', { token: linkIn(tutorMail.text) });
    expect(again.status).toBe(200);
    const tutor = { cookie: again.cookie! };

    const seen = await t.gql(`query($id: ID!) { mission(id: $id) { id state student { lastName birthDate } } }`, { id: current.id }, tutor);
    expect(seen.data.mission.student.birthDate).toBeNull();
    const confirmedByTutor = await t.gql(ACTION('confirmMission'), { id: current.id }, tutor);
    expect(confirmedByTutor.data.confirmMission.mission.state).toBe('CONFIRMATION_REQUESTED');
    // The answer is the link's purpose: now it is spent.
    const spent = await t.post('/auth/link', { token: linkIn(tutorMail.text) });
    expect(spent.status).toBe(410);
    expect(spent.body.error).toBe('LINK_USED');

    // Validation before everyone confirmed is refused, and writes nothing.
    current = confirmedByTutor.data.confirmMission.mission;
    const early = await t.gql(ACTION('validateMission', ', version: $version'), { id: current.id, version: current.version }, manager);
    expect(early.data.validateMission.errors[0].code).toBe('INVALID_TRANSITION');

    const hr = { cookie: (await t.post('/auth/link', { token: linkIn(hrMail.text) })).cookie! };
    const confirmedByHr = await t.gql(ACTION('confirmMission'), { id: current.id }, hr);
    current = confirmedByHr.data.confirmMission.mission;
    expect(current.state).toBe('CONFIRMED');
    await t.app.mail.deliverDue();
    expect(smtp.to(`manager-${dialect}@miage.example`).some((m) => m.subject.includes('toutes les confirmations'))).toBe(true);

    t.clock.set('2026-07-03');
    manager = { cookie: await t.login(`manager-${dialect}@miage.example`) };
    const validated = await t.gql(
      `mutation($id: ID!, $version: Int!) { validateMission(id: $id, version: $version) { mission { id state validationDate contract { id contractType startDate checklist { code dueDate done overdue responsible } figures { billableHours cost } paySegments { from ratePercent monthlyMinimumGross } } auditTrail { action role fields } } errors { code message } } }`,
      { id: current.id, version: current.version },
      manager,
    );
    expect(validated.data.validateMission.errors).toEqual([]);
    const done = validated.data.validateMission.mission;
    t.clock.set('2026-07-01');
    expect(done).toMatchObject({ state: 'VALIDATED', validationDate: '2026-07-03' });
    expect(done.contract.checklist.map((i: { code: string }) => i.code).sort()).toEqual(['HIRING_DECLARATION', 'MEDICAL_VISIT', 'TRAINING_AGREEMENT_CFA', 'URSSAF_REGISTRATION']);
    for (const item of done.contract.checklist) expect(item.dueDate < '2026-09-03').toBe(true);
    expect(done.contract.paySegments.length).toBeGreaterThan(0);
    expect(done.auditTrail.map((e: { action: string }) => e.action)).toEqual([
      'CREATE', 'SUBMIT', 'RETURN', 'SAVE_DRAFT', 'SUBMIT', 'REQUEST_CONFIRMATION', 'CONFIRM', 'CONFIRM', 'VALIDATE',
    ]);

    await t.app.mail.deliverDue();
    for (const to of [studentEmail, 'tuteurw1@calanques.example', 'rhw1@calanques.example']) {
      const notice = smtp.to(to).find((m) => m.subject.includes('validée'));
      // Validated on 2026-07-03, before the M2's DDF (2026-09-03): the contract waits for the M1's jury and the admission (§3.3.1, Figure 13).
      expect(notice?.text).toContain('Validation sous réserve de la validation de l’année de formation en cours et d’une décision favorable de recrutement en M2 MIAGE 2026/2027');
      expect(notice?.text).toContain('(§3.3.1, Figure 13)');
    }
    // Delivered personal links are not kept in clear in the outbox.
    const mails = await t.gql(`query($id: ID!) { mission(id: $id) { mails { to template state text } } }`, { id: current.id }, manager);
    const request = mails.data.mission.mails.find((m: { template: string }) => m.template === 'CONFIRMATION_REQUEST');
    expect(request.state).toBe('SENT');
    expect(request.text).toContain('/lien/[masqué]');
  });

  it('lets a company contact report an error, then asks again', async () => {
    const { auth: student } = await createStudent(t);
    let m = (await t.gql(SAVE, { input: validFiche('e1', '22345678901234') }, student)).data.saveMissionDraft.mission;
    m = (await t.gql(ACTION('submitMission', ', version: $version'), { id: m.id, version: m.version }, student)).data.submitMission.mission;
    m = (await t.gql(ACTION('requestMissionConfirmations', ', version: $version'), { id: m.id, version: m.version }, manager)).data.requestMissionConfirmations.mission;
    await t.app.mail.deliverDue();
    const hr = { cookie: (await t.post('/auth/link', { token: linkIn(smtp.to('rhe1@calanques.example').at(-1)!.text) })).cookie! };
    const reported = await t.gql(ACTION('reportMissionError', ', comment: $comment'), { id: m.id, comment: 'Le salaire est de 2 600 €' }, hr);
    expect(reported.data.reportMissionError.mission.state).toBe('ERROR_REPORTED');
    expect(reported.data.reportMissionError.mission.confirmations.find((c: { party: string }) => c.party === 'HR_CONTACT').errorComment).toBe('Le salaire est de 2 600 €');
    m = reported.data.reportMissionError.mission;
    const again = await t.gql(ACTION('requestMissionConfirmations', ', version: $version'), { id: m.id, version: m.version }, manager);
    expect(again.data.requestMissionConfirmations.mission.state).toBe('CONFIRMATION_REQUESTED');
    expect(again.data.requestMissionConfirmations.mission.confirmations.every((c: { confirmedAt: string | null }) => c.confirmedAt === null)).toBe(true);
  });

  it('refuses a validation that breaks a rule (validation lag, OFFER_REFERENCE_REQUIRED, unaccepted VALIDATION_LEAD_TIME) and writes nothing', async () => {
    await publishOffer(t, `OFF-${dialect}-1`, '32345678901234');
    // Sessions expire with the clock: sign in again on the new day.
    t.clock.set('2026-08-31');
    manager = { cookie: await t.login(`manager-${dialect}@miage.example`) };
    const { auth: student } = await createStudent(t);
    let m = (await t.gql(SAVE, { input: validFiche('r1', '32345678901234') }, student)).data.saveMissionDraft.mission;
    const submitted = await t.gql(ACTION('submitMission', ', version: $version'), { id: m.id, version: m.version }, student);
    // Findings are stored and returned at submission, they do not block it.
    expect(submitted.data.submitMission.findings.map((f: { code: string }) => f.code).sort()).toEqual(['OFFER_REFERENCE_REQUIRED', 'VALIDATION_LEAD_TIME']);
    m = submitted.data.submitMission.mission;
    m = (await t.gql(ACTION('requestMissionConfirmations', ', version: $version'), { id: m.id, version: m.version }, manager)).data.requestMissionConfirmations.mission;
    await t.app.mail.deliverDue();
    for (const to of ['tuteurr1@calanques.example', 'rhr1@calanques.example']) {
      const auth = { cookie: (await t.post('/auth/link', { token: linkIn(smtp.to(to).at(-1)!.text) })).cookie! };
      m = (await t.gql(ACTION('confirmMission'), { id: m.id }, auth)).data.confirmMission.mission;
    }
    expect(m.state).toBe('CONFIRMED');
    const em = t.orm.em.fork();
    const auditBefore = await em.count(AuditEvent, {});
    const refused = await t.gql(ACTION('validateMission', ', version: $version'), { id: m.id, version: m.version }, manager);
    expect(refused.data.validateMission.mission).toBeNull();
    expect(refused.data.validateMission.errors.map((e: { code: string }) => e.code).sort()).toEqual(['DDC_TOO_EARLY', 'OFFER_REFERENCE_REQUIRED', 'VALIDATION_LEAD_TIME']);
    expect(await em.count(AuditEvent, {})).toBe(auditBefore);
    const after = await t.gql(`query($id: ID!) { mission(id: $id) { state version contract { id } } }`, { id: m.id }, manager);
    expect(after.data.mission).toMatchObject({ state: 'CONFIRMED', version: m.version, contract: null });
    expect((await em.findOneOrFail(Offer, { reference: `OFF-${dialect}-1` })).state).toBe('PUBLISHED');
    // With the reference given and the DDC moved, only the lead-time warning remains: refused until accepted.
    t.clock.set('2026-07-01');
    manager = { cookie: await t.login(`manager-${dialect}@miage.example`) };
    const em2 = t.orm.em.fork();
    const stored = await em2.findOneOrFail((await import('../src/modules/missions/mission.entities.js')).Mission, m.id);
    stored.offerReference = `OFF-${dialect}-1`;
    stored.requestDate = '2026-06-30';
    stored.startDate = '2026-07-10';
    await em2.flush();
    const warned = await t.gql(ACTION('validateMission', ', version: $version'), { id: m.id, version: stored.version }, manager);
    expect(warned.data.validateMission.errors.map((e: { code: string }) => e.code)).toEqual(['VALIDATION_LEAD_TIME']);
    const accepted = await t.gql(
      `mutation($id: ID!, $version: Int!) { validateMission(id: $id, version: $version, acceptWarnings: true) { mission { state auditTrail { action comment } } errors { code } } }`,
      { id: m.id, version: stored.version },
      manager,
    );
    expect(accepted.data.validateMission.errors).toEqual([]);
    expect(accepted.data.validateMission.mission.auditTrail.find((e: { action: string }) => e.action === 'VALIDATE')).toEqual({ action: 'VALIDATE', comment: 'Avertissements acceptés : VALIDATION_LEAD_TIME' });
    manager = { cookie: await t.login(`manager-${dialect}@miage.example`) };
  });

  it('closes the offer named on the mission when it is validated, and refuses a second mission for the same student', async () => {
    const offer = await publishOffer(t, `OFF-${dialect}-2`, '42345678901234');
    const { auth: student } = await createStudent(t);
    const run = async (suffix: string, extra: Record<string, unknown>) => {
      let m = (await t.gql(SAVE, { input: { ...validFiche(suffix, '42345678901234'), ...extra } }, student)).data.saveMissionDraft.mission;
      m = (await t.gql(ACTION('submitMission', ', version: $version'), { id: m.id, version: m.version }, student)).data.submitMission.mission;
      m = (await t.gql(ACTION('requestMissionConfirmations', ', version: $version'), { id: m.id, version: m.version }, manager)).data.requestMissionConfirmations.mission;
      await t.app.mail.deliverDue();
      for (const to of [`tuteur${suffix}@calanques.example`, `rh${suffix}@calanques.example`]) {
        const auth = { cookie: (await t.post('/auth/link', { token: linkIn(smtp.to(to).at(-1)!.text) })).cookie! };
        m = (await t.gql(ACTION('confirmMission'), { id: m.id }, auth)).data.confirmMission.mission;
      }
      return (await t.gql(ACTION('validateMission', ', version: $version'), { id: m.id, version: m.version }, manager)).data.validateMission;
    };
    const first = await run('o1', { offerReference: ` off-${dialect}-2 ` });
    expect(first.errors).toEqual([]);
    expect((await t.orm.em.fork().findOneOrFail(Offer, offer.id)).state).toBe('CLOSED');
    // §3.3 « Attention »: the student may not even ask — the second fiche's submission is refused and stays a draft.
    const draft = (await t.gql(SAVE, { input: validFiche('o2', '42345678901234') }, student)).data.saveMissionDraft.mission;
    const refused = (await t.gql(ACTION('submitMission', ', version: $version'), { id: draft.id, version: draft.version }, student)).data.submitMission;
    expect(refused.mission).toBeNull();
    expect(refused.errors.map((e: { code: string }) => e.code)).toEqual(['ALREADY_VALIDATED']);
    const stored = await t.gql(`query($id: ID!) { mission(id: $id) { state requestDate } }`, { id: draft.id }, student);
    expect(stored.data.mission).toEqual({ state: 'DRAFT', requestDate: null });
  });

  it('refuses a request before the campaign opens or after it closes (§3.3.1), and writes nothing; takes it during the campaign', async () => {
    const submitOn = async (today: string) => {
      t.clock.set(today);
      try {
        const { auth: student } = await createStudent(t);
        const draft = (await t.gql(SAVE, { input: validFiche(`c${today}`) }, student)).data.saveMissionDraft.mission;
        const answer = (await t.gql(ACTION('submitMission', ', version: $version'), { id: draft.id, version: draft.version }, student)).data.submitMission;
        const stored = (await t.gql(`query($id: ID!) { mission(id: $id) { state version requestDate } }`, { id: draft.id }, student)).data.mission;
        return { answer, stored, draft };
      } finally {
        t.clock.set('2026-07-01');
      }
    };
    // « Il n'est possible de demander à faire valider une mission que durant une période déterminée » (§3.3.1).
    for (const day of ['2026-05-14', '2026-11-30']) {
      const { answer, stored, draft } = await submitOn(day);
      expect(answer.mission).toBeNull();
      expect(answer.errors).toMatchObject([{ code: 'OUTSIDE_CAMPAIGN', field: 'requestDate' }]);
      expect(answer.errors[0].message).toContain('campagne');
      expect(stored).toEqual({ state: 'DRAFT', version: draft.version, requestDate: null });
    }
    const { answer } = await submitOn('2026-05-15');
    expect(answer.errors).toEqual([]);
    expect(answer.mission).toMatchObject({ state: 'SUBMITTED', requestDate: '2026-05-15' });
  });

  it('sends a Master student’s M2 fiche in the M2 2026/2027 once the office moved them there: the draft follows their record (§2.1.2, §3.3.1)', async () => {
    // An M1 without a contract: « vous devrez suivre le M2 MIAGE avec un nouveau contrat d'alternance » — a 1-year one of the M2 2026/2027.
    t.clock.set('2026-06-15');
    try {
      const { auth: student, student: record } = await createStudent(t, { cohort: 'MASTER-2025', group: 'M1-AIX', site: 'FORBIN' });
      const draft = (await t.gql(SAVE, { input: validFiche('m2new', '52345678901234') }, student)).data.saveMissionDraft.mission;
      const submit = (version: number) => t.gql(ACTION('submitMission', ', version: $version'), { id: draft.id, version }, student);
      // Still in the Master 2025/2027: its 2025 campaign is long closed, the request is refused.
      expect((await submit(draft.version)).data.submitMission.errors).toMatchObject([{ code: 'OUTSIDE_CAMPAIGN' }]);
      const UPDATE = `mutation($id: ID!, $version: Int!, $input: StudentInput!) { updateStudent(id: $id, version: $version, input: $input) { errors { field } } }`;
      const input = { firstName: record.firstName, lastName: record.lastName, email: record.email, status: 'FI', cohort: 'M2-2026', group: 'M2-2ID' };
      expect((await t.gql(UPDATE, { id: record.id, version: record.version, input }, manager)).data.updateStudent.errors).toEqual([]);
      // The same draft, sent as it is: now a fiche of the M2 2026/2027, in its 2026 campaign and its Tableau 5 windows.
      const answer = (await submit(draft.version)).data.submitMission;
      expect(answer.errors).toEqual([]);
      expect(answer.mission).toMatchObject({ state: 'SUBMITTED', requestDate: '2026-06-15' });
      expect(answer.findings.map((f: { code: string }) => f.code)).not.toContain('DDC_TOO_LATE');
      const stored = (await t.gql(`query($id: ID!) { mission(id: $id) { cohort group } }`, { id: draft.id }, manager)).data.mission;
      expect(stored).toEqual({ cohort: 'M2-2026', group: 'M2-2ID' });
    } finally {
      t.clock.set('2026-07-01');
    }
  });

  it('keeps the day of the request when a returned fiche is sent again after the campaign has closed (§3.3.3)', async () => {
    t.clock.set('2026-10-30');
    try {
      const office = { cookie: await t.login(`manager-${dialect}@miage.example`) };
      const { auth: first, email } = await createStudent(t);
      let student = first;
      let m = (await t.gql(SAVE, { input: validFiche('r1') }, student)).data.saveMissionDraft.mission;
      m = (await t.gql(ACTION('submitMission', ', version: $version'), { id: m.id, version: m.version }, student)).data.submitMission.mission;
      expect(m).toMatchObject({ state: 'SUBMITTED', requestDate: '2026-10-30' });
      m = (await t.gql(ACTION('returnMission', ', version: $version, comment: $comment'), { id: m.id, version: m.version, comment: 'Préciser les livrables' }, office)).data.returnMission.mission;
      t.clock.set('2026-11-02');
      student = { cookie: await t.login(email) };
      m = (await t.gql(SAVE, { id: m.id, version: m.version, input: { deliverables: 'Code, documentation, tableau de bord' } }, student)).data.saveMissionDraft.mission;
      const again = (await t.gql(ACTION('submitMission', ', version: $version'), { id: m.id, version: m.version }, student)).data.submitMission;
      expect(again.errors).toEqual([]);
      expect(again.mission).toMatchObject({ state: 'SUBMITTED', requestDate: '2026-10-30' });
      expect(again.findings.map((f: { code: string }) => f.code)).not.toContain('OUTSIDE_CAMPAIGN');
    } finally {
      t.clock.set('2026-07-01');
    }
  });
});
