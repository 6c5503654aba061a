import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '../../shared/actor.js';
import { CompanyTutor, HrContact, Student } from '../people/people.entities.js';
import { ApiToken, Session, User, type Role, type SessionSubject } from './auth.entities.js';
import { randomToken, sha256 } from './secrets.js';

export const SESSION_IDLE_MS = 2 * 3_600_000;
export const SESSION_ABSOLUTE_MS = 12 * 3_600_000;

export async function openSession(em: EntityManager, subject: { type: SessionSubject; id: string; role: Role; missionId?: string | null }, now: Date): Promise<string> {
  const token = randomToken(32);
  const session = new Session();
  session.tokenHash = sha256(token);
  session.subjectType = subject.type;
  session.subjectId = subject.id;
  session.role = subject.role;
  session.missionId = subject.missionId ?? null;
  session.lastSeenAt = now;
  session.expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  em.persist(session);
  await em.flush();
  return token;
}

export async function closeSession(em: EntityManager, token: string): Promise<void> {
  await em.nativeDelete(Session, { tokenHash: sha256(token) });
}

async function actorOfSession(em: EntityManager, session: Session): Promise<Actor | null> {
  if (session.subjectType === 'USER') {
    const user = await em.findOne(User, { id: session.subjectId, active: true });
    if (!user) return null;
    const student = user.role === 'STUDENT' ? await em.findOne(Student, { user: user.id }, { fields: ['id'] }) : null;
    return { kind: 'USER', id: user.id, role: user.role, label: user.displayName, email: user.email, studentId: student?.id ?? null, scopes: [] };
  }
  const person = session.subjectType === 'COMPANY_TUTOR' ? await em.findOne(CompanyTutor, session.subjectId) : await em.findOne(HrContact, session.subjectId);
  if (!person) return null;
  return { kind: session.subjectType, id: person.id, role: session.role, label: `${person.firstName} ${person.lastName}`, email: person.email, studentId: null, scopes: [] };
}

/** The actor of a session cookie, or null when unknown, idle too long or past its absolute expiry. */
export async function actorFromSession(em: EntityManager, token: string, now: Date): Promise<Actor | null> {
  const session = await em.findOne(Session, { tokenHash: sha256(token) });
  if (!session) return null;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    await em.nativeDelete(Session, { id: session.id });
    return null;
  }
  // Sliding idle expiry, written at most once a minute so that reads stay reads.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
  return actorOfSession(em, session);
}

/** The actor of an API token (`Authorization: Bearer alt_…`), or null when unknown, revoked or expired. */
export async function actorFromApiToken(em: EntityManager, token: string, now: Date): Promise<Actor | null> {
  const row = await em.findOne(ApiToken, { tokenHash: sha256(token) });
  if (!row || row.revokedAt || row.expiresAt <= now) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) await em.nativeUpdate(ApiToken, { id: row.id }, { lastUsedAt: now });
  return { kind: 'TOKEN', id: row.id, role: 'INTEGRATION', label: `Jeton ${row.name}`, email: null, studentId: null, scopes: row.scopes };
}
