import type { ContractType } from '../../contracts/contract-input.js';
import { isEmploymentContract } from '../../contracts/status-contract-pairs.js';
import { formatDateFr } from '../../dates/format-date.js';
import { addDays, isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { workflowFinding, type WorkflowFinding } from '../workflow-finding.js';

export interface AptInput {
  contractType: ContractType | string | null;
  foreign: boolean | null | undefined;
  /** The student holds the autorisation provisoire de travail; absent counts as not held. */
  aptObtained: boolean | null | undefined;
  /** DDC, for the deadline in the message and the window. */
  startDate?: IsoDate | null | undefined;
}

/**
 * APT_MISSING for a foreign student under contract (CAPP, CPRO) who does not hold the
 * autorisation provisoire de travail (§3.4, "Attention" and note 26: the contract is
 * void if it is not held BEFORE the DDC). It fires until the APT is recorded, before
 * the DDC as well (it must be obtained in time) — `today` only words the message:
 * on or after the DDC the contract is void. Internships are not concerned. O(1).
 */
export function checkApt(input: AptInput, today?: IsoDate): WorkflowFinding | null {
  const type = typeof input.contractType === 'string' ? (input.contractType as ContractType) : null;
  if (input.foreign !== true || input.aptObtained === true || !isEmploymentContract(type)) return null;
  const start = isIsoDate(input.startDate) ? input.startDate : null;
  if (start === null) {
    return workflowFinding('APT_MISSING', { field: 'aptObtained' }, {
      fr: 'Étudiant(e) étranger(ère) sous contrat sans autorisation provisoire de travail (APT) : à obtenir avant la DDC, sinon le contrat est caduc.',
      en: 'Foreign student under contract without a provisional work permit (APT): it must be held before the start date, or the contract is void.',
    });
  }
  const latest = addDays(start, -1);
  const isVoid = today !== undefined && today >= start;
  return workflowFinding(
    'APT_MISSING',
    { field: 'aptObtained' },
    isVoid
      ? {
          fr: `Étudiant(e) étranger(ère) sans autorisation provisoire de travail (APT) à la DDC du ${formatDateFr(start)} : le contrat est caduc.`,
          en: `Foreign student without a provisional work permit (APT) at the start date ${start}: the contract is void.`,
        }
      : {
          fr: `Étudiant(e) étranger(ère) sous contrat sans autorisation provisoire de travail (APT) : à obtenir au plus tard le ${formatDateFr(latest)}, veille de la DDC, sinon le contrat est caduc.`,
          en: `Foreign student under contract without a provisional work permit (APT): it must be held by ${latest}, the day before the start date, or the contract is void.`,
        },
    { min: null, max: latest },
  );
}
