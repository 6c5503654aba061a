import type { Finding } from '../contracts/contract-input.js';
import { formatHours } from '../dates/format-date.js';
import { makeFinding } from '../findings/make-finding.js';
import { roundHalfUp } from '../hours/round-half-up.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';

export interface TrainingHoursBounds {
  /** Work time of the contract: annual work hours × months ÷ 12, to 2 decimals. */
  workHours: number;
  /** Whole hours, rounded up so that the share is never below the legal one. */
  minimumHours: number;
  /** Whole hours, rounded down; null when the law sets no maximum (CAPP). */
  maximumHours: number | null;
}

/**
 * Legal training volume of a new contract after a repeated year (§4.5; domain-rules §9),
 * from `legal.trainingMinimum` and `legal.annualWorkHours`:
 * - CAPP: at least 25 % of the work time — 402 h for 12 months of 1 607 h, so 401.75 h is
 *   rounded up to the whole hour, as the guide does;
 * - CPRO: between 15 % and 25 %, and at least 150 h (the 150 h prevail over the 25 % of
 *   a short contract: the maximum is then raised to the minimum, never below it).
 * Throws a RangeError when `contractMonths` is not a positive number.
 */
export function trainingHoursMinimum(
  input: { contractType: 'CAPP' | 'CPRO'; contractMonths: number },
  referenceData: ReferenceData = defaultReferenceData,
): TrainingHoursBounds {
  if (!Number.isFinite(input.contractMonths) || input.contractMonths <= 0) throw new RangeError(`contractMonths must be positive: ${input.contractMonths}`);
  const { annualWorkHours, trainingMinimum } = referenceData.legal;
  const exact = (annualWorkHours * input.contractMonths) / 12;
  const workHours = roundHalfUp(exact, 2);
  if (input.contractType === 'CAPP') {
    return { workHours, minimumHours: ceil(exact * trainingMinimum.CAPP.minShare), maximumHours: null };
  }
  const rule = trainingMinimum.CPRO;
  const minimumHours = Math.max(ceil(exact * rule.minShare), rule.minHours);
  return { workHours, minimumHours, maximumHours: Math.max(floor(exact * rule.maxShare), minimumHours) };
}

/**
 * toPrecision(12) drops float noise so that an exact whole share (e.g. 300.0000001) is not
 * pushed up. A value farther than a millionth from every whole number cannot be moved
 * across one by it (12 digits move it by 5·10⁻¹² of itself at most): rounded directly.
 */
function ceil(x: number): number {
  return nearWhole(x) ? Math.ceil(Number(x.toPrecision(12))) : Math.ceil(x);
}

function floor(x: number): number {
  return nearWhole(x) ? Math.floor(Number(x.toPrecision(12))) : Math.floor(x);
}

function nearWhole(x: number): boolean {
  return !(Math.abs(x - Math.round(x)) > 1e-6 * Math.max(1, Math.abs(x)));
}

/**
 * `TRAINING_HOURS_BELOW_LEGAL_MINIMUM` (§4.5) when the training hours left to validate in
 * the repeated year are below the legal minimum of the new contract; null when they are
 * enough (equal to the minimum included). The finding is about the contract's start.
 */
export function checkTrainingHoursMinimum(
  input: { contractType: 'CAPP' | 'CPRO'; contractMonths: number; remainingTrainingHours: number },
  referenceData: ReferenceData = defaultReferenceData,
): Finding | null {
  const { workHours, minimumHours } = trainingHoursMinimum(input, referenceData);
  if (input.remainingTrainingHours >= minimumHours) return null;
  const remaining = formatHours(input.remainingTrainingHours);
  const minimum = formatHours(minimumHours);
  const work = formatHours(workHours);
  const monthsEn = String(roundHalfUp(input.contractMonths, 1));
  const months = monthsEn.replace('.', ',');
  const rule = referenceData.legal.trainingMinimum;
  const percent = (share: number): string => `${roundHalfUp(share * 100, 2)}`.replace('.', ',');
  const percentEn = (share: number): string => `${roundHalfUp(share * 100, 2)}`;
  const fr =
    input.contractType === 'CAPP'
      ? `Il reste ${remaining} de formation à valider, sous le minimum légal de ${minimum} pour un contrat d’apprentissage de ${months} mois (${percent(rule.CAPP.minShare)} % de ${work} de travail) : le contrat ne peut pas être signé.`
      : `Il reste ${remaining} de formation à valider, sous le minimum légal de ${minimum} pour un contrat de professionnalisation de ${months} mois (${percent(rule.CPRO.minShare)} % de ${work} de travail, ${formatHours(rule.CPRO.minHours)} au moins) : le contrat ne peut pas être signé.`;
  const en =
    input.contractType === 'CAPP'
      ? `${remaining} of training remain, below the legal minimum of ${minimum} for a ${monthsEn}-month apprenticeship (${percentEn(rule.CAPP.minShare)}% of ${work} of work): the contract cannot be signed.`
      : `${remaining} of training remain, below the legal minimum of ${minimum} for a ${monthsEn}-month professionalisation contract (${percentEn(rule.CPRO.minShare)}% of ${work} of work, at least ${formatHours(rule.CPRO.minHours).replace(',', '.')}): the contract cannot be signed.`;
  return makeFinding('TRAINING_HOURS_BELOW_LEGAL_MINIMUM', 'startDate', { fr, en });
}
