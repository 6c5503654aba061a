import type { ContractType, Finding } from '../contracts/contract-input.js';
import { formatDateFr } from '../dates/format-date.js';
import { isIsoDate, type IsoDate } from '../dates/iso-date.js';
import { InputError } from '../findings/input-error.js';
import { makeFinding } from '../findings/make-finding.js';
import { repeatedYearOptions } from './repeated-year.js';

export interface ExtensionInput {
  /** Programme of the repeated year: L3I, M1, M2. */
  programme: string;
  contractType: ContractType | string;
  currentEndDate: IsoDate;
  newEndDate: IsoDate;
  /** Extensions already granted over the extension's scope (L3I; or M1 and M2 together). */
  previousExtensions: number;
  /** M1: the OPCO's express agreement to keep the contract, recorded. */
  opcoAgreement?: boolean | undefined;
}

/**
 * An extension (prorogation, by an avenant) of a contract for a repeated year (§4.5):
 * - EXTENSION_NOT_ALLOWED: the programme or contract allows none (an internship ends; M1
 *   only with the OPCO's express agreement; L3G has no alternance);
 * - EXTENSION_LIMIT_REACHED: the one extension of L3I, or of the whole Master, is used;
 * - EXTENSION_END_NOT_LATER: the new end date is not after the current one.
 * The extended contract is then checked again by every contract rule (DFC windows, pay).
 */
export function checkExtension(input: ExtensionInput): Finding[] {
  if (!isIsoDate(input.currentEndDate)) throw new InputError('currentEndDate', `not an ISO date: ${String(input.currentEndDate)}`);
  if (!isIsoDate(input.newEndDate)) throw new InputError('newEndDate', `not an ISO date: ${String(input.newEndDate)}`);
  if (!Number.isInteger(input.previousExtensions) || input.previousExtensions < 0) throw new InputError('previousExtensions', `not a count: ${input.previousExtensions}`);
  const options = repeatedYearOptions(input.programme, input.contractType);
  const findings: Finding[] = [];
  const allowed = options.extensionAllowed || (options.mustBreakUnlessOpcoAgrees && input.opcoAgreement === true);
  if (!allowed) {
    const why = options.internshipEnds
      ? { fr: 'un stage en alternance va à sa fin en cas de redoublement', en: 'a work-study internship ends when the year is repeated' }
      : options.mustBreakUnlessOpcoAgrees
        ? { fr: 'en M1, le contrat doit être rompu sauf accord exprès de l’OPCO, non enregistré', en: 'in M1 the contract must be broken unless the OPCO expressly agrees, which is not recorded' }
        : { fr: `le guide ne prévoit pas de prorogation en ${input.programme}`, en: `the guide provides no extension in ${input.programme}` };
    findings.push(makeFinding('EXTENSION_NOT_ALLOWED', 'endDate', { fr: `Prorogation impossible : ${why.fr}.`, en: `No extension possible: ${why.en}.` }));
  } else if (input.previousExtensions >= options.maxExtensions) {
    const scope = options.extensionScope === 'MASTER' ? { fr: 'pour l’ensemble du Master MIAGE', en: 'for the whole MIAGE Master' } : { fr: 'pour la L3I parcours MIAGE', en: 'for the L3I MIAGE' };
    findings.push(
      makeFinding('EXTENSION_LIMIT_REACHED', 'endDate', {
        fr: `Une seule prorogation est possible ${scope.fr} : ce contrat en compte déjà ${input.previousExtensions}.`,
        en: `Only one extension is possible ${scope.en}: this contract already has ${input.previousExtensions}.`,
      }),
    );
  }
  if (input.newEndDate <= input.currentEndDate) {
    findings.push(
      makeFinding(
        'EXTENSION_END_NOT_LATER',
        'endDate',
        {
          fr: `La nouvelle date de fin (${formatDateFr(input.newEndDate)}) doit être postérieure à la date de fin actuelle (${formatDateFr(input.currentEndDate)}).`,
          en: `The new end date (${formatDateFr(input.newEndDate)}) must be after the current one (${formatDateFr(input.currentEndDate)}).`,
        },
      ),
    );
  }
  return findings;
}
