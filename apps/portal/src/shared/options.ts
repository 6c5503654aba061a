import { defaultReferenceData } from '@alternance/domain';

export const MISSION_STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'CONFIRMATION_REQUESTED', 'ERROR_REPORTED', 'CONFIRMED', 'VALIDATED', 'REJECTED'] as const;
export const CONTRACT_TYPES = ['CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE', 'SANS'] as const;

/**
 * A cohort in words ("Master MIAGE 2025-2027") from the reference data in force; the code
 * itself only when the reference data has no label for it (an old cohort, say).
 */
export function cohortLabel(referenceData: { cohorts: readonly { code: string; label: string }[] }, code: string | null | undefined): string {
  if (!code) return '—';
  return referenceData.cohorts.find((c) => c.code === code)?.label || code;
}

/** A site in words (« Îlot du Bois (Marseille) ») from the reference data; its code when unknown. */
export function siteLabel(referenceData: { sites: readonly { code: string; name: string; city: string }[] }, code: string | null | undefined): string {
  if (!code) return '—';
  const site = referenceData.sites.find((s) => s.code === code);
  return site ? `${site.name} (${site.city})` : code;
}

/** Cohort codes of the reference data the domain ships (the API seeds the same). */
export const COHORTS: readonly string[] = defaultReferenceData.cohorts.map((c) => c.code);
