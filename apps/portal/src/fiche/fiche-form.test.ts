import { checkContract } from '@alternance/domain';
import { describe, expect, it } from 'vitest';
import { emptyFiche, ficheFromMission, ficheToContractInput, ficheToMissionInput, hoursPerDayForType, savedParts } from './fiche-form';

const student = { cohort: 'MASTER-2025', status: 'FI', birthDate: '2003-05-10', repeating: false, professionalisationValidated: false, foreign: false, aptObtained: false };

describe('ficheToMissionInput', () => {
  it('leaves out what is empty, so that a draft may be incomplete', () => {
    expect(ficheToMissionInput(emptyFiche())).toEqual({});
  });

  it('sends what is typed, trimmed, with a person only once something of it is typed', () => {
    const form = emptyFiche();
    form.contractType = 'CAPP';
    form.startDate = '2025-09-01';
    form.monthlyGrossPay = 1500;
    form.title = '  Développement  ';
    form.organisation.siret = '123 456 789 00012';
    form.tutor1.email = 'tuteur@opa.example';
    expect(ficheToMissionInput(form)).toEqual({
      contractType: 'CAPP',
      startDate: '2025-09-01',
      monthlyGrossPay: 1500,
      higherEducationDiploma: false,
      disabilityExtraYear: false,
      title: 'Développement',
      organisation: { name: '', siret: '12345678900012' },
      tutor1: { firstName: '', lastName: '', email: 'tuteur@opa.example' },
    });
  });

  it('sends the apprentice’s diploma and disability’s extra year (§4.2.1, note 27) for a CAPP only, cleared for another type', () => {
    const form = ficheFromMission({ contractType: 'CAPP', higherEducationDiploma: true, disabilityExtraYear: true });
    expect(ficheToMissionInput(form)).toMatchObject({ higherEducationDiploma: true, disabilityExtraYear: true });
    expect(ficheToContractInput(form, student)).toMatchObject({ higherEducationDiploma: true, disabilityExtraYear: true });
    form.contractType = 'CPRO';
    expect(ficheToMissionInput(form)).toMatchObject({ higherEducationDiploma: false, disabilityExtraYear: false });
    expect(ficheToContractInput(form, student).higherEducationDiploma).toBeUndefined();
  });

  it('round-trips a mission read from the API', () => {
    const mission = {
      contractType: 'CPRO',
      startDate: '2025-09-01',
      endDate: '2027-09-03',
      monthlyGrossPay: 2300,
      cproReason: 'Reconversion',
      organisation: { name: 'OPA', siret: '12345678900012', address: null, opco: null },
      hrContact: { firstName: 'R', lastName: 'H', email: 'rh@opa.example', phone: null },
    };
    const input = ficheToMissionInput(ficheFromMission(mission));
    expect(input).toMatchObject({ contractType: 'CPRO', cproReason: 'Reconversion', hrContact: { email: 'rh@opa.example' } });
    expect(input.tutor1).toBeUndefined();
  });
});

describe('ficheToContractInput with the domain rules', () => {
  it('reports a DDC before its window, and nothing about the DDC once inside it', () => {
    const form = emptyFiche();
    form.contractType = 'CAPP';
    form.endDate = '2027-09-30';
    form.startDate = '2025-05-31'; // MASTER-2025 CAPP: DDC from 2025-06-01 (interfaces.md §1)
    const early = checkContract(ficheToContractInput(form, student));
    expect(early.findings.some((f) => f.field === 'startDate')).toBe(true);
    form.startDate = '2025-06-01';
    const inside = checkContract(ficheToContractInput(form, student));
    expect(inside.findings.filter((f) => f.field === 'startDate')).toEqual([]);
    expect(inside.windows.startDate).toEqual({ min: '2025-06-01', max: '2025-12-01' });
  });
});

describe('the second OPA and tutor 2 (§3.1, « sur 2 organismes »)', () => {
  it('sends the OPA where the alternant works, before tutor 2 who belongs to it', () => {
    const form = emptyFiche();
    form.workOrganisation.name = ' Filiale ';
    form.workOrganisation.siret = '987 654 321 00011';
    form.tutor2.email = 'tuteur2@filiale.example';
    expect(ficheToMissionInput(form)).toEqual({
      workOrganisation: { name: 'Filiale', siret: '98765432100011' },
      tutor2: { firstName: '', lastName: '', email: 'tuteur2@filiale.example' },
    });
  });

  it('removes a saved second OPA and tutor 2 once emptied, and leaves alone what was never saved', () => {
    const organisation = { name: 'Filiale', siret: '98765432100011', address: null, opco: null };
    const mission = { workOrganisation: organisation, tutor2: { firstName: 'T', lastName: 'Deux', email: 't2@filiale.example' } };
    const form = ficheFromMission(mission);
    expect(ficheToMissionInput(form, savedParts(mission))).toMatchObject({ workOrganisation: { siret: '98765432100011' }, tutor2: { email: 't2@filiale.example' } });
    Object.assign(form.workOrganisation, { name: '', siret: '' });
    Object.assign(form.tutor2, { firstName: '', lastName: '', email: '' });
    expect(ficheToMissionInput(form, savedParts(mission))).toEqual({ workOrganisation: null, tutor2: null });
    expect(ficheToMissionInput(form, savedParts(null))).toEqual({});
  });
});

describe('hoursPerDayForType', () => {
  it('replaces the previous type\'s default, or nothing, by the new type\'s', () => {
    expect(hoursPerDayForType(7, false, 7, null)).toBeNull(); // CSTAGEALT → CAPP
    expect(hoursPerDayForType(null, false, null, 7)).toBe(7); // → CSTAGEALT
    expect(hoursPerDayForType(7, false, 7, 8)).toBe(8); // the settings' default changed
  });

  it('keeps what the user typed, now or saved earlier', () => {
    expect(hoursPerDayForType(7, true, 7, null)).toBe(7);
    expect(hoursPerDayForType(null, true, null, 7)).toBeNull();
    expect(hoursPerDayForType(8, false, 7, null)).toBe(8);
  });
});
