import { defaultReferenceData } from '@alternance/domain';

export const MISSION_STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'CONFIRMATION_REQUESTED', 'ERROR_REPORTED', 'CONFIRMED', 'VALIDATED', 'REJECTED'] as const;
export const CONTRACT_TYPES = ['CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE', 'SANS'] as const;

/** Cohort codes of the reference data the domain ships (the API seeds the same). */
export const COHORTS: readonly string[] = defaultReferenceData.cohorts.map((c) => c.code);
