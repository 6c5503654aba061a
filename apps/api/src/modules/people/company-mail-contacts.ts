import { FlushMode, type EntityManager } from '@mikro-orm/core';
import { companyMailContactsBlock, type ContractType, type ReferenceData } from '@alternance/domain';
import type { MailContent } from '../mail/templates.js';
import { caseContactFacts, studentSite } from './contact-context.js';
import { Student } from './people.entities.js';

/**
 * The « Vos contacts » block of a mail to a company tutor or HR contact (§6.1.1, Tableau 8):
 * the alternant's own academic tutor once assigned (§4.6), the manager, the secretariat of
 * their site (Tableau 10), the CFA or SFCA of their contract (§6.2). The same facts as the
 * link page's « Qui contacter ? » (caseContactFacts). Only people of the programme: nothing
 * of what a company contact may not read (company-contact-reading.ts).
 */
export async function companyContactsBlock(em: EntityManager, referenceData: ReferenceData, studentOrId: Student | string, missionType: string | null = null): Promise<string> {
  const id = typeof studentOrId === 'string' ? studentOrId : studentOrId.id;
  const student = await em.findOneOrFail(Student, id, { populate: ['academicTutor'], flushMode: FlushMode.COMMIT });
  const facts = await caseContactFacts(em, referenceData, student, missionType);
  return contactsBlockOf(referenceData, student, facts.contractType);
}

/**
 * The same block from facts already read — the student with their academic tutor loaded, the
 * type of their contract — for a mail that covers several alternants, one block each, whose
 * sender reads them all in one statement rather than one per alternant.
 */
export function contactsBlockOf(referenceData: ReferenceData, student: Student, contractType: string | null): string {
  const tutor = student.academicTutor;
  return companyMailContactsBlock(
    {
      studentName: `${student.firstName} ${student.lastName}`,
      contractType: (contractType as ContractType | null) ?? null,
      site: studentSite(referenceData, student),
      academicTutor: tutor ? { name: tutor.displayName, email: tutor.email, phone: null, website: null } : null,
    },
    referenceData.directory ?? [],
    referenceData.contacts,
  );
}

/** The mail with the contacts block put before its signature (the « -- » line), or at its end. */
export function withContacts(content: MailContent, block: string): MailContent {
  const at = content.text.lastIndexOf('\n\n--\n');
  const text = at < 0 ? `${content.text}\n\n${block}` : `${content.text.slice(0, at)}\n\n${block}${content.text.slice(at)}`;
  return { ...content, text };
}
