import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

/**
 * Notes 5 and 7 (§2.1.1, §2.1.2): « La formation des étudiant(e)s en formation continue (FC) est
 * TOUJOURS régie par une convention de formation » — a validated FC work-study internship carries
 * the SFCA's training agreement in its checklist, an FI one only the internship agreement.
 */
describe.each(DIALECTS)('the checklist of a validated internship follows the student’s status (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    manager = await t.as('MANAGER');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  const internship = (suffix: string) => ({ ...validFiche(suffix, '52345678901234'), contractType: 'CSTAGEALT', monthlyGrossPay: 700, hoursPerDay: 7, startDate: '2026-09-03', endDate: '2027-06-30' });

  it('adds the SFCA training agreement for an FC student, not for an FI one', async () => {
    const fc = await createStudent(t, { status: 'FC' });
    const fcMission = await validatedMission(t, smtp, fc.auth, manager, internship('fc1'));
    expect(fcMission.contract.checklist.map((i: { code: string }) => i.code)).toEqual(['INTERNSHIP_AGREEMENT', 'TRAINING_AGREEMENT_SFCA']);
    const fi = await createStudent(t, { status: 'FI' });
    const fiMission = await validatedMission(t, smtp, fi.auth, manager, internship('fi1'));
    expect(fiMission.contract.checklist.map((i: { code: string }) => i.code)).toEqual(['INTERNSHIP_AGREEMENT']);
  });
});
