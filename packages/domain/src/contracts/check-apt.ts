import { formatDateFr } from '../dates/format-date.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Finding } from './contract-input.js';
import type { ContractFacts } from './contract-facts.js';
import { isEmploymentContract } from './status-contract-pairs.js';

/**
 * A foreign student under contract needs a provisional work authorisation (APT) before
 * the DDC, or the contract is void (§3.4, note 26).
 */
export function checkApt(facts: Pick<ContractFacts, 'contractType' | 'foreign' | 'aptObtained' | 'startDate'>): Finding | null {
  if (!facts.foreign || !isEmploymentContract(facts.contractType) || facts.aptObtained === true) return null;
  const by = facts.startDate === null ? 'avant la DDC' : `avant la DDC (${formatDateFr(facts.startDate)})`;
  return makeFinding('APT_MISSING', 'aptObtained', {
    fr: `Étudiant(e) étranger(ère) sous contrat sans autorisation provisoire de travail : elle doit être obtenue ${by}, sinon le contrat est caduc ; contacter le ${facts.contractType === 'CAPP' ? 'CFA' : 'SFCA'} dès la validation.`,
    en: `Foreign student under contract without a provisional work permit (APT): it must be held before the start date, or the contract is void; contact the ${facts.contractType === 'CAPP' ? 'CFA' : 'SFCA'} right after validation.`,
  });
}
