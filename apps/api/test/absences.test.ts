import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { AbsenceDocument } from '../src/modules/absences/absence.entities.js';
import { sweepAbsenceStatements, sweepLateMedicalAbsences } from '../src/modules/absences/absence-sweeps.js';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { User } from '../src/modules/auth/auth.entities.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { CompanyTutor, Student } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { lastLinkTo, validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

const ABSENCE = 'id version date half state reason comment deadline hours organisationName stoppage { issuedOn receivedOn sentBy fileName mediaType size } decisionComment';
const RECORD = `mutation($input: RecordAbsencesInput!) { recordAbsences(input: $input) { absences { ${ABSENCE} } errors { code field index message } } }`;
const LIST = `query($filter: AbsenceFilter) { absences(filter: $filter) { ${ABSENCE} student { id } } }`;
const DECLARE = `mutation($id: ID!, $version: Int!) { declareMedicalAbsence(id: $id, version: $version) { absence { ${ABSENCE} } errors { code field message } } }`;
const STOPPAGE = `mutation($id: ID!, $version: Int!, $input: WorkStoppageInput!) { sendWorkStoppage(id: $id, version: $version, input: $input) { absence { ${ABSENCE} } errors { code field message } findings { code ref } } }`;
const REASON = `mutation($id: ID!, $version: Int!, $reason: String!) { giveAbsenceReason(id: $id, version: $version, reason: $reason) { absence { ${ABSENCE} } errors { code field message } } }`;
const DECIDE = `mutation($id: ID!, $version: Int!, $accept: Boolean!, $comment: String) { decideAbsence(id: $id, version: $version, accept: $accept, comment: $comment) { absence { ${ABSENCE} } errors { code field message } } }`;
const CLOSE = `mutation($id: ID!, $version: Int!, $comment: String) { closeAbsenceUnjustified(id: $id, version: $version, comment: $comment) { absence { ${ABSENCE} } errors { code field message } } }`;
const PREVIEW = `mutation($rows: [AbsenceImportRowInput!]!) { previewAbsenceImport(rows: $rows) { rows { index date half studentName duplicate } errors { code field index message } } }`;
const IMPORT = `mutation($rows: [AbsenceImportRowInput!]!) { importAbsences(rows: $rows) { absences { id date half } errors { code field index message } } }`;
const ATTENDANCE = `query($id: ID!) { attendance(studentId: $id) { trainingHours missedHalfDays missedHours justifiedHours unjustifiedHours pendingHours missedPercent } }`;
const PRO_LINK = `mutation($id: ID!) { sendProfessionalAbsenceLink(studentId: $id) { sent errors { code field message } } }`;
const PRO_REQUEST = `mutation($input: ProfessionalAbsenceInput!) { requestProfessionalAbsence(input: $input) { request { id version state firstDay } errors { code field message } findings { code } } }`;
const PRO_DECIDE = `mutation($id: ID!, $version: Int!, $grant: Boolean!, $comment: String) { decideProfessionalAbsence(id: $id, version: $version, grant: $grant, comment: $comment) { request { id state } errors { code field message } } }`;
const PRO_MAILED = `mutation($input: MailedProfessionalAbsenceInput!) { recordMailedProfessionalAbsence(input: $input) { request { id version state requestedOn requestedBy recordedBy teachersConsulted } errors { code field message } findings { code } } }`;
const PRO_CONSULT = `mutation($id: ID!, $version: Int!, $emails: [String!]!) { consultProfessionalAbsenceTeachers(id: $id, version: $version, teacherEmails: $emails) { request { id version teachersConsulted } errors { code field message } } }`;
const CONTEXT = `{ absenceLinkContext { purpose studentName absence { id date half deadline } earliestFirstDay } }`;
const STATEMENT = `query($org: ID!, $month: String!) { absenceStatement(organisationId: $org, month: $month) { organisationName lines { studentName date half hours } totalHours sentAt } }`;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
const stoppage = (over: Record<string, unknown> = {}) => ({ issuedOn: '2026-10-01', from: '2026-10-01', to: '2026-10-02', file: { name: 'arret.pdf', base64: PDF }, ...over });

describe.each(DIALECTS)('absences and their justification, §4.3 (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let secretariat: Auth;
  let direction: Auth;
  let student: { student: { id: string; email: string }; auth: Auth; email: string };
  let other: { student: { id: string }; auth: Auth; email: string };
  let mission: any;
  const fiche = validFiche('abs', '72345678901234');
  const TUTOR = fiche.tutor1.email;
  const HR = fiche.hrContact.email;

  const record = async (date: string, half: "AM" | "PM", ids: string[]) => {
    const r = await t.gql(RECORD, { input: { date, half, studentIds: ids } }, secretariat);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.recordAbsences;
  };
  const find = async (date: string, half: string, auth: Auth = secretariat) => ((await t.gql(LIST, { filter: { studentId: student.student.id } }, auth)).data.absences as any[]).find((a) => a.date === date && a.half === half);
  const linkAuth = async (to: string): Promise<Auth> => {
    const opened = await t.post('/auth/link', { token: lastLinkTo(smtp, to) });
    expect(opened.status).toBe(200);
    return { cookie: opened.cookie! };
  };

  const office: Record<string, string> = {};
  // Sessions expire after 12 hours: every jump of the test clock signs everyone in again.
  const travel = async (day: string) => {
    t.clock.set(day);
    manager = { cookie: await t.login(office.MANAGER!) };
    secretariat = { cookie: await t.login(office.SECRETARIAT!) };
    direction = { cookie: await t.login(office.DIRECTION!) };
    student.auth = { cookie: await t.login(student.email) };
    other.auth = { cookie: await t.login(other.email) };
  };

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    for (const role of ['MANAGER', 'SECRETARIAT', 'DIRECTION'] as const) office[role] = (await t.createUser(role)).email;
    manager = { cookie: await t.login(office.MANAGER!) };
    student = (await createStudent(t)) as any;
    other = (await createStudent(t)) as any;
    mission = await validatedMission(t, smtp, student.auth, manager, fiche);
    await travel('2026-10-01');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('records a day sheet per half-day, mails the student, and refuses a half-day that is not training', async () => {
    const r = await record('2026-10-01', 'AM', [student.student.id, other.student.id]);
    expect(r.errors).toEqual([]);
    expect(r.absences).toHaveLength(2);
    expect(r.absences[0]).toMatchObject({ state: 'RECORDED', reason: 'UNKNOWN', organisationName: 'Calanques Data' });
    expect(r.absences[0].hours).toBeGreaterThan(0);
    await record('2026-10-01', 'PM', [student.student.id]);
    await record('2026-10-02', 'AM', [student.student.id]);
    // Again the same sheet: kept as it is, no duplicate.
    expect((await record('2026-10-01', 'AM', [student.student.id])).absences).toEqual([]);
    // Monday 2026-10-05 is a company day in the M2 calendar.
    const company = await record('2026-10-05', 'AM', [student.student.id]);
    expect(company.errors[0]).toMatchObject({ code: 'NOT_TRAINING_HALF_DAY', field: 'input.date' });
    await t.app.mail.deliverDue();
    expect(smtp.to(student.email).some((m) => m.subject === 'Absence en formation enregistrée' && m.text.includes('01/10/2026'))).toBe(true);
  });

  it('medical (§4.3.1): the tutor and HR get a link bound to that absence, deadline 10 jours ouvrables', async () => {
    const am = await find('2026-10-01', 'AM');
    const r = (await t.gql(DECLARE, { id: am.id, version: am.version }, student.auth)).data.declareMedicalAbsence;
    expect(r.errors).toEqual([]);
    // Thursday 1 October 2026 + 10 jours ouvrables (Saturdays count) = Tuesday 13 October.
    expect(r.absence).toMatchObject({ state: 'AWAITING_STOPPAGE', reason: 'MEDICAL', deadline: '2026-10-13' });
    await t.app.mail.deliverDue();
    const mail = smtp.to(TUTOR).at(-1)!;
    expect(mail.subject).toContain('à transmettre dans les 10 jours ouvrables');
    expect(mail.text).toContain('au plus tard le 13/10/2026 pour un arrêt établi le jour de l’absence');
    expect(smtp.to(HR).at(-1)!.subject).toContain('Arrêt de travail');
    const stored = await t.orm.em.fork().find(OutboxMail, { template: 'ABSENCE_STOPPAGE_REQUEST' });
    for (const m of stored) expect(m.text).toContain('/lien/[masqué]');
  });

  it('a student’s own stoppage is refused (STOPPAGE_NOT_FROM_HOST), a file that is not PDF/JPEG/PNG too', async () => {
    const am = await find('2026-10-01', 'AM');
    const mine = (await t.gql(STOPPAGE, { id: am.id, version: am.version, input: stoppage() }, student.auth)).data.sendWorkStoppage;
    expect(mine.errors.map((e: any) => e.code)).toEqual(['STOPPAGE_NOT_FROM_HOST']);
    expect(mine.findings[0]).toMatchObject({ code: 'STOPPAGE_NOT_FROM_HOST', ref: '§4.3.1, Attention' });
    const tutor = await linkAuth(TUTOR);
    const exe = (await t.gql(STOPPAGE, { id: am.id, version: am.version, input: stoppage({ file: { name: 'arret.pdf', base64: Buffer.from('MZ not a pdf').toString('base64') } }) }, tutor)).data.sendWorkStoppage;
    expect(exe.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024)]).toString('base64');
    const tooBig = (await t.gql(STOPPAGE, { id: am.id, version: am.version, input: stoppage({ file: { name: 'gros.pdf', base64: big } }) }, tutor)).data.sendWorkStoppage;
    expect(tooBig.errors[0].field).toMatch(/^input\.file/);
    expect(await t.orm.em.fork().count(AbsenceDocument, {})).toBe(0);
  });

  it('the tutor’s link reaches that absence only', async () => {
    const tutor = await linkAuth(TUTOR);
    const context = (await t.gql(CONTEXT, {}, tutor)).data.absenceLinkContext;
    expect(context).toMatchObject({ purpose: 'ABSENCE_STOPPAGE', absence: { date: '2026-10-01', half: 'AM', deadline: '2026-10-13' } });
    const seen = (await t.gql(LIST, {}, tutor)).data.absences;
    expect(seen.map((a: any) => `${a.date} ${a.half}`)).toEqual(['2026-10-01 AM']);
    const pm = await find('2026-10-01', 'PM');
    const r = (await t.gql(DECLARE, { id: pm.id, version: pm.version }, tutor)).data;
    expect(r?.declareMedicalAbsence?.errors?.[0]?.code ?? (await t.gql(DECLARE, { id: pm.id, version: pm.version }, tutor)).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const wrong = (await t.gql(STOPPAGE, { id: pm.id, version: pm.version, input: stoppage() }, tutor)).data.sendWorkStoppage;
    expect(wrong.errors[0].code).toBe('NOT_FOUND');
  });

  it('in time on the 10th jour ouvrable through the link: justified, file stored, link spent', async () => {
    await travel('2026-10-13');
    const tutor = await linkAuth(TUTOR);
    const am = await find('2026-10-01', 'AM');
    const stale = (await t.gql(STOPPAGE, { id: am.id, version: am.version - 1, input: stoppage() }, tutor)).data.sendWorkStoppage;
    expect(stale.errors[0].code).toBe('CONFLICT');
    // Agreed with the absence, no « modifié(e) ».
    expect(stale.errors[0].message).toBe('Cette absence a été modifiée par quelqu’un d’autre entre-temps : rechargez avant d’enregistrer.');
    const r = (await t.gql(STOPPAGE, { id: am.id, version: am.version, input: stoppage() }, tutor)).data.sendWorkStoppage;
    expect(r.errors).toEqual([]);
    expect(r.absence).toMatchObject({ state: 'JUSTIFIED', stoppage: { issuedOn: '2026-10-01', receivedOn: '2026-10-13', fileName: 'arret.pdf', mediaType: 'application/pdf' } });
    // The office downloads the stored file; a student cannot.
    const file = await t.app.server.inject({ method: 'GET', url: `/absences/${am.id}/stoppage`, headers: { cookie: secretariat.cookie! } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.toString('base64')).toBe(PDF);
    expect((await t.app.server.inject({ method: 'GET', url: `/absences/${am.id}/stoppage`, headers: { cookie: student.auth.cookie! } })).statusCode).toBe(403);
    const reopened = await t.post('/auth/link', { token: lastLinkTo(smtp, TUTOR) });
    expect(reopened.status).toBe(410);
    const events = await t.orm.em.fork().find(AuditEvent, { entityType: 'Absence', entityId: am.id }, { orderBy: { at: 'asc', createdAt: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['RECORD_ABSENCE', 'DECLARE_MEDICAL', 'RECEIVE_STOPPAGE']);
    // Sent through the link instead of mailed to them (§4.3.1 step 3): the manager and the secretariat are told.
    const office = await t.orm.em.fork().find(OutboxMail, { template: 'ABSENCE_STOPPAGE_RECEIVED' });
    const officeUsers = await t.orm.em.fork().find(User, { role: { $in: ['MANAGER', 'SECRETARIAT'] }, active: true });
    expect(office.map((m) => m.to).sort()).toEqual(officeUsers.map((u) => u.email).sort());
    expect(office[0]!.text).toContain('01/10/2026 (matin)');
  });

  it('ABSENCE_JUSTIFICATION_LATE: a stoppage issued 1 October received on 14 October is refused', async () => {
    await travel('2026-10-02');
    const fri = await find('2026-10-02', 'AM');
    expect((await t.gql(DECLARE, { id: fri.id, version: fri.version }, secretariat)).data.declareMedicalAbsence.absence.deadline).toBe('2026-10-14');
    await travel('2026-10-14');
    await t.app.mail.deliverDue();
    const tutor = await linkAuth(TUTOR);
    const again = await find('2026-10-02', 'AM');
    const late = (await t.gql(STOPPAGE, { id: again.id, version: again.version, input: stoppage({ to: '2026-10-05' }) }, tutor)).data.sendWorkStoppage;
    expect(late.errors.map((e: any) => e.code)).toEqual(['ABSENCE_JUSTIFICATION_LATE']);
    // Issued the 2nd, its own deadline is the 14th: in time.
    const ok = (await t.gql(STOPPAGE, { id: again.id, version: again.version, input: stoppage({ issuedOn: '2026-10-02', from: '2026-10-02', to: '2026-10-05' }) }, tutor)).data.sendWorkStoppage;
    expect(ok.absence.state).toBe('JUSTIFIED');
  });

  it('a medical absence left without stoppage becomes unjustified the day after its deadline, once, even swept twice by two instances', async () => {
    await travel('2026-10-01');
    const pm = await find('2026-10-01', 'PM');
    await t.gql(DECLARE, { id: pm.id, version: pm.version }, secretariat);
    await travel('2026-10-13');
    expect((await sweepLateMedicalAbsences(t.orm, t.clock, 'http://x')).unjustified).toBe(0);
    await travel('2026-10-14');
    const second = await createTestApp({ dialect, sameDatabaseAs: t, today: '2026-10-14' });
    try {
      const results = await Promise.all([sweepLateMedicalAbsences(t.orm, t.clock, 'http://x'), sweepLateMedicalAbsences(second.orm, second.clock, 'http://x')]);
      expect(results[0].unjustified + results[1].unjustified).toBe(1);
      expect((await sweepLateMedicalAbsences(t.orm, t.clock, 'http://x')).unjustified).toBe(0);
    } finally {
      await second.close();
    }
    expect((await find('2026-10-01', 'PM')).state).toBe('UNJUSTIFIED');
    expect(await t.orm.em.fork().count(OutboxMail, { template: 'ABSENCE_UNJUSTIFIED_LATE', to: student.email })).toBe(1);
    // Final: nothing brings it back.
    const now = await find('2026-10-01', 'PM');
    expect((await t.gql(REASON, { id: now.id, version: now.version, reason: 'Malade' }, student.auth)).data.giveAbsenceReason.errors[0].code).toBe('INVALID_TRANSITION');
  });

  it('another reason (§4.3.3): the student explains, the manager decides, the student is told', async () => {
    await travel('2026-10-08');
    const r = await record('2026-10-08', 'AM', [student.student.id]);
    const a = r.absences[0];
    const given = (await t.gql(REASON, { id: a.id, version: a.version, reason: 'Convocation au tribunal' }, student.auth)).data.giveAbsenceReason;
    expect(given.absence).toMatchObject({ state: 'AWAITING_DECISION', reason: 'OTHER', comment: 'Convocation au tribunal' });
    expect(await t.orm.em.fork().count(OutboxMail, { template: 'ABSENCE_REASON_TO_DECIDE' })).toBeGreaterThan(0);
    const bySecretariat = await t.gql(DECIDE, { id: a.id, version: given.absence.version, accept: true }, secretariat);
    expect(bySecretariat.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const refusedNoComment = (await t.gql(DECIDE, { id: a.id, version: given.absence.version, accept: false }, manager)).data.decideAbsence;
    expect(refusedNoComment.errors[0].field).toBe('comment');
    const decided = (await t.gql(DECIDE, { id: a.id, version: given.absence.version, accept: true, comment: 'Justificatif reçu' }, manager)).data.decideAbsence;
    expect(decided.absence).toMatchObject({ state: 'JUSTIFIED', decisionComment: 'Justificatif reçu' });
    await t.app.mail.deliverDue();
    expect(smtp.to(student.email).some((m) => m.subject === 'Votre absence est justifiée')).toBe(true);
  });

  it('imports an attendance export all or nothing, with per-row errors in the preview', async () => {
    const bad = [
      { date: '2026-10-09', half: 'matin', studentEmail: student.email },
      { date: '2026-10-32', half: 'AM', studentEmail: student.email },
      { date: '2026-10-09', half: 'soir', studentEmail: 'inconnu@x.example' },
    ];
    const preview = (await t.gql(PREVIEW, { rows: bad }, secretariat)).data.previewAbsenceImport;
    expect(preview.rows).toHaveLength(1);
    expect(preview.errors.map((e: any) => `${e.index}:${e.field}`)).toEqual(['1:date', '2:half', '2:studentEmail']);
    const refused = (await t.gql(IMPORT, { rows: bad }, secretariat)).data.importAbsences;
    expect(refused.absences).toBeNull();
    expect(await find('2026-10-09', 'AM')).toBeUndefined();
    const ok = (await t.gql(IMPORT, { rows: [bad[0], { date: '2026-10-09', half: 'après-midi', studentEmail: student.email }] }, secretariat)).data.importAbsences;
    expect(ok.errors).toEqual([]);
    expect(ok.absences.map((a: any) => a.half)).toEqual(['AM', 'PM']);
  });

  it('professional (§4.3.2): requested by the tutor ≥ 10 jours ouvrables ahead, decided by the direction, mailed to all concerned', async () => {
    await travel('2026-10-01');
    expect((await t.gql(PRO_LINK, { id: student.student.id }, secretariat)).data.sendProfessionalAbsenceLink).toEqual({ sent: 1, errors: [] });
    await t.app.mail.deliverDue();
    let tutor = await linkAuth(TUTOR);
    // Thursday 15 October: 10 jours ouvrables before (Saturdays count) = Saturday 3 October, the last day to ask.
    const ctx = (await t.gql(CONTEXT, {}, tutor)).data.absenceLinkContext;
    expect(ctx.purpose).toBe('PROFESSIONAL_ABSENCE_REQUEST');
    await travel('2026-10-04');
    tutor = await linkAuth(TUTOR);
    const late = (await t.gql(PRO_REQUEST, { input: { firstDay: '2026-10-15', firstHalf: 'AM', lastDay: '2026-10-16', lastHalf: 'PM', reason: 'Mise en production' } }, tutor)).data.requestProfessionalAbsence;
    expect(late.errors.map((e: any) => e.code)).toEqual(['PROFESSIONAL_ABSENCE_TOO_LATE']);
    const companyOnly = (await t.gql(PRO_REQUEST, { input: { firstDay: '2026-10-26', firstHalf: 'AM', lastDay: '2026-10-26', lastHalf: 'PM', reason: 'Mise en production' } }, tutor)).data.requestProfessionalAbsence;
    expect(companyOnly.errors.map((e: any) => e.code)).toEqual(['PROFESSIONAL_ABSENCE_NO_TRAINING']);
    await travel('2026-10-03');
    tutor = await linkAuth(TUTOR);
    const asked = (await t.gql(PRO_REQUEST, { input: { firstDay: '2026-10-15', firstHalf: 'AM', lastDay: '2026-10-16', lastHalf: 'PM', reason: 'Mise en production' } }, tutor)).data.requestProfessionalAbsence;
    expect(asked.errors).toEqual([]);
    expect(asked.request.state).toBe('PENDING');
    // The tutor of the link lists their alternant's requests only, read as plain rows as as entities (issue 15).
    const mine = await t.gql('{ professionalAbsenceRequests { id student { id } } }', {}, tutor);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.professionalAbsenceRequests).toContainEqual({ id: asked.request.id, student: { id: student.student.id } });
    expect(new Set(mine.data.professionalAbsenceRequests.map((r: any) => r.student.id))).toEqual(new Set([student.student.id]));
    expect((await t.gql('{ professionalAbsenceRequests { ... on ProfessionalAbsenceRequest { id student { id } } } }', {}, tutor)).data).toEqual(mine.data);
    const byManager = await t.gql(PRO_DECIDE, { id: asked.request.id, version: asked.request.version, grant: true }, manager);
    expect(byManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const granted = (await t.gql(PRO_DECIDE, { id: asked.request.id, version: asked.request.version, grant: true, comment: 'Accordé' }, direction)).data.decideProfessionalAbsence;
    expect(granted.request.state).toBe('GRANTED');
    const pro = ((await t.gql(LIST, { filter: { studentId: student.student.id, reason: 'PROFESSIONAL' } }, secretariat)).data.absences as any[]).map((a) => `${a.date} ${a.half} ${a.state}`);
    expect(pro.sort()).toEqual(['2026-10-15 AM JUSTIFIED', '2026-10-15 PM JUSTIFIED', '2026-10-16 AM JUSTIFIED', '2026-10-16 PM JUSTIFIED']);
    const decidedTo = (await t.orm.em.fork().find(OutboxMail, { template: 'PROFESSIONAL_ABSENCE_DECIDED' })).map((m) => m.to);
    expect(decidedTo).toEqual(expect.arrayContaining([student.email, TUTOR]));
    expect(decidedTo.length).toBeGreaterThanOrEqual(3);
  });

  it('professional (§4.3.2 step 1): the direction records a request the tutor mailed to it, the 10 jours ouvrables counted from the mail', async () => {
    await travel('2026-10-06');
    const input = { studentId: student.student.id, tutor: 'TUTOR1', receivedOn: '2026-10-03', firstDay: '2026-10-15', firstHalf: 'AM', lastDay: '2026-10-15', lastHalf: 'PM', reason: 'Audit de sécurité chez le client' };
    // Typed on 6 October, but mailed on Saturday 3 October, the last day to ask for the 15th: in time.
    const byOffice = await t.gql(PRO_MAILED, { input }, secretariat);
    expect(byOffice.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const late = (await t.gql(PRO_MAILED, { input: { ...input, receivedOn: '2026-10-05' } }, direction)).data.recordMailedProfessionalAbsence;
    expect(late.errors).toEqual([expect.objectContaining({ code: 'PROFESSIONAL_ABSENCE_TOO_LATE', field: 'input.firstDay' })]);
    expect(late.findings.map((f: any) => f.code)).toEqual(['PROFESSIONAL_ABSENCE_TOO_LATE']);
    const future = (await t.gql(PRO_MAILED, { input: { ...input, receivedOn: '2026-10-07' } }, direction)).data.recordMailedProfessionalAbsence;
    expect(future.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.receivedOn' })]);
    const noSecond = (await t.gql(PRO_MAILED, { input: { ...input, tutor: 'TUTOR2' } }, direction)).data.recordMailedProfessionalAbsence;
    expect(noSecond.errors).toEqual([expect.objectContaining({ code: 'NO_SECOND_TUTOR', field: 'input.tutor' })]);
    // Monday 5 October is a company day of the M2 calendar: no absence from training to ask for.
    const companyDay = (await t.gql(PRO_MAILED, { input: { ...input, receivedOn: '2026-09-21', firstDay: '2026-10-05', lastDay: '2026-10-05' } }, direction)).data.recordMailedProfessionalAbsence;
    expect(companyDay.errors).toEqual([expect.objectContaining({ code: 'PROFESSIONAL_ABSENCE_NO_TRAINING', field: 'input.firstDay' })]);
    const noReason = (await t.gql(PRO_MAILED, { input: { ...input, reason: ' ' } }, direction)).data.recordMailedProfessionalAbsence;
    expect(noReason.errors).toEqual([expect.objectContaining({ field: 'input.reason' })]);
    const recorded = (await t.gql(PRO_MAILED, { input }, direction)).data.recordMailedProfessionalAbsence;
    expect(recorded.errors).toEqual([]);
    expect(recorded.request).toMatchObject({ state: 'PENDING', requestedOn: '2026-10-03', requestedBy: `${fiche.tutor1.firstName} ${fiche.tutor1.lastName}`, teachersConsulted: [] });
    expect(recorded.request.recordedBy).toBeTruthy();
    const audited = await t.orm.em.fork().find(AuditEvent, { entityId: recorded.request.id, action: 'RECORD_MAILED_PROFESSIONAL_ABSENCE' });
    expect(audited).toHaveLength(1);
    // The tutor asked through their link: no one recorded it.
    const listed = (await t.gql('{ professionalAbsenceRequests(state: PENDING) { id recordedBy teachersConsulted } }', {}, manager)).data.professionalAbsenceRequests as any[];
    expect(listed.find((r) => r.id === recorded.request.id)).toMatchObject({ recordedBy: recorded.request.recordedBy, teachersConsulted: [] });
  });

  it('professional (§4.3.2 steps 2–3): the direction consults the teachers of the period, who get the request once and the decision', async () => {
    await travel('2026-10-06');
    const pending = ((await t.gql('{ professionalAbsenceRequests(state: PENDING) { id version firstDay recordedBy } }', {}, direction)).data.professionalAbsenceRequests as any[]).find((r) => r.recordedBy && r.firstDay === '2026-10-15')!;
    const bad = (await t.gql(PRO_CONSULT, { id: pending.id, version: pending.version, emails: ['prof.bdd@univ.example', 'pas-une-adresse'] }, direction)).data.consultProfessionalAbsenceTeachers;
    expect(bad.errors).toEqual([expect.objectContaining({ field: 'teacherEmails.1' })]);
    const none = (await t.gql(PRO_CONSULT, { id: pending.id, version: pending.version, emails: [] }, direction)).data.consultProfessionalAbsenceTeachers;
    expect(none.errors).toEqual([expect.objectContaining({ field: 'teacherEmails' })]);
    const byManager = await t.gql(PRO_CONSULT, { id: pending.id, version: pending.version, emails: ['prof.bdd@univ.example'] }, manager);
    expect(byManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const consulted = (await t.gql(PRO_CONSULT, { id: pending.id, version: pending.version, emails: ['Prof.BDD@univ.example', 'prof.web@univ.example'] }, direction)).data.consultProfessionalAbsenceTeachers;
    expect(consulted.errors).toEqual([]);
    expect(consulted.request.teachersConsulted).toEqual(['prof.bdd@univ.example', 'prof.web@univ.example']);
    // Versions: a second window that read the request before is told, not overwritten.
    const stale = (await t.gql(PRO_CONSULT, { id: pending.id, version: pending.version, emails: ['prof.reseau@univ.example'] }, direction)).data.consultProfessionalAbsenceTeachers;
    expect(stale.errors[0].code).toBe('CONFLICT');
    // Again with one already consulted: only the new one is mailed.
    const again = (await t.gql(PRO_CONSULT, { id: pending.id, version: consulted.request.version, emails: ['prof.web@univ.example', 'prof.reseau@univ.example'] }, direction)).data.consultProfessionalAbsenceTeachers;
    expect(again.request.teachersConsulted).toEqual(['prof.bdd@univ.example', 'prof.web@univ.example', 'prof.reseau@univ.example']);
    const consults = await t.orm.em.fork().find(OutboxMail, { template: 'PROFESSIONAL_ABSENCE_CONSULT' });
    expect(consults.map((m) => m.to).sort()).toEqual(['prof.bdd@univ.example', 'prof.reseau@univ.example', 'prof.web@univ.example']);
    // The period's training half-days and whom to answer (the direction).
    expect(consults[0]!.text).toContain('15/10/2026 (matin)');
    expect(consults[0]!.text).toContain(office.DIRECTION);
    const decided = (await t.gql(PRO_DECIDE, { id: pending.id, version: again.request.version, grant: false, comment: 'Partiel de BDD ce jour-là' }, direction)).data.decideProfessionalAbsence;
    expect(decided.errors).toEqual([]);
    const decidedTo = (await t.orm.em.fork().find(OutboxMail, { template: 'PROFESSIONAL_ABSENCE_DECIDED' })).filter((m) => m.text.includes('Partiel de BDD')).map((m) => m.to);
    expect(decidedTo).toEqual(expect.arrayContaining([student.email, TUTOR, 'prof.bdd@univ.example', 'prof.web@univ.example', 'prof.reseau@univ.example']));
    // Decided: nobody left to consult.
    const refused = ((await t.gql('{ professionalAbsenceRequests(state: REFUSED) { id version } }', {}, direction)).data.professionalAbsenceRequests as any[]).find((r) => r.id === pending.id)!;
    const after = (await t.gql(PRO_CONSULT, { id: pending.id, version: refused.version, emails: ['prof.x@univ.example'] }, direction)).data.consultProfessionalAbsenceTeachers;
    expect(after.errors.map((e: any) => e.code)).toEqual(['INVALID_TRANSITION']);
  });

  it('professional requests are read a page at a time after a cursor (issue 15), in first-day order', async () => {
    await travel('2026-10-03');
    const tutor = await linkAuth(TUTOR);
    for (const day of ['2026-10-23', '2026-10-22']) {
      const asked = (await t.gql(PRO_REQUEST, { input: { firstDay: day, firstHalf: 'AM', lastDay: day, lastHalf: 'PM', reason: 'Salon' } }, tutor)).data.requestProfessionalAbsence;
      expect(asked.errors).toEqual([]);
    }
    const PAGE = `query($first: Int, $after: String) { professionalAbsenceRequests(first: $first, after: $after) { id firstDay cursor } }`;
    const whole = (await t.gql(PAGE, {}, manager)).data.professionalAbsenceRequests as { id: string; firstDay: string; cursor: string }[];
    expect(whole.length).toBeGreaterThanOrEqual(3);
    expect(whole.map((r) => r.firstDay)).toEqual(whole.map((r) => r.firstDay).sort());
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i <= whole.length; i++) {
      const page = (await t.gql(PAGE, { first: 1, after }, manager)).data.professionalAbsenceRequests as { id: string; cursor: string }[];
      if (page.length === 0) break;
      paged.push(page[0]!.id);
      after = page[0]!.cursor;
    }
    expect(paged).toEqual(whole.map((r) => r.id));
    const unreadable = await t.gql(PAGE, { first: 1, after: 'pas-un-curseur' }, manager);
    expect(unreadable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    for (const first of [0, 501]) expect((await t.gql(PAGE, { first }, manager)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await t.gql(PAGE, { first: 500 }, manager)).data.professionalAbsenceRequests).toHaveLength(whole.length);
  });

  it('professional (§4.3.2): a second tutor gets the link too; the decision goes to the tutor who asked and to tutor 1, not to HR', async () => {
    await travel('2026-10-03');
    const SECOND = `second-abs-${dialect}@calanques.example`;
    const em = t.orm.em.fork();
    const loaded = await em.findOneOrFail(Mission, mission.id, { populate: ['tutor1'] });
    loaded.tutor2 = Object.assign(new CompanyTutor(), { firstName: 'Marc', lastName: 'Second', email: SECOND, organisation: loaded.tutor1!.organisation });
    await em.flush();
    try {
      expect((await t.gql(PRO_LINK, { id: student.student.id }, secretariat)).data.sendProfessionalAbsenceLink).toEqual({ sent: 2, errors: [] });
      await t.app.mail.deliverDue();
      const second = await linkAuth(SECOND);
      const asked = (await t.gql(PRO_REQUEST, { input: { firstDay: '2026-11-05', firstHalf: 'AM', lastDay: '2026-11-05', lastHalf: 'PM', reason: 'Démonstration client' } }, second)).data.requestProfessionalAbsence;
      expect(asked.errors).toEqual([]);
      const before = new Set((await t.orm.em.fork().find(OutboxMail, { template: 'PROFESSIONAL_ABSENCE_DECIDED' })).map((m) => m.id));
      const refused = (await t.gql(PRO_DECIDE, { id: asked.request.id, version: asked.request.version, grant: false, comment: 'Examen ce jour-là' }, direction)).data.decideProfessionalAbsence;
      expect(refused.errors).toEqual([]);
      const decidedTo = (await t.orm.em.fork().find(OutboxMail, { template: 'PROFESSIONAL_ABSENCE_DECIDED' })).filter((m) => !before.has(m.id)).map((m) => m.to);
      expect(decidedTo).toEqual(expect.arrayContaining([student.email, TUTOR, SECOND]));
      // §4.3.2 step 3 names the alternant, the tutor and the teachers: the HR contact is not among them.
      expect(decidedTo).not.toContain(HR);
    } finally {
      const undo = t.orm.em.fork();
      const m = await undo.findOneOrFail(Mission, mission.id);
      m.tutor2 = null;
      await undo.flush();
    }
  });

  it('attendance: hours missed, justified or not, share of training hours; students see only their own', async () => {
    const mine = (await t.gql(ATTENDANCE, { id: student.student.id }, student.auth)).data.attendance;
    expect(mine.missedHalfDays).toBe(10);
    expect(mine.unjustifiedHours).toBeGreaterThan(0);
    expect(mine.justifiedHours + mine.unjustifiedHours + mine.pendingHours).toBeCloseTo(mine.missedHours, 1);
    expect(mine.missedPercent).toBeCloseTo((100 * mine.missedHours) / mine.trainingHours, 1);
    expect((await t.gql(ATTENDANCE, { id: student.student.id }, other.auth)).data.attendance).toBeNull();
    expect((await t.gql(LIST, {}, other.auth)).data.absences.every((a: any) => a.student.id === other.student.id)).toBe(true);
  });

  it('an academic tutor sees their alternants’ absences and attendance only', async () => {
    const tutorUser = await t.createUser('ACADEMIC_TUTOR');
    const em = t.orm.em.fork();
    const mine = await em.findOneOrFail(Student, student.student.id);
    mine.academicTutor = em.getReference(User, tutorUser.id);
    await em.flush();
    const teacher = { cookie: await t.login(tutorUser.email) };
    const seen = (await t.gql(LIST, {}, teacher)).data.absences as any[];
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((a) => a.student.id === student.student.id)).toBe(true);
    expect((await t.gql(ATTENDANCE, { id: student.student.id }, teacher)).data.attendance.missedHalfDays).toBe(10);
    expect((await t.gql(ATTENDANCE, { id: other.student.id }, teacher)).data.attendance).toBeNull();
    // Reading is not deciding: the decision mutations stay the manager's and the direction's.
    const a = seen[0];
    expect((await t.gql(DECIDE, { id: a.id, version: a.version, accept: true }, teacher)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('monthly statement to the host: unjustified absences of October, sent once per organisation and month', async () => {
    const org = mission.organisation?.id ?? (await t.orm.em.fork().findOneOrFail('Organisation', { siret: '72345678901234' }) as any).id;
    const onDemand = (await t.gql(STATEMENT, { org, month: '2026-10' }, secretariat)).data.absenceStatement;
    expect(onDemand.lines.map((l: any) => `${l.date} ${l.half}`)).toEqual(['2026-10-01 PM']);
    expect(onDemand.sentAt).toBeNull();
    await travel('2026-11-02');
    const second = await createTestApp({ dialect, sameDatabaseAs: t, today: '2026-11-02' });
    try {
      const runs = await Promise.all([sweepAbsenceStatements(t.orm, t.clock), sweepAbsenceStatements(second.orm, second.clock)]);
      expect(runs[0].sent + runs[1].sent).toBe(1);
      expect((await sweepAbsenceStatements(t.orm, t.clock)).sent).toBe(0);
    } finally {
      await second.close();
    }
    const mails = await t.orm.em.fork().find(OutboxMail, { template: 'ABSENCE_STATEMENT' });
    expect(mails.map((m) => m.to).sort()).toEqual([HR, TUTOR].sort());
    expect(mails[0]!.subject).toContain('octobre 2026');
    expect(mails[0]!.text).toContain('01/10/2026 (après-midi)');
    expect((await t.gql(STATEMENT, { org, month: '2026-10' }, secretariat)).data.absenceStatement.sentAt).not.toBeNull();
  });

  it('nobody justifies it (§4.3.3): the manager notes it unjustified, the student is told, the host’s statement lists it', async () => {
    await travel('2026-11-05');
    const a = (await record('2026-11-05', 'AM', [student.student.id])).absences[0];
    expect((await t.gql(CLOSE, { id: a.id, version: a.version }, secretariat)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(CLOSE, { id: a.id, version: a.version + 1 }, manager)).data.closeAbsenceUnjustified.errors[0].code).toBe('CONFLICT');
    expect((await t.gql(CLOSE, { id: a.id, version: a.version, comment: 'x'.repeat(2001) }, manager)).data.closeAbsenceUnjustified.errors[0].field).toBe('comment');
    const closed = (await t.gql(CLOSE, { id: a.id, version: a.version, comment: 'Aucun justificatif reçu' }, manager)).data.closeAbsenceUnjustified;
    expect(closed.errors).toEqual([]);
    expect(closed.absence).toMatchObject({ state: 'UNJUSTIFIED', decisionComment: 'Aucun justificatif reçu' });
    // Final; and only a recorded absence is closed so (one awaiting a stoppage or a decision has its own end).
    expect((await t.gql(CLOSE, { id: a.id, version: closed.absence.version }, manager)).data.closeAbsenceUnjustified.errors[0].code).toBe('INVALID_TRANSITION');
    const b = (await record('2026-11-05', 'PM', [student.student.id])).absences[0];
    const medical = (await t.gql(DECLARE, { id: b.id, version: b.version }, manager)).data.declareMedicalAbsence.absence;
    expect((await t.gql(CLOSE, { id: b.id, version: medical.version }, manager)).data.closeAbsenceUnjustified.errors[0].code).toBe('INVALID_TRANSITION');
    // The host mailed its stoppage to the office (§4.3.1 step 3): the secretariat records it, saying when and from whom.
    const mailedBefore = await t.orm.em.fork().count(OutboxMail, { template: 'ABSENCE_STOPPAGE_RECEIVED' });
    const fromStudent = (await t.gql(STOPPAGE, { id: b.id, version: medical.version, input: stoppage({ issuedOn: '2026-11-05', from: '2026-11-05', to: '2026-11-06', sender: 'STUDENT', receivedOn: '2026-11-05' }) }, secretariat)).data.sendWorkStoppage;
    expect(fromStudent.errors.map((e: any) => `${e.code} ${e.field}`)).toEqual(['STOPPAGE_NOT_FROM_HOST input.sender']);
    const future = (await t.gql(STOPPAGE, { id: b.id, version: medical.version, input: stoppage({ issuedOn: '2026-11-05', from: '2026-11-05', to: '2026-11-06', sender: 'HOST', receivedOn: '2026-11-06' }) }, secretariat)).data.sendWorkStoppage;
    expect(future.errors.map((e: any) => e.field)).toEqual(['input.receivedOn']);
    const recorded = (await t.gql(STOPPAGE, { id: b.id, version: medical.version, input: stoppage({ issuedOn: '2026-11-05', from: '2026-11-05', to: '2026-11-06', sender: 'HOST', receivedOn: '2026-11-05' }) }, secretariat)).data.sendWorkStoppage;
    expect(recorded.errors).toEqual([]);
    expect(recorded.absence).toMatchObject({ state: 'JUSTIFIED', stoppage: { receivedOn: '2026-11-05' } });
    expect(await t.orm.em.fork().count(OutboxMail, { template: 'ABSENCE_STOPPAGE_RECEIVED' })).toBe(mailedBefore);
    await t.app.mail.deliverDue();
    const told = smtp.to(student.email).find((m) => m.subject === 'Votre absence est notée injustifiée')!;
    expect(told.text).toContain('05/11/2026 (matin)');
    expect(told.text).toContain('Aucun justificatif reçu');
    const org = (await t.orm.em.fork().findOneOrFail('Organisation', { siret: '72345678901234' }) as any).id;
    const statement = (await t.gql(STATEMENT, { org, month: '2026-11' }, secretariat)).data.absenceStatement;
    expect(statement.lines.map((l: any) => `${l.date} ${l.half}`)).toEqual(['2026-11-05 AM']);
  });

  it('an internship (CSTAGEALT) is not under work law (§4.3 "hors stagiaires"): no host stoppage, a certificate given as another reason', async () => {
    await t.orm.em.fork().nativeUpdate(Mission, { id: mission.id }, { contractType: 'CSTAGEALT' });
    try {
      await travel('2026-11-06');
      const a = (await record('2026-11-06', 'AM', [student.student.id])).absences[0];
      const refused = (await t.gql(DECLARE, { id: a.id, version: a.version }, secretariat)).data.declareMedicalAbsence;
      expect(refused.errors.map((e: any) => `${e.code} ${e.field}`)).toEqual(['ABSENCE_NOT_UNDER_CONTRACT reason']);
      expect((await find('2026-11-06', 'AM')).state).toBe('RECORDED');
      // Nor can the office record a host's stoppage for it.
      const stoppageRefused = (await t.gql(STOPPAGE, { id: a.id, version: a.version, input: stoppage({ issuedOn: '2026-11-06', from: '2026-11-06', to: '2026-11-06', sender: 'HOST', receivedOn: '2026-11-06' }) }, secretariat)).data.sendWorkStoppage;
      expect(stoppageRefused.errors.map((e: any) => `${e.code} ${e.field}`)).toEqual(['ABSENCE_NOT_UNDER_CONTRACT state']);
      await t.app.mail.deliverDue();
      const recorded = smtp.to(student.email).filter((m) => m.subject === 'Absence en formation enregistrée').at(-1)!;
      expect(recorded.text).toContain('certificat médical');
      expect(recorded.text).not.toContain('arrêt de travail');
      const given = (await t.gql(REASON, { id: a.id, version: a.version, reason: 'Certificat médical du 6 novembre' }, student.auth)).data.giveAbsenceReason;
      expect(given.absence).toMatchObject({ state: 'AWAITING_DECISION', reason: 'OTHER' });
    } finally {
      await t.orm.em.fork().nativeUpdate(Mission, { id: mission.id }, { contractType: 'CAPP' });
    }
  });

  it('the host mailed its stoppage in time (§4.3.1 step 3), the office types it in after the deadline: recorded, judged by the day the mail arrived', async () => {
    await travel('2026-11-06');
    const a = (await record('2026-11-06', 'PM', [student.student.id])).absences[0];
    expect(a.state).toBe('RECORDED');
    // Nobody declared it medical; the host mailed the stoppage to the manager and the secretariat
    // on its last day, Thursday 19 November (Wednesday 11 is a public holiday); the secretariat
    // reads it on Monday 23.
    await travel('2026-11-23');
    const declared = (await t.gql(DECLARE, { id: a.id, version: a.version }, secretariat)).data.declareMedicalAbsence;
    expect(declared.errors.map((e: any) => e.code)).toEqual(['ABSENCE_JUSTIFICATION_LATE']);
    const input = (receivedOn: string) => stoppage({ issuedOn: '2026-11-06', from: '2026-11-06', to: '2026-11-06', sender: 'HOST', receivedOn });
    // A mail that arrived the day after its deadline is late, whoever types it in; nothing is written.
    const late = (await t.gql(STOPPAGE, { id: a.id, version: a.version, input: input('2026-11-20') }, secretariat)).data.sendWorkStoppage;
    expect(late.errors.map((e: any) => `${e.code} ${e.field}`)).toEqual(['ABSENCE_JUSTIFICATION_LATE input.issuedOn']);
    expect(await find('2026-11-06', 'PM')).toMatchObject({ state: 'RECORDED', version: a.version, stoppage: null });
    const mailedBefore = await t.orm.em.fork().count(OutboxMail, { template: 'ABSENCE_JUSTIFIED', to: student.email });
    const recorded = (await t.gql(STOPPAGE, { id: a.id, version: a.version, input: input('2026-11-19') }, secretariat)).data.sendWorkStoppage;
    expect(recorded.errors).toEqual([]);
    expect(recorded.absence).toMatchObject({ state: 'JUSTIFIED', reason: 'MEDICAL', deadline: '2026-11-19', stoppage: { issuedOn: '2026-11-06', receivedOn: '2026-11-19' } });
    expect(await t.orm.em.fork().count(OutboxMail, { template: 'ABSENCE_JUSTIFIED', to: student.email })).toBe(mailedBefore + 1);
    expect((await sweepLateMedicalAbsences(t.orm, t.clock, 'http://x')).unjustified).toBe(0);
    // A settled absence stays settled: the one the manager noted unjustified is not reopened by a stoppage.
    const closed = await find('2026-11-05', 'AM');
    const settled = (await t.gql(STOPPAGE, { id: closed.id, version: closed.version, input: stoppage({ issuedOn: '2026-11-05', from: '2026-11-05', to: '2026-11-05', sender: 'HOST', receivedOn: '2026-11-06' }) }, secretariat)).data.sendWorkStoppage;
    expect(settled.errors.map((e: any) => e.code)).toEqual(['INVALID_TRANSITION']);
    // The student still cannot send one, and the manager may record one on an absence awaiting a decision.
    const b = (await record('2026-11-20', 'AM', [student.student.id])).absences[0];
    {
      const reason = (await t.gql(REASON, { id: b.id, version: b.version, reason: 'Malade' }, student.auth)).data.giveAbsenceReason.absence;
      const mine = (await t.gql(STOPPAGE, { id: b.id, version: reason.version, input: stoppage({ issuedOn: '2026-11-20', from: '2026-11-20', to: '2026-11-20' }) }, student.auth)).data.sendWorkStoppage;
      expect(mine.absence).toBeNull();
      const byManager = (await t.gql(STOPPAGE, { id: b.id, version: reason.version, input: stoppage({ issuedOn: '2026-11-20', from: '2026-11-20', to: '2026-11-20', sender: 'HOST', receivedOn: '2026-11-23' }) }, manager)).data.sendWorkStoppage;
      expect(byManager.absence).toMatchObject({ state: 'JUSTIFIED', reason: 'MEDICAL' });
    }
  });
  it('closed at its deadline though the host’s mail had arrived that day (§4.3.1 step 3): the office records it, the host is told it is justified after all', async () => {
    await travel('2026-11-27');
    // A tutor 2 (§3.1), who gets the month's statement (§4.3.4) but is not asked for the stoppage (§4.3.1).
    const SECOND = `second-late-${dialect}@calanques.example`;
    {
      const em = t.orm.em.fork();
      const loaded = await em.findOneOrFail(Mission, mission.id, { populate: ['tutor1'] });
      loaded.tutor2 = Object.assign(new CompanyTutor(), { firstName: 'Marc', lastName: 'Second', email: SECOND, organisation: loaded.tutor1!.organisation });
      await em.flush();
    }
    const a = (await record('2026-11-27', 'AM', [student.student.id])).absences[0];
    const declared = (await t.gql(DECLARE, { id: a.id, version: a.version }, student.auth)).data.declareMedicalAbsence.absence;
    expect(declared.deadline).toBe('2026-12-09');
    // The host mails it on its last day, Wednesday 9 December, after hours; the deadline's sweep
    // closes the absence and the November statement declares it to the host before anyone reads the mail.
    await travel('2026-12-10');
    await sweepLateMedicalAbsences(t.orm, t.clock, 'http://x');
    await sweepAbsenceStatements(t.orm, t.clock);
    const closed = await find('2026-11-27', 'AM');
    expect(closed).toMatchObject({ state: 'UNJUSTIFIED', reason: 'MEDICAL' });
    const org = ((await t.orm.em.fork().findOneOrFail('Organisation', { siret: '72345678901234' })) as any).id;
    expect((await t.gql(STATEMENT, { org, month: '2026-11' }, secretariat)).data.absenceStatement.lines.map((l: any) => `${l.date} ${l.half}`)).toContain('2026-11-27 AM');
    const input = (receivedOn: string) => stoppage({ issuedOn: '2026-11-27', from: '2026-11-27', to: '2026-11-28', sender: 'HOST', receivedOn });
    // A mail of the 10th is late: definitively unjustified, nothing written.
    const late = (await t.gql(STOPPAGE, { id: closed.id, version: closed.version, input: input('2026-12-10') }, secretariat)).data.sendWorkStoppage;
    expect(late.errors.map((e: any) => `${e.code} ${e.field}`)).toEqual(['ABSENCE_JUSTIFICATION_LATE input.receivedOn']);
    expect(await find('2026-11-27', 'AM')).toMatchObject({ state: 'UNJUSTIFIED', version: closed.version });
    // The tutor's link expired with the deadline; a student still cannot send one.
    expect((await t.gql(STOPPAGE, { id: closed.id, version: closed.version, input: stoppage({ issuedOn: '2026-11-27', from: '2026-11-27', to: '2026-11-28' }) }, student.auth)).data.sendWorkStoppage.absence).toBeNull();
    const recorded = (await t.gql(STOPPAGE, { id: closed.id, version: closed.version, input: input('2026-12-09') }, secretariat)).data.sendWorkStoppage;
    expect(recorded.errors).toEqual([]);
    expect(recorded.absence).toMatchObject({ state: 'JUSTIFIED', reason: 'MEDICAL', deadline: '2026-12-09', stoppage: { receivedOn: '2026-12-09' } });
    // Justified: off the month's statement; the host's contacts it was declared to are told, and the student.
    expect((await t.gql(STATEMENT, { org, month: '2026-11' }, secretariat)).data.absenceStatement.lines.map((l: any) => `${l.date} ${l.half}`)).not.toContain('2026-11-27 AM');
    await t.app.mail.deliverDue();
    for (const to of [TUTOR, HR]) {
      const told = smtp.to(to).find((m) => m.subject.includes('justifiée : arrêt de travail reçu à temps'));
      expect(told?.text).toContain('27/11/2026 (matin)');
      expect(told?.text).toContain('09/12/2026');
      expect(told?.text).toContain('relevé des absences injustifiées envoyé le 10/12/2026');
    }
    // Tutor 2 had it in the statement: told it is justified, not that it was a work stoppage.
    const second = smtp.to(SECOND).find((m) => /^Absence de .+ justifiée$/.test(m.subject));
    expect(second?.text).toContain('27/11/2026 (matin)');
    expect(second?.text).toContain('relevé des absences injustifiées envoyé le 10/12/2026');
    // (The « Vos contacts » block names whom to send any stoppage to, Tableau 8: not this absence.)
    for (const m of smtp.to(SECOND)) expect(`${m.subject} ${m.text.split(/\r?\n\r?\nVos contacts/)[0]}`).not.toMatch(/arrêt|maladie|médical/i);
    expect(smtp.to(student.email).some((m) => m.subject === 'Absence justifiée par arrêt de travail' && m.text.includes('27/11/2026 (matin)'))).toBe(true);
    // Settled now: a second stoppage is refused.
    const again = (await t.gql(STOPPAGE, { id: closed.id, version: recorded.absence.version, input: input('2026-12-09') }, secretariat)).data.sendWorkStoppage;
    expect(again.errors.map((e: any) => e.code)).toEqual(['INVALID_TRANSITION']);
  });
});
