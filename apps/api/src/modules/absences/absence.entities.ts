import { EntitySchema } from '@mikro-orm/core';
import type { AbsenceReason, HalfDay, JustificationState } from '@alternance/domain';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';
import { Mission } from '../missions/mission.entities.js';
import { Organisation, Student } from '../people/people.entities.js';

export type ProfessionalAbsenceState = 'PENDING' | 'GRANTED' | 'REFUSED';

/** A company tutor's request for a professional absence (§4.3.2), decided by the direction. */
export class ProfessionalAbsenceRequest extends BaseEntity {
  student!: Student;
  mission!: Mission;
  firstDay!: string;
  firstHalf!: HalfDay;
  lastDay!: string;
  lastHalf!: HalfDay;
  reason!: string;
  /** The tutor who asked (id and name as they were). */
  requestedById!: string;
  requestedByLabel!: string;
  /** The day the tutor asked: through their link, or the day their mail reached the direction (§4.3.2 step 1). */
  requestedOn!: string;
  /** Who of the direction recorded a request the tutor mailed; null when the tutor asked through their link. */
  recordedBy: string | null = null;
  /**
   * The teachers in charge of the teachings of the period whom the direction consulted
   * (§4.3.2 step 2), one address a line, in the order consulted; they receive the decision
   * (step 3). Null until one is consulted.
   */
  teacherEmails: string | null = null;
  state: ProfessionalAbsenceState = 'PENDING';
  decidedBy: string | null = null;
  decidedAt: Date | null = null;
  decisionComment: string | null = null;
}

/**
 * One half-day of training the alternant missed (§4.3), and where its justification
 * stands. One row per student, date and half-day: the database refuses a second.
 */
export class Absence extends BaseEntity {
  student!: Student;
  date!: string;
  half!: HalfDay;
  state: JustificationState = 'RECORDED';
  reason: AbsenceReason = 'UNKNOWN';
  /** What the student or the office said about it (§4.3.3 reason), or the office's note. */
  comment: string | null = null;
  /** The alternant's mission when recorded: its tutor and HR contact are the host organisation (§4.3.1). */
  mission: Mission | null = null;
  organisation: Organisation | null = null;
  recordedBy!: string;
  /** The partner (cfa, sfca…) that pushed it through the API (issue 14); null when the office recorded it. */
  source: string | null = null;
  /** Last day a medical absence's stoppage may arrive (§4.3.1); null unless declared medical. */
  deadline: string | null = null;
  stoppageIssuedOn: string | null = null;
  stoppageFrom: string | null = null;
  stoppageTo: string | null = null;
  stoppageReceivedOn: string | null = null;
  stoppageSentBy: string | null = null;
  /**
   * The document justifying it — a work stoppage (§4.3.1) or what the student gave the manager
   * (§4.3.3) — shared by every absence of its range: one upload for all the half-days it covers.
   */
  document: AbsenceDocument | null = null;
  professionalRequest: ProfessionalAbsenceRequest | null = null;
  decidedBy: string | null = null;
  decidedAt: Date | null = null;
  decisionComment: string | null = null;
  /**
   * When the absence went to its host in a monthly statement (§4.3.4), unjustified; null until
   * then. Set by the sweep's conditional UPDATE, the claim that declares it once (absence-sweeps.ts).
   */
  declaredAt: Date | null = null;
}

/**
 * A justification's file (PDF, JPEG or PNG), kept in the database: `absence` is the one it was
 * uploaded for; every absence it covers points to it (Absence.document).
 */
export class AbsenceDocument extends BaseEntity {
  absence!: Absence;
  fileName!: string;
  mediaType!: string;
  size!: number;
  content!: Buffer;
}

/**
 * A statement of unjustified absences sent to one host organisation for a month (§4.3.4): the
 * first (sequence 1) once the month is over, then a complement for each absence of the month
 * settled unjustified later. Unique per organisation, month and sequence.
 */
export class AbsenceStatement extends BaseEntity {
  organisation!: Organisation;
  month!: string;
  sequence = 1;
  absences = 0;
  sentAt!: Date;
}

export const ProfessionalAbsenceRequestSchema = new EntitySchema<ProfessionalAbsenceRequest, BaseEntity>({
  class: ProfessionalAbsenceRequest,
  extends: BaseEntitySchema,
  // The list's order (first day, then id), of a state or of all (issue 15): a page is read in the
  // index's order and joined to its fifty students, not the whole state joined then sorted.
  indexes: [
    { name: 'professional_absence_request_state_first_day_id_index', properties: ['state', 'firstDay', 'id'] },
    { name: 'professional_absence_request_first_day_id_index', properties: ['firstDay', 'id'] },
  ],
  properties: {
    student: { kind: 'm:1', entity: () => Student, index: true },
    mission: { kind: 'm:1', entity: () => Mission },
    firstDay: { type: 'string', length: 10 },
    firstHalf: { type: 'string', length: 2 },
    lastDay: { type: 'string', length: 10 },
    lastHalf: { type: 'string', length: 2 },
    reason: { type: 'text' },
    requestedById: { type: 'string', length: 36 },
    requestedByLabel: { type: 'string', length: 200 },
    requestedOn: { type: 'string', length: 10 },
    recordedBy: { type: 'string', length: 200, nullable: true },
    teacherEmails: { type: 'text', nullable: true },
    state: { type: 'string', length: 10, default: 'PENDING', index: true },
    decidedBy: { type: 'string', length: 200, nullable: true },
    decidedAt: { type: 'Date', nullable: true },
    decisionComment: { type: 'text', nullable: true },
  },
});

export const AbsenceSchema = new EntitySchema<Absence, BaseEntity>({
  class: Absence,
  extends: BaseEntitySchema,
  uniques: [{ name: 'absence_student_half_day_unique', properties: ['student', 'date', 'half'] }],
  indexes: [
    { properties: ['state', 'date'] },
    // The statements' sweep reads the unjustified absences not yet declared: few rows, found without the others.
    { name: 'absence_undeclared_index', expression: `create index "absence_undeclared_index" on "absence" ("organisation_id", "date") where "state" = 'UNJUSTIFIED' and "declared_at" is null` },
  ],
  properties: {
    student: { kind: 'm:1', entity: () => Student },
    date: { type: 'string', length: 10, index: true },
    half: { type: 'string', length: 2 },
    state: { type: 'string', length: 20, default: 'RECORDED' },
    reason: { type: 'string', length: 20, default: 'UNKNOWN' },
    comment: { type: 'text', nullable: true },
    mission: { kind: 'm:1', entity: () => Mission, nullable: true },
    organisation: { kind: 'm:1', entity: () => Organisation, nullable: true, index: true },
    recordedBy: { type: 'string', length: 200 },
    source: { type: 'string', length: 20, nullable: true },
    deadline: { type: 'string', length: 10, nullable: true },
    stoppageIssuedOn: { type: 'string', length: 10, nullable: true },
    stoppageFrom: { type: 'string', length: 10, nullable: true },
    stoppageTo: { type: 'string', length: 10, nullable: true },
    stoppageReceivedOn: { type: 'string', length: 10, nullable: true },
    stoppageSentBy: { type: 'string', length: 200, nullable: true },
    document: { kind: 'm:1', entity: () => AbsenceDocument, nullable: true, index: true },
    professionalRequest: { kind: 'm:1', entity: () => ProfessionalAbsenceRequest, nullable: true },
    decidedBy: { type: 'string', length: 200, nullable: true },
    decidedAt: { type: 'Date', nullable: true },
    decisionComment: { type: 'text', nullable: true },
    declaredAt: { type: 'Date', nullable: true },
  },
});

export const AbsenceDocumentSchema = new EntitySchema<AbsenceDocument, BaseEntity>({
  class: AbsenceDocument,
  extends: BaseEntitySchema,
  properties: {
    absence: { kind: 'm:1', entity: () => Absence, unique: true },
    fileName: { type: 'string', length: 200 },
    mediaType: { type: 'string', length: 40 },
    size: { type: 'integer' },
    content: { type: 'blob', lazy: true },
  },
});

export const AbsenceStatementSchema = new EntitySchema<AbsenceStatement, BaseEntity>({
  class: AbsenceStatement,
  extends: BaseEntitySchema,
  uniques: [{ name: 'absence_statement_org_month_sequence_unique', properties: ['organisation', 'month', 'sequence'] }],
  properties: {
    organisation: { kind: 'm:1', entity: () => Organisation },
    month: { type: 'string', length: 7 },
    sequence: { type: 'integer', default: 1 },
    absences: { type: 'integer', default: 0 },
    sentAt: { type: 'Date' },
  },
});
