import { EntitySchema } from '@mikro-orm/core';
import type { CalendarDefinition, CalendarException, HalfDayChange } from '@alternance/domain';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';
import { Student } from '../people/people.entities.js';

/**
 * One alternance calendar (§2.2.2) — the calendar of a cohort's year, named by the code its
 * cohort years point at — with the manager's working draft. `inForce` is the number of the
 * published version every figure reads; the draft is what the editor changes (optimistic
 * locking on `version`) until it is published as the next version.
 */
export class AlternanceCalendar extends BaseEntity {
  code!: string;
  draft!: CalendarDefinition;
  inForce = 1;
  /** True while the version in force is the domain's placeholder, never published by the manager. */
  provisional = true;
}

/** A published version of a calendar: kept forever, so the history shows who changed which half-days when. */
export class CalendarVersion extends BaseEntity {
  code!: string;
  number!: number;
  definition!: CalendarDefinition;
  /** The half-days changed from the previous version (empty for the seeded first one). */
  changes!: HalfDayChange[];
  publishedAt!: Date;
  publishedBy!: string;
  comment: string | null = null;
}

/** One alternant's own half-days over their cohort's calendar (an individual calendar, §2.2.1). */
export class StudentCalendar extends BaseEntity {
  student!: Student;
  code!: string;
  exceptions!: CalendarException[];
}

export type CalendarFeedKind = 'STUDENT' | 'COMPANY_TUTOR' | 'ACADEMIC_TUTOR';

/**
 * An iCalendar subscription: the URL carries a random token, only its SHA-256 is stored
 * (like API tokens), and revoking it stops the feed at once.
 */
export class CalendarFeed extends BaseEntity {
  tokenHash!: string;
  kind!: CalendarFeedKind;
  /** Student id, company tutor id, or academic tutor user id. */
  subjectId!: string;
  createdBy!: string;
  revokedAt: Date | null = null;
  lastReadAt: Date | null = null;
}

export const AlternanceCalendarSchema = new EntitySchema<AlternanceCalendar, BaseEntity>({
  class: AlternanceCalendar,
  tableName: 'alternance_calendar',
  extends: BaseEntitySchema,
  properties: {
    code: { type: 'string', length: 40, unique: true },
    draft: { type: 'json' },
    inForce: { type: 'integer', default: 1 },
    provisional: { type: 'boolean', default: true },
  },
});

export const CalendarVersionSchema = new EntitySchema<CalendarVersion, BaseEntity>({
  class: CalendarVersion,
  extends: BaseEntitySchema,
  uniques: [{ properties: ['code', 'number'] }],
  properties: {
    code: { type: 'string', length: 40, index: true },
    number: { type: 'integer' },
    definition: { type: 'json' },
    changes: { type: 'json' },
    publishedAt: { type: 'Date' },
    publishedBy: { type: 'string', length: 200 },
    comment: { type: 'string', length: 1000, nullable: true },
  },
});

export const StudentCalendarSchema = new EntitySchema<StudentCalendar, BaseEntity>({
  class: StudentCalendar,
  extends: BaseEntitySchema,
  uniques: [{ properties: ['student', 'code'] }],
  properties: {
    student: { kind: 'm:1', entity: () => Student, index: true },
    code: { type: 'string', length: 40 },
    exceptions: { type: 'json' },
  },
});

export const CalendarFeedSchema = new EntitySchema<CalendarFeed, BaseEntity>({
  class: CalendarFeed,
  extends: BaseEntitySchema,
  properties: {
    tokenHash: { type: 'string', length: 64, unique: true },
    kind: { type: 'string', length: 20 },
    subjectId: { type: 'string', length: 36, index: true },
    createdBy: { type: 'string', length: 36 },
    revokedAt: { type: 'Date', nullable: true },
    lastReadAt: { type: 'Date', nullable: true },
  },
});
