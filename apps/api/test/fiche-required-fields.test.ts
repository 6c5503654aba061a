import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const SAVE = `mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { id version } errors { code field } } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!) { submitMission(id: $id, version: $version) { mission { state } errors { code field message } } }`;

/**
 * §3.3.2: the fiche collects « les informations sur la mission elle-même (cadre, objectifs,
 * livrables, …) qui ont, elles, un but pédagogique »; §3.3.3: it is submitted « correctement
 * remplie (au moins les renseignements obligatoires) ». Each missing one is refused on its field.
 */
describe.each(DIALECTS)('a fiche is submitted with its mission’s context, objectives and deliverables (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ dialect, today: '2026-07-01' });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function submit(fiche: Record<string, unknown>) {
    const { auth } = await createStudent(t);
    const draft = (await t.gql(SAVE, { input: fiche }, auth)).data.saveMissionDraft;
    expect(draft.errors).toEqual([]);
    return (await t.gql(SUBMIT, { id: draft.mission.id, version: draft.mission.version }, auth)).data.submitMission;
  }

  it('refuses a fiche without them, naming each field, and writes nothing', async () => {
    const r = await submit({ ...validFiche('rq1', '82345678901231'), context: '  ', objectives: '', deliverables: '' });
    expect(r.mission).toBeNull();
    expect(r.errors.map((e: { field: string }) => e.field)).toEqual(['context', 'objectives', 'deliverables']);
    expect(r.errors[1]).toMatchObject({ code: 'MISSING_VALUE', message: 'Champ obligatoire pour soumettre : objectifs de la mission.' });
    const one = await submit({ ...validFiche('rq2', '82345678901232'), deliverables: '' });
    expect(one.errors).toEqual([expect.objectContaining({ code: 'MISSING_VALUE', field: 'deliverables' })]);
  });

  it('submits a complete fiche', async () => {
    const r = await submit(validFiche('rq3', '82345678901233'));
    expect(r.errors).toEqual([]);
    expect(r.mission.state).toBe('SUBMITTED');
  });
});
