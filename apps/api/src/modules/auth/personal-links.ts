import type { EntityManager } from '@mikro-orm/core';
import { PersonalLink, type PersonalLinkPurpose } from './auth.entities.js';
import { randomToken, sha256 } from './secrets.js';

/** Creates a one-time link in the caller's unit of work and returns its token (only the hash is stored). */
export function issuePersonalLink(
  em: EntityManager,
  p: { purpose: PersonalLinkPurpose; subjectType: 'COMPANY_TUTOR' | 'HR_CONTACT'; subjectId: string; missionId: string; expiresAt: Date },
): string {
  const token = randomToken(32);
  const link = new PersonalLink();
  link.tokenHash = sha256(token);
  link.purpose = p.purpose;
  link.subjectType = p.subjectType;
  link.subjectId = p.subjectId;
  link.missionId = p.missionId;
  link.expiresAt = p.expiresAt;
  em.persist(link);
  return token;
}
