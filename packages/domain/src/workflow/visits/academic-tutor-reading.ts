import type { ReadingTopic } from '../contacts/company-contact-reading.js';

/**
 * What an academic tutor reads of their alternants' missions and contracts (§4.6). « Le rôle du
 * tuteur universitaire est de vérifier qu'une alternance dont il a la charge se déroule bien et
 * d'être l'interlocuteur de l'alternant(e) ainsi que du (des) tuteur(s) professionnel(s) » : two
 * visits a year at the host organisation, the livret whose periods those visits bound (§4.7), the
 * mediation before a rupture (§5). For that they read the contract's type and dates, the hours,
 * the organisation, the company tutors' and HR contact's details, the mission's content, its
 * checklist and findings, the absences, visits, livret and the lifecycle of the contract — and
 * nothing of the contract's money, health or residence papers. (Birth date and nationality are
 * already the sensitive readers' only: `SENSITIVE_READERS` in the API, docs/security.md.)
 */
export interface AcademicTutorReadingRule {
  ACADEMIC_TUTOR: boolean;
  /** Why, in the guide's words. */
  reason: string;
  ref: string;
}

/** The matrix, one line a topic (the same topics as COMPANY_CONTACT_READING; docs/security.md repeats it field by field). */
export const ACADEMIC_TUTOR_READING: Readonly<Record<ReadingTopic, AcademicTutorReadingRule>> = {
  OFFICE_DECISION_COMMENTS: {
    ACADEMIC_TUTOR: false,
    reason: 'Le commentaire de renvoi, le motif de refus et celui d’une dérogation sont adressés à l’alternant(e) pendant la validation ; le tuteur universitaire, affecté en octobre, suit l’alternance une fois validée.',
    ref: '§3.3.3, §2.1.2, §4.6 note 32',
  },
  CONFIRMATION_ANSWERS: {
    ACADEMIC_TUTOR: false,
    reason: 'Les contacts professionnels répondent au responsable de l’alternance pour valider la fiche : une étape close avant l’affectation du tuteur universitaire.',
    ref: '§3.3.3, §4.6',
  },
  OFFICE_WORK_LIST: {
    ACADEMIC_TUTOR: true,
    reason: 'Il vérifie que l’alternance « se déroule bien » : les anomalies de ses alternant(e)s (démarches en retard, visites) l’y aident ; le journal reste au bureau.',
    ref: '§4.6',
  },
  PAY: {
    ACADEMIC_TUTOR: false,
    reason: 'La rémunération et ses éléments (SMC, taux antérieur, diplôme, tranches d’âge) sont l’affaire du contrat et du contact RH ; les visites et le livret portent sur le travail.',
    ref: '§4.2, §3.1, §4.6, §4.7',
  },
  DISABILITY: {
    ACADEMIC_TUTOR: false,
    reason: 'Donnée de santé qui ne sert qu’à majorer la rémunération minimale de l’apprenti(e) ; rien dans les visites ni le livret n’en dépend.',
    ref: '§4.2.1, note 27',
  },
  FOREIGN_STUDENT: {
    ACADEMIC_TUTOR: false,
    reason: 'L’APT et les démarches d’un(e) étranger(ère) se règlent avant le début du contrat entre l’alternant(e), l’employeur et le CFA/SFCA ; le tuteur universitaire n’y a pas de rôle.',
    ref: '§3.4, Attention, note 26',
  },
  TRAINING_COST: {
    ACADEMIC_TUTOR: false,
    reason: 'Le coût de la formation est payé par l’OPCO de l’organisme signataire et par cet organisme ; les heures restent lisibles.',
    ref: '§2.5',
  },
  ABSENCE_JUSTIFICATION: {
    ACADEMIC_TUTOR: false,
    reason: 'Une absence médicale ne se justifie que par l’arrêt de travail transmis par l’organisme d’accueil au responsable et au secrétariat ; le tuteur universitaire, qui n’y a pas de rôle, voit les absences, si elles sont justifiées et leurs heures, pas l’arrêt, les explications, ni qu’une absence était pour raison médicale.',
    ref: '§4.3.1, §4.3.3, §4.6',
  },
  MEDIATIONS: {
    ACADEMIC_TUTOR: true,
    reason: 'Le tuteur universitaire « peut jouer le rôle de médiateur en cas de problème » avant toute rupture : il enregistre et relit ses médiations.',
    ref: '§5 En pratique, §4.6',
  },
};

/** May an academic tutor read this topic of their alternants' records? */
export function academicTutorMayRead(topic: ReadingTopic): boolean {
  return ACADEMIC_TUTOR_READING[topic].ACADEMIC_TUTOR;
}
