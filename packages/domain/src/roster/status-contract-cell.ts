import { CONTRACT_TYPES, STATUSES, type ContractType, type Status } from '../contracts/contract-input.js';
import { normalizeHeader } from './normalize-header.js';

/** What a Statut or Contrat cell says in the guide's words: a status, a contract type, or both (a sigle). */
export interface StatusContractOfCell {
  status: Status | null;
  contractType: ContractType | null;
}

const sigle = (status: Status, contractType: ContractType): StatusContractOfCell => ({ status, contractType });
const status = (s: Status): StatusContractOfCell => ({ status: s, contractType: null });
const contract = (c: ContractType): StatusContractOfCell => ({ status: null, contractType: c });

/**
 * The guide's names for statuses and contracts (§2.1, Tableaux 2–3), in their comparable form
 * (normalizeHeader: no accents, case nor punctuation): the « sigle utilisé » of Tableau 3
 * (« FI-CAPP », also written « FI CAPP » in §2.1.2 and Tableau 4), the statuses in words and the
 * contracts/conventions as Tableaux 2–3 name them.
 */
const WORDS: ReadonlyMap<string, StatusContractOfCell> = new Map([
  ...STATUSES.flatMap((s) => CONTRACT_TYPES.flatMap((c) => [[`${s} ${c}`.toLowerCase(), sigle(s, c)], [`${s}${c}`.toLowerCase(), sigle(s, c)]] as const)),
  ['formation initiale', status('FI')],
  ['formation initiale fi', status('FI')],
  ['formation continue', status('FC')],
  ['formation continue fc', status('FC')],
  ['initial training', status('FI')],
  ['continuing education', status('FC')],
  ['contrat d apprentissage', contract('CAPP')],
  ['contrat d apprentissage capp', contract('CAPP')],
  ['apprentissage', contract('CAPP')],
  ['apprenticeship', contract('CAPP')],
  ['contrat de professionnalisation', contract('CPRO')],
  ['contrat de professionnalisation cpro', contract('CPRO')],
  ['professionnalisation', contract('CPRO')],
  ['contrat pro', contract('CPRO')],
  ['convention de stage en alternance', contract('CSTAGEALT')],
  ['convention de stage en alternance cstagealt', contract('CSTAGEALT')],
  ['stage en alternance', contract('CSTAGEALT')],
  ['work study internship', contract('CSTAGEALT')],
  ['convention de stage', contract('CSTAGE')],
  ['convention de stage cstage', contract('CSTAGE')],
  ['convention de stage classique', contract('CSTAGE')],
  ['stage classique', contract('CSTAGE')],
  ['stage', contract('CSTAGE')],
  ['internship', contract('CSTAGE')],
  ['sans contrat ni convention', contract('SANS')],
  ['sans contrat', contract('SANS')],
  ['none', contract('SANS')],
]);

/**
 * A Statut or Contrat roster cell in the guide's own words (§2.1, Tableaux 2–3): the sigle
 * « FI-CAPP » gives both the status and the contract, « Formation continue » the status,
 * « Contrat d'apprentissage » the contract. Null when the text is none of them (a code such as
 * « CAPP » is read as it is; anything else is left to the rules, which name the field).
 */
export function statusContractOfCell(text: string): StatusContractOfCell | null {
  return WORDS.get(normalizeHeader(text)) ?? null;
}
