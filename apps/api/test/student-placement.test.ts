import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

const UPDATE = `mutation($id: ID!, $version: Int!, $input: StudentInput!) { updateStudent(id: $id, version: $version, input: $input) { student { version group site } errors { code field message } } }`;

/** §1.2 (« c'est la MIAGE qui vous affectera à l'un des 2 parcours ») and §2.6, Tableau 4 (one site per group). */
describe.each(DIALECTS)('the office assigns a student’s group, which sets the site (%s)', (dialect) => {
  let t: TestApp;
  let office: Auth;

  beforeAll(async () => {
    t = await createTestApp({ dialect, today: '2026-07-01' });
    const user = await t.createUser('SECRETARIAT');
    office = { cookie: await t.login(user.email) };
  });
  afterAll(async () => {
    await t?.close();
  });

  async function update(cohort: string, group: string | null, site: string | null) {
    const { student } = await createStudent(t, { cohort });
    const input = { firstName: student.firstName, lastName: student.lastName, email: student.email, status: 'FI', cohort, group, site };
    return (await t.gql(UPDATE, { id: student.id, version: student.version, input }, office)).data.updateStudent;
  }

  it('records an M2 track and an M1 group with their site', async () => {
    expect(await update('M2-2026', 'M2-ISIE', null)).toEqual({ student: { version: 2, group: 'M2-ISIE', site: 'ILOT-DU-BOIS' }, errors: [] });
    expect((await update('MASTER-2025', 'M1-AIX', 'FORBIN')).student).toEqual({ version: 2, group: 'M1-AIX', site: 'FORBIN' });
    expect((await update('MASTER-2025', null, null)).student).toEqual({ version: 2, group: null, site: null });
  });

  it('places a Master 2025/2027 student in an M2 track: the cohort goes on to the M2 with the same contract (§1.2, Tableau 5)', async () => {
    // An M1 group at Aix, then the year change: the M2 is at Îlot du Bois, in the track the MIAGE assigns.
    const { student } = await createStudent(t, { cohort: 'MASTER-2025' });
    const input = { firstName: student.firstName, lastName: student.lastName, email: student.email, status: 'FI', cohort: 'MASTER-2025' };
    const m1 = (await t.gql(UPDATE, { id: student.id, version: student.version, input: { ...input, group: 'M1-AIX', site: null } }, office)).data.updateStudent;
    expect(m1).toEqual({ student: { version: 2, group: 'M1-AIX', site: 'FORBIN' }, errors: [] });
    const m2 = (await t.gql(UPDATE, { id: student.id, version: 2, input: { ...input, group: 'M2-2ID', site: null } }, office)).data.updateStudent;
    expect(m2).toEqual({ student: { version: 3, group: 'M2-2ID', site: 'ILOT-DU-BOIS' }, errors: [] });
    // Still one site per group, and an L3I cohort has no Master group.
    expect((await update('MASTER-2025', 'M2-ISIE', 'FORBIN')).errors).toEqual([expect.objectContaining({ field: 'input.site' })]);
    expect((await update('L3I-2025', 'M2-ISIE', null)).errors).toEqual([expect.objectContaining({ field: 'input.group' })]);
  });

  it('refuses a group that is not the cohort’s, and a site that is not the group’s, naming the field', async () => {
    const wrongGroup = await update('M2-2026', 'M1-MARSEILLE', null);
    expect(wrongGroup.student).toBeNull();
    expect(wrongGroup.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.group', message: expect.stringContaining('M2-2ID') })]);
    const wrongSite = await update('M2-2026', 'M2-2ID', 'FORBIN');
    expect(wrongSite.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.site' })]);
  });
});
