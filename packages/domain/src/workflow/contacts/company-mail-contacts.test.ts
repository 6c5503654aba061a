import { describe, expect, it } from 'vitest';
import { companyMailContacts, companyMailContactsBlock } from './company-mail-contacts.js';
import type { DirectoryEntry } from './contact-directory.js';
import { defaultContactDirectory } from './default-contact-directory.js';

const directory: DirectoryEntry[] = defaultContactDirectory.map((e) =>
  e.role === 'MANAGER' ? { ...e, name: 'Claire Martin — Responsable de l’alternance de la MIAGE', email: 'claire.martin@example.org' } : e,
);
const tutor = { name: 'Paul Durand', email: 'paul.durand@example.org', phone: null, website: null };

describe('companyMailContacts (§6.1.1, Tableau 8)', () => {
  it('names the people of this alternant’s case: their tutor, their site’s secretariat, the CFA of an apprentice', () => {
    const contacts = companyMailContacts({ studentName: 'Léa Petit', contractType: 'CAPP', site: 'ILOT-DU-BOIS', academicTutor: tutor }, directory);
    expect(contacts.map((c) => c.role)).toEqual(['ACADEMIC_TUTOR', 'MANAGER', 'SECRETARIAT', 'CFA', 'DDETS', 'DIRECTION']);
    expect(contacts.find((c) => c.role === 'SECRETARIAT')?.people.map((p) => p.email)).toEqual(['feg-miage-marseille@univ-amu.fr']);
    expect(contacts.find((c) => c.role === 'ACADEMIC_TUTOR')?.needs).toEqual(['un souci avec l’alternant(e), en premier']);
    const manager = contacts.find((c) => c.role === 'MANAGER')!;
    expect(manager.needs).toContain('une rupture anticipée (§5)');
    expect(manager.needs).toContain('un souci avec l’alternant(e), en deuxième');
  });

  it('names the SFCA, not the CFA, for a professionalisation contract; only the internship office for an intern', () => {
    const cpro = companyMailContacts({ studentName: 'X', contractType: 'CPRO', site: 'FORBIN', academicTutor: tutor }, directory).map((c) => c.role);
    expect(cpro).toContain('SFCA');
    expect(cpro).not.toContain('CFA');
    const intern = companyMailContacts({ studentName: 'X', contractType: 'CSTAGEALT', site: 'FORBIN', academicTutor: tutor }, directory).map((c) => c.role);
    expect(intern).toContain('INTERNSHIP_SECRETARIAT');
    expect(intern).not.toContain('DDETS');
  });
});

describe('companyMailContactsBlock', () => {
  it('writes whom to contact, for what, with their address', () => {
    const block = companyMailContactsBlock({ studentName: 'Léa Petit', contractType: 'CAPP', site: 'ILOT-DU-BOIS', academicTutor: tutor }, directory);
    expect(block).toContain('Vos contacts pour l’alternance de Léa Petit');
    expect(block).toContain('Claire Martin — Responsable de l’alternance de la MIAGE (claire.martin@example.org)');
    expect(block).toContain('Tuteur universitaire — Paul Durand (paul.durand@example.org)\n  pour un souci avec l’alternant(e), en premier.');
    expect(block).toContain('feg-miage-marseille@univ-amu.fr');
    expect(block).not.toContain('feg-miage-aix@univ-amu.fr');
    expect(block).not.toContain('CAPP');
  });

  it('says the academic tutor is not assigned yet, the manager standing in (§4.6)', () => {
    const block = companyMailContactsBlock({ studentName: 'Léa Petit', contractType: null, site: null, academicTutor: null }, directory);
    expect(block.split('\n')[1]).toBe('- Tuteur universitaire : pas encore affecté ; d’ici là, le responsable de l’alternance en tient le rôle (§4.6).');
    expect(block).not.toContain('Paul Durand');
    // No contract yet: each contact limited to a type says so in words.
    expect(block).toContain('(apprentissage)');
    expect(block).not.toMatch(/\b(CAPP|CPRO|CSTAGE)\b/);
  });
});
