import { describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { validatedMission } from './support/journey.js';
import { mailedApp } from './support/mailed-app.js';

/**
 * Notes 5 and 7 (§2.1.1, §2.1.2): « La formation des étudiant(e)s en formation continue (FC) est
 * TOUJOURS régie par une convention de formation » — a validated FC work-study internship carries
 * the SFCA's training agreement in its checklist, an FI one only the internship agreement.
 */
describe.each(DIALECTS)('the checklist of a validated internship follows the student’s status (%s)', (dialect) => {
  const app = mailedApp({ dialect, today: '2026-07-01' });

  const internship = (suffix: string) => ({ ...validFiche(suffix, '52345678901234'), contractType: 'CSTAGEALT', monthlyGrossPay: 700, hoursPerDay: 7, startDate: '2026-09-03', endDate: '2027-06-30' });

  it('adds the SFCA training agreement for an FC student, not for an FI one', async () => {
    const fc = await createStudent(app.t, { status: 'FC' });
    const fcMission = await validatedMission(app.t, app.smtp, fc.auth, app.manager, internship('fc1'));
    expect(fcMission.contract.checklist.map((i: { code: string }) => i.code)).toEqual(['INTERNSHIP_AGREEMENT', 'TRAINING_AGREEMENT_SFCA']);
    const fi = await createStudent(app.t, { status: 'FI' });
    const fiMission = await validatedMission(app.t, app.smtp, fi.auth, app.manager, internship('fi1'));
    expect(fiMission.contract.checklist.map((i: { code: string }) => i.code)).toEqual(['INTERNSHIP_AGREEMENT']);
  });
});
