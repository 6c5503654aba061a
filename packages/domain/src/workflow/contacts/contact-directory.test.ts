import { describe, expect, it } from 'vitest';
import { contactDirectoryFor, directoryGroupsFor, directoryPeopleFor, type DirectoryEntry } from './contact-directory.js';
import { defaultContactDirectory } from './default-contact-directory.js';
import { whoToContact } from './who-to-contact.js';

const names = (groups: { group: string; entries: DirectoryEntry[] }[]) => groups.map((g) => [g.group, g.entries.map((e) => e.role)]);

describe('contactDirectoryFor (§6.2, Tableau 10)', () => {
  it('gives an apprentice the MIAGE, the CFA and the institutional contacts — not the SFCA', () => {
    expect(directoryGroupsFor('CAPP')).toEqual(['MIAGE', 'CFA', 'INSTITUTIONAL']);
    expect(names(contactDirectoryFor({ contractType: 'CAPP', site: 'FORBIN' }, defaultContactDirectory))).toEqual([
      ['MIAGE', ['MANAGER', 'SECRETARIAT', 'INTERNSHIP_SECRETARIAT', 'DIRECTION']],
      ['CFA', ['CFA']],
      ['INSTITUTIONAL', ['DDETS']],
    ]);
  });

  it('gives a professionalisation contract the SFCA instead of the CFA, and an intern the MIAGE only', () => {
    expect(directoryGroupsFor('CPRO')).toEqual(['MIAGE', 'SFCA', 'INSTITUTIONAL']);
    expect(directoryGroupsFor('CSTAGEALT')).toEqual(['MIAGE']);
    expect(contactDirectoryFor({ contractType: 'CSTAGEALT' }, defaultContactDirectory).map((g) => g.group)).toEqual(['MIAGE']);
    expect(directoryGroupsFor(undefined)).toEqual(['MIAGE', 'SFCA', 'CFA', 'INSTITUTIONAL']);
  });

  it('names the secretariat of the alternant’s site only: Aix for the L3I and M1 Aix, Marseille for the M1 Marseille and M2', () => {
    const aix = directoryPeopleFor('SECRETARIAT', 'FORBIN', defaultContactDirectory);
    expect(aix.map((e) => e.email)).toEqual(['feg-miage-aix@univ-amu.fr']);
    expect(directoryPeopleFor('SECRETARIAT', 'ILOT-DU-BOIS', defaultContactDirectory).map((e) => e.email)).toEqual(['feg-miage-marseille@univ-amu.fr']);
    // Site unknown (the office's view): both, each with its site.
    expect(directoryPeopleFor('SECRETARIAT', null, defaultContactDirectory).map((e) => e.site)).toEqual(['FORBIN', 'ILOT-DU-BOIS']);
  });

  it('puts the people behind each role of a "Qui contacter ?" answer, the alternant’s own academic tutor first of the escalation', () => {
    const tutor = { name: 'Paul Enseignant', email: 'paul@example.test', phone: null, website: null };
    const answer = whoToContact(
      { role: 'COMPANY', need: 'PROBLEM_AT_OPA', contractType: 'CAPP', academicTutorAssigned: true, academicTutor: tutor, site: 'ILOT-DU-BOIS' },
      { directory: defaultContactDirectory },
    );
    expect(answer?.contacts.map((c) => [c.role, c.people?.map((p) => p.name)])).toEqual([
      ['ACADEMIC_TUTOR', ['Paul Enseignant']],
      ['MANAGER', ['Responsable de l’alternance de la MIAGE']],
      ['DIRECTION', ['Direction de la MIAGE']],
    ]);
    const sick = whoToContact({ role: 'COMPANY', need: 'SICK_LEAVE', academicTutorAssigned: true, site: 'ILOT-DU-BOIS' }, { directory: defaultContactDirectory });
    expect(sick?.contacts[1]?.people?.map((p) => p.email)).toEqual(['feg-miage-marseille@univ-amu.fr']);
    // Without a directory, roles only (as before).
    expect(whoToContact({ role: 'COMPANY', need: 'SICK_LEAVE', academicTutorAssigned: true })?.contacts[0]).not.toHaveProperty('people');
  });
});
