import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { Organisation } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { validatedMission } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// §4.6: the visits are held « en présentiel (majoritairement) » at the organisation the alternant
// works at. The tutor planning one is offered its address from the fiche (§3.3.2) instead of
// typing it (the API refuses an on-site slot without one).
const FOLLOW = 'query { alternantsFollowUp(filter: { academicYear: "2026-2027" }) { items { student { id } organisationName visitAddress } } }';

describe.each(DIALECTS)('the address a visit goes to (§4.6, %s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let studentId: string;
  let missionId: string;
  const managerEmail = `manager-visit-address-${dialect}@miage.example`;
  const row = async () => ((await t.gql(FOLLOW, {}, manager)) as { data: { alternantsFollowUp: { items: { student: { id: string }; visitAddress: string | null }[] } } }).data.alternantsFollowUp.items.find((i) => i.student.id === studentId);

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    await t.createUser('MANAGER', managerEmail);
    manager = { cookie: await t.login(managerEmail) };
    const created = await createStudent(t);
    studentId = created.student.id;
    const fiche = validFiche(`a-${dialect}`, dialect === 'sqlite' ? '71234567890125' : '81234567890125');
    fiche.organisation = { ...fiche.organisation, address: '  4 quai de Rive-Neuve, 13007 Marseille ' } as typeof fiche.organisation;
    missionId = (await validatedMission(t, smtp, created.auth, manager, fiche)).id;
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('is the host’s address from the fiche', async () => {
    expect(await row()).toMatchObject({ organisationName: 'Calanques Data', visitAddress: '4 quai de Rive-Neuve, 13007 Marseille' });
  });

  it('is the work organisation’s when the mission is carried out elsewhere', async () => {
    const em = t.orm.em.fork();
    const mission = await em.findOneOrFail(Mission, missionId);
    mission.workOrganisation = Object.assign(new Organisation(), { name: 'Calanques Data — site de Luminy', siret: dialect === 'sqlite' ? '71234567890126' : '81234567890126', address: '163 avenue de Luminy, 13009 Marseille' });
    await em.flush();
    expect(await row()).toMatchObject({ organisationName: 'Calanques Data', visitAddress: '163 avenue de Luminy, 13009 Marseille' });
  });

  it('is null when the fiche gives none', async () => {
    const em = t.orm.em.fork();
    const mission = await em.findOneOrFail(Mission, missionId, { populate: ['organisation', 'workOrganisation'] });
    mission.workOrganisation = null;
    mission.organisation!.address = '   ';
    await em.flush();
    expect(await row()).toMatchObject({ visitAddress: null });
  });
});
