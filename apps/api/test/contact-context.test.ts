import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../src/modules/auth/auth.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { ReferenceSection } from '../src/modules/reference-data/reference-section.entity.js';
import { seedReferenceData } from '../src/modules/reference-data/reference-data.service.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { linkSession, missionAwaitingConfirmation } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const CONTEXT = '{ contactContext { asker studentFirstName studentLastName contractType site academicTutor { displayName email } } }';

// §6 "Qui contacter ?": the page answers for the viewer's own case — a student as an alternant
// (Tableau 9), a company tutor or HR contact as the company, about the alternant of their link
// (Tableau 8) — and the list of the main contacts (§6.2) is reference data the manager edits.
describe.each(DIALECTS)('who to contact, for the viewer’s own case (§6) (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  beforeAll(async () => {
    smtp = new SmtpSink();
    // A day of the 2026 campaign (§3.3.1): the fiches below are submitted on it.
    t = await createTestApp({ dialect, today: '2026-06-01', smtpUrl: await smtp.start() });
    manager = await t.as('MANAGER');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('gives a student their own case, and the company tutor of their link the same alternant as the company', async () => {
    const { student, auth } = await createStudent(t, { group: 'M2-2ID' });
    const fiche = validFiche('ctx1', '55555555500011');
    await missionAwaitingConfirmation(t, auth, manager, fiche);

    // Before any contract: the fiche's type; the site of the student's group (M2 → Marseille, Tableau 10); no tutor yet (note 32).
    const own = (await t.gql(CONTEXT, {}, auth)).data.contactContext;
    expect(own).toEqual({ asker: 'ALTERNANT', studentFirstName: 'Camille', studentLastName: student.lastName, contractType: 'CAPP', site: 'ILOT-DU-BOIS', academicTutor: null });

    const tutor = await linkSession(t, smtp, fiche.tutor1.email);
    expect((await t.gql(CONTEXT, {}, tutor)).data.contactContext).toEqual({ ...own, asker: 'COMPANY' });
    const hr = await linkSession(t, smtp, fiche.hrContact.email);
    expect((await t.gql(CONTEXT, {}, hr)).data.contactContext.asker).toBe('COMPANY');

    // Once the office assigns an academic tutor (§4.6), both see who it is.
    const academic = await t.createUser('ACADEMIC_TUTOR');
    const em = t.orm.em.fork();
    const stored = await em.findOneOrFail(Student, student.id);
    stored.academicTutor = em.getReference(User, academic.id);
    await em.flush();
    expect((await t.gql(CONTEXT, {}, auth)).data.contactContext.academicTutor).toEqual({ displayName: academic.displayName, email: academic.email });
    expect((await t.gql(CONTEXT, {}, tutor)).data.contactContext.academicTutor.email).toBe(academic.email);
  });

  it('says nothing of anyone for the office and the academic tutors, who look up any case', async () => {
    expect((await t.gql(CONTEXT, {}, manager)).data.contactContext).toBeNull();
    expect((await t.gql(CONTEXT, {}, await t.as('ACADEMIC_TUTOR'))).data.contactContext).toBeNull();
    expect((await t.gql(CONTEXT, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  const update = `mutation($key: String!, $data: JSON!, $version: Int!) { updateReferenceSection(key: $key, version: $version, data: $data) { section { version data } errors { code field message } } }`;
  const section = async (key: string, auth: Auth = manager) => ((await t.gql('{ referenceData { key version data } }', {}, auth)).data.referenceData as { key: string; version: number; data: any }[]).find((s) => s.key === key)!;

  it('keeps the list of the main contacts (§6.2) as a section the manager edits, read by everyone signed in', async () => {
    const directory = await section('directory');
    expect(directory.data.map((e: any) => e.role)).toEqual(['MANAGER', 'SECRETARIAT', 'SECRETARIAT', 'INTERNSHIP_SECRETARIAT', 'DIRECTION', 'SFCA', 'CFA', 'DDETS']);
    const data = structuredClone(directory.data);
    data[0].email = 'responsable';
    data[1].site = 'LUMINY';
    const bad = await t.gql(update, { key: 'directory', data, version: directory.version }, manager);
    expect(bad.data.updateReferenceSection.errors).toEqual([
      { code: 'BAD_USER_INPUT', field: 'directory.0.email', message: 'Adresse électronique : une adresse électronique est attendue (nom@domaine.fr).' },
      { code: 'BAD_USER_INPUT', field: 'directory.1.site', message: 'Seulement pour les alternant(e)s du site : choisissez une valeur de la liste.' },
    ]);
    data[0] = { ...data[0], name: 'Jeanne Exemple', email: 'jeanne.exemple@univ.example' };
    data[1].site = 'FORBIN';
    const ok = await t.gql(update, { key: 'directory', data, version: directory.version }, manager);
    expect(ok.data.updateReferenceSection.errors).toEqual([]);
    const { student: _s, auth } = await createStudent(t);
    expect((await section('directory', auth)).data[0]).toMatchObject({ role: 'MANAGER', name: 'Jeanne Exemple', email: 'jeanne.exemple@univ.example' });
    const stale = await t.gql(update, { key: 'directory', data, version: directory.version }, manager);
    expect(stale.data.updateReferenceSection.errors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
    expect((await t.gql(update, { key: 'directory', data, version: directory.version + 1 }, auth)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('adds the list to a database seeded before it existed, the manager’s other sections left alone', async () => {
    await t.orm.em.fork().nativeDelete(ReferenceSection, { key: 'directory' });
    const contacts = await section('contacts');
    expect(await seedReferenceData(t.orm.em.fork())).toBe(false);
    expect((await section('directory')).data.map((e: any) => e.role)).toContain('CFA');
    expect(await section('contacts')).toEqual(contacts);
  });
});
