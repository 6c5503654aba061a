import { describe, expect, it } from 'vitest';
import type { ContactRoutes } from './contact-routes.js';
import { defaultContactRoutes } from './default-contact-routes.js';
import { whoToContact, type WhoToContactInput } from './who-to-contact.js';

function roles(input: Omit<WhoToContactInput, 'academicTutorAssigned'> & { academicTutorAssigned?: boolean }): string[] | undefined {
  return whoToContact({ academicTutorAssigned: true, ...input })?.contacts.map((c) => c.role);
}

describe('whoToContact (§6.1, Tableaux 8–9)', () => {
  it('escalates a problem at the OPA: academic tutor → manager → direction', () => {
    const answer = whoToContact({ role: 'ALTERNANT', need: 'PROBLEM_AT_OPA', contractType: 'CAPP', academicTutorAssigned: true });
    expect(answer?.mode).toBe('ESCALATION');
    expect(answer?.contacts.map((c) => [c.order, c.role, c.label])).toEqual([
      [1, 'ACADEMIC_TUTOR', 'Tuteur universitaire'],
      [2, 'MANAGER', 'Responsable de l’alternance'],
      [3, 'DIRECTION', 'Direction de la MIAGE'],
    ]);
    expect(answer?.note.fr).not.toContain('note 32');
  });

  it('skips the academic tutor until assigned, the manager standing in', () => {
    const answer = whoToContact({ role: 'COMPANY', need: 'PROBLEM_AT_OPA', academicTutorAssigned: false });
    expect(answer?.contacts.map((c) => [c.order, c.role])).toEqual([
      [1, 'MANAGER'],
      [2, 'DIRECTION'],
    ]);
    expect(answer?.note.fr).toContain('le responsable de l’alternance en tient le rôle');
  });

  it('routes a signed-contract question by contract type: CFA for CAPP only, SFCA for CPRO only, DDETS except interns', () => {
    expect(roles({ role: 'ALTERNANT', need: 'SIGNED_CONTRACT', contractType: 'CAPP' })).toEqual(['CFA', 'DDETS']);
    expect(roles({ role: 'ALTERNANT', need: 'SIGNED_CONTRACT', contractType: 'CPRO' })).toEqual(['SFCA', 'DDETS']);
    expect(roles({ role: 'COMPANY', need: 'SIGNED_CONTRACT', contractType: 'CSTAGEALT' })).toEqual(['INTERNSHIP_SECRETARIAT']);
  });

  it('lists every contact with its condition when the contract type is unknown', () => {
    const answer = whoToContact({ role: 'COMPANY', need: 'SIGNED_CONTRACT', academicTutorAssigned: true });
    expect(answer?.contacts.map((c) => [c.role, c.onlyFor])).toEqual([
      ['CFA', ['CAPP']],
      ['SFCA', ['CPRO']],
      ['DDETS', ['CAPP', 'CPRO']],
      ['INTERNSHIP_SECRETARIAT', ['CSTAGEALT', 'CSTAGE']],
    ]);
    expect(whoToContact({ role: 'COMPANY', need: 'SIGNED_CONTRACT', contractType: 'CAPP', academicTutorAssigned: true })?.contacts[0]).not.toHaveProperty('onlyFor');
  });

  it('tells the alternant to contact nobody where the company tutor or HR does it', () => {
    const pedagogical = whoToContact({ role: 'ALTERNANT', need: 'PEDAGOGICAL_REQUEST', contractType: 'CAPP', academicTutorAssigned: true });
    expect(pedagogical).toMatchObject({
      contacts: [],
      through: { by: 'COMPANY_TUTOR', label: 'Tuteur professionnel', contacts: [{ role: 'MANAGER', order: 1 }] },
    });
    expect(pedagogical?.note.fr).toMatch(/^Personne : /);
    const sick = whoToContact({ role: 'ALTERNANT', need: 'SICK_LEAVE', academicTutorAssigned: true });
    expect(sick?.through).toMatchObject({ by: 'HR_CONTACT', contacts: [{ role: 'MANAGER' }, { role: 'SECRETARIAT' }] });
    expect(whoToContact({ role: 'ALTERNANT', need: 'ADMIN_TRAINING', academicTutorAssigned: true })?.through?.contacts.map((c) => c.role)).toEqual(['SECRETARIAT']);
  });

  it('sends the same needs from a company contact directly', () => {
    expect(roles({ role: 'COMPANY', need: 'PEDAGOGICAL_REQUEST' })).toEqual(['MANAGER']);
    expect(roles({ role: 'COMPANY', need: 'SICK_LEAVE' })).toEqual(['MANAGER', 'SECRETARIAT']);
    expect(roles({ role: 'COMPANY', need: 'ADMIN_TRAINING' })).toEqual(['SECRETARIAT']);
    expect(whoToContact({ role: 'COMPANY', need: 'SICK_LEAVE', academicTutorAssigned: true })).not.toHaveProperty('through');
  });

  it('answers the other needs', () => {
    expect(roles({ role: 'ALTERNANT', need: 'ADMIN_TRAINING_NOT_OPA' })).toEqual(['SECRETARIAT']);
    expect(roles({ role: 'ALTERNANT', need: 'MISSION_VALIDATION' })).toEqual(['MANAGER']);
    expect(roles({ role: 'COMPANY', need: 'EARLY_TERMINATION' })).toEqual(['MANAGER']);
    expect(roles({ role: 'ALTERNANT', need: 'TUTOR_CHANGE', contractType: 'CAPP' })).toEqual(['CFA', 'MANAGER']);
    expect(roles({ role: 'ALTERNANT', need: 'TUTOR_CHANGE', contractType: 'CPRO' })).toEqual(['MANAGER']);
  });

  it('is null for a route the table does not have', () => {
    expect(whoToContact({ role: 'COMPANY', need: 'ADMIN_TRAINING_NOT_OPA', academicTutorAssigned: true })).toBeNull();
    expect(whoToContact({ role: 'COMPANY', need: 'toString' as 'SICK_LEAVE', academicTutorAssigned: true })).toBeNull();
  });

  it('reads another table given as data', () => {
    const routes: ContactRoutes = {
      ...defaultContactRoutes,
      routes: [{ asker: 'COMPANY', need: 'SICK_LEAVE', mode: 'DIRECT', contacts: [{ role: 'SECRETARIAT' }], note: { fr: 'x', en: 'x' }, ref: 'test' }],
    };
    expect(whoToContact({ role: 'COMPANY', need: 'SICK_LEAVE', academicTutorAssigned: true }, { routes })?.contacts.map((c) => c.role)).toEqual(['SECRETARIAT']);
    expect(whoToContact({ role: 'COMPANY', need: 'PEDAGOGICAL_REQUEST', academicTutorAssigned: true }, { routes })).toBeNull();
  });
});
