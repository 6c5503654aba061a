import { Collection, EntitySchema, UniqueConstraintViolationException } from '@mikro-orm/core';
import { isOpenMission, type ConfirmingParty, type Finding, type MissionState } from '@alternance/domain';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';
import { User } from '../auth/auth.entities.js';
import { Offer } from '../offers/offer.entity.js';
import { CompanyTutor, HrContact, Organisation, Student } from '../people/people.entities.js';

/** The *fiche de validation* and its place in the validation workflow (domain-rules §5). */
export class Mission extends BaseEntity {
  student!: Student;
  state: MissionState = 'DRAFT';
  /** When the mission entered its current state: how long it has been waiting (issue 9 §5, "À traiter"). */
  stateSince: Date | null = new Date();
  /**
   * The student's id while the mission is open, null once decided: a unique column, so that
   * the database itself refuses a second open mission for a student, even from two
   * concurrent saves (issue 10, item 11). Kept by the entity's hooks.
   */
  openFor: string | null = null;
  cohort!: string;
  group: string | null = null;
  contractType!: string;
  startDate: string | null = null;
  endDate: string | null = null;
  monthlyGrossPayCents: number | null = null;
  /** Internships: hours per day in the company. */
  hoursPerDay: number | null = null;
  cproReason: string | null = null;
  stageAltApproved: boolean | null = null;
  /** §2.1.2 « sauf dérogations exceptionnelles »: the manager's reason for admitting a non-alternant in M2, who and when. */
  derogationReason: string | null = null;
  derogationBy: string | null = null;
  derogationOn: string | null = null;
  smcMonthlyCents: number | null = null;
  previousRatePercent: number | null = null;
  /** The apprentice already holds a higher-education diploma: +15 points (§4.2.1). */
  higherEducationDiploma = false;
  /** The contract is an extra year needed for a disability: +15 points (§4.2.1, note 27). */
  disabilityExtraYear = false;
  title = '';
  context = '';
  objectives = '';
  deliverables = '';
  offerReference: string | null = null;
  offer: Offer | null = null;
  /** The OPA that signs the contract (tutor 1's). */
  organisation: Organisation | null = null;
  /** The OPA where the work happens, when not the signing one (tutor 2's). */
  workOrganisation: Organisation | null = null;
  tutor1: CompanyTutor | null = null;
  tutor2: CompanyTutor | null = null;
  hrContact: HrContact | null = null;
  /** Legacy: the assignment is the student's (Student.academicTutor); kept for old rows, not read. */
  academicTutor: User | null = null;
  requestDate: string | null = null;
  validationDate: string | null = null;
  /** Last day of the contract when a rupture ended it (§10). */
  brokenOn: string | null = null;
  /** §5: the last day of the broken contract this mission's replaces, kept at its validation (the contract's rules read it). */
  afterRuptureLastDay: string | null = null;
  returnComment: string | null = null;
  rejectionReason: string | null = null;
  findings: Finding[] = [];
  /** The findings' codes as ',A,B,' for filtering in SQL. */
  findingCodes = '';
  confirmations = new Collection<MissionConfirmation>(this);
}

/** One company contact's answer to the confirmation request (§3.3.3). */
export class MissionConfirmation extends BaseEntity {
  mission!: Mission;
  party!: ConfirmingParty;
  subjectType!: 'COMPANY_TUTOR' | 'HR_CONTACT';
  subjectId!: string;
  email!: string;
  requestedAt: Date = new Date();
  confirmedAt: Date | null = null;
  errorComment: string | null = null;
  errorReportedAt: Date | null = null;
  /** When the next automatic reminder is due (null: none); claimed in SQL by one sweep only. */
  reminderDueAt: Date | null = null;
  remindersSent = 0;
}

/**
 * The database refused a second open mission for a student ({@link Mission.openFor}): PostgreSQL
 * names the index (mission_open_for_unique), SQLite the column (mission.open_for).
 */
export function isOpenMissionClash(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException && /mission[._]open_for/.test(error.message);
}

/** Sets {@link Mission.openFor} from the state before every insert and update. */
function syncOpenFor({ entity }: { entity: Mission }): void {
  const openFor = isOpenMission(entity.state) ? entity.student.id : null;
  if (entity.openFor !== openFor) entity.openFor = openFor;
}

export const MissionSchema = new EntitySchema<Mission, BaseEntity>({
  class: Mission,
  extends: BaseEntitySchema,
  hooks: { beforeCreate: [syncOpenFor], beforeUpdate: [syncOpenFor] },
  // The office's missions list opens on the most recently changed, a page at a time (issue 15);
  // by DDC, each page (and the page after a cursor) is read in the index's order, not sorted.
  indexes: [
    { properties: ['updatedAt'] },
    { properties: ['startDate', 'id'] },
    // The dashboard (issue 15): contracts by cohort by a merge join of two narrow indexes, and the
    // findings' codes read from the few missions that have some, not from every mission row.
    { name: 'mission_id_cohort_index', properties: ['id', 'cohort'] },
    { name: 'mission_finding_codes_index', expression: `create index "mission_finding_codes_index" on "mission" ("finding_codes") where "finding_codes" <> ''` },
    // The visits overview's count of a cohort's alternants (issue 15): whether a contract's
    // mission is validated and not broken, from the index alone, for each of ~1,100 students.
    { name: 'mission_id_state_broken_on_index', properties: ['id', 'state', 'brokenOn'] },
  ],
  properties: {
    student: { kind: 'm:1', entity: () => Student, index: true },
    state: { type: 'string', length: 30, index: true },
    // Nullable only so that existing rows could be added without a table rebuild; always set (backfilled from updated_at).
    stateSince: { type: 'Date', index: true, nullable: true },
    openFor: { type: 'string', length: 36, nullable: true, unique: 'mission_open_for_unique' },
    cohort: { type: 'string', length: 40, index: true },
    group: { type: 'string', length: 40, nullable: true },
    contractType: { type: 'string', length: 20 },
    startDate: { type: 'string', length: 10, nullable: true },
    endDate: { type: 'string', length: 10, nullable: true },
    monthlyGrossPayCents: { type: 'integer', nullable: true },
    hoursPerDay: { type: 'double', nullable: true },
    cproReason: { type: 'string', length: 40, nullable: true },
    stageAltApproved: { type: 'boolean', nullable: true },
    derogationReason: { type: 'text', nullable: true },
    derogationBy: { type: 'string', length: 200, nullable: true },
    derogationOn: { type: 'string', length: 10, nullable: true },
    smcMonthlyCents: { type: 'integer', nullable: true },
    previousRatePercent: { type: 'double', nullable: true },
    higherEducationDiploma: { type: 'boolean', default: false },
    disabilityExtraYear: { type: 'boolean', default: false },
    title: { type: 'string', length: 300 },
    context: { type: 'text' },
    objectives: { type: 'text' },
    deliverables: { type: 'text' },
    offerReference: { type: 'string', length: 60, nullable: true },
    offer: { kind: 'm:1', entity: () => Offer, nullable: true },
    // Indexed for the list's order by OPA: the OPAs in name order, then each one's missions.
    organisation: { kind: 'm:1', entity: () => Organisation, nullable: true, index: true },
    workOrganisation: { kind: 'm:1', entity: () => Organisation, nullable: true },
    tutor1: { kind: 'm:1', entity: () => CompanyTutor, nullable: true },
    tutor2: { kind: 'm:1', entity: () => CompanyTutor, nullable: true },
    hrContact: { kind: 'm:1', entity: () => HrContact, nullable: true },
    academicTutor: { kind: 'm:1', entity: () => User, nullable: true },
    requestDate: { type: 'string', length: 10, nullable: true },
    validationDate: { type: 'string', length: 10, nullable: true },
    brokenOn: { type: 'string', length: 10, nullable: true },
    afterRuptureLastDay: { type: 'string', length: 10, nullable: true },
    returnComment: { type: 'text', nullable: true },
    rejectionReason: { type: 'text', nullable: true },
    findings: { type: 'json' },
    findingCodes: { type: 'string', length: 1000, default: '' },
    confirmations: { kind: '1:m', entity: () => MissionConfirmation, mappedBy: 'mission' },
  },
});

export const MissionConfirmationSchema = new EntitySchema<MissionConfirmation, BaseEntity>({
  class: MissionConfirmation,
  extends: BaseEntitySchema,
  properties: {
    mission: { kind: 'm:1', entity: () => Mission, index: true },
    party: { type: 'string', length: 20 },
    subjectType: { type: 'string', length: 20 },
    subjectId: { type: 'string', length: 36 },
    email: { type: 'string', length: 254 },
    requestedAt: { type: 'Date' },
    confirmedAt: { type: 'Date', nullable: true },
    errorComment: { type: 'text', nullable: true },
    errorReportedAt: { type: 'Date', nullable: true },
    reminderDueAt: { type: 'Date', nullable: true, index: true },
    remindersSent: { type: 'integer', default: 0 },
  },
});
