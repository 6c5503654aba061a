import type { ReadingTopic } from './company-contact-reading.js';

/**
 * What a partner's API token (the CFA for apprentices, the SFCA for professionalisation contracts,
 * the internships service — « le CFA […] ou le SFCA […] ou le service des stages », §3.1) reads of
 * the missions and contracts of its contract types. The contract is its business: the pay and its
 * inputs, the disability year that raises the minimum, a foreign student's permit (settled between
 * the alternant, the employer and the CFA/SFCA, §3.4 note 26), the training's cost it bills (§2.5),
 * the rules' findings. The fiche's validation is the MIAGE's own (§3.3.3): the manager's words to
 * the student, a derogation's reason (§2.1.2) and the company contacts' answers stay in the programme;
 * and an absence's justification (a work stoppage, the alternant's words, §4.3.1) is the office's —
 * the partner pushes absences, never reads their details. (The office's own tokens, such as the
 * Excel add-in's, read as the office.)
 */
export interface PartnerReadingRule {
  PARTNER: boolean;
  /** Why, in the guide's words. */
  reason: string;
  ref: string;
}

/** The matrix, one line a topic (the same topics as COMPANY_CONTACT_READING; docs/security.md repeats it field by field). */
export const PARTNER_READING: Readonly<Record<ReadingTopic, PartnerReadingRule>> = {
  OFFICE_DECISION_COMMENTS: {
    PARTNER: false,
    reason: 'Le renvoi, le refus et la dérogation sont des décisions du responsable de l’alternance sur la fiche, adressées à l’alternant(e) avant tout contrat ; le CFA/SFCA reçoit la mission validée.',
    ref: '§3.3.3, §2.1.2',
  },
  CONFIRMATION_ANSWERS: {
    PARTNER: false,
    reason: 'Les contacts professionnels répondent au responsable de l’alternance « par simple retour de mél » : un échange interne à la validation.',
    ref: '§3.3.3',
  },
  OFFICE_WORK_LIST: {
    PARTNER: true,
    reason: 'Les anomalies relevées par les règles du guide portent sur le contrat que le partenaire instruit (dates, durée, rémunération).',
    ref: '§3.1, §3.4',
  },
  PAY: {
    PARTNER: true,
    reason: 'La rémunération est une clause du contrat d’apprentissage ou de professionnalisation que le CFA ou le SFCA instruit.',
    ref: '§3.1, §4.2',
  },
  DISABILITY: {
    PARTNER: true,
    reason: 'L’année supplémentaire d’un(e) apprenti(e) handicapé(e) change la rémunération minimale du contrat que le CFA instruit.',
    ref: '§4.2.1, note 27',
  },
  FOREIGN_STUDENT: {
    PARTNER: true,
    reason: 'Les démarches d’un(e) étranger(ère) se règlent avec le CFA/SFCA avant le début du contrat.',
    ref: '§3.4, Attention, note 26',
  },
  TRAINING_COST: {
    PARTNER: true,
    reason: 'Le coût de la formation est facturé à l’OPCO par le CFA ou le SFCA.',
    ref: '§2.5',
  },
  ABSENCE_JUSTIFICATION: {
    PARTNER: false,
    reason: 'L’arrêt de travail est transmis au responsable et au secrétariat de la MIAGE ; le partenaire déclare des absences sans en connaître le détail.',
    ref: '§4.3.1, Tableau 9',
  },
  MEDIATIONS: {
    PARTNER: false,
    reason: 'La médiation avant une rupture est menée par le tuteur universitaire puis le responsable de la MIAGE ; le CFA/SFCA reçoit la rupture, s’il y en a une, pas le compte rendu.',
    ref: '§5 En pratique',
  },
};

/** May a partner's API token read this topic of its contracts? */
export function partnerMayRead(topic: ReadingTopic): boolean {
  return PARTNER_READING[topic].PARTNER;
}
