import { academicTutorMayRead } from '../visits/academic-tutor-reading.js';
import { checklistItemTopic, companyContactMayRead, findingTopic, type ReadingTopic } from './company-contact-reading.js';
import { directionMayRead } from './direction-reading.js';
import { partnerMayRead } from './partner-reading.js';

/**
 * Who reads, as the matrices name them: a role, or PARTNER — a partner's API token (CFA, SFCA,
 * internships service), whose role is INTEGRATION but whose reading is PARTNER_READING's.
 */
export type Reader = string;

/**
 * May a person of this role read this topic? The company contacts follow COMPANY_CONTACT_READING,
 * the academic tutor ACADEMIC_TUTOR_READING, a partner's token (reader PARTNER) PARTNER_READING,
 * the direction DIRECTION_READING; the student (their own records), the manager, the secretariat and
 * the office's own integrations read every topic
 * (their own rules — sensitive fields, `audit:read` — still apply).
 * The API nulls each field by it, the portal hides the empty blocks by it.
 */
export function roleMayRead(role: Reader, topic: ReadingTopic): boolean {
  if (role === 'COMPANY_TUTOR' || role === 'HR_CONTACT') return companyContactMayRead(role, topic);
  if (role === 'ACADEMIC_TUTOR') return academicTutorMayRead(topic);
  if (role === 'PARTNER') return partnerMayRead(topic);
  if (role === 'DIRECTION') return directionMayRead(topic);
  return true;
}

/**
 * The checklist items this role reads (and a company contact is mailed): the steps of the contract,
 * a foreign student's only to those who may read FOREIGN_STUDENT (§3.4, note 26).
 */
export function checklistItemReadableBy(role: Reader, code: string): boolean {
  const topic = checklistItemTopic(code);
  return topic === null || roleMayRead(role, topic);
}

/** The findings this role reads: none whose message tells of a topic the role may not read (findingTopic). */
export function findingReadableBy(role: Reader, finding: { code: string; field?: string | null }): boolean {
  const topic = findingTopic(finding);
  return topic === null || roleMayRead(role, topic);
}
