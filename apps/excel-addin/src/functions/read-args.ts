import { findCohort, parseCell, type Cohort } from '@alternance/domain';
import { referenceDataInUse } from '../reference/reference-data-in-use.js';
import { invalidValue } from './function-error.js';

/** Excel passes an omitted optional argument as null or undefined, and a blank cell as ''. */
export function isOmitted(value: unknown): boolean {
  const parsed = parseCell('text', value);
  return parsed.ok && parsed.value === undefined;
}

/** A date argument: an Excel date serial, 'AAAA-MM-JJ' or 'jj/mm/aaaa'. */
export function readDate(value: unknown, label: string): string {
  const parsed = parseCell('date', value);
  if (!parsed.ok) throw invalidValue(`${label} illisible : ${parsed.reason.fr}.`);
  if (parsed.value === undefined) throw invalidValue(`${label} manquante.`);
  return parsed.value;
}

export function readOptionalNumber(value: unknown, label: string): number | undefined {
  const parsed = parseCell('number', value);
  if (!parsed.ok) throw invalidValue(`${label} illisible : ${parsed.reason.fr}.`);
  return parsed.value;
}

export function readOptionalBoolean(value: unknown, label: string): boolean | undefined {
  const parsed = parseCell('boolean', value);
  if (!parsed.ok) throw invalidValue(`${label} illisible : ${parsed.reason.fr}.`);
  return parsed.value;
}

/** A code (formation, statut, contrat) in upper case, as the roster reads it. */
export function readCode(value: unknown, label: string): string {
  const parsed = parseCell('enum', value);
  if (!parsed.ok) throw invalidValue(`${label} illisible : ${parsed.reason.fr}.`);
  if (parsed.value === undefined) throw invalidValue(`${label} manquant.`);
  return parsed.value;
}

export function readCohort(value: unknown): Cohort {
  const code = readCode(value, 'Formation');
  const data = referenceDataInUse().data;
  const cohort = findCohort(data, code);
  if (!cohort) {
    const known = data.cohorts.map((c) => c.code).join(', ');
    throw invalidValue(`Formation inconnue : « ${code} » (connues : ${known}).`);
  }
  return cohort;
}

const CONTRACT_TYPES = ['CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE', 'SANS'] as const;
export type ContractTypeArg = (typeof CONTRACT_TYPES)[number];

export function readContractType(value: unknown, allowed: readonly ContractTypeArg[] = CONTRACT_TYPES): ContractTypeArg {
  const code = readCode(value, 'Contrat');
  if (!(allowed as readonly string[]).includes(code)) throw invalidValue(`Contrat « ${code} » non pris en charge ici (attendu : ${allowed.join(', ')}).`);
  return code as ContractTypeArg;
}
