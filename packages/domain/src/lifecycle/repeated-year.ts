import type { ContractType } from '../contracts/contract-input.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Finding } from '../contracts/contract-input.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';

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
/** A work contract, the only kind a « prorogation » can extend (§4.5): not an internship, not « sans contrat ». */
const isWorkContract = (type: ContractType | string): boolean => type === 'CAPP' || type === 'CPRO';

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
  const extendable = isWorkContract(contractType);
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
      return { ...base, extensionAllowed: extendable, maxExtensions: extendable ? 1 : 0, newAlternanceYears: 1 };
    case 'M1':
      // With the OPCO's express agreement the contract goes on: its end date moves once, counted for the Master.
      return { ...base, mustBreakUnlessOpcoAgrees: extendable, maxExtensions: extendable ? 1 : 0, newAlternanceYears: 2 };
    case 'M2':
      return { ...base, extensionAllowed: extendable, maxExtensions: extendable ? 1 : 0, newAlternanceYears: 1, withoutAlternance: 'ONLY_IF_ALTERNANCE_VALIDATED' };
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

/**
 * What §4.5 says to the repeater, in the notice of the year's outcome (French, the users' language):
 * the extension with the same host when their work contract allows it (once for the L3I, once for the
 * whole Master), the new alternance and its length, the year without alternance (for the M2 only if the
 * alternance was already validated), the internship that ends — and the « Attention » box: a new
 * contract only when the training hours left reach the legal minimum, read from `legal.trainingMinimum`.
 * The M1 contract to break is the finding's (REPEAT_CONTRACT_MUST_BREAK), not repeated here.
 */
export function repeatedYearNotice(options: RepeatedYearOptions, referenceData: ReferenceData = defaultReferenceData): string[] {
  const lines: string[] = [];
  if (options.internshipEnds) lines.push('Le stage en alternance va à sa fin ; l’étudiant(e) peut repartir sur une autre alternance (§5).');
  const scope = options.extensionScope === 'MASTER' ? 'l’ensemble du Master MIAGE' : `la ${options.programme}`;
  if (options.extensionAllowed) lines.push(`Le contrat d’alternance peut être prorogé au sein du même organisme d’accueil (1 seule prorogation possible pour ${scope}).`);
  const without = options.withoutAlternance === 'ONLY_IF_ALTERNANCE_VALIDATED' ? 'sans alternance si cette dernière a déjà été validée' : 'sans alternance';
  if (options.newAlternanceYears !== null) {
    lines.push(`Une nouvelle alternance peut ${options.extensionAllowed ? 'sinon ' : ''}être réalisée pour ${options.newAlternanceYears} an${options.newAlternanceYears > 1 ? 's' : ''} (§5), ou le redoublement peut se faire ${without}.`);
    const { CAPP, CPRO } = referenceData.legal.trainingMinimum;
    const pct = (share: number) => `${String(Math.round(share * 1000) / 10).replace('.', ',')} %`;
    lines.push(
      `Attention : un nouveau contrat d’alternance ne pourra être établi que si le volume horaire de formation restant à valider atteint le minimum légal — ${pct(CAPP.minShare)} du temps de travail du contrat pour un contrat d’apprentissage, ` +
        `entre ${pct(CPRO.minShare)} et ${pct(CPRO.maxShare)} avec au moins ${CPRO.minHours} heures pour un contrat de professionnalisation (§4.5).`,
    );
  }
  return lines;
}
