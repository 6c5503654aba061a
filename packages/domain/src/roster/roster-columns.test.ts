import { describe, expect, it } from 'vitest';
import { normalizeHeader } from './normalize-header.js';
import { RESULT_COLUMNS, ROSTER_COLUMNS } from './roster-columns.js';

describe('ROSTER_COLUMNS', () => {
  it('lists the 17 columns of interfaces.md §3, then the 6 optional ones, with their headers', () => {
    expect(ROSTER_COLUMNS.map((column) => [column.fr, column.en, column.field])).toEqual([
      ['Nom', 'Last name', 'lastName'],
      ['Prénom', 'First name', 'firstName'],
      ['Date de naissance', 'Birth date', 'birthDate'],
      ['Formation', 'Cohort', 'cohort'],
      ['Groupe', 'Group', 'group'],
      ['Statut', 'Status', 'status'],
      ['Contrat', 'Contract', 'contractType'],
      ['Date de demande', 'Request date', 'requestDate'],
      ['Date de validation', 'Validation date', 'validationDate'],
      ['DDC', 'Start date', 'startDate'],
      ['DFC', 'End date', 'endDate'],
      ['Redoublant', 'Repeating', 'repeating'],
      ['Professionnalisation validée', 'Professionalisation validated', 'professionalisationValidated'],
      ['Étranger', 'Foreign', 'foreign'],
      ['APT', 'Work permit', 'aptObtained'],
      ['OPA', 'Company', 'company'],
      ['Salaire brut mensuel', 'Monthly gross pay', 'monthlyGrossPay'],
      ['Motif CPRO', 'CPRO reason', 'cproReason'],
      ['Stage en alternance approuvé', 'Work-study internship approved', 'stageAltApproved'],
      ['SMC', 'Branch minimum wage', 'smcMonthly'],
      ['Taux du contrat précédent (%)', 'Previous contract rate (%)', 'previousRatePercent'],
      ['Diplôme du supérieur', 'Higher-education diploma', 'higherEducationDiploma'],
      ['Année supplémentaire (handicap)', 'Disability extra year', 'disabilityExtraYear'],
    ]);
  });

  it('never gives two columns the same normalised header', () => {
    const headers = [
      ...ROSTER_COLUMNS.flatMap((column) => [column.fr, column.en, column.field, ...column.aliases].map((h) => [normalizeHeader(h), column.field])),
      ...RESULT_COLUMNS.flatMap((column) => [column.fr, column.en, ...column.aliases].map((h) => [normalizeHeader(h), column.key])),
    ];
    const owner = new Map<string, string>();
    for (const [header, key] of headers) {
      expect(owner.get(header as string) ?? key).toBe(key);
      owner.set(header as string, key as string);
    }
  });

  it('writes back the result columns of interfaces.md §3', () => {
    expect(RESULT_COLUMNS.map((column) => column.fr)).toEqual([
      'Contrôle',
      'Anomalies',
      'Heures facturables',
      'Coût (€)',
      'Heures non facturées',
      'Salaire minimum (€)',
    ]);
  });
});
