import type { Severity } from '../contracts/contract-input.js';

export interface RuleDefinition {
  severity: Severity;
  ref: string;
  /** What the rule says, in French and English, for help screens and exports. */
  title: { fr: string; en: string };
}

/**
 * Every rule code of domain-rules.md. Codes are public API: never rename one.
 */
export const RULES = {
  STATUS_CONTRACT_INVALID: { severity: 'error', ref: '§2.1.1, Tableau 3', title: { fr: 'Couple statut–contrat impossible', en: 'Impossible status–contract pair' } },
  PROGRAM_CONTRACT_NOT_ALLOWED: { severity: 'error', ref: '§2.6, Tableau 4', title: { fr: 'Contrat non admis dans cette formation', en: 'Contract not admissible in this programme' } },
  SANS_REQUIRES_VALIDATED_PROFESSIONALISATION: { severity: 'error', ref: '§2.1.1, Tableau 3', title: { fr: 'SANS exige une professionnalisation déjà validée', en: 'SANS requires professionalisation already validated' } },
  CAPP_AGE_LIMIT: { severity: 'error', ref: '§2.1.2', title: { fr: 'Apprentissage impossible à 30 ans ou plus', en: 'No apprenticeship at 30 or older' } },
  CPRO_UNDER_30_NEEDS_REASON: { severity: 'warning', ref: '§2.1.2, Figure 2', title: { fr: 'Contrat de professionnalisation avant 30 ans : motif requis', en: 'CPRO under 30: a reason is required' } },
  PROGRAM_CONTRACT_DEROGATION: { severity: 'warning', ref: '§2.1.2', title: { fr: 'M2 sans alternance par dérogation exceptionnelle', en: 'M2 without alternance by exceptional derogation' } },
  STAGEALT_EXCEPTIONAL: { severity: 'warning', ref: '§2.1.2', title: { fr: 'Stage en alternance : accord préalable du responsable', en: "Work-study internship: manager's prior approval" } },
  DDC_TOO_EARLY: { severity: 'error', ref: '§3.3.2, Tableau 5', title: { fr: 'DDC trop tôt', en: 'Start date too early' } },
  DDC_TOO_LATE: { severity: 'error', ref: '§3.3.2, Tableau 5', title: { fr: 'DDC trop tard', en: 'Start date too late' } },
  DFC_TOO_EARLY: { severity: 'error', ref: '§3.3.2, Tableau 5', title: { fr: 'DFC trop tôt', en: 'End date too early' } },
  DFC_TOO_LATE: { severity: 'error', ref: '§3.3.2, Tableau 5', title: { fr: 'DFC trop tard', en: 'End date too late' } },
  DFC_BEFORE_DDC: { severity: 'error', ref: '§3.3.2, Tableau 5', title: { fr: 'DFC antérieure à la DDC', en: 'End date before start date' } },
  STAGE_TOO_SHORT: { severity: 'error', ref: '§3.3.2, Tableau 5', title: { fr: 'Stage en alternance de moins de 6 mois', en: 'Work-study internship shorter than 6 months' } },
  CLASSIC_INTERNSHIP_TOO_SHORT: { severity: 'error', ref: '§2.2', title: { fr: 'Stage classique de moins de 8 semaines', en: 'Classic internship shorter than 8 weeks' } },
  CLASSIC_INTERNSHIP_SHORTER_THAN_PREFERRED: { severity: 'info', ref: '§2.2, note 11', title: { fr: 'Stage classique de moins de 4 mois (stages longs privilégiés)', en: 'Classic internship under 4 months (long ones preferred)' } },
  STAGE_TOO_LONG: { severity: 'error', ref: '§3.3.2, Tableau 5', title: { fr: 'Stage en alternance de plus d’un an', en: 'Work-study internship longer than 1 year' } },
  CPRO_LATE_START: { severity: 'warning', ref: '§3.3.2, remarque sur les contrats de professionnalisation', title: { fr: 'Contrat de professionnalisation débutant après la DDF', en: 'CPRO starting after the training start' } },
  VALIDATION_LEAD_TIME: { severity: 'warning', ref: '§3.3, Figure 14', title: { fr: 'Demande moins de 10 jours ouvrables avant la DDC', en: 'Request less than 10 working days before the start' } },
  OUTSIDE_CAMPAIGN: { severity: 'error', ref: '§3.3.1', title: { fr: 'Demande hors de la campagne de validation', en: 'Request outside the validation campaign' } },
  MISSING_VALUE: { severity: 'error', ref: '§3.3.2', title: { fr: 'Valeur obligatoire manquante', en: 'Required value missing' } },
  INVALID_VALUE: { severity: 'error', ref: '§3.3.2', title: { fr: 'Valeur illisible', en: 'Unreadable value' } },
  ALREADY_VALIDATED: { severity: 'error', ref: '§3.3', title: { fr: 'Une mission est déjà validée', en: 'A mission is already validated' } },
  OFFER_REFERENCE_REQUIRED: { severity: 'error', ref: '§3.2', title: { fr: 'Référence de l’offre obligatoire', en: 'Offer reference required' } },
  OFFER_REFERENCE_UNKNOWN: { severity: 'warning', ref: '§3.2', title: { fr: 'Référence d’offre inconnue ou d’un autre OPA', en: 'Offer reference unknown or of another OPA' } },
  CHECKLIST_OVERDUE: { severity: 'warning', ref: '§3.4, Figure 15', title: { fr: 'Démarche en retard avant la DDC', en: 'Checklist item overdue before the start' } },
  APT_MISSING: { severity: 'error', ref: '§3.4, note 26', title: { fr: 'Autorisation provisoire de travail manquante', en: 'Provisional work permit missing' } },
  TELEWORK_OVER_LIMIT: { severity: 'warning', ref: '§3.3.2, présentiel vs distanciel', title: { fr: 'Télétravail au-delà de 25 %', en: 'Telework above 25 %' } },
  PAY_BELOW_MINIMUM: { severity: 'error', ref: '§4.2, Tableaux 6–7', title: { fr: 'Salaire inférieur au minimum', en: 'Pay below the minimum' } },
  GRATIFICATION_BELOW_MINIMUM: { severity: 'error', ref: '§4.2.3', title: { fr: 'Gratification inférieure au minimum', en: 'Gratification below the minimum' } },
  TRAINING_HOURS_BELOW_LEGAL_MINIMUM: { severity: 'error', ref: '§4.5', title: { fr: 'Volume de formation restant sous le minimum légal', en: 'Remaining training hours below the legal minimum' } },
  VISIT_NOT_ON_COMPANY_DAY: { severity: 'error', ref: '§4.6, note 34', title: { fr: 'Visite un jour où l’alternant n’est pas en entreprise', en: 'Visit on a day the alternant is not at the company' } },
  VISIT_OUT_OF_PERIOD: { severity: 'warning', ref: '§4.6', title: { fr: 'Visite hors de la période usuelle', en: 'Visit outside the usual period' } },
  VISIT_LATE: { severity: 'warning', ref: '§4.6', title: { fr: 'Visite en retard : période usuelle terminée', en: 'Visit late: usual period over' } },
  ACADEMIC_TUTOR_NOT_ASSIGNED: { severity: 'warning', ref: '§4.6, note 32', title: { fr: 'Tuteur universitaire non affecté après la date limite', en: 'Academic tutor not assigned after the deadline' } },
  NEW_CONTRACT_TYPE_MUST_MATCH: { severity: 'error', ref: '§5', title: { fr: 'Le nouveau contrat doit être du même type', en: 'The new contract must be of the same type' } },
  NEW_CONTRACT_SAME_OPA: { severity: 'error', ref: '§5', title: { fr: 'Le nouveau contrat doit être dans un autre OPA', en: 'The new contract must be with another OPA' } },
  // Livret d'alternance (issue 12 §3).
  LIVRET_NOT_AUTHOR: { severity: 'error', ref: '§4.7', title: { fr: 'Fiche du livret remplie par une autre personne que son auteur', en: 'Livret sheet filled by someone other than its author' } },
  LIVRET_SHEET_SUBMITTED: { severity: 'error', ref: '§4.7', title: { fr: 'Fiche du livret déjà soumise (lecture seule)', en: 'Livret sheet already submitted (read-only)' } },
  LIVRET_GRID_INVALID: { severity: 'error', ref: '§4.7', title: { fr: 'Grille d’évaluation ou réponse invalide', en: 'Invalid evaluation grid or answer' } },
  LIVRET_GRID_INCOMPLETE: { severity: 'error', ref: '§4.7', title: { fr: 'Grille d’évaluation incomplète', en: 'Incomplete evaluation grid' } },
  LIVRET_ATTACHMENT_TYPE: { severity: 'error', ref: '§4.7', title: { fr: 'Document joint ni PDF, ni DOCX, ni ODT', en: 'Attached document is not PDF, DOCX or ODT' } },
  LIVRET_ATTACHMENT_TOO_LARGE: { severity: 'error', ref: '§4.7', title: { fr: 'Document joint de plus de 10 Mo', en: 'Attached document over 10 MB' } },
  // Absences in training (issue 11 §3)
  ABSENCE_JUSTIFICATION_LATE: { severity: 'error', ref: '§4.3.1', title: { fr: 'Arrêt de travail transmis après 10 jours ouvrables', en: 'Work stoppage sent after 10 working days' } },
  STOPPAGE_NOT_FROM_HOST: { severity: 'error', ref: '§4.3.1, Attention', title: { fr: 'Arrêt de travail non transmis par l’organisme d’accueil', en: 'Work stoppage not sent by the host organisation' } },
  STOPPAGE_DOES_NOT_COVER: { severity: 'error', ref: '§4.3.1', title: { fr: 'L’arrêt de travail ne couvre pas l’absence', en: 'The work stoppage does not cover the absence' } },
  PROFESSIONAL_ABSENCE_TOO_LATE: { severity: 'error', ref: '§4.3.2', title: { fr: 'Demande d’absence professionnelle moins de 10 jours ouvrables avant', en: 'Professional absence requested less than 10 working days ahead' } },
  PROFESSIONAL_ABSENCE_NO_TRAINING: { severity: 'error', ref: '§4.3.2', title: { fr: 'Absence professionnelle demandée sur une période sans formation', en: 'Professional absence asked for a period without training' } },
  // Issue 13: the alternance's lifecycle (§4.5 repeated year, §5 rupture).
  EXTENSION_NOT_ALLOWED: { severity: 'error', ref: '§4.5', title: { fr: 'Prorogation impossible pour ce redoublement', en: 'No extension possible for this repeated year' } },
  EXTENSION_LIMIT_REACHED: { severity: 'error', ref: '§4.5', title: { fr: 'Une seule prorogation possible (L3I ; ensemble du Master)', en: 'Only one extension possible (L3I; whole Master)' } },
  EXTENSION_END_NOT_LATER: { severity: 'error', ref: '§4.5', title: { fr: 'La prorogation doit reporter la date de fin', en: 'An extension must move the end date later' } },
  EXTENSION_PROGRAMME_MISMATCH: { severity: 'error', ref: '§4.5', title: { fr: 'Année redoublée différente de celle du contrat', en: 'Repeated year other than the contract’s' } },
  EXTENSION_COHORT_MISMATCH: { severity: 'error', ref: '§4.5', title: { fr: 'Formation du redoublement d’une autre année que celle du contrat', en: 'Repeated year’s cohort of another programme than the contract’s' } },
  REPEAT_CONTRACT_MUST_BREAK: { severity: 'error', ref: '§4.5', title: { fr: 'Redoublement du M1 : contrat à rompre sauf accord exprès de l’OPCO', en: 'Repeating M1: contract to break unless the OPCO expressly agrees' } },
  RUPTURE_LAST_DAY_INVALID: { severity: 'error', ref: '§5, note 35', title: { fr: 'Date exacte du dernier jour (incluse) requise dans le contrat', en: 'Exact last day (included) required within the contract' } },
  // A change of company tutor during the contract (§3.1, « Remarque sur la possibilité d'avoir 2 tuteurs professionnels », « Attention »).
  TUTOR_CHANGE_AVENANT_REQUIRED: { severity: 'error', ref: '§3.1, Attention', title: { fr: 'Changement de tuteur d’un apprenti sans avenant', en: 'Apprentice’s tutor change without an avenant' } },
  TUTOR1_REMOVAL_NOT_ALLOWED: { severity: 'error', ref: '§3.1', title: { fr: 'Le tuteur professionnel n°1 ne se supprime pas', en: 'Company tutor 1 cannot be removed' } },
  TUTOR_CHANGE_NOTHING: { severity: 'error', ref: '§3.1', title: { fr: 'Changement de tuteur sans changement', en: 'Tutor change that changes nothing' } },
  TUTOR_CHANGE_OUTSIDE_CONTRACT: { severity: 'error', ref: '§3.1', title: { fr: 'Date d’effet du changement de tuteur hors du contrat', en: 'Tutor change effective outside the contract' } },
  TUTOR_EMAIL_INVALID: { severity: 'error', ref: '§3.1', title: { fr: 'E-mail du nouveau tuteur illisible', en: 'New tutor’s e-mail unreadable' } },
  TUTOR_SAME_AS_OTHER: { severity: 'error', ref: '§3.1', title: { fr: 'Nouveau tuteur identique à l’autre tuteur', en: 'New tutor is the other tutor' } },
} as const satisfies Record<string, RuleDefinition>;

export type RuleCode = keyof typeof RULES;
