import { isIsoDate, isoFromParts, type IsoDate } from '../../dates/iso-date.js';
import { workflowDefaults } from '../workflow-defaults.js';
import { InputError } from '../../findings/input-error.js';

/**
 * The day by which an alternant should have an academic tutor: assignments are made
 * "courant octobre, au plus tard début novembre" (§4.6); this product reads "début
 * novembre" as 10 November (workflowDefaults.academicTutorDeadline) of the year of the
 * training start (DDF). Until then the manager acts as tutor (note 32).
 */
export function academicTutorDeadline(ddfOfYear: IsoDate, options?: { deadline?: { month: number; day: number } | undefined }): IsoDate {
  if (!isIsoDate(ddfOfYear)) throw new InputError('ddf', `not an ISO date: ${String(ddfOfYear)}`);
  const { month, day } = options?.deadline ?? workflowDefaults.academicTutorDeadline;
  const deadline = isoFromParts(Number(ddfOfYear.slice(0, 4)), month, day);
  if (!isIsoDate(deadline)) throw new InputError('deadline', `not a day of the year: ${month}/${day}`);
  return deadline;
}
