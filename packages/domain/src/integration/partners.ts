import type { ContractType } from '../contracts/contract-input.js';

/**
 * The organisations that carry a work-study contract after the MIAGE validated its mission
 * (§3.1, §3.4, §6.2.2–6.2.3): the CFA FORMASUP Méditerranée for apprentices (CAPP), the SFCA
 * of the FEG for professionalisation contracts (CPRO), the internship office for
 * work-study internships. A partner's systems see only the contracts it carries.
 */
export const PARTNERS = {
  cfa: { label: 'CFA FORMASUP Méditerranée', contractTypes: ['CAPP'] },
  sfca: { label: 'SFCA de la FEG', contractTypes: ['CPRO'] },
  stages: { label: 'Service des stages', contractTypes: ['CSTAGEALT', 'CSTAGE'] },
} as const satisfies Record<string, { label: string; contractTypes: readonly ContractType[] }>;

export type Partner = keyof typeof PARTNERS;

export const PARTNER_CODES = Object.keys(PARTNERS) as Partner[];

export function isPartner(value: unknown): value is Partner {
  return typeof value === 'string' && Object.hasOwn(PARTNERS, value);
}

/** The contract types a partner carries; null (no partner, e.g. the Excel add-in's token) sees them all. */
export function partnerContractTypes(partner: Partner | null): readonly ContractType[] | null {
  return partner === null ? null : PARTNERS[partner].contractTypes;
}
