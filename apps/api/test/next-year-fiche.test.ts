import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, MISSION_FIELDS, validFiche } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const SAVE = `mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { ${MISSION_FIELDS} } errors { code } } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!) { submitMission(id: $id, version: $version) { mission { state } errors { code } } }`;

/**
 * §2.1.2 and note 9: a student whose M1 alternance was a work-study internship « devra suivre le
 * M2 MIAGE avec un nouveau contrat d'alternance »; an M1 apprentice « poursui[t] forcément ce
 * contrat ». The M2 fiche (M2-2026, DDC 2026-09-03) is refused only in the second case.
 */
describe.each(DIALECTS)('a fiche for the next training year after a validated one (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect, today: '2026-07-01' });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function m2FicheAfter(previous: { contractType: string; startDate: string; endDate: string }) {
    const { student, auth } = await createStudent(t, { cohort: 'M2-2026' });
    const em = t.orm.em.fork();
    em.persist(Object.assign(new Mission(), { student: em.getReference(Student, student.id), state: 'VALIDATED', cohort: 'MASTER-2025', title: 'Mission de M1', requestDate: '2025-06-01', validationDate: '2025-06-10', ...previous }));
    await em.flush();
    const draft = (await t.gql(SAVE, { input: validFiche(`ny${student.lastName}`) }, auth)).data.saveMissionDraft;
    expect(draft.errors).toEqual([]);
    return (await t.gql(SUBMIT, { id: draft.mission.id, version: draft.mission.version }, auth)).data.submitMission;
  }

  it('accepts the M2 fiche of a student whose M1 work-study internship is over', async () => {
    const submitted = await m2FicheAfter({ contractType: 'CSTAGEALT', startDate: '2025-09-15', endDate: '2026-06-30' });
    expect(submitted.errors).toEqual([]);
    expect(submitted.mission.state).toBe('SUBMITTED');
  });

  it('refuses it while the M1 apprenticeship runs into the M2', async () => {
    const refused = await m2FicheAfter({ contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03' });
    expect(refused.mission).toBeNull();
    expect(refused.errors.map((e: { code: string }) => e.code)).toEqual(['ALREADY_VALIDATED']);
  });
});
