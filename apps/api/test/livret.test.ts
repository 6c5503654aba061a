import ExcelJS from 'exceljs';
import { SmtpSink } from '@alternance/smtp-sink';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { User } from '../src/modules/auth/auth.entities.js';
import { CompanyTutor, Student } from '../src/modules/people/people.entities.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { Visit } from '../src/modules/visits/visit.entity.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { DIALECTS } from './support/databases.js';
import { lastLinkTo, validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
const LIVRET = 'id version student { firstName lastName } academicYear companyTutorName companyTutor2Name periods { number from to endSource dueDate sheets { id version code author state text answers { criterion level comment } grid { number competences { criteria { code } } } submittedAt editable attachment { name kind size url } } }';
const SAVE = `mutation($input: SaveLivretSheetInput!) { saveLivretSheet(input: $input) { livret { ${LIVRET} } errors { code field message } } }`;
const MINE = `{ myLivrets { ${LIVRET} } }`;
const PROGRESS = '{ livretProgress(cohort: "M2-2026", academicYear: "2026-2027") { livrets periods { period complete objectives { done missing late upcoming } selfEvaluations { done missing late } } alternants { name periods { number objectives tutorEvaluation selfEvaluation } } } }';
const REMIND = 'mutation { sendLivretReminders { sent errors { code } } }';

const sheet = (livret: any, period: number, code: string, author: string) => livret.periods[period - 1].sheets.find((s: any) => s.code === code && s.author === author);
const allAnswers = (level: string) => ['ANALYSE', 'REALISATION', 'AUTONOMIE', 'COMMUNICATION', 'EQUIPE'].map((criterion) => ({ criterion, level, comment: criterion === 'ANALYSE' ? 'Très bonne analyse' : null }));
const MINIMAL_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe.each(DIALECTS)('livret d’alternance (§4.7) on %s', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let student: Auth;
  let tutor: Auth;
  let livretId: string;
  let smtpUrl: string;
  let managerEmail: string;
  let studentEmail: string;
  let tutorToken: string;

  /** Moves the clock (sessions last 12 hours, so everyone signs in again). */
  async function at(day: string): Promise<void> {
    t.clock.set(day);
    manager = { cookie: await t.login(managerEmail) };
    student = { cookie: await t.login(studentEmail) };
    tutor = { cookie: (await t.post('/auth/link', { token: tutorToken })).cookie! };
  }
  const fiche = validFiche('livret', '22345678901234');
  // §4.7: the livret is kept « ainsi que son (ses) tuteur(s) professionnel(s) »: the mission has a second tutor.
  const secondTutorEmail = `second-livret-${dialect}@calanques.example`;

  beforeAll(async () => {
    smtp = new SmtpSink();
    smtpUrl = await smtp.start();
    t = await createTestApp({ dialect, smtpUrl, today: '2026-07-01' });
    const managerUser = await t.createUser('MANAGER');
    managerEmail = managerUser.email;
    manager = { cookie: await t.login(managerEmail) };
    const s = await createStudent(t, { firstName: 'Léa', lastName: 'Martin' });
    student = s.auth;
    studentEmail = s.email;
    const validated = await validatedMission(t, smtp, student, manager, fiche);
    const em = t.orm.em.fork();
    const mission = await em.findOneOrFail(Mission, validated.id, { populate: ['tutor1'] });
    mission.tutor2 = Object.assign(new CompanyTutor(), { firstName: 'Marc', lastName: 'Second', email: secondTutorEmail, organisation: mission.tutor1!.organisation });
    await em.flush();
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('opens one livret per alternant and year, and mails the company tutor a link bound to it', async () => {
    const open = 'mutation { openLivrets(cohort: "M2-2026", academicYear: "2026-2027") { created errors { code field } } }';
    const first = await t.gql(open, {}, manager);
    expect(first.data.openLivrets).toEqual({ created: 1, errors: [] });
    expect((await t.gql(open, {}, manager)).data.openLivrets).toEqual({ created: 0, errors: [] });
    const unknown = await t.gql('mutation { openLivrets(cohort: "M2-2026", academicYear: "2030-2031") { created errors { code field } } }', {}, manager);
    expect(unknown.data.openLivrets.errors).toEqual([{ code: 'NOT_FOUND', field: 'academicYear' }]);
    await t.app.mail.deliverDue();
    const mail = smtp.to(fiche.tutor1.email).at(-1)!;
    expect(mail.subject).toContain('Livret d’alternance de Léa Martin');
    tutorToken = lastLinkTo(smtp, fiche.tutor1.email);
    const opened = await t.post('/auth/link', { token: tutorToken });
    expect(opened.body.purpose).toBe('LIVRET');
    tutor = { cookie: opened.cookie! };
    const mine = (await t.gql(MINE, {}, tutor)).data.myLivrets;
    expect(mine).toHaveLength(1);
    livretId = mine[0].id;
    expect(opened.body.missionId).toBe(livretId);
    expect(mine[0].periods.map((p: any) => [p.from, p.to, p.endSource])).toEqual([
      ['2026-09-03', '2027-02-27', 'COMMON'],
      ['2027-02-28', '2027-05-29', 'COMMON'],
      ['2027-05-30', '2027-09-03', 'COMMON'],
    ]);
    // The link reaches this livret only: no mission, no contract.
    expect((await t.gql('{ missions { id } }', {}, tutor)).data.missions).toEqual([]);
    expect(mine[0]).toMatchObject({ companyTutorName: 'Julie Tutrice', companyTutor2Name: 'Marc Second' });
  });

  it('gives the second company tutor their own link to the same livret; they fill the tutor’s sheets too (§4.7 « le(s) tuteur(s) »)', async () => {
    const mail = smtp.to(secondTutorEmail).find((m) => m.subject.includes('Livret d’alternance de Léa Martin'));
    expect(mail?.text).toContain('Bonjour Marc Second');
    const opened = await t.post('/auth/link', { token: lastLinkTo(smtp, secondTutorEmail) });
    expect(opened.body).toMatchObject({ purpose: 'LIVRET', missionId: livretId });
    const second = { cookie: opened.cookie! };
    expect((await t.gql(MINE, {}, second)).data.myLivrets.map((l: any) => l.id)).toEqual([livretId]);
    // A draft of the tutors' comments for period 3: the sheet is the tutors', written as COMPANY_TUTOR.
    const saved = await t.gql(SAVE, { input: { livretId, period: 3, code: 'COMMENTS', text: 'Bon début.' } }, second);
    expect(saved.data.saveLivretSheet.errors).toEqual([]);
    expect(sheet(saved.data.saveLivretSheet.livret, 3, 'COMMENTS', 'COMPANY_TUTOR').text).toBe('Bon début.');
    // Still not the alternant's sheets.
    expect((await t.gql(SAVE, { input: { livretId, period: 3, code: 'SELF_EVALUATION', answers: allAnswers('ACQUIS') } }, second)).data.saveLivretSheet.errors.map((e: any) => e.code)).toEqual(['LIVRET_NOT_AUTHOR']);
    // Another tutor of the organisation, not on this mission, reaches nothing with a LIVRET link of theirs.
    const em = t.orm.em.fork();
    const stranger = Object.assign(new CompanyTutor(), { firstName: 'Zoé', lastName: 'Autre', email: `autre-livret-${dialect}@calanques.example`, organisation: (await em.findOneOrFail(CompanyTutor, { email: secondTutorEmail })).organisation });
    em.persist(stranger);
    const { issuePersonalLink } = await import('../src/modules/auth/personal-links.js');
    const token = issuePersonalLink(em, { purpose: 'LIVRET', subjectType: 'COMPANY_TUTOR', subjectId: stranger.id, missionId: livretId, expiresAt: new Date('2028-01-01') });
    await em.flush();
    const strangerAuth = { cookie: (await t.post('/auth/link', { token })).cookie! };
    expect((await t.gql(MINE, {}, strangerAuth)).data.myLivrets).toEqual([]);
  });

  it('lets each author fill only their own sheets, grids complete on submission, read-only once submitted', async () => {
    await at('2027-02-20');
    const objectives = await t.gql(SAVE, { input: { livretId, period: 1, code: 'OBJECTIVES', text: 'Concevoir le module de facturation.', submit: true } }, tutor);
    expect(objectives.data.saveLivretSheet.errors).toEqual([]);
    expect(sheet(objectives.data.saveLivretSheet.livret, 1, 'OBJECTIVES', 'COMPANY_TUTOR').state).toBe('DONE');

    const notMine = await t.gql(SAVE, { input: { livretId, period: 1, code: 'SELF_EVALUATION', answers: allAnswers('ACQUIS') } }, tutor);
    expect(notMine.data.saveLivretSheet.errors.map((e: any) => e.code)).toEqual(['LIVRET_NOT_AUTHOR']);
    const incomplete = await t.gql(SAVE, { input: { livretId, period: 1, code: 'TUTOR_EVALUATION', answers: allAnswers('ACQUIS').slice(1), submit: true } }, tutor);
    expect(incomplete.data.saveLivretSheet.errors.map((e: any) => [e.code, e.field])).toEqual([['LIVRET_GRID_INCOMPLETE', 'answers']]);
    const grid = await t.gql(SAVE, { input: { livretId, period: 1, code: 'TUTOR_EVALUATION', answers: allAnswers('MAITRISE'), submit: true } }, tutor);
    expect(grid.data.saveLivretSheet.errors).toEqual([]);
    const again = await t.gql(SAVE, { input: { livretId, period: 1, code: 'OBJECTIVES', version: 1, text: 'Autre chose' } }, tutor);
    expect(again.data.saveLivretSheet.errors.map((e: any) => e.code)).toEqual(['LIVRET_SHEET_SUBMITTED']);

    const studentObjectives = await t.gql(SAVE, { input: { livretId, period: 1, code: 'OBJECTIVES', text: 'x' } }, student);
    expect(studentObjectives.data.saveLivretSheet.errors.map((e: any) => e.code)).toEqual(['LIVRET_NOT_AUTHOR']);
    const managerFills = await t.gql(SAVE, { input: { livretId, period: 1, code: 'COMMENTS', text: 'x' } }, manager);
    expect(managerFills.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const draft = await t.gql(SAVE, { input: { livretId, period: 1, code: 'SELF_EVALUATION', answers: allAnswers('ACQUIS').slice(2) } }, student);
    expect(draft.data.saveLivretSheet.errors).toEqual([]);
    const stale = await t.gql(SAVE, { input: { livretId, period: 1, code: 'SELF_EVALUATION', version: 0, answers: allAnswers('ACQUIS') } }, student);
    expect(stale.data.saveLivretSheet.errors.map((e: any) => e.code)).toEqual(['CONFLICT']);
    const self = await t.gql(SAVE, { input: { livretId, period: 1, code: 'SELF_EVALUATION', version: 1, answers: allAnswers('ACQUIS'), submit: true } }, student);
    expect(self.data.saveLivretSheet.errors).toEqual([]);

    const progress = (await t.gql(PROGRESS, {}, manager)).data.livretProgress;
    expect(progress.livrets).toBe(1);
    expect(progress.periods[0]).toMatchObject({ period: 1, complete: 1, objectives: { done: 1, missing: 0, late: 0, upcoming: 0 } });
    expect(progress.alternants[0].periods[0]).toEqual({ number: 1, objectives: 'DONE', tutorEvaluation: 'DONE', selfEvaluation: 'DONE' });
    expect(progress.alternants[0].periods[1].objectives).toBe('UPCOMING');
  });

  it('versions the grid: a filled grid keeps its version, new sheets take the new one', async () => {
    const publish = 'mutation($input: LivretGridInput!) { publishLivretGrid(input: $input) { grid { number } errors { code field } } }';
    const bad = await t.gql(publish, { input: { scale: [{ code: 'OK', label: 'OK' }], competences: [] } }, manager);
    expect(bad.data.publishLivretGrid.errors).toEqual([{ code: 'LIVRET_GRID_INVALID', field: 'input.scale' }, { code: 'LIVRET_GRID_INVALID', field: 'input.competences' }]);
    const grid = { scale: [{ code: 'NA', label: 'Non acquis' }, { code: 'M', label: 'Maîtrisé' }], competences: [{ code: 'C', label: 'Conduite de projet', criteria: [{ code: 'PLAN', label: 'Planifier' }] }] };
    expect((await t.gql(publish, { input: grid }, manager)).data.publishLivretGrid).toEqual({ grid: { number: 2 }, errors: [] });
    const mine = (await t.gql(MINE, {}, student)).data.myLivrets[0];
    expect(sheet(mine, 1, 'SELF_EVALUATION', 'ALTERNANT').grid.number).toBe(1);
    expect(sheet(mine, 2, 'SELF_EVALUATION', 'ALTERNANT').grid.number).toBe(2);
  });

  it('the manager reopens a submitted sheet (audited, mailed); the author can correct it', async () => {
    const mine = (await t.gql(MINE, {}, student)).data.myLivrets[0];
    const objectives = sheet(mine, 1, 'OBJECTIVES', 'COMPANY_TUTOR');
    const reopen = `mutation($id: ID!, $v: Int!) { reopenLivretSheet(id: $id, version: $v, reason: "Objectifs à préciser") { livret { id } errors { code field } } }`;
    expect((await t.gql(reopen, { id: objectives.id, v: objectives.version }, student)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(reopen, { id: objectives.id, v: objectives.version }, manager)).data.reopenLivretSheet.errors).toEqual([]);
    const events = await t.orm.em.fork().find(AuditEvent, { entityId: objectives.id, action: 'LIVRET_REOPEN' });
    expect(events.map((e) => e.comment)).toEqual(['Objectifs à préciser']);
    const fixed = await t.gql(SAVE, { input: { livretId, period: 1, code: 'OBJECTIVES', version: objectives.version + 1, text: 'Objectifs précisés', submit: true } }, tutor);
    expect(fixed.data.saveLivretSheet.errors).toEqual([]);
  });

  it('periods 1 and 2 end at the alternant’s visits, planned or moved; the common-dates setting wins over them (§4.6, §4.7)', async () => {
    const ends = async () => (await t.gql(`query($id: ID!) { livret(id: $id) { periods { to endSource } } }`, { id: livretId }, manager)).data.livret.periods.slice(0, 2);
    const em = t.orm.em.fork();
    const lea = await em.findOneOrFail(Student, { lastName: 'Martin', firstName: 'Léa' });
    const mission = await em.findOneOrFail(Mission, { student: lea.id }, { populate: ['tutor1'] });
    const visit = (n: 1 | 2, date: string | null, state: Visit['state']) => Object.assign(new Visit(), { student: lea, mission, companyTutor: mission.tutor1!, academicYear: '2026-2027', visitNumber: n, state, date, half: date ? 'AM' : null, icsUid: `livret-test-${n}@alternance.miage` });
    // A proposed visit (slots not picked yet) has no day: the common dates stay.
    em.persist([visit(1, null, 'PROPOSED'), visit(2, '2027-05-12', 'SCHEDULED')]);
    await em.flush();
    expect(await ends()).toEqual([{ to: '2027-02-27', endSource: 'COMMON' }, { to: '2027-05-12', endSource: 'VISIT' }]);
    // Planned, then moved: the period follows.
    await em.nativeUpdate(Visit, { student: lea.id, visitNumber: 1 }, { state: 'SCHEDULED', date: '2027-01-20', half: 'PM' });
    expect(await ends()).toEqual([{ to: '2027-01-20', endSource: 'VISIT' }, { to: '2027-05-12', endSource: 'VISIT' }]);
    await em.nativeUpdate(Visit, { student: lea.id, visitNumber: 1 }, { date: '2027-01-27' });
    expect((await ends())[0]).toEqual({ to: '2027-01-27', endSource: 'VISIT' });
    // Everyone on the common dates: the visits no longer move the periods.
    const settings = (await t.gql('{ livretSettings(cohort: "M2-2026", academicYear: "2026-2027") { version soutenance firstVisit secondVisit graceDays reminderDaysBefore } }', {}, manager)).data.livretSettings;
    const save = 'mutation($v: Int!, $input: LivretSettingsInput!) { saveLivretSettings(cohort: "M2-2026", academicYear: "2026-2027", version: $v, input: $input) { settings { version } errors { code field } } }';
    const { version, ...rest } = settings;
    const common = await t.gql(save, { v: version, input: { ...rest, commonDates: true } }, manager);
    expect(common.data.saveLivretSettings.errors).toEqual([]);
    expect(await ends()).toEqual([{ to: '2027-02-27', endSource: 'COMMON' }, { to: '2027-05-29', endSource: 'COMMON' }]);
    const back = await t.gql(save, { v: common.data.saveLivretSettings.settings.version, input: { ...rest, commonDates: false } }, manager);
    expect(back.data.saveLivretSettings.errors).toEqual([]);
    expect((await ends())[0]).toEqual({ to: '2027-01-27', endSource: 'VISIT' });
    // The manager's override wins over the visit; cleared, the visit is back.
    const override = `mutation($id: ID!, $v: Int!, $input: LivretOverridesInput!) { overrideLivretDates(id: $id, version: $v, input: $input) { livret { version periods { to endSource } } errors { code field } } }`;
    const v0 = (await t.gql(`query($id: ID!) { livret(id: $id) { version } }`, { id: livretId }, manager)).data.livret.version;
    const over = await t.gql(override, { id: livretId, v: v0, input: { firstVisit: '2027-02-03' } }, manager);
    expect(over.data.overrideLivretDates.livret.periods[0]).toEqual({ to: '2027-02-03', endSource: 'OVERRIDE' });
    const cleared = await t.gql(override, { id: livretId, v: over.data.overrideLivretDates.livret.version, input: {} }, manager);
    expect(cleared.data.overrideLivretDates.livret.periods[0]).toEqual({ to: '2027-01-27', endSource: 'VISIT' });
    // The later tests run on the common dates.
    await em.nativeDelete(Visit, { student: lea.id });
    expect((await ends())[1]).toEqual({ to: '2027-05-29', endSource: 'COMMON' });
  });

  it('the manager overrides a date; the periods must stay in order', async () => {
    const override = `mutation($id: ID!, $v: Int!, $input: LivretOverridesInput!) { overrideLivretDates(id: $id, version: $v, input: $input) { livret { version periods { to endSource } } errors { code field } } }`;
    const livret = (await t.gql(`query($id: ID!) { livret(id: $id) { version } }`, { id: livretId }, manager)).data.livret;
    const wrong = await t.gql(override, { id: livretId, v: livret.version, input: { firstVisit: '2027-06-15' } }, manager);
    expect(wrong.data.overrideLivretDates.errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.secondVisit' }]);
    const done = await t.gql(override, { id: livretId, v: livret.version, input: { firstVisit: '2027-02-10' } }, manager);
    expect(done.data.overrideLivretDates.livret.periods[0]).toEqual({ to: '2027-02-10', endSource: 'OVERRIDE' });
    const stale = await t.gql(override, { id: livretId, v: livret.version, input: {} }, manager);
    expect(stale.data.overrideLivretDates.errors.map((e: any) => e.code)).toEqual(['CONFLICT']);
  });

  it('a signed document is typed from its bytes, stored in the database and read back', async () => {
    const upload = (body: Buffer, name: string, version: number, auth: Auth) =>
      t.app.server.inject({ method: 'POST', url: `/livret/attachments?livretId=${livretId}&period=2&code=COMMENTS&version=${version}&name=${encodeURIComponent(name)}`, headers: { 'content-type': 'application/octet-stream', cookie: auth.cookie! }, payload: body });
    const png = await upload(Buffer.from('\u0089PNG\r\n\u001a\nxxxx', 'latin1'), 'photo.pdf', 0, student);
    expect(png.statusCode).toBe(422);
    expect(png.json().errors.map((e: any) => e.code)).toEqual(['LIVRET_ATTACHMENT_TYPE']);
    const ok = await upload(MINIMAL_PDF, 'commentaires signés.pdf', 0, student);
    expect(ok.statusCode).toBe(200);
    const mine = (await t.gql(MINE, {}, student)).data.myLivrets[0];
    const comments = sheet(mine, 2, 'COMMENTS', 'ALTERNANT');
    expect(comments.attachment).toMatchObject({ name: 'commentaires signés.pdf', kind: 'PDF', size: MINIMAL_PDF.length });
    const back = await t.app.server.inject({ method: 'GET', url: comments.attachment.url, headers: { cookie: manager.cookie! } });
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.rawPayload.equals(MINIMAL_PDF)).toBe(true);
    const stranger = (await createStudent(t)).auth;
    expect((await t.app.server.inject({ method: 'GET', url: comments.attachment.url, headers: { cookie: stranger.cookie! } })).statusCode).toBe(404);
  });

  it('exports the livret as a PDF (name, periods, grid answers) and the cohort as XLSX', async () => {
    const pdf = await t.app.server.inject({ method: 'GET', url: `/livret/${livretId}/livret.pdf`, headers: { cookie: manager.cookie! } });
    expect(pdf.statusCode).toBe(200);
    const { text } = await extractText(new Uint8Array(pdf.rawPayload), { mergePages: true });
    expect(text).toContain('Léa Martin');
    for (const n of [1, 2, 3]) expect(text).toContain(`Période ${n}`);
    expect(text).toContain('Analyse d’un besoin et conception d’une solution : Maîtrisé — Très bonne analyse');
    expect(text).toContain('Objectifs précisés');
    const denied = await t.app.server.inject({ method: 'GET', url: `/livret/${livretId}/livret.pdf`, headers: { cookie: (await createStudent(t)).auth.cookie! } });
    expect(denied.statusCode).toBe(404);

    const xlsx = await t.app.server.inject({ method: 'GET', url: '/livret/progress.xlsx?cohort=M2-2026&academicYear=2026-2027', headers: { cookie: manager.cookie! } });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const row = workbook.getWorksheet('Alternants')!.getRow(2).values as unknown[];
    expect(row.slice(1, 6)).toEqual(['Martin Léa', '10/02/2027', 'Fait', 'Fait', 'Fait']);
    expect((await t.app.server.inject({ method: 'GET', url: '/livret/progress.xlsx?cohort=M2-2026&academicYear=2026-2027', headers: { cookie: student.cookie! } })).statusCode).toBe(403);
  });

  it('reminds before and after the due date, once each, even when the sweep runs twice or on two instances', async () => {
    const other = await createTestApp({ dialect, smtpUrl, sameDatabaseAs: t });
    let otherOpen = true;
    try {
      // Period 2 ends on 2027-05-29, due 2027-06-05 (7 days of grace); reminders from 2027-05-29.
      await at('2027-05-28');
      expect((await t.gql(REMIND, {}, manager)).data.sendLivretReminders.sent).toBe(0);
      await at('2027-05-29');
      other.clock.set('2027-05-29');
      const otherManager = await other.as('MANAGER');
      const [a, b] = await Promise.all([t.gql(REMIND, {}, manager), other.gql(REMIND, {}, otherManager)]);
      // Objectives and tutor's grid (tutor), self-evaluation (student): three reminders in all.
      expect(a.data.sendLivretReminders.sent + b.data.sendLivretReminders.sent).toBe(3);
      expect((await t.gql(REMIND, {}, manager)).data.sendLivretReminders.sent).toBe(0);
      // The other instance stops (its mails in flight sent or given back) before this one's clock
      // jumps a week: instances share one clock in production, and a mail it still held at its
      // own date would look abandoned to an instance a week ahead.
      await other.close();
      otherOpen = false;
      await at('2027-06-06');
      expect((await t.gql(REMIND, {}, manager)).data.sendLivretReminders.sent).toBe(3);
      expect((await t.gql(REMIND, {}, manager)).data.sendLivretReminders.sent).toBe(0);
      await t.app.mail.deliverDue();
      const subjects = smtp.to(fiche.tutor1.email).map((m) => m.subject).filter((s) => s.includes('période 2'));
      expect(subjects.sort()).toEqual(['Rappel — livret d’alternance de Léa Martin, période 2', 'Rappel — livret d’alternance de Léa Martin, période 2', 'Retard — livret d’alternance de Léa Martin, période 2', 'Retard — livret d’alternance de Léa Martin, période 2']);
      // The reminder's fresh link opens this livret.
      expect((await t.post('/auth/link', { token: lastLinkTo(smtp, fiche.tutor1.email) })).body.purpose).toBe('LIVRET');
      // The second tutor is reminded of the tutors' sheets alike, with their own link.
      expect(smtp.to(secondTutorEmail).map((m) => m.subject).filter((s) => s.includes('période 2')).sort()).toEqual(subjects.sort());
      expect((await t.post('/auth/link', { token: lastLinkTo(smtp, secondTutorEmail) })).body).toMatchObject({ purpose: 'LIVRET', missionId: livretId });
    } finally {
      if (otherOpen) await other.close();
    }
  });

  it('an academic tutor sees their alternants’ livrets only; the GDPR export includes the livret', async () => {
    const mine = await t.createUser('ACADEMIC_TUTOR');
    const other = await t.createUser('ACADEMIC_TUTOR');
    const em = t.orm.em.fork();
    const student = await em.findOneOrFail(Student, { lastName: 'Martin', firstName: 'Léa' });
    student.academicTutor = em.getReference(User, mine.id);
    await em.flush();
    const seen = async (email: string) => {
      const auth = { cookie: await t.login(email) };
      const progress = (await t.gql(PROGRESS, {}, auth)).data.livretProgress.livrets;
      const livret = (await t.gql(`query($id: ID!) { livret(id: $id) { id } }`, { id: livretId }, auth)).data.livret;
      // Their follow-up row links the livret (the "Mes alternant(e)s" screen).
      const rows = (await t.gql('{ alternantsFollowUp(filter: { academicYear: "2026-2027" }) { items { livretId } } }', {}, auth)).data.alternantsFollowUp.items;
      return { progress, livret: livret?.id ?? null, rows: rows.map((r: any) => r.livretId) };
    };
    expect(await seen(mine.email)).toEqual({ progress: 1, livret: livretId, rows: [livretId] });
    expect(await seen(other.email)).toEqual({ progress: 0, livret: null, rows: [] });
    const exported = await t.gql(`query($id: ID!) { personalDataExport(studentId: $id) }`, { id: student.id }, { cookie: await t.login(managerEmail) });
    expect(exported.data.personalDataExport.livrets[0].sheets.map((s: any) => s.code)).toContain('SELF_EVALUATION');
  });
});
