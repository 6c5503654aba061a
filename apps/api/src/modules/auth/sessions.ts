import type { EntityManager } from '@mikro-orm/core';
import { isPartner, partnerContractTypes } from '@alternance/domain';
import type { Actor } from '../../shared/actor.js';
import { readRows } from '../../db/read-rows.js';
import { isPostgres } from '../../db/bulk-sql.js';
import { CompanyTutor, HrContact } from '../people/people.entities.js';
import { ApiToken, Session, type PersonalLinkPurpose, type Role, type SessionSubject } from './auth.entities.js';
import { randomToken, sha256 } from './secrets.js';

export const SESSION_IDLE_MS = 2 * 3_600_000;
export const SESSION_ABSOLUTE_MS = 12 * 3_600_000;

export async function openSession(em: EntityManager, subject: { type: SessionSubject; id: string; role: Role; missionId?: string | null; purpose?: PersonalLinkPurpose | null; objectId?: string | null }, now: Date): Promise<string> {
  const token = randomToken(32);
  const session = new Session();
  session.tokenHash = sha256(token);
  session.subjectType = subject.type;
  session.subjectId = subject.id;
  session.role = subject.role;
  session.missionId = subject.missionId ?? null;
  session.purpose = subject.purpose ?? null;
  session.objectId = subject.objectId ?? null;
  session.lastSeenAt = now;
  session.expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  em.persist(session);
  await em.flush();
  return token;
}

export async function closeSession(em: EntityManager, token: string): Promise<void> {
  await em.nativeDelete(Session, { tokenHash: sha256(token) });
}

/** A company contact's session acts only on the mission and purpose of the link that opened it (security.md). */
async function actorOfContact(em: EntityManager, type: 'COMPANY_TUTOR' | 'HR_CONTACT', id: string, role: Role, missionId: string | null, purpose: PersonalLinkPurpose | null, objectId: string | null): Promise<Actor | null> {
  const person = type === 'COMPANY_TUTOR' ? await em.findOne(CompanyTutor, id) : await em.findOne(HrContact, id);
  if (!person) return null;
  const label = `${person.firstName} ${person.lastName}`;
  // A visit link's object id is a visit's, never a mission's: such a session reaches no mission.
  if (purpose === 'VISIT_SLOT_CHOICE') return { kind: type, id: person.id, role, label, email: person.email, studentId: null, scopes: [], missionId: null, linkPurpose: purpose, visitId: missionId };
  // A calendar link (footnotes 13–15) reads the calendars of the person's alternants, nothing of a mission or contract:
  // a mail forwarded in the company opens no more than the calendar it announces.
  if (purpose === 'CALENDAR_VIEW') return { kind: type, id: person.id, role, label, email: person.email, studentId: null, scopes: [], missionId: null, linkPurpose: purpose };
  return { kind: type, id: person.id, role, label, email: person.email, studentId: null, scopes: [], missionId, linkPurpose: purpose, linkObjectId: objectId };
}

// The user is found by its primary key: PostgreSQL compares uuids (the subject id cast once, only for a
// user's session), SQLite its text ids as they are. Casting the user's id instead read every app_user row on
// every request (20,000 at a university's scale).
const sessionSql = (userMatch: string) =>
  'select "s"."id", "s"."subject_type", "s"."subject_id", "s"."role", "s"."mission_id", "s"."purpose", "s"."object_id", "s"."expires_at", "s"."last_seen_at", "u"."email", "u"."display_name", "u"."active", "st"."id" as "student_id"' +
  ` from "session" "s" left join "app_user" "u" on ${userMatch} left join "student" "st" on "st"."user_id" = "u"."id"` +
  ' where "s"."token_hash" = ?';
const SESSION_SQL_POSTGRES = sessionSql('"u"."id" = case when "s"."subject_type" = \'USER\' then cast("s"."subject_id" as uuid) end');
const SESSION_SQL_SQLITE = sessionSql('"u"."id" = "s"."subject_id" and "s"."subject_type" = \'USER\'');
/** The statement that reads a session and its user, in each dialect (exported for the plan test). */
export const sessionLookupSql = (postgres: boolean): string => (postgres ? SESSION_SQL_POSTGRES : SESSION_SQL_SQLITE);

interface SessionRow {
  id: string;
  subject_type: SessionSubject;
  subject_id: string;
  role: Role;
  mission_id: string | null;
  purpose: PersonalLinkPurpose | null;
  object_id: string | null;
  expires_at: Date | number | string;
  last_seen_at: Date | number | string;
  email: string | null;
  display_name: string | null;
  active: boolean | number | null;
  student_id: string | null;
}

/**
 * The actor of a session cookie, or null when unknown, idle too long or past its absolute
 * expiry. Every request asks this: one prepared statement for the session, its user and
 * their student record.
 */
export async function actorFromSession(em: EntityManager, token: string, now: Date): Promise<Actor | null> {
  const row = (await readRows(em, sessionLookupSql(isPostgres(em)), [sha256(token)]))[0] as SessionRow | undefined;
  if (!row) return null;
  const expiresAt = new Date(row.expires_at);
  const lastSeenAt = new Date(row.last_seen_at);
  if (expiresAt <= now || now.getTime() - lastSeenAt.getTime() > SESSION_IDLE_MS) {
    await em.nativeDelete(Session, { id: row.id });
    return null;
  }
  // Sliding idle expiry, written at most once a minute so that reads stay reads.
  if (now.getTime() - lastSeenAt.getTime() > 60_000) await em.nativeUpdate(Session, { id: row.id }, { lastSeenAt: now });
  if (row.subject_type === 'USER') {
    if (row.email === null || !(row.active === true || row.active === 1)) return null;
    return { kind: 'USER', id: row.subject_id, role: row.role, label: row.display_name ?? row.email, email: row.email, studentId: row.role === 'STUDENT' ? row.student_id : null, scopes: [] };
  }
  return actorOfContact(em, row.subject_type, row.subject_id, row.role, row.mission_id, row.purpose, row.object_id);
}

/** The actor of an API token (`Authorization: Bearer alt_…`), or null when unknown, revoked or expired. */
export async function actorFromApiToken(em: EntityManager, token: string, now: Date): Promise<Actor | null> {
  const row = await em.findOne(ApiToken, { tokenHash: sha256(token) });
  if (!row || row.revokedAt || row.expiresAt <= now) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) await em.nativeUpdate(ApiToken, { id: row.id }, { lastUsedAt: now });
  const contractTypes = row.partner === null ? null : isPartner(row.partner) ? partnerContractTypes(row.partner) : [];
  return { kind: 'TOKEN', id: row.id, role: 'INTEGRATION', label: `Jeton ${row.name}`, email: null, studentId: null, scopes: row.scopes, contractTypes, partner: row.partner,
    token: { familyId: row.familyId ?? row.id, rateLimitPerMinute: row.rateLimitPerMinute, maxCost: row.maxCost, maxDepth: row.maxDepth, adHocDocuments: row.adHocDocuments },
  };
}
