import type { EntityManager } from '@mikro-orm/core';
import { issuePersonalLink, revokePersonalLinks } from '../auth/personal-links.js';
import { enqueueMail } from '../mail/outbox.js';
import { livretLinkMail } from './livret-mails.js';
import type { Livret } from './livret.entities.js';

/** The link works until two months after the soutenance: the last grids are filled at the end of period 3. */
export function livretLinkExpiry(soutenance: string): Date {
  return new Date(Date.parse(`${soutenance}T23:59:59Z`) + 61 * 86_400_000);
}

/**
 * Issues the company tutor a personal link bound to this livret only (purpose LIVRET) and
 * queues its mail in the caller's unit of work; links sent before stop working.
 */
export async function mailLivretLink(em: EntityManager, livret: Livret, soutenance: string, publicUrl: string, now: Date): Promise<boolean> {
  const tutor = livret.companyTutor;
  if (!tutor) return false;
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
  enqueueMail(em, tutor.email, 'livret-link', content, null, now, token);
  return true;
}
