import { isIsoDate, type IsoDate } from '../dates/iso-date.js';
import { makeFinding } from '../findings/make-finding.js';
import { findCohort } from '../reference-data/lookup.js';
import type { Cohort, ReferenceData } from '../reference-data/reference-data.js';
import { CONTRACT_TYPES, STATUSES, type ContractInput, type ContractType, type Finding, type Status } from './contract-input.js';

/** A ContractInput once every field has been read: unreadable values are null and reported. */
export interface ContractFacts {
  cohort: Cohort | null;
  status: Status | null;
  contractType: ContractType | null;
  group: 'CLASSIC' | 'ALTERNANCE' | null;
  birthDate: IsoDate | null;
  requestDate: IsoDate | null;
  validationDate: IsoDate | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  repeating: boolean;
  professionalisationValidated: boolean;
  foreign: boolean;
  aptObtained: boolean | null;
  continuing: boolean;
  stageAltApproved: boolean;
  cproReason: string | null;
  monthlyGrossPay: number | null;
  smcMonthly: number | null;
  previousRatePercent: number | null;
  hoursPerDay: number | null;
}

const DATE_FIELDS = ['birthDate', 'requestDate', 'validationDate', 'startDate', 'endDate'] as const;
const BOOLEAN_FIELDS = ['repeating', 'professionalisationValidated', 'foreign', 'aptObtained', 'continuing', 'stageAltApproved'] as const;
const NUMBER_FIELDS = ['monthlyGrossPay', 'smcMonthly', 'previousRatePercent', 'hoursPerDay'] as const;

const FIELD_LABELS: Record<string, { fr: string; en: string }> = {
  cohort: { fr: 'la formation', en: 'the cohort' },
  group: { fr: 'le groupe', en: 'the group' },
  status: { fr: 'le statut', en: 'the status' },
  contractType: { fr: 'le type de contrat', en: 'the contract type' },
  birthDate: { fr: 'la date de naissance', en: 'the birth date' },
  requestDate: { fr: 'la date de demande', en: 'the request date' },
  validationDate: { fr: 'la date de validation', en: 'the validation date' },
  startDate: { fr: 'la DDC', en: 'the start date (DDC)' },
  endDate: { fr: 'la DFC', en: 'the end date (DFC)' },
  monthlyGrossPay: { fr: 'le salaire brut mensuel', en: 'the monthly gross pay' },
  smcMonthly: { fr: 'le SMC', en: 'the branch minimum (SMC)' },
  previousRatePercent: { fr: 'le taux du contrat précédent', en: 'the previous contract rate' },
  hoursPerDay: { fr: 'les heures par jour', en: 'the hours per day' },
};

function label(field: string): { fr: string; en: string } {
  return FIELD_LABELS[field] ?? { fr: field, en: field };
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function show(value: unknown): string {
  try {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return (text ?? String(value)).slice(0, 60);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export function missingValue(field: keyof ContractInput): Finding {
  const l = label(field);
  return makeFinding('MISSING_VALUE', field, { fr: `Valeur obligatoire manquante : ${l.fr}.`, en: `Required value missing: ${l.en}.` });
}

export function invalidValue(field: keyof ContractInput, value: unknown, expected: { fr: string; en: string }): Finding {
  const l = label(field);
  return makeFinding('INVALID_VALUE', field, {
    fr: `Valeur illisible pour ${l.fr} : « ${show(value)} » (attendu : ${expected.fr}).`,
    en: `Unreadable value for ${l.en}: "${show(value)}" (expected: ${expected.en}).`,
  });
}

/**
 * Reads every field of an untrusted input without throwing: each absent required
 * value or unreadable value becomes a finding naming its field.
 */
export function readContractFacts(raw: unknown, data: ReferenceData): { facts: ContractFacts; findings: Finding[] } {
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const findings: Finding[] = [];

  const cohortCode = input['cohort'];
  let cohort: Cohort | null = null;
  if (isAbsent(cohortCode)) findings.push(missingValue('cohort'));
  else if (typeof cohortCode !== 'string' || !(cohort = findCohort(data, cohortCode) ?? null)) {
    findings.push(invalidValue('cohort', cohortCode, { fr: data.cohorts.map((c) => c.code).join(', '), en: data.cohorts.map((c) => c.code).join(', ') }));
  }

  const status = readEnum(input, 'status', STATUSES, findings);
  const contractType = readEnum(input, 'contractType', CONTRACT_TYPES, findings);
  const group = readEnum(input, 'group', ['CLASSIC', 'ALTERNANCE'] as const, findings, false);

  const dates = {} as Record<(typeof DATE_FIELDS)[number], IsoDate | null>;
  for (const field of DATE_FIELDS) {
    const value = input[field];
    if (isAbsent(value)) dates[field] = null;
    else if (isIsoDate(value)) dates[field] = value;
    else {
      dates[field] = null;
      findings.push(invalidValue(field, value, { fr: 'une date AAAA-MM-JJ', en: 'a YYYY-MM-DD date' }));
    }
  }

  const booleans = {} as Record<(typeof BOOLEAN_FIELDS)[number], boolean | null>;
  for (const field of BOOLEAN_FIELDS) {
    const value = input[field];
    if (isAbsent(value)) booleans[field] = null;
    else if (typeof value === 'boolean') booleans[field] = value;
    else {
      booleans[field] = null;
      findings.push(invalidValue(field, value, { fr: 'oui ou non', en: 'yes or no' }));
    }
  }

  const numbers = {} as Record<(typeof NUMBER_FIELDS)[number], number | null>;
  for (const field of NUMBER_FIELDS) {
    const value = input[field];
    if (isAbsent(value)) numbers[field] = null;
    else if (typeof value === 'number' && Number.isFinite(value) && value >= 0) numbers[field] = value;
    else {
      numbers[field] = null;
      findings.push(invalidValue(field, value, { fr: 'un nombre positif', en: 'a positive number' }));
    }
  }

  const reason = input['cproReason'];
  const facts: ContractFacts = {
    cohort,
    status,
    contractType,
    group,
    ...dates,
    repeating: booleans.repeating ?? false,
    professionalisationValidated: booleans.professionalisationValidated ?? false,
    foreign: booleans.foreign ?? false,
    aptObtained: booleans.aptObtained,
    continuing: booleans.continuing ?? true,
    stageAltApproved: booleans.stageAltApproved ?? false,
    cproReason: typeof reason === 'string' && reason.trim() !== '' ? reason.trim() : null,
    ...numbers,
  };
  return { facts, findings };
}

function readEnum<T extends string>(
  input: Record<string, unknown>,
  field: 'status' | 'contractType' | 'group',
  allowed: readonly T[],
  findings: Finding[],
  required = true,
): T | null {
  const value = input[field];
  if (isAbsent(value)) {
    if (required) findings.push(missingValue(field));
    return null;
  }
  const normalised = typeof value === 'string' ? value.trim().toUpperCase() : value;
  if (typeof normalised === 'string' && (allowed as readonly string[]).includes(normalised)) return normalised as T;
  findings.push(invalidValue(field, value, { fr: allowed.join(', '), en: allowed.join(', ') }));
  return null;
}
