import { dayOfIsoInto } from '../dates/civil-days.js';
import type { IsoDate } from '../dates/iso-date.js';
import { lazyFinding, type FindingText } from '../findings/lazy-finding.js';
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
  higherEducationDiploma: boolean;
  disabilityExtraYear: boolean;
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
  /**
   * Year, month and day of the birth, start and end dates, written when they are read:
   * meaningful only while their day number is not null. The age, pay and duration rules
   * use them instead of looking each day number up in the calendar tables again.
   */
  birthParts: [number, number, number];
  startParts: [number, number, number];
  endParts: [number, number, number];
}

type DateField = 'birthDate' | 'requestDate' | 'validationDate' | 'startDate' | 'endDate';
type BooleanField = 'repeating' | 'professionalisationValidated' | 'foreign' | 'aptObtained' | 'continuing' | 'stageAltApproved' | 'higherEducationDiploma' | 'disabilityExtraYear';
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
  higherEducationDiploma: { fr: 'le diplôme de l’enseignement supérieur déjà obtenu', en: 'the higher-education diploma already held' },
  disabilityExtraYear: { fr: 'l’année supplémentaire pour handicap', en: 'the extra year for a disability' },
  aptObtainedOn: { fr: 'la date d’obtention de l’APT', en: 'the day the work permit was obtained' },
};

function label(field: string): { fr: string; en: string } {
  return FIELD_LABELS[field] ?? { fr: field, en: field };
}

export function isAbsent(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'string') return false;
  // A text starting with a visible ASCII character is not blank: no trim for it (most values).
  const first = value.length === 0 ? 0 : value.charCodeAt(0);
  return !(first > 32 && first < 127) && value.trim() === '';
}

function show(value: unknown): string {
  try {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return (text ?? String(value)).slice(0, 60);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

const MISSING: FindingText<{ fr: string; en: string }> = {
  fr: (l) => `Valeur obligatoire manquante : ${l.fr}.`,
  en: (l) => `Required value missing: ${l.en}.`,
};

export function missingValue(field: keyof ContractInput): Finding {
  return lazyFinding('MISSING_VALUE', field, MISSING, label(field));
}

interface Unreadable {
  label: { fr: string; en: string };
  value: unknown;
  expected: { fr: string; en: string } | ReferenceData;
}

/** The cohort codes of the reference data, the values a cohort may take. */
function expectedText(expected: Unreadable['expected']): { fr: string; en: string } {
  if (!('cohorts' in expected)) return expected;
  const codes = expected.cohorts.map((c) => c.code).join(', ');
  return { fr: codes, en: codes };
}

const INVALID: FindingText<Unreadable> = {
  fr: (a) => `Valeur illisible pour ${a.label.fr} : « ${show(a.value)} » (attendu : ${expectedText(a.expected).fr}).`,
  en: (a) => `Unreadable value for ${a.label.en}: "${show(a.value)}" (expected: ${expectedText(a.expected).en}).`,
};

/** INVALID_VALUE naming the field; `expected` is the reference data for a cohort (its codes are listed). */
export function invalidValue(field: keyof ContractInput, value: unknown, expected: { fr: string; en: string } | ReferenceData): Finding {
  // A value that is not text is shown as read now: the caller may change its object later.
  const args: Unreadable = { label: label(field), value: typeof value === 'string' ? value : show(value), expected };
  return lazyFinding('INVALID_VALUE', field, INVALID, args);
}

/**
 * Reads every field of an untrusted input without throwing: each absent required
 * value or unreadable value becomes a finding naming its field.
 */
export function readContractFacts(raw: unknown, data: ReferenceData): { facts: ContractFacts; findings: Finding[] } {
  const facts = emptyFacts();
  const findings: Finding[] = [];
  readFactsInto(raw, data, facts, findings);
  return { facts, findings };
}

/** {@link readContractFacts} into a given facts object and findings list (a roster reuses them row after row). */
export function readFactsInto(raw: unknown, data: ReferenceData, facts: ContractFacts, findings: Finding[]): void {
  const input = (typeof raw === 'object' && raw !== null ? raw : NO_INPUT) as RawInput;

  // Each field is read once, by name (one shape for a roster's rows: monomorphic loads),
  // and its value handed to a reader that does not know the input.
  const cohortCode = input.cohort;
  let cohort: Cohort | null = null;
  // A code starting with a visible ASCII character is not absent (isAbsent's own first
  // test): looked up at once, without a call to isAbsent on every row.
  const first = typeof cohortCode === 'string' && cohortCode.length !== 0 ? cohortCode.charCodeAt(0) : 0;
  if (first > 32 && first < 127) {
    if (!(cohort = findCohort(data, cohortCode as string) ?? null)) findings.push(invalidValue('cohort', cohortCode, data));
  } else if (isAbsent(cohortCode)) findings.push(missingValue('cohort'));
  else if (typeof cohortCode !== 'string' || !(cohort = findCohort(data, cohortCode) ?? null)) {
    findings.push(invalidValue('cohort', cohortCode, data));
  }
  // Written field by field into `facts` (a roster reuses one object for every row), in
  // the order the findings of unreadable values are listed.
  facts.cohort = cohort;
  facts.status = readEnum(input.status, 'status', STATUSES, findings, true);
  facts.contractType = readEnum(input.contractType, 'contractType', CONTRACT_TYPES, findings, true);
  facts.group = readEnum(input.group, 'group', GROUPS, findings, false);

  // A readable date is its own canonical text (YYYY-MM-DD): kept as read, parsed once.
  const birthDate = input.birthDate;
  const requestDate = input.requestDate;
  const validationDate = input.validationDate;
  const startDate = input.startDate;
  const endDate = input.endDate;
  // Which of the five are texts of ten characters, asked of all five before any is parsed:
  // a row's strings lie apart in the heap, and the first read of each waits on memory. One
  // parse after the other, the five waits followed one another (half of the parse's time in
  // the profile); asked side by side, they overlap. A date of another shape is not read
  // (dayOfIsoInto would return null for it).
  const tens = tenCharacterTexts(birthDate, requestDate, validationDate, startDate, endDate);
  // Parsed here, not through a reader per field: this function is too large for the
  // compiler to inline a reader and the parse into it, and a call per date cost more than
  // the check of an unreadable one (reported apart, in the order of the fields).
  const birthDay = (facts.birthDay = (tens & 1) !== 0 ? dayOfIsoInto(birthDate, facts.birthParts) : null);
  const requestDay = (facts.requestDay = (tens & 2) !== 0 ? dayOfIsoInto(requestDate, OTHER_PARTS) : null);
  const validationDay = (facts.validationDay = (tens & 4) !== 0 ? dayOfIsoInto(validationDate, OTHER_PARTS) : null);
  const startDay = (facts.startDay = (tens & 8) !== 0 ? dayOfIsoInto(startDate, facts.startParts) : null);
  const endDay = (facts.endDay = (tens & 16) !== 0 ? dayOfIsoInto(endDate, facts.endParts) : null);
  if (birthDay === null || requestDay === null || validationDay === null || startDay === null || endDay === null) {
    reportDates(birthDay === null ? birthDate : undefined, requestDay === null ? requestDate : undefined, validationDay === null ? validationDate : undefined, startDay === null ? startDate : undefined, endDay === null ? endDate : undefined, findings);
  }
  facts.birthDate = birthDay === null ? null : (birthDate as IsoDate);
  facts.requestDate = requestDay === null ? null : (requestDate as IsoDate);
  facts.validationDate = validationDay === null ? null : (validationDate as IsoDate);
  facts.startDate = startDay === null ? null : (startDate as IsoDate);
  facts.endDate = endDay === null ? null : (endDate as IsoDate);
  facts.repeating = readBoolean(input.repeating, 'repeating', findings) ?? false;
  facts.professionalisationValidated = readBoolean(input.professionalisationValidated, 'professionalisationValidated', findings) ?? false;
  facts.foreign = readBoolean(input.foreign, 'foreign', findings) ?? false;
  facts.aptObtained = readBoolean(input.aptObtained, 'aptObtained', findings);
  facts.continuing = readBoolean(input.continuing, 'continuing', findings) ?? true;
  facts.stageAltApproved = readBoolean(input.stageAltApproved, 'stageAltApproved', findings) ?? false;
  facts.higherEducationDiploma = readBoolean(input.higherEducationDiploma, 'higherEducationDiploma', findings) ?? false;
  facts.disabilityExtraYear = readBoolean(input.disabilityExtraYear, 'disabilityExtraYear', findings) ?? false;
  const reason = input.cproReason;
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  facts.cproReason = trimmed !== '' ? trimmed : null;
  facts.monthlyGrossPay = readAmount(input.monthlyGrossPay, 'monthlyGrossPay', findings);
  facts.smcMonthly = readAmount(input.smcMonthly, 'smcMonthly', findings);
  facts.previousRatePercent = readAmount(input.previousRatePercent, 'previousRatePercent', findings);
  facts.hoursPerDay = readAmount(input.hoursPerDay, 'hoursPerDay', findings);
}

const GROUPS = ['CLASSIC', 'ALTERNANCE'] as const;

/** One bit per value that is a text of ten characters (the length of YYYY-MM-DD), in the order given: 1, 2, 4, 8, 16. */
function tenCharacterTexts(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown): number {
  return isTen(a) | (isTen(b) << 1) | (isTen(c) << 2) | (isTen(d) << 3) | (isTen(e) << 4);
}

function isTen(value: unknown): number {
  return typeof value === 'string' && value.length === 10 ? 1 : 0;
}

/** A facts object to fill (every field present from the start: one shape for every row). */
export function emptyFacts(): ContractFacts {
  return {
    cohort: null,
    status: null,
    contractType: null,
    group: null,
    birthDate: null,
    requestDate: null,
    validationDate: null,
    startDate: null,
    endDate: null,
    repeating: false,
    professionalisationValidated: false,
    foreign: false,
    aptObtained: null,
    continuing: true,
    stageAltApproved: false,
    higherEducationDiploma: false,
    disabilityExtraYear: false,
    cproReason: null,
    monthlyGrossPay: null,
    smcMonthly: null,
    previousRatePercent: null,
    hoursPerDay: null,
    birthDay: null,
    requestDay: null,
    validationDay: null,
    startDay: null,
    endDay: null,
    birthParts: [0, 0, 0],
    startParts: [0, 0, 0],
    endParts: [0, 0, 0],
  };
}

/** The fields of an input, not yet read: anything may be in them. */
type RawInput = { readonly [K in keyof ContractInput]?: unknown };
const NO_INPUT: RawInput = {};

/** Parts of the request and validation dates, which no rule reads. */
const OTHER_PARTS: [number, number, number] = [0, 0, 0];

/** INVALID_VALUE for each unreadable date, in the fields' order: each argument is the value of a date that was not read (undefined for one that was). */
function reportDates(birth: unknown, request: unknown, validation: unknown, start: unknown, end: unknown, findings: Finding[]): void {
  reportDate(birth, 'birthDate', findings);
  reportDate(request, 'requestDate', findings);
  reportDate(validation, 'validationDate', findings);
  reportDate(start, 'startDate', findings);
  reportDate(end, 'endDate', findings);
}

/** A date field's value that was not read: reported unless absent (then it is missing, which the rules needing it say). */
function reportDate(value: unknown, field: DateField, findings: Finding[]): void {
  if (!isAbsent(value)) findings.push(invalidValue(field, value, DATE_EXPECTED));
}

const DATE_EXPECTED = { fr: 'une date AAAA-MM-JJ', en: 'a YYYY-MM-DD date' };

function readBoolean(value: unknown, field: BooleanField, findings: Finding[]): boolean | null {
  if (typeof value === 'boolean') return value;
  // Most optional fields are simply not there: answered without a call.
  if (value === undefined || isAbsent(value)) return null;
  findings.push(invalidValue(field, value, { fr: 'oui ou non', en: 'yes or no' }));
  return null;
}

function readAmount(value: unknown, field: NumberField, findings: Finding[]): number | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  if (value === undefined || isAbsent(value)) return null;
  findings.push(invalidValue(field, value, { fr: 'un nombre positif', en: 'a positive number' }));
  return null;
}

function readEnum<T extends string>(value: unknown, field: 'status' | 'contractType' | 'group', allowed: readonly T[], findings: Finding[], required: boolean): T | null {
  // Most values are already canonical (and so not absent): found first, no string built for
  // them. The list's own string is kept (the same text): the rules compare it with their
  // constants by identity, not by text.
  // Only a text is compared: the group is absent from most rows, and comparing `undefined`
  // with the list's texts in the same loop made every comparison a generic one.
  if (typeof value === 'string') for (let i = 0; i < allowed.length; i += 1) if (allowed[i] === value) return allowed[i] as T;
  if (value === undefined || isAbsent(value)) {
    if (required) findings.push(missingValue(field));
    return null;
  }
  const normalised = typeof value === 'string' ? value.trim().toUpperCase() : value;
  if (typeof normalised === 'string' && (allowed as readonly string[]).includes(normalised)) return normalised as T;
  findings.push(invalidValue(field, value, { fr: allowed.join(', '), en: allowed.join(', ') }));
  return null;
}
