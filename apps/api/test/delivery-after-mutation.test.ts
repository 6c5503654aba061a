import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SmtpSink } from '@alternance/smtp-sink';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The mails and webhooks a mutation writes go out as soon as it has answered; a query writes
 * none, so it starts no delivery (issue 15: each page read used to poll both queues). The
 * timed polls are off here, so that every delivery counted below was started by a response.
 */
describe.each(DIALECTS)('deliveries started by answered mutations only (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, smtpUrl: await smtp.start(), pollers: false });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('a query starts no delivery; a mutation’s mail is sent once it has answered, without a poll', async () => {
    const started = { mail: 0, webhooks: 0 };
    const { mail, webhooks } = t.app;
    const deliverMail = mail.deliverDue.bind(mail);
    const deliverWebhooks = webhooks.deliverDue.bind(webhooks);
    mail.deliverDue = (limit) => ((started.mail += 1), deliverMail(limit));
    webhooks.deliverDue = (limit) => ((started.webhooks += 1), deliverWebhooks(limit));

    const manager = await t.as('MANAGER');
    const tutor = await t.createUser('ACADEMIC_TUTOR');
    const { student } = await createStudent(t);

    for (const query of ['{ contracts(first: 5) { id } }', '{ academicTutors { id } }']) {
      const read = await t.gql(query, {}, manager);
      expect(read.errors).toBeUndefined();
    }
    // onResponse runs once the answer is sent: leave it time to start a delivery, if it would.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).toEqual({ mail: 0, webhooks: 0 });

    const assigned = await t.gql(
      'mutation($assignments: [TutorAssignmentInput!]!, $tutor: ID) { assignAcademicTutor(assignments: $assignments, academicTutorId: $tutor) { errors { code field } } }',
      { assignments: [{ studentId: student.id, version: student.version }], tutor: tutor.id },
      manager,
    );
    expect(assigned.data.assignAcademicTutor.errors).toEqual([]);
    await vi.waitFor(() => expect(smtp.to(tutor.email)).toHaveLength(1), { timeout: 5_000 });
    expect(smtp.to(tutor.email)[0]!.subject).toMatch(/alternant/i);
    expect(started.mail).toBeGreaterThanOrEqual(1);
    expect(started.webhooks).toBeGreaterThanOrEqual(1);
  });
});
