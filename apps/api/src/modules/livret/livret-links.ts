import type { EntityManager } from '@mikro-orm/core';
import { issuePersonalLink, revokePersonalLinks } from '../auth/personal-links.js';
import { enqueueMail } from '../mail/outbox.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { loadReferenceData } from '../reference-data/reference-data.service.js';
import { livretTutors } from './livret-access.js';
import { livretLinkMail } from './livret-mails.js';
import type { Livret } from './livret.entities.js';

/** The link works until two months after the soutenance: the last grids are filled at the end of period 3. */
export function livretLinkExpiry(soutenance: string): Date {
  return new Date(Date.parse(`${soutenance}T23:59:59Z`) + 61 * 86_400_000);
}

/**
 * Issues each company tutor — the second one too (§4.7: the livret is kept « ainsi que son
 * (ses) tuteur(s) professionnel(s) ») — a personal link bound to this livret only (purpose
 * LIVRET) and queues its mail in the caller's unit of work; their links sent before stop
 * working. Returns how many tutors were written to.
 */
export async function mailLivretLink(em: EntityManager, livret: Livret, soutenance: string, publicUrl: string, now: Date): Promise<number> {
  const tutors = livretTutors(livret);
  for (const tutor of tutors) await mailOneLink(em, livret, tutor, soutenance, publicUrl, now);
  return tutors.length;
}

/** One tutor's livret link (a tutor who took over the livret gets theirs this way). */
export async function mailOneLink(em: EntityManager, livret: Livret, tutor: NonNullable<Livret['companyTutor']>, soutenance: string, publicUrl: string, now: Date): Promise<void> {
  const target = { purpose: 'LIVRET' as const, subjectType: 'COMPANY_TUTOR' as const, subjectId: tutor.id, missionId: livret.id };
  await revokePersonalLinks(em, target, now);
  const expiresAt = livretLinkExpiry(soutenance);
  const token = issuePersonalLink(em, { ...target, expiresAt });
  const content = livretLinkMail({
    tutorName: `${tutor.firstName} ${tutor.lastName}`,
    studentName: `${livret.student.firstName} ${livret.student.lastName}`,
    academicYear: livret.academicYear,
    link: `${publicUrl}/lien/${token}`,
    expiresOn: expiresAt.toISOString().slice(0, 10).split('-').reverse().join('/'),
  });
  const contacts = await companyContactsBlock(em, await loadReferenceData(em), livret.student);
  enqueueMail(em, tutor.email, 'livret-link', withContacts(content, contacts), null, now, token);
}
