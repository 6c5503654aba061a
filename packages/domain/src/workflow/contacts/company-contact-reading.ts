import type { ChecklistItemCode } from '../checklist/contract-checklist.js';
import type { IntermediaryRole } from './contact-routes.js';

/**
 * What the host organisation's people (§3.1: « le tuteur professionnel » who supervises the
 * work day to day, tutor 2 often of another organisation, and « le contact RH : la personne à
 * contacter pour toute information concernant le contrat ») may read of a mission and its
 * contract. Everything else of the fiche (dates, hours, organisation, the people, the mission's
 * content) is theirs to confirm (§3.3.3, « l'ensemble des informations les concernant »).
 * The academic tutor reads by the same topics (ACADEMIC_TUTOR_READING, ../visits/academic-tutor-reading.ts);
 * `roleMayRead` answers for any role.
 */
export type ReadingTopic =
  /**
   * The manager's words on the student's fiche: the return comment and the rejection reason, said to
   * the student (§3.3.3), and the reason of a derogation admitting an M2 without an alternance
   * contract (§2.1.2 « sauf dérogations exceptionnelles »), which may tell of the student's health or history.
   */
  | 'OFFICE_DECISION_COMMENTS'
  /** What a company contact answered the manager when reporting an error on the fiche (`errorComment`, §3.3.3). */
  | 'CONFIRMATION_ANSWERS'
  /** The rules' findings (« Anomalies ») and the audit trail: the office's work list (Tableau 8, §6.1.1). */
  | 'OFFICE_WORK_LIST'
  /** The agreed pay, its inputs (SMC, previous rate, diploma) and the minimum pay schedule with its age brackets (§4.2). */
  | 'PAY'
  /** The extra year for a disability (+15 points, §4.2.1 note 27): health data that sets the employer's minimum pay. */
  | 'DISABILITY'
  /** A foreign student, their APT and the checklist's foreign-student steps (§3.4 Attention, note 26). */
  | 'FOREIGN_STUDENT'
  /** The training's cost and what the SFCA cannot bill (§2.5): the signing organisation's and its OPCO's. */
  | 'TRAINING_COST'
  /**
   * How an absence was justified: the host's work stoppage (its dates, its file), the alternant's own
   * explanation and the manager's decision comment (§4.3.1, §4.3.3) — health data for a medical absence —
   * and whether it was medical at all (`absenceAsRead`: its reason, awaited stoppage and deadline).
   * Whether the absence is justified, and its hours, stay readable.
   */
  | 'ABSENCE_JUSTIFICATION'
  /**
   * The mediations before a rupture (§5 « En pratique »): the difficulty the academic tutor or the
   * manager tried to settle, what they did and how it ended — the mediator's account of both parties.
   */
  | 'MEDIATIONS';

export interface CompanyReadingRule {
  COMPANY_TUTOR: boolean;
  HR_CONTACT: boolean;
  /** Why, in the guide's words. */
  reason: string;
  ref: string;
}

/** The matrix, one line a topic (docs/security.md repeats it field by field). */
export const COMPANY_CONTACT_READING: Readonly<Record<ReadingTopic, CompanyReadingRule>> = {
  OFFICE_DECISION_COMMENTS: {
    COMPANY_TUTOR: false,
    HR_CONTACT: false,
    reason: 'Le responsable renvoie la fiche à l’alternant(e) ou la refuse, ou lui accorde une dérogation : ses mots lui sont adressés ; le tuteur et le contact RH confirment ou signalent une erreur.',
    ref: '§3.3.3, §2.1.2',
  },
  CONFIRMATION_ANSWERS: {
    COMPANY_TUTOR: false,
    HR_CONTACT: false,
    reason: 'Chaque contact confirme « par simple retour de mél » au responsable les informations le concernant : sa réponse va au responsable, pas aux autres contacts (le tuteur n°2 est souvent d’un autre organisme).',
    ref: '§3.3.3, §3.1',
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
  ABSENCE_JUSTIFICATION: {
    COMPANY_TUTOR: true,
    HR_CONTACT: true,
    reason: 'C’est l’organisme d’accueil qui transmet l’arrêt de travail d’une absence médicale : le contact ne la lit que par le lien de cette absence-là.',
    ref: '§4.3.1, Tableau 9',
  },
  MEDIATIONS: {
    COMPANY_TUTOR: false,
    HR_CONTACT: false,
    reason: 'Le tuteur universitaire, puis le responsable, jouent le rôle de médiateur « en cas de problème » : leur compte rendu reste à la MIAGE, les contacts professionnels sont l’une des parties.',
    ref: '§5 En pratique, §4.6',
  },
};

/** May this company contact read this topic? */
export function companyContactMayRead(role: IntermediaryRole, topic: ReadingTopic): boolean {
  return COMPANY_CONTACT_READING[topic][role];
}

const FOREIGN_STUDENT_ITEMS: readonly ChecklistItemCode[] = ['WORK_PERMIT', 'FOREIGN_CONTACT_CFA', 'FOREIGN_CONTACT_SFCA'];

/** The topic a checklist item tells of beyond the contract's steps (a foreign student's, §3.4), or null. */
export function checklistItemTopic(code: string): ReadingTopic | null {
  return (FOREIGN_STUDENT_ITEMS as readonly string[]).includes(code) ? 'FOREIGN_STUDENT' : null;
}

/**
 * The topic a rule's finding tells of, or null: its message quotes what it checks — the agreed pay
 * and its minimum (§4.2), a foreign student's permit (§3.4), the manager's derogation and its reason
 * (§2.1.2) — so whoever may not read that topic does not read the finding either.
 */
export function findingTopic(finding: { code: string; field?: string | null }): ReadingTopic | null {
  if (finding.field === 'monthlyGrossPay' || finding.code === 'PAY_BELOW_MINIMUM' || finding.code === 'GRATIFICATION_BELOW_MINIMUM') return 'PAY';
  if (finding.field === 'foreign' || finding.field === 'aptObtained' || finding.field === 'aptObtainedOn' || finding.code === 'APT_MISSING') return 'FOREIGN_STUDENT';
  if (finding.code === 'PROGRAM_CONTRACT_DEROGATION') return 'OFFICE_DECISION_COMMENTS';
  return null;
}
