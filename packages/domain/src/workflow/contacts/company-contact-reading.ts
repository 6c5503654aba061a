import type { ChecklistItemCode } from '../checklist/contract-checklist.js';
import type { IntermediaryRole } from './contact-routes.js';

/**
 * What the host organisation's people (§3.1: « le tuteur professionnel » who supervises the
 * work day to day, tutor 2 often of another organisation, and « le contact RH : la personne à
 * contacter pour toute information concernant le contrat ») may read of a mission and its
 * contract. Everything else of the fiche (dates, hours, organisation, the people, the mission's
 * content) is theirs to confirm (§3.3.3, « l'ensemble des informations les concernant »).
 */
export type CompanyReadingTopic =
  /** The manager's return comment and rejection reason: said to the student (§3.3.3), not to the company. */
  | 'OFFICE_DECISION_COMMENTS'
  /** The rules' findings (« Anomalies ») and the audit trail: the office's work list (Tableau 8, §6.1.1). */
  | 'OFFICE_WORK_LIST'
  /** The agreed pay, its inputs (SMC, previous rate, diploma) and the minimum pay schedule with its age brackets (§4.2). */
  | 'PAY'
  /** The extra year for a disability (+15 points, §4.2.1 note 27): health data that sets the employer's minimum pay. */
  | 'DISABILITY'
  /** A foreign student, their APT and the checklist's foreign-student steps (§3.4 Attention, note 26). */
  | 'FOREIGN_STUDENT'
  /** The training's cost and what the SFCA cannot bill (§2.5): the signing organisation's and its OPCO's. */
  | 'TRAINING_COST';

export interface CompanyReadingRule {
  COMPANY_TUTOR: boolean;
  HR_CONTACT: boolean;
  /** Why, in the guide's words. */
  reason: string;
  ref: string;
}

/** The matrix, one line a topic (docs/security.md repeats it field by field). */
export const COMPANY_CONTACT_READING: Readonly<Record<CompanyReadingTopic, CompanyReadingRule>> = {
  OFFICE_DECISION_COMMENTS: {
    COMPANY_TUTOR: false,
    HR_CONTACT: false,
    reason: 'Le responsable renvoie la fiche à l’alternant(e) ou la refuse : le commentaire lui est adressé ; le tuteur et le contact RH confirment ou signalent une erreur.',
    ref: '§3.3.3',
  },
  OFFICE_WORK_LIST: {
    COMPANY_TUTOR: false,
    HR_CONTACT: false,
    reason: 'Les anomalies et le journal sont la liste de travail de la MIAGE ; les contacts professionnels s’adressent à elle.',
    ref: '§6.1.1, Tableau 8',
  },
  PAY: {
    COMPANY_TUTOR: false,
    HR_CONTACT: true,
    reason: 'La rémunération dépend du contrat, de l’âge et de l’année : c’est une information du contrat (contact RH), pas de l’encadrement du travail (tuteur).',
    ref: '§3.1, §4.2',
  },
  DISABILITY: {
    COMPANY_TUTOR: false,
    HR_CONTACT: true,
    reason: 'La quatrième année d’un(e) apprenti(e) handicapé(e) majore la rémunération minimale que l’employeur verse.',
    ref: '§4.2.1, note 27',
  },
  FOREIGN_STUDENT: {
    COMPANY_TUTOR: false,
    HR_CONTACT: true,
    reason: 'Sans APT détenue avant son début, le contrat est caduc : l’employeur (contact RH) doit le savoir, le tuteur n’en a pas besoin.',
    ref: '§3.4, Attention, note 26',
  },
  TRAINING_COST: {
    COMPANY_TUTOR: false,
    HR_CONTACT: true,
    reason: 'Le coût est payé par l’OPCO de l’organisme signataire, le reste par cet organisme : le contact RH le lit, pas le tuteur (le n°2 est souvent d’un autre organisme).',
    ref: '§2.5, §3.1',
  },
};

/** May this company contact read this topic? */
export function companyContactMayRead(role: IntermediaryRole, topic: CompanyReadingTopic): boolean {
  return COMPANY_CONTACT_READING[topic][role];
}

const FOREIGN_STUDENT_ITEMS: readonly ChecklistItemCode[] = ['WORK_PERMIT', 'FOREIGN_CONTACT_CFA', 'FOREIGN_CONTACT_SFCA'];

/** The topic a checklist item tells of beyond the contract's steps (a foreign student's, §3.4), or null. */
export function checklistItemTopic(code: string): CompanyReadingTopic | null {
  return (FOREIGN_STUDENT_ITEMS as readonly string[]).includes(code) ? 'FOREIGN_STUDENT' : null;
}

/** The checklist items a company contact reads (and is mailed): the steps of the contract, without a foreign student's unless they may read those. */
export function checklistItemReadableBy(role: IntermediaryRole, code: string): boolean {
  const topic = checklistItemTopic(code);
  return topic === null || companyContactMayRead(role, topic);
}
