import type { ContractType, Status } from './contract-input.js';

/** The valid (status, contract) pairs of Tableau 3: CAPP is always FI, CPRO always FC. */
export const VALID_STATUS_CONTRACT_PAIRS: readonly string[] = [
  'FI-CAPP',
  'FI-CSTAGEALT',
  'FI-CSTAGE',
  'FI-SANS',
  'FC-CPRO',
  'FC-CSTAGEALT',
  'FC-CSTAGE',
  'FC-SANS',
];

export function statusContractPair(status: Status, contractType: ContractType): string {
  return `${status}-${contractType}`;
}

/** Contract types that make a student an alternant(e) and carry the date rules of Tableau 5. */
export function isAlternanceContract(contractType: ContractType | null): contractType is 'CAPP' | 'CPRO' | 'CSTAGEALT' {
  return contractType === 'CAPP' || contractType === 'CPRO' || contractType === 'CSTAGEALT';
}

/** Contracts of employment (apprenticeship, professionalisation), as opposed to internships. */
export function isEmploymentContract(contractType: ContractType | null): contractType is 'CAPP' | 'CPRO' {
  return contractType === 'CAPP' || contractType === 'CPRO';
}
