import { lazyFinding, type FindingText } from '../findings/lazy-finding.js';
import type { Group, ReferenceData } from '../reference-data/reference-data.js';
import type { Finding } from './contract-input.js';
import type { ContractFacts } from './contract-facts.js';
import { resolvedGroup } from './resolve-group.js';
import { VALID_STATUS_CONTRACT_PAIRS, statusContractPair } from './status-contract-pairs.js';
import { CONTRACT_TYPES, STATUSES, type ContractType, type Status } from './contract-input.js';

/** Every (status, contract) pair's text, built once: the rule runs on every roster row. Indexed by status × contract type. */
const PAIRS: string[] = STATUSES.flatMap((s) => CONTRACT_TYPES.map((c) => statusContractPair(s, c)));
/** Whether each pair of {@link PAIRS} is one of Tableau 3's (the list is a constant). */
const VALID_PAIRS: boolean[] = PAIRS.map((pair) => VALID_STATUS_CONTRACT_PAIRS.includes(pair));

/** The index in {@link PAIRS} of a read status and contract type (a short scan of constants, no keyed look-up). */
function pairIndex(status: Status, contractType: ContractType): number {
  return indexIn(STATUSES, status) * CONTRACT_TYPES.length + indexIn(CONTRACT_TYPES, contractType);
}

/** `list.indexOf(value)` as a loop the compiler inlines (indexOf was a call into the runtime's builtin on every row). */
function indexIn(list: readonly string[], value: string): number {
  for (let i = 0; i < list.length; i += 1) if (list[i] === value) return i;
  return -1;
}

/**
 * Status and contract (§2.1.1, Tableau 3) and admissibility in the programme group
 * (§2.6, Tableau 4): STATUS_CONTRACT_INVALID, PROGRAM_CONTRACT_NOT_ALLOWED,
 * SANS_REQUIRES_VALIDATED_PROFESSIONALISATION.
 */
export function checkAdmissibility(facts: ContractFacts, data: ReferenceData, findings: Finding[] = []): Finding[] {
  const { status, contractType, cohort } = facts;
  if (status === null || contractType === null) return findings;
  const index = pairIndex(status, contractType);
  const pair = PAIRS[index] as string;
  if (VALID_PAIRS[index] !== true) {
    findings.push(lazyFinding('STATUS_CONTRACT_INVALID', 'contractType', PAIR_INVALID, { pair, contractType }));
    return findings;
  }

  if (contractType === 'SANS' && !facts.professionalisationValidated) {
    findings.push(lazyFinding('SANS_REQUIRES_VALIDATED_PROFESSIONALISATION', 'professionalisationValidated', SANS_NEEDS_PROFESSIONALISATION, pair));
  }
  if (cohort === null) return findings;
  const resolved = resolvedGroup(cohort, facts.group, contractType, data);
  const group = resolved.group;
  if (group === null) return findings;
  // The group's lists searched once per pair, not on every row: a row compares its pair with
  // them by index (each `includes` compared texts, the pairs' not being the lists' strings).
  const flags = (resolved.pairs ?? (resolved.pairs = pairFlags(group)))[index] as number;
  const repeatingProfessionalised = facts.repeating && facts.professionalisationValidated;
  const admissible = (flags & ADMISSIBLE) !== 0 || (repeatingProfessionalised && (flags & WHEN_REPEATING) !== 0);
  if (!admissible) {
    const onlyWhenRepeating = (flags & WHEN_REPEATING) !== 0;
    findings.push(lazyFinding('PROGRAM_CONTRACT_NOT_ALLOWED', 'contractType', NOT_ADMISSIBLE, { pair, group, onlyWhenRepeating }));
  }
  return findings;
}

const ADMISSIBLE = 1;
const WHEN_REPEATING = 2;

/** For each pair of {@link PAIRS}: ADMISSIBLE when `group.admissible` holds it, WHEN_REPEATING when `admissibleWhenRepeatingProfessionalised` does. */
function pairFlags(group: Group): Uint8Array {
  const flags = new Uint8Array(PAIRS.length);
  for (let i = 0; i < PAIRS.length; i += 1) {
    const pair = PAIRS[i] as string;
    flags[i] = (group.admissible.includes(pair) ? ADMISSIBLE : 0) | (group.admissibleWhenRepeatingProfessionalised.includes(pair) ? WHEN_REPEATING : 0);
  }
  return flags;
}

/** The fix a wrong pair calls for: a CAPP is always FI, a CPRO always FC. */
function fixOf(contractType: ContractType): string | null {
  return contractType === 'CAPP' ? 'FI' : contractType === 'CPRO' ? 'FC' : null;
}

const PAIR_INVALID: FindingText<{ pair: string; contractType: ContractType }> = {
  fr: ({ pair, contractType }) => {
    const fix = fixOf(contractType);
    return `Le couple ${pair} n’existe pas${fix ? ` : un ${contractType} est toujours ${fix}` : ''} (couples valides : ${VALID_STATUS_CONTRACT_PAIRS.join(', ')}).`;
  },
  en: ({ pair, contractType }) => {
    const fix = fixOf(contractType);
    return `The pair ${pair} does not exist${fix ? `: a ${contractType} is always ${fix}` : ''} (valid pairs: ${VALID_STATUS_CONTRACT_PAIRS.join(', ')}).`;
  },
};

const SANS_NEEDS_PROFESSIONALISATION: FindingText<string> = {
  fr: (pair) => `${pair} n’est possible que si la professionnalisation est déjà validée.`,
  en: (pair) => `${pair} is only possible when professionalisation is already validated.`,
};

const NOT_ADMISSIBLE: FindingText<{ pair: string; group: Group; onlyWhenRepeating: boolean }> = {
  fr: ({ pair, group, onlyWhenRepeating }) =>
    onlyWhenRepeating
      ? `${pair} n’est admis en ${group.name} que pour un(e) redoublant(e) ayant validé sa professionnalisation.`
      : `${pair} n’est pas admis en ${group.name} (admis : ${group.admissible.join(', ')}).`,
  en: ({ pair, group, onlyWhenRepeating }) =>
    onlyWhenRepeating
      ? `${pair} is admissible in ${group.name} only for a repeating student whose professionalisation is validated.`
      : `${pair} is not admissible in ${group.name} (admissible: ${group.admissible.join(', ')}).`,
};
