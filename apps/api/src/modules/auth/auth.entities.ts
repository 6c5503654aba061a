import { EntitySchema } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';

export const ROLES = [
  'STUDENT',
  'COMPANY_TUTOR',
  'HR_CONTACT',
  'ACADEMIC_TUTOR',
  'SECRETARIAT',
  'MANAGER',
  'DIRECTION',
  'INTEGRATION',
] as const;
export type Role = (typeof ROLES)[number];

/** Someone who signs in with an email and a password (company contacts use personal links instead). */
export class User extends BaseEntity {
  email!: string;
  displayName!: string;
  role!: Role;
  passwordHash!: string;
  active = true;
  lastLoginAt: Date | null = null;
}

/** What a session acts as: a user, or a company contact who came through a personal link. */
export type SessionSubject = 'USER' | 'COMPANY_TUTOR' | 'HR_CONTACT';

export class Session extends BaseEntity {
  /** SHA-256 of the cookie value: a stolen database does not give live sessions. */
  tokenHash!: string;
  subjectType!: SessionSubject;
  subjectId!: string;
  role!: Role;
  /** A personal-link session only reaches this mission… */
  missionId: string | null = null;
  /** …and only for the purpose of its link (confirming, or reading the validated contract). */
  purpose: PersonalLinkPurpose | null = null;
  /** …and, for a link bound to one record of that mission (an absence), only that record. */
  objectId: string | null = null;
  lastSeenAt: Date = new Date();
  expiresAt!: Date;
}

export class ApiToken extends BaseEntity {
  name!: string;
  tokenHash!: string;
  /** First characters, to recognise a token in lists without revealing it. */
  prefix!: string;
  scopes: string[] = [];
  createdBy!: string;
  expiresAt!: Date;
  lastUsedAt: Date | null = null;
  revokedAt: Date | null = null;
  /** A partner's token (issue 14: `cfa`, `sfca`, …) sees only the contract types that partner carries. */
  partner: string | null = null;
  /** Rotation: the token this one replaced (which stays valid for the overlap period). */
  replacesId: string | null = null;
  /**
   * The first token of its rotation chain (null: this one). A chain shares its rate-limit
   * counter and its persisted operations, so that the overlap of a rotation neither doubles
   * the partner's allowance nor loses its registered operations.
   */
  familyId: string | null = null;
  /** Requests a minute, maximum cost and depth of a query (null: the server's defaults, api-governance/token-limits.ts). */
  rateLimitPerMinute: number | null = null;
  maxCost: number | null = null;
  maxDepth: number | null = null;
  /** False: the token runs only the operations registered for its chain (persisted operations). */
  adHocDocuments = true;
}

/**
 * MISSION_CONFIRMATION: confirm or report an error (§3.3.3); CONTRACT_VIEW: read the validated
 * contract and its checklist; LIVRET: fill the company tutor's sheets of one livret (§4.7) —
 * its `missionId` column then holds that livret's id, the one object the link reaches;
 * VISIT_SLOT_CHOICE: pick one of the slots an academic tutor proposed for a company visit
 * (§4.6) — its `missionId` column holds the visit's id; ABSENCE_STOPPAGE: send the work
 * stoppage of one absence (§4.3.1, `objectId` = the absence); PROFESSIONAL_ABSENCE_REQUEST:
 * ask for a professional absence of the mission's alternant (§4.3.2); RUPTURE_REQUEST: ask
 * the manager to break one contract of the mission (§5, `objectId` = the contract);
 * CALENDAR_VIEW: read, from a calendar-change mail, the alternance calendars of the
 * recipient's alternants (§2.2.2, footnotes 13–15) — nothing else.
 */
export type PersonalLinkPurpose = 'MISSION_CONFIRMATION' | 'CONTRACT_VIEW' | 'LIVRET' | 'VISIT_SLOT_CHOICE' | 'ABSENCE_STOPPAGE' | 'PROFESSIONAL_ABSENCE_REQUEST' | 'RUPTURE_REQUEST' | 'CALENDAR_VIEW';

/**
 * A link mailed to a company tutor or HR contact: one mission, one purpose, expiring. Opening
 * it does not spend it (a phone, then a desktop); the answer does (`usedAt`), and a link the
 * office sent again is revoked (`revokedAt`).
 */
export class PersonalLink extends BaseEntity {
  tokenHash!: string;
  purpose!: PersonalLinkPurpose;
  subjectType!: 'COMPANY_TUTOR' | 'HR_CONTACT';
  subjectId!: string;
  missionId!: string;
  /** The one record of the mission the link acts on (the absence of an ABSENCE_STOPPAGE link); null: the mission itself. */
  objectId: string | null = null;
  expiresAt!: Date;
  /** When its purpose was done (the answer given). */
  usedAt: Date | null = null;
  revokedAt: Date | null = null;
}

export const UserSchema = new EntitySchema<User, BaseEntity>({
  class: User,
  extends: BaseEntitySchema,
  tableName: 'app_user',
  properties: {
    email: { type: 'string', length: 254, unique: true },
    displayName: { type: 'string', length: 200 },
    role: { type: 'string', length: 20 },
    passwordHash: { type: 'string', length: 200, lazy: true },
    active: { type: 'boolean', default: true },
    lastLoginAt: { type: 'Date', nullable: true },
  },
});

export const SessionSchema = new EntitySchema<Session, BaseEntity>({
  class: Session,
  extends: BaseEntitySchema,
  properties: {
    tokenHash: { type: 'string', length: 64, unique: true },
    subjectType: { type: 'string', length: 20 },
    subjectId: { type: 'string', length: 36, index: true },
    role: { type: 'string', length: 20 },
    missionId: { type: 'string', length: 36, nullable: true },
    purpose: { type: 'string', length: 30, nullable: true },
    objectId: { type: 'string', length: 36, nullable: true },
    lastSeenAt: { type: 'Date' },
    expiresAt: { type: 'Date' },
  },
});

export const ApiTokenSchema = new EntitySchema<ApiToken, BaseEntity>({
  class: ApiToken,
  extends: BaseEntitySchema,
  properties: {
    name: { type: 'string', length: 100 },
    tokenHash: { type: 'string', length: 64, unique: true },
    prefix: { type: 'string', length: 16 },
    scopes: { type: 'json' },
    createdBy: { type: 'string', length: 36 },
    expiresAt: { type: 'Date' },
    lastUsedAt: { type: 'Date', nullable: true },
    revokedAt: { type: 'Date', nullable: true },
    partner: { type: 'string', length: 20, nullable: true },
    replacesId: { type: 'string', length: 36, nullable: true },
    familyId: { type: 'string', length: 36, nullable: true },
    rateLimitPerMinute: { type: 'integer', nullable: true },
    maxCost: { type: 'integer', nullable: true },
    maxDepth: { type: 'integer', nullable: true },
    adHocDocuments: { type: 'boolean', default: true },
  },
});

export const PersonalLinkSchema = new EntitySchema<PersonalLink, BaseEntity>({
  class: PersonalLink,
  extends: BaseEntitySchema,
  properties: {
    tokenHash: { type: 'string', length: 64, unique: true },
    purpose: { type: 'string', length: 30 },
    subjectType: { type: 'string', length: 20 },
    subjectId: { type: 'string', length: 36 },
    missionId: { type: 'string', length: 36, index: true },
    objectId: { type: 'string', length: 36, nullable: true },
    expiresAt: { type: 'Date' },
    usedAt: { type: 'Date', nullable: true },
    revokedAt: { type: 'Date', nullable: true },
  },
});
