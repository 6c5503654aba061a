import { EntitySchema } from '@mikro-orm/core';
import type { Finding } from '@alternance/domain';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';
import { User } from '../auth/auth.entities.js';
import { Mission } from '../missions/mission.entities.js';
import { CompanyTutor, Student } from '../people/people.entities.js';

/**
 * PROPOSED: slots sent to the company tutor; SCHEDULED: one slot picked (or set on a
 * reschedule); HELD: the tutor recorded the report; CANCELLED: called off (kept for history).
 */
export type VisitState = 'PROPOSED' | 'SCHEDULED' | 'HELD' | 'CANCELLED';
export type VisitHalf = 'AM' | 'PM';
export type VisitFormat = 'ON_SITE' | 'REMOTE';

/** One slot the academic tutor offers: a half-day, on site (address) or remote (link). */
export interface VisitSlot {
  id: string;
  date: string;
  half: VisitHalf;
  format: VisitFormat;
  /** Address on site, meeting link remote. */
  location: string;
  /** The VISIT_* warnings the tutor went ahead with (§4.6, note 34). */
  findings: Finding[];
}

/** One company tutor's answer, through their slot link, that none of the slots suits them (note 34). */
export interface VisitSlotDecline {
  companyTutorId: string;
  /** Their name when they answered: a tutor replaced since is still named. */
  name: string;
  /** ISO instant. */
  at: string;
  availability: string;
}

/** The structured report of a held visit (§4.6). */
export interface VisitReport {
  attendees: string;
  activities: string;
  progress: string;
  pointsOfAttention: string;
  tutorOpinion: string;
  followUpNeeded: boolean;
  followUpNote: string;
}

/** A company visit of the academic tutor (§4.6): two a year per alternant, with the company tutor. */
export class Visit extends BaseEntity {
  student!: Student;
  /** The validated mission whose company tutor receives the visit. */
  mission!: Mission;
  companyTutor!: CompanyTutor;
  /** Who plans and holds it; null while the manager acts as tutor (note 32). */
  academicTutor: User | null = null;
  /** '2025-2026': the training year the visit belongs to. */
  academicYear!: string;
  visitNumber!: 1 | 2;
  state: VisitState = 'PROPOSED';
  slots: VisitSlot[] = [];
  /** The slot held (picked or rescheduled to); null while PROPOSED. */
  date: string | null = null;
  half: VisitHalf | null = null;
  format: VisitFormat | null = null;
  location: string | null = null;
  /** The visit's iCalendar UID: stable across reschedules, so calendars update the same event. */
  icsUid!: string;
  /** RFC 5545 SEQUENCE: incremented on each reschedule and on cancel. */
  icsSequence = 0;
  /**
   * `student:year:number` while not cancelled, null once cancelled: a unique column, so that
   * the database refuses a second live visit 1 (or 2) for a student and year, even from two
   * concurrent proposals.
   */
  liveKey: string | null = null;
  /**
   * When the company tutor answered, through the slot link, that none of the slots suits them
   * (note 34: the appointment is set with them), and their availability; cleared when other
   * slots are offered.
   */
  slotsDeclinedAt: Date | null = null;
  slotsDeclinedNote: string | null = null;
  /**
   * Every company tutor's refusal of the current slots (§3.1: a contract may have two, each with
   * their own link): `slotsDeclinedAt`/`slotsDeclinedNote` keep the first; cleared with them.
   */
  slotDeclines: VisitSlotDecline[] | null = null;
  /** The company tutor who picked the slot through their link (the first pick wins); null before, and once the planner moves the visit. */
  slotChosenByName: string | null = null;
  /** When the visitor was told the slots went unanswered (visit-reminders.ts): set once, by a conditional update that is the sweep's claim. */
  unansweredNotifiedAt: Date | null = null;
  /** When the planner last sent the current slots again (remindVisitSlots, « relancé le … », §4.6 note 34); cleared when other slots are offered. */
  slotsRemindedAt: Date | null = null;
  cancelReason: string | null = null;
  cancelledAt: Date | null = null;
  report: VisitReport | null = null;
  reportedAt: Date | null = null;
  followUpNeeded = false;
}

function syncLiveKey({ entity }: { entity: Visit }): void {
  const key = entity.state === 'CANCELLED' ? null : `${entity.student.id}:${entity.academicYear}:${entity.visitNumber}`;
  if (entity.liveKey !== key) entity.liveKey = key;
}

export const VisitSchema = new EntitySchema<Visit, BaseEntity>({
  class: Visit,
  extends: BaseEntitySchema,
  hooks: { beforeCreate: [syncLiveKey], beforeUpdate: [syncLiveKey] },
  properties: {
    student: { kind: 'm:1', entity: () => Student, index: true },
    mission: { kind: 'm:1', entity: () => Mission },
    companyTutor: { kind: 'm:1', entity: () => CompanyTutor, index: true },
    academicTutor: { kind: 'm:1', entity: () => User, nullable: true, index: true },
    academicYear: { type: 'string', length: 9, index: true },
    visitNumber: { type: 'integer' },
    state: { type: 'string', length: 12, index: true },
    slots: { type: 'json' },
    date: { type: 'string', length: 10, nullable: true, index: true },
    half: { type: 'string', length: 2, nullable: true },
    format: { type: 'string', length: 8, nullable: true },
    location: { type: 'string', length: 500, nullable: true },
    icsUid: { type: 'string', length: 100, unique: true },
    icsSequence: { type: 'integer', default: 0 },
    liveKey: { type: 'string', length: 60, nullable: true, unique: 'visit_live_key_unique' },
    slotsDeclinedAt: { type: 'Date', nullable: true },
    slotsDeclinedNote: { type: 'text', nullable: true },
    slotDeclines: { type: 'json', nullable: true },
    slotChosenByName: { type: 'string', length: 200, nullable: true },
    unansweredNotifiedAt: { type: 'Date', nullable: true },
    slotsRemindedAt: { type: 'Date', nullable: true },
    cancelReason: { type: 'text', nullable: true },
    cancelledAt: { type: 'Date', nullable: true },
    report: { type: 'json', nullable: true },
    reportedAt: { type: 'Date', nullable: true },
    followUpNeeded: { type: 'boolean', default: false },
  },
  // The visits overview's late rule (issue 15): whether a student's visit 1 (or 2) of the year
  // took place — held, or planned on a day now past (visitTookPlace, h63) — and whether a report
  // is due, from the index alone: the student's index then each visit's row cost 7,000 buffer
  // reads a cohort page once visits could be late.
  indexes: [{ name: 'visit_student_year_number_state_date_index', properties: ['student', 'academicYear', 'visitNumber', 'state', 'date'] }],
});
