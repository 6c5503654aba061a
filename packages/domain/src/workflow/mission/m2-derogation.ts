import type { ContractType, Finding, Status } from '../../contracts/contract-input.js';
import { makeFinding } from '../../findings/make-finding.js';
import { findCohort } from '../../reference-data/lookup.js';
import type { ReferenceData } from '../../reference-data/reference-data.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { formatDateFr } from '../../dates/format-date.js';

/** A derogation the manager recorded on a fiche: why, by whom, on which day. */
export interface Derogation {
  reason: string;
  grantedBy: string;
  grantedOn: IsoDate;
}

/**
 * Whether a fiche's (status, contract) may be admitted by an exceptional derogation (§2.1.2): the
 * M2 is « obligatoirement en alternance » (Tableau 1), yet « si vous étiez l'année précédente sans
 * contrat d'alternance, vous devrez suivre le M2 MIAGE avec un nouveau contrat d'alternance (sauf
 * exceptions dérogatoires) », and a classic status « ce ne sera pas possible pour le M2, sauf
 * dérogations exceptionnelles » (FI-CSTAGE, FC-CSTAGE, FC-SANS). Read from the reference data: a
 * cohort whose groups are all alternance groups (the M2's tracks), and a non-alternant contract
 * (Tableau 3: CSTAGE or SANS). Elsewhere a classic status has its own group (L3I, M1) or none
 * at all (L3G is never in alternance), and no derogation is foreseen.
 */
export function derogationPossible(input: { cohort: string; contractType: ContractType | string | null }, data: ReferenceData): boolean {
  if (input.contractType !== 'CSTAGE' && input.contractType !== 'SANS') return false;
  const cohort = findCohort(data, input.cohort);
  if (!cohort || cohort.groups.length === 0) return false;
  return cohort.groups.every((code) => data.groups.find((g) => g.code === code)?.kind === 'ALTERNANCE');
}

/**
 * A fiche's findings once the manager's derogation is applied: PROGRAM_CONTRACT_NOT_ALLOWED
 * (error, blocks the validation) becomes PROGRAM_CONTRACT_DEROGATION (warning: accepted on
 * validation, visible on the fiche with its reason, author and day). Without a derogation, or
 * where none is possible, the findings are returned as they are. The other rules still apply
 * (SANS_REQUIRES_VALIDATED_PROFESSIONALISATION, a CSTAGE's dates…).
 */
export function applyDerogation(
  findings: readonly Finding[],
  input: { cohort: string; status: Status | string | null; contractType: ContractType | string | null; derogation: Derogation | null },
  data: ReferenceData,
): Finding[] {
  const { derogation } = input;
  if (derogation === null || !derogationPossible(input, data)) return [...findings];
  const pair = `${input.status ?? '?'}-${input.contractType ?? '?'}`;
  return findings.map((f) =>
    f.code === 'PROGRAM_CONTRACT_NOT_ALLOWED'
      ? makeFinding('PROGRAM_CONTRACT_DEROGATION', 'contractType', {
          fr: `${pair} admis en ${input.cohort} par dérogation exceptionnelle accordée par ${derogation.grantedBy} le ${formatDateFr(derogation.grantedOn)} : « ${derogation.reason} » (§2.1.2 ; sinon : ${f.message})`,
          en: `${pair} admitted in ${input.cohort} by exceptional derogation granted by ${derogation.grantedBy} on ${derogation.grantedOn}: "${derogation.reason}" (§2.1.2; otherwise: ${f.messageEn})`,
        })
      : f,
  );
}
