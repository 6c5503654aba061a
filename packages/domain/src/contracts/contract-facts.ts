import { toDayNumber, type IsoDate } from '../dates/iso-date.js';
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
  /** The dates as day numbers (null with their date): read once, compared by the rules without parsing again. */
  birthDay: number | null;
  requestDay: number | null;
  validationDay: number | null;
  startDay: number | null;
  endDay: number | null;
}

type DateField = 'birthDate' | 'requestDate' | 'validationDate' | 'startDate' | 'endDate';
type BooleanField = 'repeating' | 'professionalisationValidated' | 'foreign' | 'aptObtained' | 'continuing' | 'stageAltApproved';
type NumberField = 'monthlyGrossPay' | 'smcMonthly' | 'previousRatePercent' | 'hoursPerDay';

const FIELD_LABELS: Record<string, { fr: string; en: string }> = {
  cohort: { fr: 'la formation', en: 'the cohort' },
  group: { fr: 'le groupe', en: 'the group' },
  status: { fr: 'le statut', en: 'the status' },
  contractType: { fr: 'le type de contrat', en: 'the contract type' },
  birthDate: { fr: 'la date de naissance', en: 'the birth date' },
  requestDate: { fr: 'la date de demande', en: 'the request date' },
  validationDate: { fr: 'la date de validation', en: 'the validation date' },
  startDate: { fr: 'la DDC (date de début du contrat)', en: 'the start date (DDC)' },
  endDate: { fr: 'la DFC (date de fin du contrat)', en: 'the end date (DFC)' },
  monthlyGrossPay: { fr: 'le salaire brut mensuel', en: 'the monthly gross pay' },
  smcMonthly: { fr: 'le SMC', en: 'the branch minimum (SMC)' },
  previousRatePercent: { fr: 'le taux du contrat précédent', en: 'the previous contract rate' },
  hoursPerDay: { fr: 'les heures par jour', en: 'the hours per day' },
};

function label(field: string): { fr: string; en: string } {
  return FIELD_LABELS[field] ?? { fr: field, en: field };
}

export function isAbsent(value: unknown): boolean {
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

  const reason = input['cproReason'];
  const birthDay = readDay(input, 'birthDate', findings);
  const requestDay = readDay(input, 'requestDate', findings);
  const validationDay = readDay(input, 'validationDate', findings);
  const startDay = readDay(input, 'startDate', findings);
  const endDay = readDay(input, 'endDate', findings);
  const facts: ContractFacts = {
    cohort,
    status,
    contractType,
    group,
    // A readable date is its own canonical text (YYYY-MM-DD).
    birthDate: birthDay === null ? null : (input['birthDate'] as IsoDate),
    requestDate: requestDay === null ? null : (input['requestDate'] as IsoDate),
    validationDate: validationDay === null ? null : (input['validationDate'] as IsoDate),
    startDate: startDay === null ? null : (input['startDate'] as IsoDate),
    endDate: endDay === null ? null : (input['endDate'] as IsoDate),
    repeating: readBoolean(input, 'repeating', findings) ?? false,
    professionalisationValidated: readBoolean(input, 'professionalisationValidated', findings) ?? false,
    foreign: readBoolean(input, 'foreign', findings) ?? false,
    aptObtained: readBoolean(input, 'aptObtained', findings),
    continuing: readBoolean(input, 'continuing', findings) ?? true,
    stageAltApproved: readBoolean(input, 'stageAltApproved', findings) ?? false,
    cproReason: typeof reason === 'string' && reason.trim() !== '' ? reason.trim() : null,
    monthlyGrossPay: readAmount(input, 'monthlyGrossPay', findings),
    smcMonthly: readAmount(input, 'smcMonthly', findings),
    previousRatePercent: readAmount(input, 'previousRatePercent', findings),
    hoursPerDay: readAmount(input, 'hoursPerDay', findings),
    birthDay,
    requestDay,
    validationDay,
    startDay,
    endDay,
  };
  return { facts, findings };
}

/** The day number of a date field, or null when absent or unreadable (then reported). */
function readDay(input: Record<string, unknown>, field: DateField, findings: Finding[]): number | null {
  const value = input[field];
  const day = toDayNumber(value);
  if (day !== null) return day;
  if (!isAbsent(value)) findings.push(invalidValue(field, value, { fr: 'une date AAAA-MM-JJ', en: 'a YYYY-MM-DD date' }));
  return null;
}

function readBoolean(input: Record<string, unknown>, field: BooleanField, findings: Finding[]): boolean | null {
  const value = input[field];
  if (typeof value === 'boolean') return value;
  if (isAbsent(value)) return null;
  findings.push(invalidValue(field, value, { fr: 'oui ou non', en: 'yes or no' }));
  return null;
}

function readAmount(input: Record<string, unknown>, field: NumberField, findings: Finding[]): number | null {
  const value = input[field];
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  if (isAbsent(value)) return null;
  findings.push(invalidValue(field, value, { fr: 'un nombre positif', en: 'a positive number' }));
  return null;
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
  // Most values are already canonical: no string is built for them.
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  const normalised = typeof value === 'string' ? value.trim().toUpperCase() : value;
  if (typeof normalised === 'string' && (allowed as readonly string[]).includes(normalised)) return normalised as T;
  findings.push(invalidValue(field, value, { fr: allowed.join(', '), en: allowed.join(', ') }));
  return null;
}
