import { placementGroups, type ReferenceData } from '@alternance/domain';

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

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * The cohorts of the reference data in force as select options: the cohort's label shown
 * (« Master MIAGE 2026-2028 »), its code sent (« M2-2026 »); the code where no label is given.
 */
export function cohortOptions(referenceData: { cohorts: readonly { code: string; label: string }[] }): SelectOption[] {
  return referenceData.cohorts.map((c) => ({ value: c.code, label: c.label || c.code }));
}

/** A group in words (« M2 MIAGE — parcours 2ID ») from the reference data; its code when unknown. */
export function groupLabel(referenceData: { groups: readonly { code: string; name: string }[] }, code: string | null | undefined): string {
  if (!code) return '—';
  return referenceData.groups.find((g) => g.code === code)?.name || code;
}

/**
 * The groups of a cohort (§2.6, Tableau 4) as select options: the group's name shown, its code
 * sent. Those the API places a student in (`placementGroups`): a Master 2025/2027's M2 tracks too (§1.2).
 */
export function groupOptions(referenceData: ReferenceData, cohort: string): SelectOption[] {
  const found = referenceData.cohorts.find((c) => c.code === cohort);
  return found ? placementGroups(found, referenceData).map((g) => ({ value: g.code, label: groupLabel(referenceData, g.code) })) : [];
}
