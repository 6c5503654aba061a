import type { ContractType } from '../contracts/contract-input.js';
import { ruptureProcedure, type RuptureDocument, type RuptureParty } from '../workflow/rupture/rupture-procedure.js';

/** Who acts on a rupture step: a party of §5, or the parties of the alternance (the alternant and the host, who draw up and sign). */
export type RuptureActor = RuptureParty | 'PARTIES';

export interface RuptureStep {
  /** `<document>:<action>[:<recipient>]`, stable within a rupture. */
  key: string;
  document: RuptureDocument['code'];
  action: 'PROVIDE_FORM' | 'SEND' | 'SCAN';
  /** Who sends… */
  from: RuptureActor;
  /** …to whom. */
  to: RuptureActor;
  form: 'BLANK' | 'ORIGINAL' | 'COPY' | 'PDF';
  count: number;
  label: string;
  labelEn: string;
  /** Order of the step in the procedure (0 first): the blank form before what is sent with it. */
  position: number;
  /** A PDF scan must be uploaded to tick the step. */
  needsScan: boolean;
}

const PARTY_FR: Record<RuptureActor, string> = {
  MANAGER: 'le responsable de l’alternance',
  CFA: 'le CFA',
  DDETS: 'la DDETS',
  OPCO: 'l’OPCO de l’organisme d’accueil',
  INTERNSHIP_SECRETARIAT: 'le personnel administratif chargé des stages',
  PARTIES: 'l’alternant(e) et l’organisme d’accueil',
};
/** « à » + the party, contracted as French requires. */
const TO_PARTY_FR: Record<RuptureActor, string> = {
  MANAGER: 'au responsable de l’alternance',
  CFA: 'au CFA',
  DDETS: 'à la DDETS',
  OPCO: 'à l’OPCO de l’organisme d’accueil',
  INTERNSHIP_SECRETARIAT: 'au personnel administratif chargé des stages',
  PARTIES: 'à l’alternant(e) et à l’organisme d’accueil',
};
const PARTY_EN: Record<RuptureActor, string> = {
  MANAGER: 'the alternance manager',
  CFA: 'the CFA',
  DDETS: 'the DDETS',
  OPCO: 'the host’s OPCO',
  INTERNSHIP_SECRETARIAT: 'the internships office',
  PARTIES: 'the alternant and the host',
};

/**
 * The rupture's checklist (§5): who sends what to whom, in the procedure's order — the
 * blank form (CAPP slip from the manager, CSTAGEALT amendment from the internships office),
 * then the originals, copies and the PDF scan. No step has a deadline: §5 sets none for
 * sending the documents, only the exact last day of the contract written on them (note 35),
 * which the rupture carries. Null for a contract type §5 does not cover (CSTAGE, SANS).
 */
export function ruptureChecklist(input: { contractType: ContractType | string }): RuptureStep[] | null {
  const procedure = ruptureProcedure(input.contractType);
  if (!procedure) return null;
  const steps: RuptureStep[] = [];
  for (const doc of procedure.documents) {
    if (doc.providedBy) {
      steps.push({
        key: `${doc.code}:PROVIDE_FORM`,
        document: doc.code,
        action: 'PROVIDE_FORM',
        from: doc.providedBy,
        to: 'PARTIES',
        form: 'BLANK',
        count: 1,
        label: `${doc.label} : ${PARTY_FR[doc.providedBy]} le transmet ${TO_PARTY_FR.PARTIES}`,
        labelEn: `${doc.labelEn}: ${PARTY_EN[doc.providedBy]} hands it to ${PARTY_EN.PARTIES}`,
        position: steps.length,
        needsScan: false,
      });
    }
    for (const dispatch of doc.sendTo) {
      const scan = dispatch.form === 'PDF';
      const what = scan
        ? { fr: 'copie numérique (scan PDF) par mél', en: 'digital copy (PDF scan) by e-mail' }
        : dispatch.form === 'ORIGINAL'
          ? { fr: dispatch.count > 1 ? `${dispatch.count} exemplaires originaux` : '1 exemplaire original', en: `${dispatch.count} signed original${dispatch.count > 1 ? 's' : ''}` }
          : { fr: 'une copie', en: 'a copy' };
      steps.push({
        key: `${doc.code}:${scan ? 'SCAN' : 'SEND'}:${dispatch.to}`,
        document: doc.code,
        action: scan ? 'SCAN' : 'SEND',
        from: 'PARTIES',
        to: dispatch.to,
        form: dispatch.form,
        count: dispatch.count,
        label: `${doc.label} : ${what.fr} ${TO_PARTY_FR[dispatch.to]}`,
        labelEn: `${doc.labelEn}: ${what.en} to ${PARTY_EN[dispatch.to]}`,
        position: steps.length,
        needsScan: scan,
      });
    }
  }
  return steps;
}
