import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Absence, AbsenceStatement } from '../src/modules/absences/absence.entities.js';
import { sweepAbsenceStatements, sweepLateMedicalAbsences } from '../src/modules/absences/absence-sweeps.js';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { User } from '../src/modules/auth/auth.entities.js';
import { CompanyTutor, Organisation, Student } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

const RECORD = `mutation($input: RecordAbsencesInput!) { recordAbsences(input: $input) { absences { id version date half } errors { code field } } }`;
const DECLARE = `mutation($id: ID!, $version: Int!) { declareMedicalAbsence(id: $id, version: $version) { absence { id deadline } errors { code } } }`;
const REASON = `mutation($id: ID!, $version: Int!, $reason: String!) { giveAbsenceReason(id: $id, version: $version, reason: $reason) { absence { id version } errors { code } } }`;
const DECIDE = `mutation($id: ID!, $version: Int!, $accept: Boolean!, $comment: String) { decideAbsence(id: $id, version: $version, accept: $accept, comment: $comment) { absence { state } errors { code } } }`;
const STATEMENT = `query($org: ID!, $month: String!) { absenceStatement(organisationId: $org, month: $month) { lines { date half declaredAt } sentAt } }`;

const SECOND_TUTOR = 'second.tuteur@calanques.example';
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe.each(DIALECTS)('statements of unjustified absences to the host, first and complements, §4.3.4 (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let secretariat: Auth;
  let manager: Auth;
  let student: { student: { id: string }; auth: Auth; email: string };
  // A second alternant of the same host: the statement lists both (§6.1.1 contacts for each).
  let other: { student: { id: string }; auth: Auth; email: string };
  let org: string;
  const office: Record<string, string> = {};
  const fiche = validFiche('stm', '72345678901234');
  const otherFiche = validFiche('stm2', '72345678901234');

  const travel = async (day: string) => {
    t.clock.set(day);
    secretariat = { cookie: await t.login(office.SECRETARIAT!) };
    manager = { cookie: await t.login(office.MANAGER!) };
    student.auth = { cookie: await t.login(student.email) };
  };
  const record = async (date: string) => (await t.gql(RECORD, { input: { date, half: 'AM', studentIds: [student.student.id] } }, secretariat)).data.recordAbsences;
  const statementMails = () => t.orm.em.fork().find(OutboxMail, { template: 'ABSENCE_STATEMENT' }, { orderBy: { createdAt: 'asc', id: 'asc' } });

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    for (const role of ['MANAGER', 'SECRETARIAT'] as const) office[role] = (await t.createUser(role)).email;
    student = (await createStudent(t)) as any;
    const validated = await validatedMission(t, smtp, student.auth, { cookie: await t.login(office.MANAGER!) }, fiche);
    other = (await createStudent(t)) as any;
    await validatedMission(t, smtp, other.auth, { cookie: await t.login(office.MANAGER!) }, otherFiche);
    org = (await t.orm.em.fork().findOneOrFail(Organisation, { siret: '72345678901234' })).id;
    // A second company tutor: the host's statement goes to its tutors ("tuteur(s)", §4.6–§4.7) and HR.
    const em = t.orm.em.fork();
    const mission = await em.findOneOrFail(Mission, validated.id, { populate: ['tutor1'] });
    mission.tutor2 = Object.assign(new CompanyTutor(), { firstName: 'Marc', lastName: 'Second', email: SECOND_TUTOR, organisation: mission.tutor1!.organisation });
    await em.flush();
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('an October absence whose stoppage deadline passes in November goes in a complement at the next sweep after it is unjustified, once', async () => {
    await travel('2026-10-01');
    // Unjustified in October (a reason refused): the month's first statement lists it.
    const refused = (await record('2026-10-01')).absences[0];
    const given = (await t.gql(REASON, { id: refused.id, version: refused.version, reason: 'Panne de réveil' }, student.auth)).data.giveAbsenceReason.absence;
    expect((await t.gql(DECIDE, { id: refused.id, version: given.version, accept: false, comment: 'Non recevable' }, manager)).data.decideAbsence.absence.state).toBe('UNJUSTIFIED');
    // Friday 23 October, the last training day of October in the M2 calendar (then the company
    // and the Toussaint break), medical: its stoppage may come until Wednesday 4 November.
    await travel('2026-10-23');
    const late = (await record('2026-10-23')).absences[0];
    const deadline: string = (await t.gql(DECLARE, { id: late.id, version: late.version }, student.auth)).data.declareMedicalAbsence.absence.deadline;
    expect(deadline).toBe('2026-11-04');

    await travel('2026-11-02');
    expect((await sweepAbsenceStatements(t.orm, t.clock)).sent).toBe(1);
    const [first] = await statementMails();
    expect(first!.subject).not.toContain('Relevé complémentaire');
    expect(first!.text).toContain('01/10/2026 (matin)');
    expect(first!.text).not.toContain(late.date.split('-').reverse().join('/'));
    // The portal shows the month's lines, each declared or not yet.
    const view = (await t.gql(STATEMENT, { org, month: '2026-10' }, secretariat)).data.absenceStatement;
    expect(view.lines.map((l: any) => [l.date, l.declaredAt !== null])).toEqual([['2026-10-01', true]]);
    expect(view.sentAt).not.toBeNull();

    // On its deadline the stoppage may still come: nothing more goes out.
    await travel(deadline);
    expect((await sweepLateMedicalAbsences(t.orm, t.clock, 'http://x')).unjustified).toBe(0);
    expect((await sweepAbsenceStatements(t.orm, t.clock)).sent).toBe(0);

    // The day after, it is unjustified; two instances sweep at once: one complement.
    await travel(nextDay(deadline));
    expect((await sweepLateMedicalAbsences(t.orm, t.clock, 'http://x')).unjustified).toBe(1);
    const pending = (await t.gql(STATEMENT, { org, month: '2026-10' }, secretariat)).data.absenceStatement;
    expect(pending.lines.map((l: any) => [l.date, l.declaredAt !== null])).toEqual([['2026-10-01', true], [late.date, false]]);
    const second = await createTestApp({ dialect, sameDatabaseAs: t, today: nextDay(deadline) });
    try {
      const runs = await Promise.all([sweepAbsenceStatements(t.orm, t.clock), sweepAbsenceStatements(second.orm, second.clock)]);
      expect(runs[0].sent + runs[1].sent).toBe(1);
    } finally {
      await second.close();
    }
    expect((await sweepAbsenceStatements(t.orm, t.clock)).sent).toBe(0);

    const mails = await statementMails();
    const complements = mails.filter((m) => m.subject.includes('Relevé complémentaire'));
    expect(complements.map((m) => m.to).sort()).toEqual([fiche.hrContact.email, fiche.tutor1.email, SECOND_TUTOR].sort());
    for (const m of complements) {
      expect(m.subject).toContain('octobre 2026');
      expect(m.text).toContain('Relevé complémentaire');
      expect(m.text).toContain('envoyé le 02/11/2026');
      expect(m.text).toContain(`${late.date.split('-').reverse().join('/')} (matin)`);
      expect(m.text).not.toContain('01/10/2026');
    }
    expect(mails).toHaveLength(6);
    const rows = await t.orm.em.fork().find(AbsenceStatement, { month: '2026-10' }, { orderBy: { sequence: 'asc' } });
    expect(rows.map((r) => [r.sequence, r.absences])).toEqual([[1, 1], [2, 1]]);
    const declared = await t.orm.em.fork().find(Absence, { state: 'UNJUSTIFIED' });
    expect(declared.every((a) => a.declaredAt !== null)).toBe(true);
    const after = (await t.gql(STATEMENT, { org, month: '2026-10' }, secretariat)).data.absenceStatement;
    expect(after.lines.every((l: any) => l.declaredAt !== null)).toBe(true);
  });

  it('leaves alone the absences before the previous training year (a fresh deployment does not mail its history)', async () => {
    const em = t.orm.em.fork();
    const one = await em.findOneOrFail(Absence, { state: 'UNJUSTIFIED', date: '2026-10-01' }, { populate: ['student', 'mission', 'organisation'] });
    const old = Object.assign(new Absence(), { student: one.student, mission: one.mission, organisation: one.organisation, date: '2025-08-29', half: 'AM', state: 'UNJUSTIFIED', recordedBy: 'test' });
    await em.persist(old).flush();
    expect((await sweepAbsenceStatements(t.orm, t.clock)).sent).toBe(0);
    expect((await t.orm.em.fork().findOneOrFail(Absence, old.id)).declaredAt).toBeNull();
  });

  it('says whom to call at the MIAGE for each alternant it lists (§6.1.1), as a mail about one alternant does', async () => {
    const em = t.orm.em.fork();
    // The first alternant has their academic tutor (§4.6), the second not yet.
    const academic = await t.createUser('ACADEMIC_TUTOR');
    const first = await em.findOneOrFail(Student, student.student.id, { populate: ['academicTutor'] });
    first.academicTutor = em.getReference(User, academic.id);
    const second = await em.findOneOrFail(Student, other.student.id);
    for (const s of [first, second]) {
      const mission = await em.findOneOrFail(Mission, { student: s.id, state: 'VALIDATED' });
      em.persist(Object.assign(new Absence(), { student: s, mission, organisation: mission.organisation, date: '2026-11-05', half: 'AM', state: 'UNJUSTIFIED', recordedBy: 'test' }));
    }
    await em.flush();
    await travel('2026-12-01');
    expect((await sweepAbsenceStatements(t.orm, t.clock)).sent).toBe(1);
    await t.app.mail.deliverDue();
    // Each recipient of either alternant receives the one statement, with both alternants' contacts.
    for (const to of [fiche.tutor1.email, SECOND_TUTOR, fiche.hrContact.email, otherFiche.tutor1.email, otherFiche.hrContact.email]) {
      const [mail, ...more] = smtp.to(to).filter((m) => m.subject.includes('novembre 2026'));
      expect(more).toEqual([]);
      const text = mail!.text.replace(/\r\n/g, '\n');
      const blocks = text.split('Vos contacts pour l’alternance de ').slice(1);
      expect(blocks.map((b) => b.slice(0, b.indexOf(' (guide'))).sort()).toEqual([`Camille ${first.lastName}`, `Camille ${second.lastName}`].sort());
      const block = (name: string) => blocks.find((b) => b.startsWith(name))!;
      expect(block(`Camille ${first.lastName}`)).toContain(`Tuteur universitaire — ${academic.displayName} (${academic.email})`);
      expect(block(`Camille ${second.lastName}`)).toContain('Tuteur universitaire : pas encore affecté');
      // An apprentice (CAPP): the CFA; the blocks sit before the signature.
      expect(block(`Camille ${second.lastName}`)).toContain('CFA FORMASUP Méditerranée');
      expect(text.indexOf('Vos contacts')).toBeGreaterThan(text.indexOf('Total : '));
      expect(text.lastIndexOf('Vos contacts')).toBeLessThan(text.indexOf('\n--\n'));
    }
  });
});
