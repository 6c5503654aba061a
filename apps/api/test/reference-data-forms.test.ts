import { ReferenceSection } from '../src/modules/reference-data/reference-section.entity.js';
import { seedReferenceData } from '../src/modules/reference-data/reference-data.service.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// issue 9 §5: reference data is validated field by field; a bad value names its field, in French.
describe.each(DIALECTS)('reference data checked field by field (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect });
    manager = await t.as('MANAGER');
  });
  afterAll(() => t.close());

  const update = `mutation($key: String!, $data: JSON!, $version: Int!) { updateReferenceSection(key: $key, version: $version, data: $data) { section { version data } errors { code field message } } }`;
  const section = async (key: string) => ((await t.gql('{ referenceData { key version data } }', {}, manager)).data.referenceData as { key: string; version: number; data: unknown }[]).find((s) => s.key === key)!;

  it('refuses a cohort whose DFF is before its DDF, and a campaign that does not exist, saving nothing', async () => {
    const cohorts = await section('cohorts');
    const data = structuredClone(cohorts.data) as { dff: string; ddf: string; campaign: string }[];
    data[1]!.dff = '2020-01-01';
    data[2]!.campaign = '1999';
    const r = await t.gql(update, { key: 'cohorts', data, version: cohorts.version }, manager);
    expect(r.data.updateReferenceSection.section).toBeNull();
    expect(r.data.updateReferenceSection.errors).toEqual([
      { code: 'BAD_USER_INPUT', field: 'cohorts.1.dff', message: 'DFF (fin de la formation) : doit venir après « DDF (début de la formation) ».' },
      { code: 'BAD_USER_INPUT', field: 'cohorts.2.campaign', message: 'Campagne : choisissez une valeur de la liste.' },
    ]);
    expect((await section('cohorts')).version).toBe(cohorts.version);
  });

  it('refuses a SMIC without a valid effective date, then saves a new one (version + 1), and keeps CONFLICT', async () => {
    const legal = await section('legal');
    const data = structuredClone(legal.data) as { smicHourly: { from: string; value: number }[] };
    data.smicHourly.push({ from: '2027-13-01', value: 12.5 });
    const bad = await t.gql(update, { key: 'legal', data, version: legal.version }, manager);
    expect(bad.data.updateReferenceSection.errors).toEqual([{ code: 'BAD_USER_INPUT', field: `legal.smicHourly.${data.smicHourly.length - 1}.from`, message: 'En vigueur à partir du : une date valide est attendue (AAAA-MM-JJ).' }]);
    data.smicHourly[data.smicHourly.length - 1]!.from = '2027-01-01';
    const ok = await t.gql(update, { key: 'legal', data, version: legal.version }, manager);
    expect(ok.data.updateReferenceSection.errors).toEqual([]);
    expect(ok.data.updateReferenceSection.section.version).toBe(legal.version + 1);
    const stale = await t.gql(update, { key: 'legal', data, version: legal.version }, manager);
    expect(stale.data.updateReferenceSection.errors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
  });

  it('keeps the "Qui contacter ?" routing as an editable section: checked field by field, saved, CONFLICT kept', async () => {
    const contacts = await section('contacts');
    const data = structuredClone(contacts.data) as { routes: { asker: string; need: string; contacts: { role: string }[] }[] };
    const at = data.routes.findIndex((r) => r.asker === 'ALTERNANT' && r.need === 'SICK_LEAVE');
    expect(at).toBeGreaterThanOrEqual(0);
    data.routes[at]!.contacts = [{ role: 'SOMEONE' }];
    const bad = await t.gql(update, { key: 'contacts', data, version: contacts.version }, manager);
    expect(bad.data.updateReferenceSection.errors).toEqual([{ code: 'BAD_USER_INPUT', field: `contacts.routes.${at}.contacts.0.role`, message: 'Qui : choisissez une valeur de la liste.' }]);
    data.routes[at]!.contacts = [{ role: 'DIRECTION' }];
    const ok = await t.gql(update, { key: 'contacts', data, version: contacts.version }, manager);
    expect(ok.data.updateReferenceSection.errors).toEqual([]);
    expect((await section('contacts')).data).toEqual(data);
    const stale = await t.gql(update, { key: 'contacts', data, version: contacts.version }, manager);
    expect(stale.data.updateReferenceSection.errors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
  });

  it('adds the contacts section to a database seeded before it existed, leaving the other sections alone', async () => {
    const em = t.orm.em.fork();
    await em.nativeDelete(ReferenceSection, { key: 'contacts' });
    const legal = await section('legal');
    expect(await seedReferenceData(t.orm.em.fork())).toBe(false);
    expect((await section('contacts')).data).toMatchObject({ routes: expect.any(Array) });
    expect(await section('legal')).toEqual(legal);
  });
});
