import { workflowDefaults } from '../workflow-defaults.js';
import { workflowFinding, type WorkflowFinding } from '../workflow-finding.js';
import { InputError } from '../../findings/input-error.js';

export interface TeleworkInput {
  /** Company half-days spent in telework over the period considered. */
  teleworkHalfDays: number;
  /** All company half-days of the same period (telework included), from the calendar. */
  companyHalfDays: number;
}

export interface TeleworkOptions {
  /** Highest share of company time in telework (default: workflowDefaults.teleworkMaxShare, 25 %). */
  maxShare?: number | undefined;
}

/**
 * TELEWORK_OVER_LIMIT (warning) when telework exceeds the tolerated share of company
 * time: "une petite tolérance de télétravail (pas plus de 25 %)" (§3.3.2, présentiel vs
 * distanciel). Exactly 25 % is allowed. Throws a InputError on negative or
 * non-finite counts, or telework above company time.
 */
export function checkTelework(input: TeleworkInput, options?: TeleworkOptions): WorkflowFinding | null {
  const { teleworkHalfDays: telework, companyHalfDays: company } = input;
  const maxShare = options?.maxShare ?? workflowDefaults.teleworkMaxShare;
  if (!Number.isFinite(company) || company < 0) throw new InputError('companyHalfDays', `not a count: ${company}`);
  if (!Number.isFinite(telework) || telework < 0) throw new InputError('teleworkHalfDays', `not a count: ${telework}`);
  if (telework > company) throw new InputError('teleworkHalfDays', `${telework} telework half-days out of ${company} company half-days`);
  // Compared without dividing, so that 25 of 100 is not over 0.25 by a rounding error.
  if (telework <= maxShare * company + 1e-9) return null;
  const percent = Math.round((telework / company) * 1000) / 10;
  const limit = Math.round(maxShare * 1000) / 10;
  return workflowFinding(
    'TELEWORK_OVER_LIMIT',
    { subject: 'teleworkHalfDays' },
    {
      fr: `Télétravail sur ${telework} demi-journée(s) en entreprise sur ${company} (${String(percent).replace('.', ',')} %) : pas plus de ${String(limit).replace('.', ',')} %, et ponctuellement.`,
      en: `Telework on ${telework} of ${company} company half-days (${percent} %): at most ${limit} %, and only occasionally.`,
    },
  );
}
