import { ageFromParts, ageOn } from '../dates/iso-date.js';
import { formatDateFr } from '../dates/format-date.js';
import { lazyFinding, type FindingText } from '../findings/lazy-finding.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { Finding } from './contract-input.js';
import type { ContractFacts } from './contract-facts.js';

/**
 * Choosing the contract (§2.1.2, Figure 2): no apprenticeship from the age limit on the
 * DDC; a CPRO before it needs a recorded reason; a work-study internship needs the
 * manager's prior approval.
 */
export function checkContractChoice(facts: ContractFacts, data: ReferenceData, findings: Finding[] = []): Finding[] {
  const { contractType, birthDate, startDate } = facts;
  const limit = data.legal.apprenticeAgeLimit;
  if ((contractType === 'CAPP' || contractType === 'CPRO') && birthDate !== null && startDate !== null) {
    // The dates' parts were written when they were read (no calendar look-up again).
    const b = facts.birthParts;
    const s = facts.startParts;
    const age = facts.birthDay !== null && facts.startDay !== null ? ageFromParts(b[0], b[1], b[2], s[0], s[1], s[2]) : ageOn(birthDate, startDate);
    if (contractType === 'CAPP' && age >= limit) findings.push(lazyFinding('CAPP_AGE_LIMIT', 'contractType', CAPP_AGE, { age, limit, startDate }));
    if (contractType === 'CPRO' && age < limit && facts.cproReason === null) {
      findings.push(lazyFinding('CPRO_UNDER_30_NEEDS_REASON', 'contractType', CPRO_REASON, { age, limit, startDate }));
    }
  }
  if (contractType === 'CSTAGEALT' && !facts.stageAltApproved) findings.push(lazyFinding('STAGEALT_EXCEPTIONAL', 'contractType', STAGEALT, null));
  return findings;
}

interface Age {
  age: number;
  limit: number;
  startDate: string;
}

const CAPP_AGE: FindingText<Age> = {
  fr: ({ age, limit, startDate }) =>
    `${age} ans à la DDC (${formatDateFr(startDate)}) : un contrat d’apprentissage n’est possible qu’avant ${limit} ans ; envisager un contrat de professionnalisation.`,
  en: ({ age, limit, startDate }) => `Aged ${age} on the start date (${formatDateFr(startDate)}): an apprenticeship is only possible under ${limit}; consider a professionalisation contract.`,
};

const CPRO_REASON: FindingText<Age> = {
  fr: ({ age, limit }) =>
    `${age} ans à la DDC : le contrat de professionnalisation avant ${limit} ans demande un motif (l’OPA ne signe que des CPRO, ou accord du responsable de l’alternance).`,
  en: ({ age, limit }) => `Aged ${age} on the start date: a professionalisation contract under ${limit} needs a reason (the OPA signs only CPRO, or the manager agreed).`,
};

const STAGEALT: FindingText<null> = {
  fr: () => 'Le stage en alternance est exceptionnel : il doit être validé en amont par le responsable de l’alternance.',
  en: () => 'A work-study internship is exceptional: the alternance manager must approve it beforehand.',
};
