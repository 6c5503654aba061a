import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

const VOLUMES = `query($id: ID!) { contract(id: $id) { trainingFigures { volumes { programme name from to trainingHours teachingHours annualCost } } } }`;

describe.each(DIALECTS)('a contract shows its training volumes and annual cost (§2.3, §2.5, %s)', (dialect) => {
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

  it('gives the M2 apprentice 512 h of training, 436 h of teaching, 8 231 € for the year', async () => {
    const { auth } = await createStudent(t);
    const mission = await validatedMission(t, smtp, auth, manager, validFiche('pv1', '62345678901231'));
    const figures = (await t.gql(VOLUMES, { id: mission.contract.id }, manager)).data.contract.trainingFigures;
    expect(figures.volumes).toEqual([{ programme: 'M2', name: 'M2 MIAGE', from: '2026-09-03', to: '2027-09-03', trainingHours: 512, teachingHours: 436, annualCost: 8231 }]);
  });
});
