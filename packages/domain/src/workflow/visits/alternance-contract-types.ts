/**
 * The contracts of an alternance (§2.1) as a list, for queries that filter stored contracts
 * in SQL: their holders get an academic tutor and two visits (§4.6). Same set as
 * `isAlternanceContract`.
 */
export const ALTERNANCE_CONTRACT_TYPES = ['CAPP', 'CPRO', 'CSTAGEALT'] as const;
