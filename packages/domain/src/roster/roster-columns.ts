/** How a roster cell is read (roster/parse-cell.ts). */
export type RosterColumnKind = 'text' | 'date' | 'boolean' | 'number' | 'enum' | 'permit';

/**
 * The roster fields of interfaces.md §3 — the ContractInput fields plus who the row is
 * about — and six optional columns that silence or sharpen rules: the recorded reason
 * of a CPRO under 30, the manager's prior approval of a work-study internship, the branch
 * minimum (SMC), the rate of the previous apprenticeship contract and the apprentice's
 * +15-point additions (§4.2.1, note 27).
 */
export type RosterField =
  | 'lastName'
  | 'firstName'
  | 'birthDate'
  | 'cohort'
  | 'group'
  | 'status'
  | 'contractType'
  | 'requestDate'
  | 'validationDate'
  | 'startDate'
  | 'endDate'
  | 'repeating'
  | 'professionalisationValidated'
  | 'foreign'
  | 'aptObtained'
  | 'company'
  | 'monthlyGrossPay'
  | 'cproReason'
  | 'stageAltApproved'
  | 'smcMonthly'
  | 'previousRatePercent'
  | 'higherEducationDiploma'
  | 'disabilityExtraYear';

export interface RosterColumn {
  field: RosterField;
  /** The header the product writes, and matches first. */
  fr: string;
  en: string;
  kind: RosterColumnKind;
  /** Other spellings users type; the field name itself ("birthDate") is always accepted too. */
  aliases: readonly string[];
}

/** The roster columns of interfaces.md §3, in the order the product writes them. */
export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { field: 'lastName', fr: 'Nom', en: 'Last name', kind: 'text', aliases: ['Nom de famille', 'Surname', 'Family name'] },
  { field: 'firstName', fr: 'Prénom', en: 'First name', kind: 'text', aliases: ['Given name'] },
  { field: 'birthDate', fr: 'Date de naissance', en: 'Birth date', kind: 'date', aliases: ['Né le', 'Née le', 'Date of birth'] },
  { field: 'cohort', fr: 'Formation', en: 'Cohort', kind: 'enum', aliases: ['Promotion'] },
  { field: 'group', fr: 'Groupe', en: 'Group', kind: 'enum', aliases: [] },
  { field: 'status', fr: 'Statut', en: 'Status', kind: 'enum', aliases: [] },
  { field: 'contractType', fr: 'Contrat', en: 'Contract', kind: 'enum', aliases: ['Type de contrat', 'Contract type'] },
  { field: 'requestDate', fr: 'Date de demande', en: 'Request date', kind: 'date', aliases: [] },
  { field: 'validationDate', fr: 'Date de validation', en: 'Validation date', kind: 'date', aliases: [] },
  { field: 'startDate', fr: 'DDC', en: 'Start date', kind: 'date', aliases: ['Date de début du contrat', 'Début du contrat'] },
  { field: 'endDate', fr: 'DFC', en: 'End date', kind: 'date', aliases: ['Date de fin du contrat', 'Fin du contrat'] },
  { field: 'repeating', fr: 'Redoublant', en: 'Repeating', kind: 'boolean', aliases: ['Redoublante', 'Redoublement'] },
  { field: 'professionalisationValidated', fr: 'Professionnalisation validée', en: 'Professionalisation validated', kind: 'boolean', aliases: ['Professionalization validated'] },
  { field: 'foreign', fr: 'Étranger', en: 'Foreign', kind: 'boolean', aliases: ['Étrangère', 'Étudiant étranger'] },
  { field: 'aptObtained', fr: 'APT', en: 'Work permit', kind: 'permit', aliases: ['Autorisation provisoire de travail'] },
  { field: 'company', fr: 'OPA', en: 'Company', kind: 'text', aliases: ['Entreprise', 'Employeur', 'Employer'] },
  { field: 'monthlyGrossPay', fr: 'Salaire brut mensuel', en: 'Monthly gross pay', kind: 'number', aliases: ['Salaire brut', 'Salaire mensuel brut'] },
  { field: 'cproReason', fr: 'Motif CPRO', en: 'CPRO reason', kind: 'text', aliases: ['Motif du contrat de professionnalisation'] },
  { field: 'stageAltApproved', fr: 'Stage en alternance approuvé', en: 'Work-study internship approved', kind: 'boolean', aliases: ['Accord stage en alternance'] },
  { field: 'smcMonthly', fr: 'SMC', en: 'Branch minimum wage', kind: 'number', aliases: ['Salaire minimum conventionnel', 'SMC mensuel'] },
  { field: 'previousRatePercent', fr: 'Taux du contrat précédent (%)', en: 'Previous contract rate (%)', kind: 'number', aliases: ['Taux précédent'] },
  { field: 'higherEducationDiploma', fr: 'Diplôme du supérieur', en: 'Higher-education diploma', kind: 'boolean', aliases: ['Titulaire d’un diplôme du supérieur', 'Déjà diplômé du supérieur'] },
  { field: 'disabilityExtraYear', fr: 'Année supplémentaire (handicap)', en: 'Disability extra year', kind: 'boolean', aliases: ['Année supplémentaire pour handicap'] },
];

/** The columns the product writes back after a check (interfaces.md §3). */
export type ResultColumnKey = 'check' | 'findings' | 'billableHours' | 'cost' | 'unbilledHours' | 'minimumPay';

/** French headers of the result columns, as written back. */
export type ResultColumnHeader = 'Contrôle' | 'Anomalies' | 'Heures facturables' | 'Coût (€)' | 'Heures non facturées' | 'Salaire minimum (€)';

export interface ResultColumn {
  key: ResultColumnKey;
  fr: ResultColumnHeader;
  en: string;
  aliases: readonly string[];
}

/**
 * Result columns, recognised in both languages so that checking a sheet again
 * overwrites them instead of appending a second set.
 */
export const RESULT_COLUMNS: readonly ResultColumn[] = [
  { key: 'check', fr: 'Contrôle', en: 'Check', aliases: [] },
  { key: 'findings', fr: 'Anomalies', en: 'Findings', aliases: [] },
  { key: 'billableHours', fr: 'Heures facturables', en: 'Billable hours', aliases: [] },
  { key: 'cost', fr: 'Coût (€)', en: 'Cost (€)', aliases: ['Coût', 'Cost'] },
  { key: 'unbilledHours', fr: 'Heures non facturées', en: 'Unbilled hours', aliases: [] },
  { key: 'minimumPay', fr: 'Salaire minimum (€)', en: 'Minimum pay (€)', aliases: ['Salaire minimum', 'Minimum pay'] },
];

/** The result values written in the `Contrôle` column. */
export const CHECK_LABELS = { ok: 'OK', warning: 'Avertissement', error: 'Erreur' } as const;
