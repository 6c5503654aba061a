import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

const WISH = `mutation($id: ID!, $version: Int!, $track: String, $site: String) { expressPlacementWish(studentId: $id, version: $version, trackWish: $track, siteWish: $site) { student { version trackWish siteWish wishedOn group site } errors { code field message } } }`;
const READ = `query($id: ID!) { student(id: $id) { trackWish siteWish wishedOn group wishChoices { tracks { code label } sites { code label } } } }`;

/** §1.2 (« un vœu sur le choix de la spécialisation … pourra être confirmé/infirmé à l'entrée en M2 ») and §2.4 (« ils (elles) font un vœu »). */
describe.each(DIALECTS)('the student states a track and site wish; the office reads it (%s)', (dialect) => {
  let t: TestApp;
  let office: Auth;

  beforeAll(async () => {
    t = await createTestApp({ dialect, today: '2025-06-12' });
    office = { cookie: await t.login((await t.createUser('SECRETARIAT')).email) };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('an M1 entrant wishes ISIE and Marseille; the office sees the wish, the choices and an unchanged placement', async () => {
    const { student, auth } = await createStudent(t, { cohort: 'MASTER-2025' });
    const res = (await t.gql(WISH, { id: student.id, version: student.version, track: 'm2-isie', site: 'ILOT-DU-BOIS' }, auth)).data.expressPlacementWish;
    expect(res).toEqual({ student: { version: 2, trackWish: 'M2-ISIE', siteWish: 'ILOT-DU-BOIS', wishedOn: '2025-06-12', group: null, site: null }, errors: [] });
    const seen = (await t.gql(READ, { id: student.id }, office)).data.student;
    expect(seen).toMatchObject({ trackWish: 'M2-ISIE', siteWish: 'ILOT-DU-BOIS', group: null });
    expect(seen.wishChoices.tracks.map((c: { code: string }) => c.code)).toEqual(['M2-2ID', 'M2-ISIE']);
    expect(seen.wishChoices.sites).toEqual([{ code: 'FORBIN', label: 'Site de Forbin, Aix-en-Provence' }, { code: 'ILOT-DU-BOIS', label: 'Site de l’Îlot du Bois, Marseille' }]);
    const audits = await t.orm.em.fork().find(AuditEvent, { entityId: student.id, action: 'EXPRESS_WISH' });
    expect(audits.map((a) => a.fields)).toEqual([['trackWish', 'siteWish']]);
  });

  it('refuses a site wish in M2 and a track wish in L3I on their field, and a stale version', async () => {
    const m2 = await createStudent(t, { cohort: 'M2-2026' });
    const site = (await t.gql(WISH, { id: m2.student.id, version: 1, track: 'M2-2ID', site: 'FORBIN' }, m2.auth)).data.expressPlacementWish;
    expect(site.student).toBeNull();
    expect(site.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'siteWish', message: expect.stringContaining('sites au choix : —') })]);
    const l3 = await createStudent(t, { cohort: 'L3I-2025' });
    const track = (await t.gql(WISH, { id: l3.student.id, version: 1, track: 'M2-2ID' }, l3.auth)).data.expressPlacementWish;
    expect(track.errors.map((e: { field: string }) => e.field)).toEqual(['trackWish']);
    expect((await t.gql(READ, { id: l3.student.id }, office)).data.student.wishChoices).toEqual({ tracks: [], sites: [] });
    const ok = (await t.gql(WISH, { id: m2.student.id, version: 1, track: 'M2-2ID' }, m2.auth)).data.expressPlacementWish;
    expect(ok.student).toMatchObject({ version: 2, trackWish: 'M2-2ID', siteWish: null });
    const stale = (await t.gql(WISH, { id: m2.student.id, version: 1, track: 'M2-ISIE' }, m2.auth)).data.expressPlacementWish;
    expect(stale.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
  });

  it('only the student themself: not another student, not the office', async () => {
    const a = await createStudent(t, { cohort: 'M2-2026' });
    const b = await createStudent(t, { cohort: 'M2-2026' });
    const other = (await t.gql(WISH, { id: a.student.id, version: 1, track: 'M2-2ID' }, b.auth)).data.expressPlacementWish;
    expect(other.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const byOffice = await t.gql(WISH, { id: a.student.id, version: 1, track: 'M2-2ID' }, office);
    expect(JSON.stringify(byOffice)).toContain('FORBIDDEN');
  });
});
