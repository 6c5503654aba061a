import type { ContractType } from '../../contracts/contract-input.js';
import { addDays, isIsoDate, minDate, type IsoDate } from '../../dates/iso-date.js';
import { addJoursOuvrables } from '../../holidays/add-jours-ouvrables.js';
import { defaultReferenceData } from '../../reference-data/default-reference-data.js';
import type { ReferenceData } from '../../reference-data/reference-data.js';
import { workflowDefaults } from '../workflow-defaults.js';
import { InputError } from '../../findings/input-error.js';

export type ChecklistItemCode =
  | 'HIRING_DECLARATION'
  | 'MEDICAL_VISIT'
  | 'URSSAF_REGISTRATION'
  | 'TRAINING_AGREEMENT_SFCA'
  | 'TRAINING_AGREEMENT_CFA'
  | 'INTERNSHIP_AGREEMENT'
  | 'WORK_PERMIT'
  | 'FOREIGN_CONTACT_CFA'
  | 'FOREIGN_CONTACT_SFCA';

/** Who must act: the OPA, the alternant, the CFA, the SFCA, the OPA's HR contact, or every party (signatures). */
export type ChecklistResponsible = 'OPA' | 'ALTERNANT' | 'CFA' | 'SFCA' | 'HR_CONTACT' | 'ALL';

export interface ChecklistItem {
  code: ChecklistItemCode;
  /** French. */
  label: string;
  labelEn: string;
  responsible: ChecklistResponsible;
  /** Last day to have it done (inclusive). */
  dueDate: IsoDate;
  /**
   * « À faire sans délai »: the mission was validated on or after the DDC (validatedAfterStart), so the
   * guide's « AVANT le début du contrat » could no longer be met; due from the validation on.
   */
  sansDelai: boolean;
  /** False only for the medical visit of a CPRO (mandatory for apprentices, §3.4). */
  mandatory: boolean;
  /** Signed originals to produce, when the guide says. */
  originals?: number;
  ref: string;
}

export interface ChecklistInput {
  contractType: ContractType;
  foreign: boolean;
  /** FI or FC (absent: FI). An FC internship still needs its convention de formation (§2.1.1 note 5, §2.1.2 note 7). */
  status?: 'FI' | 'FC' | undefined;
  /** Day the manager validated the mission. */
  validationDate: IsoDate;
  /** DDC; for SANS, which has none, the first day of the training (its DDF). */
  startDate: IsoDate;
}

export interface ChecklistOptions {
  referenceData?: ReferenceData | undefined;
  /** "Dès validation": jours ouvrables after the validation (default: workflowDefaults). */
  asSoonAsValidatedJoursOuvrables?: number | undefined;
}

type Due = 'BEFORE_START' | 'AS_SOON_AS_VALIDATED';

interface ItemTemplate {
  code: ChecklistItemCode;
  label: string;
  labelEn: string;
  responsible: ChecklistResponsible;
  due: Due;
  originals?: number;
  ref: string;
}

const FIG15 = '§3.4, Figure 15';

const HIRING: ItemTemplate = {
  code: 'HIRING_DECLARATION',
  label: 'Déclaration préalable à l’embauche auprès de la DDETS',
  labelEn: 'Pre-hiring declaration to the DDETS',
  responsible: 'OPA',
  due: 'BEFORE_START',
  ref: FIG15,
};
const URSSAF: ItemTemplate = {
  code: 'URSSAF_REGISTRATION',
  label: 'Déclaration de l’alternant(e) à l’URSSAF (immatriculation au régime général)',
  labelEn: 'Registration of the alternant with the URSSAF (general social security scheme)',
  responsible: 'OPA',
  due: 'BEFORE_START',
  ref: FIG15,
};

const FC_TRAINING_AGREEMENT: ItemTemplate = {
  code: 'TRAINING_AGREEMENT_SFCA',
  label: 'Étudiant(e) en formation continue : convention de formation avec le SFCA de la FEG, avant le début du stage',
  labelEn: 'Continuing-education student: training agreement with the SFCA of the FEG, before the internship starts',
  responsible: 'SFCA',
  due: 'BEFORE_START',
  ref: '§2.1.2, note 7',
};

const FC_SANS_TRAINING_AGREEMENT: ItemTemplate = {
  ...FC_TRAINING_AGREEMENT,
  label: 'Étudiant(e) en formation continue sans contrat : convention de formation avec le SFCA de la FEG, avant le début de la formation',
  labelEn: 'Continuing-education student without a contract: training agreement with the SFCA of the FEG, before the training starts',
  ref: '§2.1.1, note 5',
};

/**
 * §3.4: the démarches are to be done « APRES la validation de la mission … et AVANT le démarrage du
 * contrat ». A mission validated on its DDC or later — a replacement contract after a rupture (§5),
 * a validation that came late (VALIDATION_LEAD_TIME accepted) — leaves no day for « avant »: the
 * démarches are still due, « sans délai », counted from the validation, never before it.
 */
export function validatedAfterStart(validationDate: IsoDate, startDate: IsoDate): boolean {
  return validationDate >= startDate;
}

/**
 * What remains to do after the mission's validation and before the DDC (§3.4, Figure 15),
 * for one contract. Due dates: "avant la date de début" → the day before the DDC (the
 * last day that is still before it); "dès validation" → `asSoonAsValidatedJoursOuvrables`
 * jours ouvrables after the validation day, but never after the day before the DDC.
 * Validated on or after the DDC (validatedAfterStart), every item is « à faire sans délai »: due on
 * that « dès validation » day — the guide's word left once « avant » is past (§3.4 « Attention »:
 * « dès la validation … au plus vite ») — so nothing is late before the validation happened.
 * SANS has no contract, hence no item — but for an FC student, whose training is « TOUJOURS
 * régie par une convention de formation, qu'il y ait une immersion professionnelle ou pas »
 * (§2.1.1 note 5, §2.1.2 note 7), the SFCA's convention de formation, before the training starts.
 */
export function contractChecklist(input: ChecklistInput, options?: ChecklistOptions): ChecklistItem[] {
  if (!isIsoDate(input.validationDate)) throw new InputError('validationDate', `not an ISO date: ${String(input.validationDate)}`);
  if (!isIsoDate(input.startDate)) throw new InputError('startDate', `not an ISO date: ${String(input.startDate)}`);
  const data = options?.referenceData ?? defaultReferenceData;
  const lag = options?.asSoonAsValidatedJoursOuvrables ?? workflowDefaults.asSoonAsValidatedJoursOuvrables;
  const beforeStart = addDays(input.startDate, -1);
  const asSoonAsValidated = addJoursOuvrables(input.validationDate, lag, { whitMondayHoliday: data.settings.whitMondayHoliday });
  const sansDelai = validatedAfterStart(input.validationDate, input.startDate);
  const asSoon = sansDelai ? asSoonAsValidated : minDate(asSoonAsValidated, beforeStart);
  return templatesFor(input).map(({ due, ...template }) => ({
    ...template,
    dueDate: due === 'BEFORE_START' && !sansDelai ? beforeStart : asSoon,
    sansDelai,
    mandatory: !(template.code === 'MEDICAL_VISIT' && input.contractType !== 'CAPP'),
  }));
}

function templatesFor({ contractType, foreign, status }: ChecklistInput): ItemTemplate[] {
  switch (contractType) {
    case 'CAPP':
      return [
        HIRING,
        {
          code: 'MEDICAL_VISIT',
          label: 'Visite médicale (obligatoire pour les apprenti(e)s)',
          labelEn: 'Medical visit (mandatory for apprentices)',
          responsible: 'ALTERNANT',
          due: 'BEFORE_START',
          ref: FIG15,
        },
        URSSAF,
        {
          code: 'TRAINING_AGREEMENT_CFA',
          label: 'Convention de formation avec le CFA, via la plateforme CACTUS (validation par le contact RH)',
          labelEn: 'Training agreement with the CFA, through the CACTUS platform (validated by the HR contact)',
          responsible: 'HR_CONTACT',
          due: 'BEFORE_START',
          ref: FIG15,
        },
        ...(foreign ? foreignItems('CFA') : []),
      ];
    case 'CPRO':
      return [
        HIRING,
        {
          code: 'MEDICAL_VISIT',
          label: 'Visite médicale',
          labelEn: 'Medical visit',
          responsible: 'ALTERNANT',
          due: 'BEFORE_START',
          ref: FIG15,
        },
        URSSAF,
        {
          code: 'TRAINING_AGREEMENT_SFCA',
          label: 'Convention de formation avec le SFCA de la FEG, en 3 exemplaires originaux, dès validation',
          labelEn: 'Training agreement with the SFCA of the FEG, 3 signed originals, as soon as validated',
          responsible: 'SFCA',
          due: 'AS_SOON_AS_VALIDATED',
          originals: 3,
          ref: FIG15,
        },
        ...(foreign ? foreignItems('SFCA') : []),
      ];
    case 'CSTAGEALT':
    case 'CSTAGE':
      // §3.4: the DPAE, medical visit and URSSAF items are "sauf pour les stagiaires"; no APT either (note 26: contracts).
      return [
        {
          code: 'INTERNSHIP_AGREEMENT',
          label: 'Convention de stage avec AMU, établie et signée par toutes les parties avant le début du stage',
          labelEn: 'Internship agreement with AMU, drawn up and signed by all parties before the internship starts',
          responsible: 'ALL',
          due: 'BEFORE_START',
          ref: FIG15,
        },
        // Notes 5 and 7: « La formation des étudiant(e)s en formation continue (FC) est TOUJOURS régie par une
        // convention de formation, qu'il y ait une immersion professionnelle ou pas » — the SFCA handles FC students.
        ...(status === 'FC' ? [FC_TRAINING_AGREEMENT] : []),
      ];
    case 'SANS':
      return status === 'FC' ? [FC_SANS_TRAINING_AGREEMENT] : [];
    default:
      return [];
  }
}

/** §3.4 "Attention" and note 26: foreign students under contract. */
function foreignItems(office: 'CFA' | 'SFCA'): ItemTemplate[] {
  const officeFr = office === 'CFA' ? 'le CFA FORMASUP Méditerranée' : 'le SFCA';
  const officeEn = office === 'CFA' ? 'the CFA FORMASUP Méditerranée' : 'the SFCA';
  return [
    {
      code: office === 'CFA' ? 'FOREIGN_CONTACT_CFA' : 'FOREIGN_CONTACT_SFCA',
      label: `Étudiant(e) étranger(ère) : contacter ${officeFr} dès la validation de la mission`,
      labelEn: `Foreign student: contact ${officeEn} as soon as the mission is validated`,
      responsible: 'ALTERNANT',
      due: 'AS_SOON_AS_VALIDATED',
      ref: '§3.4, Attention',
    },
    {
      code: 'WORK_PERMIT',
      label: 'Autorisation provisoire de travail (APT) obtenue avant la DDC, sinon le contrat est caduc',
      labelEn: 'Provisional work permit (APT) obtained before the start date, or the contract is void',
      responsible: 'ALTERNANT',
      due: 'BEFORE_START',
      ref: '§3.4, note 26',
    },
  ];
}
