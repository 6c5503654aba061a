import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../src/modules/auth/auth.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { confirmAs, linkSession, missionAwaitingConfirmation, validate } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const MAILS = 'query($id: ID!) { mission(id: $id) { mails { to template text } } }';

// §6.1.1, Tableau 8: a company tutor or HR contact works only through the mails they receive;
// each one says whom to contact for this alternant — their academic tutor once assigned (§4.6),
// the manager, their site's secretariat (Tableau 10), the CFA or SFCA of their contract (§6.2).
describe.each(DIALECTS)('the mails to company contacts say whom to contact (§6.1.1) (%s)', (dialect) => {
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

  const mails = async (id: string): Promise<{ to: string; template: string; text: string }[]> => (await t.gql(MAILS, { id }, manager)).data.mission.mails;

  it('names the people of that alternant’s case in the outbox, from the request to the validation', async () => {
    const { student, auth, email } = await createStudent(t, { group: 'M2-2ID' });
    const fiche = validFiche('mc1', '55555555500029');
    const mission = await missionAwaitingConfirmation(t, auth, manager, fiche);

    const requests = (await mails(mission.id)).filter((m) => m.template === 'CONFIRMATION_REQUEST');
    expect(requests.map((m) => m.to).sort()).toEqual([fiche.hrContact.email, fiche.tutor1.email].sort());
    for (const mail of requests) {
      expect(mail.text).toContain(`Vos contacts pour l’alternance de Camille ${student.lastName}`);
      // An apprentice (CAPP) of an M2 group: the Marseille secretariat and the CFA, not the SFCA nor the Aix secretariat.
      expect(mail.text).toContain('feg-miage-marseille@univ-amu.fr');
      expect(mail.text).not.toContain('feg-miage-aix@univ-amu.fr');
      expect(mail.text).toContain('CFA FORMASUP Méditerranée');
      expect(mail.text).not.toContain('SFCA');
      expect(mail.text).toContain('Tuteur universitaire : pas encore affecté');
      // The block sits before the signature: the mail still ends with it.
      expect(mail.text.indexOf('Vos contacts')).toBeLessThan(mail.text.indexOf('\n--\n'));
    }

    // The manager names themself in the list of the main contacts (§6.2): the next mails say so.
    const sections = (await t.gql('{ referenceData { key version data } }', {}, manager)).data.referenceData as { key: string; version: number; data: any[] }[];
    const directory = sections.find((s) => s.key === 'directory')!;
    const data = directory.data.map((e) => (e.role === 'MANAGER' ? { ...e, name: 'Jeanne Exemple — Responsable de l’alternance', email: 'jeanne.exemple@univ.example' } : e));
    const saved = await t.gql('mutation($key: String!, $data: JSON!, $version: Int!) { updateReferenceSection(key: $key, version: $version, data: $data) { errors { code } } }', { key: 'directory', data, version: directory.version }, manager);
    expect(saved.data.updateReferenceSection.errors).toEqual([]);
    // And the office assigns the academic tutor (§4.6): the first to call on a problem.
    const academic = await t.createUser('ACADEMIC_TUTOR');
    const em = t.orm.em.fork();
    (await em.findOneOrFail(Student, student.id)).academicTutor = em.getReference(User, academic.id);
    await em.flush();

    await confirmAs(t, await linkSession(t, smtp, fiche.tutor1.email), mission.id);
    const confirmed = await confirmAs(t, await linkSession(t, smtp, fiche.hrContact.email), mission.id);
    const validated = await validate(t, manager, mission.id, confirmed.mission.version);
    expect(validated.errors).toEqual([]);

    const notices = (await mails(mission.id)).filter((m) => m.template === 'MISSION_VALIDATED');
    const toTutor = notices.find((m) => m.to === fiche.tutor1.email)!;
    const toHr = notices.find((m) => m.to === fiche.hrContact.email)!;
    for (const mail of [toTutor, toHr]) {
      expect(mail.text).toContain(`Tuteur universitaire — ${academic.displayName} (${academic.email})\n  pour un souci avec l’alternant(e), en premier.`);
      expect(mail.text).toContain('Jeanne Exemple — Responsable de l’alternance (jeanne.exemple@univ.example)');
      expect(mail.text).toContain('une rupture anticipée (§5)');
      expect(mail.text).not.toContain('pas encore affecté');
    }
    // The block adds people of the programme only: the tutor's mail still says nothing of the pay (§3.1, §4.2).
    expect(toTutor.text).not.toMatch(/rémunération|€/);
    // The alternant and the office have their own page and mails: no block for them.
    expect(notices.find((m) => m.to === email)!.text).not.toContain('Vos contacts');
    await t.app.mail.deliverDue();
    // What reaches the tutor is the stored text with their link: the block goes out with it.
    expect(smtp.to(fiche.tutor1.email).at(-1)!.text).toContain('Vos contacts pour l’alternance');
  });
});
