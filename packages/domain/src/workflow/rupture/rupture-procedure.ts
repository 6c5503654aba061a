import type { ContractType } from '../../contracts/contract-input.js';

/** Who receives a document, or provides the blank form. */
export type RuptureParty = 'MANAGER' | 'CFA' | 'DDETS' | 'OPCO' | 'INTERNSHIP_SECRETARIAT';

export interface RuptureDispatch {
  to: RuptureParty;
  /** ORIGINAL: signed paper originals; COPY: a copy; PDF: a scan by e-mail. */
  form: 'ORIGINAL' | 'COPY' | 'PDF';
  count: number;
}

export interface RuptureDocument {
  code: 'RUPTURE_SLIP' | 'RUPTURE_DOCUMENT' | 'RUPTURE_AMENDMENT';
  /** French. */
  label: string;
  labelEn: string;
  /** Who provides the blank form, when the parties do not draw it up themselves. */
  providedBy: RuptureParty | null;
  sendTo: RuptureDispatch[];
}

export interface RuptureProcedure {
  contractType: 'CAPP' | 'CPRO' | 'CSTAGEALT';
  /** Try mediation first, in this order (§5, "En pratique"). */
  mediation: ['ACADEMIC_TUTOR', 'MANAGER'];
  documents: RuptureDocument[];
  /** Every rupture document states the exact last day of the contract, that day included (§5, note 35). */
  lastDayRequired: true;
  note: { fr: string; en: string };
  ref: string;
}

const PDF_TO_MANAGER: RuptureDispatch = { to: 'MANAGER', form: 'PDF', count: 1 };
const LAST_DAY_NOTE = {
  fr: 'Y indiquer la date exacte du dernier jour du contrat (ce jour étant inclus dans le contrat).',
  en: 'State the exact last day of the contract (that day is included in the contract).',
};

/** §5, as data (JSON-serialisable). */
const PROCEDURES: Readonly<Record<'CAPP' | 'CPRO' | 'CSTAGEALT', RuptureProcedure>> = {
  CAPP: {
    contractType: 'CAPP',
    mediation: ['ACADEMIC_TUTOR', 'MANAGER'],
    documents: [
      {
        code: 'RUPTURE_SLIP',
        label: 'Bordereau de rupture',
        labelEn: 'Rupture slip',
        providedBy: 'MANAGER',
        sendTo: [{ to: 'CFA', form: 'ORIGINAL', count: 3 }, PDF_TO_MANAGER],
      },
      {
        code: 'RUPTURE_DOCUMENT',
        label: 'Document de rupture du contrat d’apprentissage',
        labelEn: 'Apprenticeship contract rupture document',
        providedBy: null,
        sendTo: [{ to: 'CFA', form: 'ORIGINAL', count: 3 }, PDF_TO_MANAGER],
      },
    ],
    lastDayRequired: true,
    note: LAST_DAY_NOTE,
    ref: '§5, note 35',
  },
  CPRO: {
    contractType: 'CPRO',
    mediation: ['ACADEMIC_TUTOR', 'MANAGER'],
    documents: [
      {
        code: 'RUPTURE_DOCUMENT',
        label: 'Document de rupture du contrat de professionnalisation',
        labelEn: 'Professionalisation contract rupture document',
        providedBy: null,
        sendTo: [{ to: 'DDETS', form: 'ORIGINAL', count: 1 }, { to: 'OPCO', form: 'COPY', count: 1 }, PDF_TO_MANAGER],
      },
    ],
    lastDayRequired: true,
    note: LAST_DAY_NOTE,
    ref: '§5, note 35',
  },
  CSTAGEALT: {
    contractType: 'CSTAGEALT',
    mediation: ['ACADEMIC_TUTOR', 'MANAGER'],
    documents: [
      {
        code: 'RUPTURE_AMENDMENT',
        label: 'Avenant de rupture à la convention de stage',
        labelEn: 'Rupture amendment to the internship agreement',
        providedBy: 'INTERNSHIP_SECRETARIAT',
        sendTo: [{ to: 'INTERNSHIP_SECRETARIAT', form: 'ORIGINAL', count: 1 }, PDF_TO_MANAGER],
      },
    ],
    lastDayRequired: true,
    note: {
      fr: 'Y indiquer la date exacte du dernier jour de la convention (ce jour étant inclus dans la convention).',
      en: 'State the exact last day of the agreement (that day is included in the agreement).',
    },
    ref: '§5, note 35',
  },
};

/**
 * How to break an alternance (§5): the documents, the originals and to whom they go.
 * CAPP: a rupture slip from the manager and a rupture document, 3 originals of each to
 * the CFA, a PDF scan to the manager; CPRO: the rupture document's original to the DDETS,
 * a copy to the OPCO, a PDF to the manager; CSTAGEALT: a rupture amendment from the
 * internship office, original back to it, PDF to the manager. Null for CSTAGE and SANS,
 * which the guide's rupture section does not cover. Returns a fresh copy.
 */
export function ruptureProcedure(contractType: ContractType | string): RuptureProcedure | null {
  if (contractType !== 'CAPP' && contractType !== 'CPRO' && contractType !== 'CSTAGEALT') return null;
  return JSON.parse(JSON.stringify(PROCEDURES[contractType])) as RuptureProcedure;
}
