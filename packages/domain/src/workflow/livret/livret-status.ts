import { isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';
import type { LivretPeriod, LivretPeriodNumber } from './livret-periods.js';
import { livretRequirements, type LivretDocumentCode, type LivretRequirement } from './livret-requirements.js';

export interface SubmittedLivretDocument {
  period: LivretPeriodNumber;
  code: LivretDocumentCode;
}

export interface LivretGap extends LivretRequirement {
  /** MISSING while its period runs, LATE once the period is over. */
  status: 'MISSING' | 'LATE';
}

/**
 * The mandatory livret documents (§4.7) not yet submitted in the periods that have
 * started on `today`, in period then document order: MISSING while the period runs,
 * LATE from the day after its end. Optional documents and future periods are not listed.
 */
export function livretStatus(submittedDocuments: readonly SubmittedLivretDocument[], periods: readonly LivretPeriod[], today: IsoDate): LivretGap[] {
  if (!isIsoDate(today)) throw new InputError('today', `not an ISO date: ${String(today)}`);
  const submitted = new Set(submittedDocuments.map((d) => `${d.period}:${d.code}`));
  const gaps: LivretGap[] = [];
  for (const period of periods) {
    if (today < period.from) continue;
    for (const requirement of livretRequirements(period)) {
      if (!requirement.mandatory || submitted.has(`${period.number}:${requirement.code}`)) continue;
      gaps.push({ ...requirement, status: requirement.dueDate !== null && today > requirement.dueDate ? 'LATE' : 'MISSING' });
    }
  }
  return gaps;
}
