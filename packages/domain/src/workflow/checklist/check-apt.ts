import type { ContractType } from '../../contracts/contract-input.js';
import { isEmploymentContract } from '../../contracts/status-contract-pairs.js';
import { formatDateFr } from '../../dates/format-date.js';
import { addDays, isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { workflowFinding, type WorkflowFinding } from '../workflow-finding.js';

export interface AptInput {
  contractType: ContractType | string | null;
  foreign: boolean | null | undefined;
  /** The student holds the autorisation provisoire de travail; absent counts as not held (unless its day is given). */
  aptObtained: boolean | null | undefined;
  /** The day the APT was obtained, when known: held from that day on. */
  aptObtainedOn?: IsoDate | null | undefined;
  /** DDC, for the deadline in the message and the window. */
  startDate?: IsoDate | null | undefined;
}

/** Note 26 « détenue AVANT son début »: an APT obtained on `obtainedOn` does for a contract starting on `startDate` only if obtained before that day. */
export function aptInTime(obtainedOn: IsoDate, startDate: IsoDate): boolean {
  return obtainedOn < startDate;
}

/**
 * APT_MISSING for a foreign student under contract (CAPP, CPRO) who does not hold the
 * autorisation provisoire de travail BEFORE the DDC. §3.4 ("Attention") and note 26: the
 * student asks the CFA/SFCA for it once the mission is VALIDATED, and « le contrat sera
 * caduc si cette autorisation n'est pas détenue AVANT son début ». So before the DDC a
 * missing APT is a checklist item with a due date (WORK_PERMIT, contract-checklist.ts), not
 * a validation error: the rule fires from the DDC on (`today` ≥ DDC) while none is held.
 * An APT obtained on the DDC or later (`aptObtainedOn` ≥ DDC) came too late: the contract is
 * void whatever the day, and the rule fires with that day. Without `today` or a readable DDC
 * it cannot tell and stays silent. Internships are not concerned. O(1).
 */
export function checkApt(input: AptInput, today?: IsoDate): WorkflowFinding | null {
  const type = typeof input.contractType === 'string' ? (input.contractType as ContractType) : null;
  if (input.foreign !== true || !isEmploymentContract(type)) return null;
  const start = isIsoDate(input.startDate) ? input.startDate : null;
  if (start === null) return null;
  const on = isIsoDate(input.aptObtainedOn) ? input.aptObtainedOn : null;
  const held = input.aptObtained === true || (input.aptObtained !== false && on !== null);
  const window = { min: null, max: addDays(start, -1) };
  if (held) {
    if (on === null || aptInTime(on, start)) return null;
    return workflowFinding(
      'APT_MISSING',
      { field: 'aptObtained' },
      {
        fr: `Autorisation provisoire de travail (APT) obtenue le ${formatDateFr(on)}, pas avant la date de début du contrat (DDC) du ${formatDateFr(start)} : le contrat est caduc (§3.4, note 26).`,
        en: `Provisional work permit (APT) obtained on ${formatDateFr(on)}, not before the start date ${formatDateFr(start)}: the contract is void (§3.4, note 26).`,
      },
      window,
    );
  }
  if (today === undefined || !isIsoDate(today) || today < start) return null;
  return workflowFinding(
    'APT_MISSING',
    { field: 'aptObtained' },
    {
      fr: `Étudiant(e) étranger(ère) sans autorisation provisoire de travail (APT) à la date de début du contrat (DDC) du ${formatDateFr(start)} : le contrat est caduc.`,
      en: `Foreign student without a provisional work permit (APT) at the start date ${formatDateFr(start)}: the contract is void.`,
    },
    window,
  );
}
