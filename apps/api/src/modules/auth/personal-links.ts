import type { EntityManager } from '@mikro-orm/core';
import { PersonalLink, type PersonalLinkPurpose } from './auth.entities.js';
import { randomToken, sha256 } from './secrets.js';

export interface LinkTarget {
  purpose: PersonalLinkPurpose;
  subjectType: 'COMPANY_TUTOR' | 'HR_CONTACT';
  subjectId: string;
  /** The mission; for VISIT_SLOT_CHOICE, the visit. */
  missionId: string;
  /** The one record of the mission the link is bound to (an absence), if any. */
  objectId?: string | null;
}

/** Links of a purpose and mission (or visit), of one person, or — without `subjectId` — of everyone who holds one. */
export type LinkScope = Omit<LinkTarget, 'subjectId'> & { subjectId?: string };

/** Creates a personal link in the caller's unit of work and returns its token (only the hash is stored). */
export function issuePersonalLink(em: EntityManager, p: LinkTarget & { expiresAt: Date }): string {
  const token = randomToken(32);
  const link = new PersonalLink();
  link.tokenHash = sha256(token);
  link.purpose = p.purpose;
  link.subjectType = p.subjectType;
  link.subjectId = p.subjectId;
  link.missionId = p.missionId;
  link.objectId = p.objectId ?? null;
  link.expiresAt = p.expiresAt;
  em.persist(link);
  return token;
}

/** The office sent a fresh link: the ones still open for the same person, mission and purpose stop working. */
export async function revokePersonalLinks(em: EntityManager, target: LinkScope, now: Date): Promise<number> {
  return em.nativeUpdate(PersonalLink, { ...target, usedAt: null, revokedAt: null }, { revokedAt: now });
}

/** The purpose is done (the answer is given): every open link of this person for it is spent. */
export async function spendPersonalLinks(em: EntityManager, target: LinkScope, now: Date): Promise<number> {
  return em.nativeUpdate(PersonalLink, { ...target, usedAt: null }, { usedAt: now });
}
