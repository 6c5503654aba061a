import { describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { validatedMission } from './support/journey.js';
import { mailedApp } from './support/mailed-app.js';

const VOLUMES = `query($id: ID!) { contract(id: $id) { trainingFigures { volumes { programme name from to trainingHours teachingHours annualCost } } } }`;

describe.each(DIALECTS)('a contract shows its training volumes and annual cost (§2.3, §2.5, %s)', (dialect) => {
  const app = mailedApp({ dialect, today: '2026-07-01' });

  it('gives the M2 apprentice 512 h of training, 436 h of teaching, 8 231 € for the year', async () => {
    const { auth } = await createStudent(app.t);
    const mission = await validatedMission(app.t, app.smtp, auth, app.manager, validFiche('pv1', '62345678901231'));
    const figures = (await app.t.gql(VOLUMES, { id: mission.contract.id }, app.manager)).data.contract.trainingFigures;
    expect(figures.volumes).toEqual([{ programme: 'M2', name: 'M2 MIAGE', from: '2026-09-03', to: '2027-09-03', trainingHours: 512, teachingHours: 436, annualCost: 8231 }]);
  });
});
