import type { ReadingTopic } from './company-contact-reading.js';

/**
 * What the MIAGE's direction reads beyond the rest of the office. It decides the exceptional
 * professional absences (§4.3.2) and is the last contact when things go wrong (Tableau 9); a
 * work stoppage is mailed « au responsable de l'alternance ET au secrétariat pédagogique » (§4.3.1)
 * and any other reason goes to the manager (§4.3.3): an absence's justification — health data for
 * a medical one — is theirs, not the direction's. Every other topic the direction reads as the office.
 */
export interface DirectionReadingRule {
  DIRECTION: boolean;
  /** Why, in the guide's words. */
  reason: string;
  ref: string;
}

const OFFICE_TOPIC: DirectionReadingRule = { DIRECTION: true, reason: 'La direction de la MIAGE lit le dossier comme le bureau de l’alternance.', ref: '§3.1, Tableau 9' };

/** The matrix, one line a topic (the same topics as COMPANY_CONTACT_READING; docs/security.md repeats it field by field). */
export const DIRECTION_READING: Readonly<Record<ReadingTopic, DirectionReadingRule>> = {
  OFFICE_DECISION_COMMENTS: OFFICE_TOPIC,
  CONFIRMATION_ANSWERS: OFFICE_TOPIC,
  OFFICE_WORK_LIST: OFFICE_TOPIC,
  PAY: OFFICE_TOPIC,
  DISABILITY: OFFICE_TOPIC,
  FOREIGN_STUDENT: OFFICE_TOPIC,
  TRAINING_COST: OFFICE_TOPIC,
  MEDIATIONS: OFFICE_TOPIC,
  ABSENCE_JUSTIFICATION: {
    DIRECTION: false,
    reason: 'L’arrêt de travail est transmis « au responsable de l’alternance ET au secrétariat pédagogique », toute autre justification au responsable ; la direction ne décide que des absences pour raisons professionnelles.',
    ref: '§4.3.1, §4.3.2, §4.3.3',
  },
};

/** May the direction read this topic? */
export function directionMayRead(topic: ReadingTopic): boolean {
  return DIRECTION_READING[topic].DIRECTION;
}
