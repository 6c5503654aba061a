import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from './default-reference-data.js';
import { checkReferenceSection, SECTION_FORMS } from './section-forms.js';

const codes = {
  campaigns: defaultReferenceData.campaigns.map((c) => c.code),
  programmes: defaultReferenceData.programmes.map((p) => p.code),
  calendars: defaultReferenceData.calendars.map((c) => c.code),
  sites: defaultReferenceData.sites.map((c) => c.code),
};

describe('checkReferenceSection', () => {
  it('accepts the guide’s own reference data, section by section', () => {
    for (const form of SECTION_FORMS) {
      expect(checkReferenceSection(form.section, defaultReferenceData[form.section as keyof typeof defaultReferenceData], codes), form.section).toEqual([]);
    }
  });

  it('names the field of each bad value, in French', () => {
    const cohorts = structuredClone(defaultReferenceData.cohorts);
    cohorts[1]!.dff = '2025-02-30';
    cohorts[2]!.dff = '2020-01-01';
    cohorts[0]!.campaign = 'NOPE';
    cohorts[3]!.code = cohorts[0]!.code;
    const errors = checkReferenceSection('cohorts', cohorts, codes);
    expect(errors).toEqual([
      { field: 'cohorts.0.campaign', message: 'Campagne : choisissez une valeur de la liste.' },
      { field: 'cohorts.1.dff', message: 'DFF (fin de la formation) : une date valide est attendue (AAAA-MM-JJ).' },
      { field: 'cohorts.2.dff', message: 'DFF (fin de la formation) : doit venir après « DDF (début de la formation) ».' },
      { field: 'cohorts.3.code', message: `Code : « ${cohorts[0]!.code} » figure déjà à la ligne 1.` },
    ]);
  });

  it('checks the list of the main contacts (§6.2): a name, an e-mail address, a web address and a site of the list', () => {
    const directory = structuredClone(defaultReferenceData.directory);
    directory[0]!.name = '';
    directory[1]!.email = 'feg-miage-aix';
    directory[6]!.website = 'www.cfa-epure.com';
    directory[2]!.site = 'LUMINY';
    directory[3]!.email = '';
    expect(checkReferenceSection('directory', directory, codes)).toEqual([
      { field: 'directory.0.name', message: 'Personne ou service : champ obligatoire.' },
      { field: 'directory.1.email', message: 'Adresse électronique : une adresse électronique est attendue (nom@domaine.fr).' },
      { field: 'directory.2.site', message: 'Seulement pour les alternant(e)s du site : choisissez une valeur de la liste.' },
      { field: 'directory.6.website', message: 'Site web : une adresse web est attendue (https://…).' },
    ]);
  });

  it('checks the "Qui contacter ?" routing (Tableaux 8–9) field by field, nested contacts included', () => {
    const contacts = structuredClone(defaultReferenceData.contacts);
    contacts.roles.MANAGER.fr = ' ';
    contacts.routes[0]!.mode = 'SOMETIMES' as 'DIRECT';
    contacts.routes[1]!.contacts[0]!.role = 'NOBODY' as 'MANAGER';
    contacts.routes[2] = { ...contacts.routes[2]!, asker: contacts.routes[0]!.asker, need: contacts.routes[0]!.need };
    expect(checkReferenceSection('contacts', contacts, codes)).toEqual([
      { field: 'contacts.roles.MANAGER.fr', message: 'Responsable de l’alternance : nom affiché : champ obligatoire.' },
      { field: 'contacts.routes.0.mode', message: 'Comment : choisissez une valeur de la liste.' },
      { field: 'contacts.routes.1.contacts.0.role', message: 'Qui : choisissez une valeur de la liste.' },
      { field: 'contacts.routes.2.need', message: '« Qui demande » et « Pour quoi » : ce cas figure déjà à la ligne 1.' },
    ]);
  });

  it('checks effective-dated legal values and nested lists', () => {
    const legal = structuredClone(defaultReferenceData.legal);
    legal.smicHourly[1]!.value = -3;
    legal.smicHourly[2]!.from = legal.smicHourly[0]!.from;
    legal.weeklyHours = 0;
    expect(checkReferenceSection('legal', legal, codes).map((e) => e.field)).toEqual(['legal.weeklyHours', 'legal.smicHourly.1.value', 'legal.smicHourly.2.from']);
    const programmes = structuredClone(defaultReferenceData.programmes);
    (programmes[1]!.rates[0]!.value as { trainingHours: unknown }).trainingHours = 'beaucoup';
    expect(checkReferenceSection('programmes', programmes, codes)).toEqual([{ field: 'programmes.1.rates.0.value.trainingHours', message: 'Heures de formation : un nombre est attendu.' }]);
  });
});
