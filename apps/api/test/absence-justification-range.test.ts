import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Absence, AbsenceDocument } from '../src/modules/absences/absence.entities.js';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { lastLinkTo, validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

// §4.3: one justification document — a reason with its proof for the manager (§4.3.3), a host's
// work stoppage (§4.3.1) — for every absence it covers, not one upload a half-day.
const ABSENCE = 'id version date half state reason comment document { fileName mediaType size } stoppage { from to fileName }';
const RECORD = `mutation($input: RecordAbsencesInput!) { recordAbsences(input: $input) { absences { id } errors { code field message } } }`;
const LIST = `query($filter: AbsenceFilter) { absences(filter: $filter) { ${ABSENCE} } }`;
const JUSTIFY = `mutation($input: AbsenceJustificationInput!) { justifyAbsences(input: $input) { absences { ${ABSENCE} } errors { code field message } } }`;
const DECLARE = `mutation($id: ID!, $version: Int!) { declareMedicalAbsence(id: $id, version: $version) { absence { id state } errors { code field message } } }`;
const STOPPAGE = `mutation($id: ID!, $version: Int!, $input: WorkStoppageInput!) { sendWorkStoppage(id: $id, version: $version, input: $input) { absence { ${ABSENCE} } covered { ${ABSENCE} } errors { code field message } } }`;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
const file = { name: 'convocation.pdf', base64: PDF };

describe.each(DIALECTS)('one justification for every absence it covers, §4.3 (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let secretariat: Auth;
  let student: { student: { id: string }; auth: Auth; email: string };
  let other: { student: { id: string }; auth: Auth; email: string };
  const fiche = validFiche('rng', '72345678901299');
  const office: Record<string, string> = {};

  const travel = async (day: string) => {
    t.clock.set(day);
    manager = { cookie: await t.login(office.MANAGER!) };
    secretariat = { cookie: await t.login(office.SECRETARIAT!) };
    student.auth = { cookie: await t.login(student.email) };
    other.auth = { cookie: await t.login(other.email) };
  };
  const record = async (date: string, half: 'AM' | 'PM', ids: string[]) => {
    const r = (await t.gql(RECORD, { input: { date, half, studentIds: ids } }, secretariat)).data.recordAbsences;
    expect(r.errors).toEqual([]);
  };
  const mine = async (auth: Auth = student.auth): Promise<any[]> => (await t.gql(LIST, { filter: { studentId: student.student.id } }, auth)).data.absences;
  const seen = (list: any[]) => list.map((a) => ({ id: a.id, version: a.version }));
  const range = (over: Record<string, unknown> = {}) => ({ from: '2026-10-01', fromHalf: 'AM', to: '2026-10-02', toHalf: 'AM', reason: 'Convoqué(e) au tribunal comme juré(e).', file, ...over });

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    for (const role of ['MANAGER', 'SECRETARIAT'] as const) office[role] = (await t.createUser(role)).email;
    manager = { cookie: await t.login(office.MANAGER!) };
    student = (await createStudent(t)) as any;
    other = (await createStudent(t)) as any;
    await validatedMission(t, smtp, student.auth, manager, fiche);
    await travel('2026-10-02');
    await record('2026-10-01', 'AM', [student.student.id, other.student.id]);
    await record('2026-10-01', 'PM', [student.student.id]);
    await record('2026-10-02', 'AM', [student.student.id]);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('refuses a reversed range or one covering none of the student’s unjustified absences, naming the field; nothing written', async () => {
    const all = seen(await mine());
    const reversed = (await t.gql(JUSTIFY, { input: range({ to: '2026-09-30', absences: all }) }, student.auth)).data.justifyAbsences;
    expect(reversed.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });
    const halves = (await t.gql(JUSTIFY, { input: range({ from: '2026-10-01', fromHalf: 'PM', to: '2026-10-01', toHalf: 'AM', absences: all }) }, student.auth)).data.justifyAbsences;
    expect(halves.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toHalf' });
    const none = (await t.gql(JUSTIFY, { input: range({ from: '2026-10-03', to: '2026-10-04', toHalf: 'PM', absences: [] }) }, student.auth)).data.justifyAbsences;
    expect(none.errors[0]).toMatchObject({ code: 'JUSTIFICATION_COVERS_NONE', field: 'input.from' });
    expect(none.errors[0].message).toContain('03/10/2026');
    // Another student's absence of the same morning is not theirs to justify: the range covers none of the other's own.
    const foreign = (await t.gql(JUSTIFY, { input: range({ from: '2026-10-01', fromHalf: 'PM', absences: [] }) }, other.auth)).data.justifyAbsences;
    expect(foreign.errors[0]).toMatchObject({ code: 'JUSTIFICATION_COVERS_NONE', field: 'input.from' });
    expect(await t.orm.em.fork().count(AbsenceDocument, {})).toBe(0);
  });

  it('all or nothing: an absence the student did not see (or saw at another version) is a CONFLICT, nothing written', async () => {
    const all = seen(await mine());
    const missingOne = (await t.gql(JUSTIFY, { input: range({ absences: all.slice(1) }) }, student.auth)).data.justifyAbsences;
    expect(missingOne.errors[0]).toMatchObject({ code: 'CONFLICT', field: 'input.absences' });
    const stale = (await t.gql(JUSTIFY, { input: range({ absences: all.map((a, i) => (i === 0 ? { ...a, version: a.version + 1 } : a)) }) }, student.auth)).data.justifyAbsences;
    expect(stale.errors[0].code).toBe('CONFLICT');
    expect(await t.orm.em.fork().count(AbsenceDocument, {})).toBe(0);
    expect((await mine()).every((a) => a.state === 'RECORDED')).toBe(true);
  });

  it('one upload justifies the three half-days: each awaits the manager with the same document, one mail lists them', async () => {
    const before = await mine();
    const r = (await t.gql(JUSTIFY, { input: range({ absences: seen(before) }) }, student.auth)).data.justifyAbsences;
    expect(r.errors).toEqual([]);
    expect(r.absences.map((a: any) => `${a.date} ${a.half} ${a.state} ${a.reason}`)).toEqual(['2026-10-01 AM AWAITING_DECISION OTHER', '2026-10-01 PM AWAITING_DECISION OTHER', '2026-10-02 AM AWAITING_DECISION OTHER']);
    for (const a of r.absences) expect(a).toMatchObject({ comment: 'Convoqué(e) au tribunal comme juré(e).', document: { fileName: 'convocation.pdf', mediaType: 'application/pdf' } });
    const em = t.orm.em.fork();
    expect(await em.count(AbsenceDocument, {})).toBe(1);
    const rows = await em.find(Absence, { student: student.student.id });
    expect(new Set(rows.map((a) => a.document?.id)).size).toBe(1);
    // The office downloads the one file from each absence it covers.
    for (const a of r.absences) {
      const got = await t.app.server.inject({ method: 'GET', url: `/absences/${a.id}/stoppage`, headers: { cookie: secretariat.cookie! } });
      expect(got.statusCode).toBe(200);
      expect(got.rawPayload.toString('base64')).toBe(PDF);
    }
    const mails = await em.find(OutboxMail, { template: 'ABSENCE_REASON_TO_DECIDE' });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('3 absences des demi-journées suivantes');
    for (const h of ['01/10/2026 (matin)', '01/10/2026 (après-midi)', '02/10/2026 (matin)']) expect(mails[0]!.text).toContain(h);
    expect(mails[0]!.text).toContain('convocation.pdf');
    // The other student's absence of that morning is untouched.
    const others = (await t.gql(LIST, { filter: { studentId: other.student.id } }, secretariat)).data.absences;
    expect(others.map((a: any) => a.state)).toEqual(['RECORDED']);
    // Already awaiting the manager: a second justification of the same range covers none.
    const again = (await t.gql(JUSTIFY, { input: range({ absences: [] }) }, student.auth)).data.justifyAbsences;
    expect(again.errors[0].code).toBe('JUSTIFICATION_COVERS_NONE');
  });

  it('the office justifies for the student, naming them (input.studentId required)', async () => {
    const noStudent = (await t.gql(JUSTIFY, { input: range({ absences: [] }) }, secretariat)).data.justifyAbsences;
    expect(noStudent.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.studentId' });
    const theirs = (await t.gql(LIST, { filter: { studentId: other.student.id } }, secretariat)).data.absences;
    const r = (await t.gql(JUSTIFY, { input: range({ studentId: other.student.id, absences: seen(theirs) }) }, secretariat)).data.justifyAbsences;
    expect(r.errors).toEqual([]);
    expect(r.absences).toHaveLength(1);
  });

  it('one host stoppage through one link justifies every half-day declared medical within its days (§4.3.1), every link spent, one mail', async () => {
    await travel('2026-10-09');
    await record('2026-10-08', 'AM', [student.student.id]);
    await record('2026-10-08', 'PM', [student.student.id]);
    await record('2026-10-09', 'AM', [student.student.id]);
    const week = (await mine()).filter((a) => a.date >= '2026-10-08');
    for (const a of week) expect((await t.gql(DECLARE, { id: a.id, version: a.version }, student.auth)).data.declareMedicalAbsence.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const opened = await t.post('/auth/link', { token: lastLinkTo(smtp, fiche.tutor1.email) });
    expect(opened.status).toBe(200);
    const tutor = { cookie: opened.cookie! };
    const target = (await t.gql(LIST, {}, tutor)).data.absences[0];
    const r = (await t.gql(STOPPAGE, { id: target.id, version: target.version, input: { issuedOn: '2026-10-08', from: '2026-10-08', to: '2026-10-09', file: { name: 'arret.pdf', base64: PDF } } }, tutor)).data.sendWorkStoppage;
    expect(r.errors).toEqual([]);
    expect(r.covered.map((a: any) => `${a.date} ${a.half} ${a.state}`)).toEqual(['2026-10-08 AM JUSTIFIED', '2026-10-08 PM JUSTIFIED', '2026-10-09 AM JUSTIFIED']);
    for (const a of r.covered) expect(a.stoppage).toMatchObject({ from: '2026-10-08', to: '2026-10-09', fileName: 'arret.pdf' });
    expect(await t.orm.em.fork().count(AbsenceDocument, {})).toBe(3); // two justifications above, this stoppage
    // Every link of the three absences is spent: none opens any more.
    const links = smtp.to(fiche.tutor1.email).filter((m) => m.subject.startsWith('Arrêt de travail de'));
    expect(links.length).toBeGreaterThanOrEqual(3);
    // Each link's mail says one upload is enough for every half-day the stoppage covers.
    expect(links.at(-1)!.text).toContain('Un seul dépôt suffit');
    for (const m of links.slice(-3)) {
      const token = /\/lien\/([^\s]+)/.exec(m.text)![1]!;
      expect((await t.post('/auth/link', { token })).status).toBe(410);
    }
    const told = await t.orm.em.fork().find(OutboxMail, { template: 'ABSENCE_JUSTIFIED' });
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain('vos 3 absences');
  });
});
