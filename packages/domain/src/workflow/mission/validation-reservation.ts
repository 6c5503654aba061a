import { toDayNumber, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';
import { defaultReferenceData } from '../../reference-data/default-reference-data.js';
import { findCohort } from '../../reference-data/lookup.js';
import type { ReferenceData } from '../../reference-data/reference-data.js';

export interface ValidationReservation {
  /** French. */
  text: string;
  textEn: string;
  ref: string;
}

/**
 * What a mission validated before its training starts is still subject to (§3.3.1: « TOUJOURS
 * sous réserve de validation du diplôme en cours ET sous réserve de recrutement dans le
 * diplôme pour lequel l'alternance serait réalisée »; Figure 13: the contract is drawn up only
 * after the mission's validation, the current year's validation and a favourable recruitment
 * decision). From the cohort's DDF on the student is enrolled in that training, so nothing is
 * pending any more: null. Throws an InputError naming `cohort` or `validationDate`.
 */
export function validationReservation(input: { cohort: string; validationDate: IsoDate }, options?: { referenceData?: ReferenceData | undefined }): ValidationReservation | null {
  const data = options?.referenceData ?? defaultReferenceData;
  const cohort = typeof input.cohort === 'string' ? findCohort(data, input.cohort) : undefined;
  if (!cohort) throw new InputError('cohort', `unknown cohort ${JSON.stringify(input.cohort)}`);
  const validated = toDayNumber(input.validationDate);
  if (validated === null) throw new InputError('validationDate', `not a date (YYYY-MM-DD): ${JSON.stringify(input.validationDate)}`);
  const ddf = toDayNumber(cohort.ddf);
  if (ddf === null || validated >= ddf) return null;
  return {
    text:
      `Validation sous réserve de la validation de l’année de formation en cours et d’une décision favorable de recrutement en ${cohort.label} : ` +
      'le contrat (ou la convention) ne peut être établi qu’après ces deux décisions.',
    textEn:
      `Validated subject to passing the current year of training and to a favourable admission decision for ${cohort.label}: ` +
      'the contract (or agreement) can be drawn up only after both.',
    ref: '§3.3.1, Figure 13',
  };
}
