import type { ContractType } from '../contracts/contract-input.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Finding } from '../contracts/contract-input.js';

/** What a training year's end decides for one alternant (issue 13 §1). */
export type YearOutcome = 'PASSES' | 'REPEATS' | 'LEAVES';

/** Where the extensions of a programme are counted: L3I on its own, M1 and M2 together (the whole Master). */
export type ExtensionScope = 'L3' | 'MASTER';

/** What a repeated year allows, per programme and contract (§4.5). */
export interface RepeatedYearOptions {
  programme: string;
  /** The contract may be extended (prorogation) with the same host. */
  extensionAllowed: boolean;
  /** At most this many extensions over `extensionScope` (1 in the guide). */
  maxExtensions: number;
  extensionScope: ExtensionScope | null;
  /** M1: the contract must be broken, unless the OPCO expressly agrees (recorded with its document). */
  mustBreakUnlessOpcoAgrees: boolean;
  /** Length in years of a new alternance for the repeated year (§5); null when none can start. */
  newAlternanceYears: 1 | 2 | null;
  /** Repeating without alternance (M2: only when the alternance was already validated). */
  withoutAlternance: 'ALLOWED' | 'ONLY_IF_ALTERNANCE_VALIDATED';
  /** A work-study internship simply ends (§4.5, last item). */
  internshipEnds: boolean;
  ref: '§4.5';
}

const isInternship = (type: ContractType | string): boolean => type === 'CSTAGEALT' || type === 'CSTAGE';

/** The programme an extension is counted in: the guide allows one for L3I, one for the whole Master. */
export function extensionScope(programme: string): ExtensionScope | null {
  if (programme === 'L3I') return 'L3';
  if (programme === 'M1' || programme === 'M2') return 'MASTER';
  return null;
}

/**
 * §4.5, per repeated programme: L3I — one extension with the same host, or a new
 * alternance of 1 year, or the year without alternance; M1 — the contract must be broken
 * unless the OPCO expressly agrees, a new alternance of 2 years; M2 — one extension for
 * the whole Master, a new alternance of 1 year, or without alternance if it was already
 * validated. A work-study internship ends, whatever the year; the student may start
 * another alternance (§5).
 */
export function repeatedYearOptions(programme: string, contractType: ContractType | string): RepeatedYearOptions {
  const internship = isInternship(contractType);
  const scope = extensionScope(programme);
  const base: RepeatedYearOptions = {
    programme,
    extensionAllowed: false,
    maxExtensions: 0,
    extensionScope: scope,
    mustBreakUnlessOpcoAgrees: false,
    newAlternanceYears: null,
    withoutAlternance: 'ALLOWED',
    internshipEnds: internship,
    ref: '§4.5',
  };
  switch (programme) {
    case 'L3I':
      return { ...base, extensionAllowed: !internship, maxExtensions: internship ? 0 : 1, newAlternanceYears: 1 };
    case 'M1':
      // With the OPCO's express agreement the contract goes on: its end date moves once, counted for the Master.
      return { ...base, mustBreakUnlessOpcoAgrees: !internship && contractType !== 'SANS', maxExtensions: internship ? 0 : 1, newAlternanceYears: 2 };
    case 'M2':
      return { ...base, extensionAllowed: !internship, maxExtensions: internship ? 0 : 1, newAlternanceYears: 1, withoutAlternance: 'ONLY_IF_ALTERNANCE_VALIDATED' };
    default:
      return base;
  }
}

/**
 * REPEAT_CONTRACT_MUST_BREAK (§4.5): an M1 alternant under contract repeats and the OPCO
 * has not expressly agreed to keep the contract; null otherwise (agreement recorded,
 * another programme, an internship — which ends anyway — or no contract).
 */
export function checkRepeatedYearContract(input: { programme: string; contractType: ContractType | string; opcoAgreement: boolean }): Finding | null {
  const options = repeatedYearOptions(input.programme, input.contractType);
  if (!options.mustBreakUnlessOpcoAgrees || input.opcoAgreement) return null;
  return makeFinding('REPEAT_CONTRACT_MUST_BREAK', 'contractType', {
    fr: 'Redoublement du M1 : sauf accord exprès de l’OPCO (à enregistrer avec son document), le contrat d’alternance doit être rompu. Une nouvelle alternance de 2 ans peut ensuite être signée.',
    en: 'Repeating M1: unless the OPCO expressly agrees (record it with its document), the contract must be broken. A new 2-year alternance may then be signed.',
  });
}
