import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { sweepTrainingAgreementReminders } from '../src/modules/people/training-agreement-reminders.js';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
const DASHBOARD = `{ dashboard { fcTrainingAgreementsDue fcTrainingAgreementsOverdue } }`;
const DUE_LIST = `query($due: Boolean) { students(trainingAgreementDue: $due, first: 100) { id lastName status trainingAgreement { state dueDate } } }`;
const RECORD = `mutation($id: ID!, $version: Int!, $on: Date) { recordTrainingAgreement(studentId: $id, version: $version, signedOn: $on) { errors { code } } }`;

/**
 * §2.1.1 note 5: « La formation des étudiant(e)s en formation continue (FC) est TOUJOURS régie par une
 * convention de formation ». The office sees how many are due or late on its dashboard, lists them,
 * and the students (and the office) are reminded through the outbox — once per due date and step,
 * even with two API instances sweeping at the same time.
 */
describe.each(DIALECTS)('FC conventions de formation due: dashboard, list and reminders (%s)', (dialect) => {
  let one: TestApp;
  let two: TestApp;
  let manager: Auth;
  let secretariat: Auth;
  const ids: Record<string, string> = {};
  const emails: Record<string, string> = {};

  beforeAll(async () => {
    // M2-2026 starts on 2026-09-03: its conventions are due by 2026-09-02, 3 days ahead (within the 5 warning days).
    one = await createTestApp({ dialect, today: '2026-08-30' });
    two = await createTestApp({ dialect, today: '2026-08-30', sameDatabaseAs: one });
    manager = await one.as('MANAGER');
    secretariat = await one.as('SECRETARIAT');
    const make = async (key: string, overrides: Record<string, unknown>) => {
      const { student, email } = await createStudent(one, { lastName: `Conv-${key}`, ...overrides } as any);
      ids[key] = student.id;
      emails[key] = email;
    };
    await make('dueSoon', { status: 'FC', cohort: 'M2-2026' });
    await make('late', { status: 'FC', cohort: 'M2-2025' }); // due 2025-09-03, training until 2026-09-04
    await make('over', { status: 'FC', cohort: 'L3I-2025' }); // due 2025-08-31, training ended 2026-07-03
    await make('signed', { status: 'FC', cohort: 'M2-2026', trainingAgreementSignedOn: '2026-06-01' });
    await make('fi', { status: 'FI', cohort: 'M2-2025' });
  });

  // Both instances at once on PostgreSQL (the deployment of several instances); one after the other on SQLite,
  // whose synchronous driver would block the one process holding both connections on the other's write lock.
  const sweepBoth = async () => {
    const sweep = (t: TestApp) => sweepTrainingAgreementReminders(t.orm.em, t.clock, 'https://alternance.example');
    const [a, b] = dialect === 'postgresql' ? await Promise.all([sweep(one), sweep(two)]) : [await sweep(one), await sweep(two)];
    return a.sent + b.sent;
  };

  afterAll(async () => {
    await two?.close();
    await one?.close();
  });

  it('counts the FC conventions due or late on the dashboard, and lists exactly them', async () => {
    for (const auth of [manager, secretariat]) {
      expect((await one.gql(DASHBOARD, {}, auth)).data.dashboard).toEqual({ fcTrainingAgreementsDue: 3, fcTrainingAgreementsOverdue: 2 });
    }
    const listed = (await one.gql(DUE_LIST, { due: true }, secretariat)).data.students;
    expect(listed.map((s: any) => s.id).sort()).toEqual([ids.dueSoon, ids.late, ids.over].sort());
    // The list's one-statement filter and the domain's state agree row by row.
    expect(Object.fromEntries(listed.map((s: any) => [s.id, s.trainingAgreement]))).toEqual({
      [ids.dueSoon!]: { state: 'DUE_SOON', dueDate: '2026-09-02' },
      [ids.late!]: { state: 'OVERDUE', dueDate: '2025-09-03' },
      [ids.over!]: { state: 'OVERDUE', dueDate: '2025-08-31' },
    });
    expect((await one.gql(DUE_LIST, { due: false }, secretariat)).data.students).toHaveLength(5);
    // A student reads no dashboard.
    const { auth: student } = await createStudent(one, { status: 'FC', cohort: 'M2-2026' } as any);
    expect((await one.gql(DASHBOARD, {}, student)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await one.gql(DUE_LIST, { due: true }, student)).data.students).toHaveLength(1); // their own record only
  });

  it('reminds each student once per due date and step, with two instances sweeping at once; the office hears of it', async () => {
    // dueSoon (BEFORE), late (AFTER) and the student created by the previous test (BEFORE); not the one whose training is over.
    expect(await sweepBoth()).toBe(3);
    const mails = async () => one.orm.em.fork().find(OutboxMail, { template: { $like: 'training-agreement-reminder-%' } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    let outbox = await mails();
    expect(outbox.filter((m) => m.to === emails.dueSoon).map((m) => m.template)).toEqual(['training-agreement-reminder-before']);
    expect(outbox.filter((m) => m.to === emails.late).map((m) => m.template)).toEqual(['training-agreement-reminder-after']);
    for (const key of ['over', 'signed', 'fi']) expect(outbox.filter((m) => m.to === emails[key])).toEqual([]);
    const lateMail = outbox.find((m) => m.to === emails.late)!;
    expect(lateMail.subject).toContain('Retard');
    expect(lateMail.text).toContain('03/09/2025');
    expect(lateMail.text).toContain('SFCA');
    const office = outbox.filter((m) => m.template.endsWith('-office'));
    // Three reminders, each to the manager and the secretariat.
    expect(office).toHaveLength(6);
    expect(office.find((m) => m.text.includes('Conv-late'))?.text).toContain(`/etudiants/${ids.late}`);

    // Swept again the same day: nothing more.
    expect((await sweepTrainingAgreementReminders(two.orm.em, two.clock, 'https://alternance.example')).sent).toBe(0);

    // The office records the late one's convention; past the due date the other turns late: its AFTER step only.
    const late = (await one.gql(`query($id: ID!) { student(id: $id) { version } }`, { id: ids.late }, secretariat)).data.student;
    expect((await one.gql(RECORD, { id: ids.late, version: late.version, on: '2026-08-29' }, secretariat)).data.recordTrainingAgreement.errors).toEqual([]);
    one.clock.set('2026-09-03');
    two.clock.set('2026-09-03');
    expect(await sweepBoth()).toBe(2);
    outbox = await mails();
    expect(outbox.filter((m) => m.to === emails.dueSoon).map((m) => m.template)).toEqual(['training-agreement-reminder-before', 'training-agreement-reminder-after']);
    expect(outbox.filter((m) => m.to === emails.late)).toHaveLength(1);
    // Four days on, the sessions of the first day are over: a new one.
    expect((await one.gql(DASHBOARD, {}, await one.as('MANAGER'))).data.dashboard).toEqual({ fcTrainingAgreementsDue: 3, fcTrainingAgreementsOverdue: 3 });
  });
});
