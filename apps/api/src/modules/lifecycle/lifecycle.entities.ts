import { EntitySchema } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';
import { Contract } from '../contracts/contract.entities.js';
import { CompanyTutor, Student } from '../people/people.entities.js';

/** A difficulty the academic tutor or the manager tried to settle before any rupture (§5, "En pratique"). */
export class Mediation extends BaseEntity {
  contract!: Contract;
  difficulty!: string;
  actions!: string;
  /** RESOLVED: the alternance goes on; ONGOING: still being worked on; FAILED: a rupture may follow. */
  outcome!: 'RESOLVED' | 'ONGOING' | 'FAILED';
  mediatorRole!: string;
  mediatorId!: string;
  mediatorLabel!: string;
  heldOn!: string;
}

export type RuptureState = 'REQUESTED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';

/** The early end of one contract (§5): asked for by a party, carried out by the manager with its type's documents. */
export class Rupture extends BaseEntity {
  contract!: Contract;
  /** The contract while the rupture is open, null once completed or cancelled: one open rupture per contract (unique). */
  openFor: string | null = null;
  state: RuptureState = 'REQUESTED';
  requestedByRole!: string;
  requestedById!: string;
  requestedByLabel!: string;
  reason!: string;
  /** The exact last day of the contract, that day included (§5, note 35); set when the manager starts the procedure. */
  lastDay: string | null = null;
  startedOn: string | null = null;
  completedAt: Date | null = null;
  /** The DFC before the rupture, kept for the record. */
  plannedEndDate!: string;
  /** A rupture declared by the CFA/SFCA's system (issue 14): its source and the last day it gave, for the office to confirm. */
  declaredBySource: string | null = null;
  declaredLastDay: string | null = null;
}

/**
 * One line of a rupture's checklist (domain `ruptureChecklist`): who sends what to whom, in
 * the procedure's order. No deadline: §5 sets none (only the rupture's last day, note 35).
 */
export class RuptureStepRecord extends BaseEntity {
  rupture!: Rupture;
  key!: string;
  document!: string;
  action!: string;
  fromParty!: string;
  toParty!: string;
  form!: string;
  count!: number;
  label!: string;
  labelEn!: string;
  /** Order in the procedure (0 first). */
  position = 0;
  needsScan = false;
  done = false;
  doneAt: Date | null = null;
  doneBy: string | null = null;
  /** The uploaded PDF scan (a StoredDocument id), when the step needs one. */
  scanId: string | null = null;
}

/** A file kept in the database (scans of rupture documents, an OPCO's agreement): bytes checked on upload. */
export class StoredDocument extends BaseEntity {
  ownerType!: 'RUPTURE_STEP' | 'YEAR_OUTCOME';
  ownerId!: string;
  fileName!: string;
  mimeType!: string;
  size!: number;
  content!: Buffer;
  uploadedBy!: string;
}

/** An avenant to a contract: an extension (prorogation, §4.5) moving its end date. */
export class ContractAmendment extends BaseEntity {
  contract!: Contract;
  student!: Student;
  kind = 'EXTENSION' as const;
  /** Where extensions are counted: L3 or MASTER (M1 and M2 together). */
  scope!: string;
  programme!: string;
  /** The cohort whose year is repeated (its calendar adds the year's hours and cost); null when the avenant did not name one. */
  cohort: string | null = null;
  previousEndDate!: string;
  newEndDate!: string;
  reason!: string;
  signedOn!: string;
  createdBy!: string;
}

/**
 * A change of company tutor during the contract (§3.1: a modification, an addition of tutor 2
 * or its removal; for an apprenticeship, by an avenant). The previous tutor was in charge
 * until the day before `effectiveOn`.
 */
export class TutorChange extends BaseEntity {
  contract!: Contract;
  slot!: 1 | 2;
  kind!: 'MODIFICATION' | 'ADDITION' | 'REMOVAL';
  previousTutor: CompanyTutor | null = null;
  newTutor: CompanyTutor | null = null;
  effectiveOn!: string;
  /** Signature date of the avenant; null only outside an apprenticeship. */
  avenantSignedOn: string | null = null;
  reason!: string;
  createdBy!: string;
  createdByLabel!: string;
}

/** The manager closed a training year of a cohort (issue 13 §1): once per cohort and programme. */
export class YearClosure extends BaseEntity {
  cohort!: string;
  programme!: string;
  closedOn!: string;
  closedBy!: string;
}

/** What the year's end decided for one student of the cohort. */
export class YearOutcomeRecord extends BaseEntity {
  closure!: YearClosure;
  student!: Student;
  outcome!: 'PASSES' | 'REPEATS' | 'LEAVES';
  contract: Contract | null = null;
  /** M1 repeated under contract: the OPCO expressly agreed to keep it (§4.5), with its document. */
  opcoAgreement = false;
  opcoDocumentId: string | null = null;
  /** What the preview showed, as confirmed: pay bracket, calendar, hours, tutor to redo. */
  changes: Record<string, unknown> = {};
}

function syncOpenFor({ entity }: { entity: Rupture }): void {
  const openFor = entity.state === 'REQUESTED' || entity.state === 'IN_PROGRESS' ? entity.contract.id : null;
  if (entity.openFor !== openFor) entity.openFor = openFor;
}

export const MediationSchema = new EntitySchema<Mediation, BaseEntity>({
  class: Mediation,
  extends: BaseEntitySchema,
  properties: {
    contract: { kind: 'm:1', entity: () => Contract, index: true },
    difficulty: { type: 'text' },
    actions: { type: 'text' },
    outcome: { type: 'string', length: 10 },
    mediatorRole: { type: 'string', length: 20 },
    mediatorId: { type: 'string', length: 36 },
    mediatorLabel: { type: 'string', length: 200 },
    heldOn: { type: 'string', length: 10 },
  },
});

export const RuptureSchema = new EntitySchema<Rupture, BaseEntity>({
  class: Rupture,
  extends: BaseEntitySchema,
  hooks: { beforeCreate: [syncOpenFor], beforeUpdate: [syncOpenFor] },
  properties: {
    contract: { kind: 'm:1', entity: () => Contract, index: true },
    openFor: { type: 'string', length: 36, nullable: true, unique: 'rupture_open_for_unique' },
    state: { type: 'string', length: 12, index: true },
    requestedByRole: { type: 'string', length: 20 },
    requestedById: { type: 'string', length: 36 },
    requestedByLabel: { type: 'string', length: 200 },
    reason: { type: 'text' },
    lastDay: { type: 'string', length: 10, nullable: true, index: true },
    startedOn: { type: 'string', length: 10, nullable: true },
    completedAt: { type: 'Date', nullable: true },
    plannedEndDate: { type: 'string', length: 10 },
    declaredBySource: { type: 'string', length: 20, nullable: true },
    declaredLastDay: { type: 'string', length: 10, nullable: true },
  },
});

export const RuptureStepSchema = new EntitySchema<RuptureStepRecord, BaseEntity>({
  class: RuptureStepRecord,
  extends: BaseEntitySchema,
  tableName: 'rupture_step',
  properties: {
    rupture: { kind: 'm:1', entity: () => Rupture, index: true },
    key: { type: 'string', length: 80 },
    document: { type: 'string', length: 30 },
    action: { type: 'string', length: 20 },
    fromParty: { type: 'string', length: 30 },
    toParty: { type: 'string', length: 30 },
    form: { type: 'string', length: 10 },
    count: { type: 'integer' },
    label: { type: 'string', length: 300 },
    labelEn: { type: 'string', length: 300 },
    position: { type: 'integer', default: 0 },
    needsScan: { type: 'boolean', default: false },
    done: { type: 'boolean', default: false },
    doneAt: { type: 'Date', nullable: true },
    doneBy: { type: 'string', length: 36, nullable: true },
    scanId: { type: 'string', length: 36, nullable: true },
  },
});

export const StoredDocumentSchema = new EntitySchema<StoredDocument, BaseEntity>({
  class: StoredDocument,
  extends: BaseEntitySchema,
  properties: {
    ownerType: { type: 'string', length: 20 },
    ownerId: { type: 'string', length: 36, index: true },
    fileName: { type: 'string', length: 200 },
    mimeType: { type: 'string', length: 60 },
    size: { type: 'integer' },
    content: { type: 'blob', lazy: true },
    uploadedBy: { type: 'string', length: 36 },
  },
});

export const ContractAmendmentSchema = new EntitySchema<ContractAmendment, BaseEntity>({
  class: ContractAmendment,
  extends: BaseEntitySchema,
  properties: {
    contract: { kind: 'm:1', entity: () => Contract, index: true },
    student: { kind: 'm:1', entity: () => Student, index: true },
    kind: { type: 'string', length: 12 },
    scope: { type: 'string', length: 10 },
    programme: { type: 'string', length: 10 },
    cohort: { type: 'string', length: 40, nullable: true },
    previousEndDate: { type: 'string', length: 10 },
    newEndDate: { type: 'string', length: 10 },
    reason: { type: 'text' },
    signedOn: { type: 'string', length: 10 },
    createdBy: { type: 'string', length: 36 },
  },
});

export const YearClosureSchema = new EntitySchema<YearClosure, BaseEntity>({
  class: YearClosure,
  extends: BaseEntitySchema,
  uniques: [{ properties: ['cohort', 'programme'] }],
  properties: {
    cohort: { type: 'string', length: 40 },
    programme: { type: 'string', length: 10 },
    closedOn: { type: 'string', length: 10 },
    closedBy: { type: 'string', length: 36 },
  },
});

export const YearOutcomeSchema = new EntitySchema<YearOutcomeRecord, BaseEntity>({
  class: YearOutcomeRecord,
  extends: BaseEntitySchema,
  tableName: 'year_outcome',
  properties: {
    closure: { kind: 'm:1', entity: () => YearClosure, index: true },
    student: { kind: 'm:1', entity: () => Student, index: true },
    outcome: { type: 'string', length: 10 },
    contract: { kind: 'm:1', entity: () => Contract, nullable: true },
    opcoAgreement: { type: 'boolean', default: false },
    opcoDocumentId: { type: 'string', length: 36, nullable: true },
    changes: { type: 'json' },
  },
});

export const TutorChangeSchema = new EntitySchema<TutorChange, BaseEntity>({
  class: TutorChange,
  extends: BaseEntitySchema,
  properties: {
    contract: { kind: 'm:1', entity: () => Contract, index: true },
    slot: { type: 'integer' },
    kind: { type: 'string', length: 12 },
    previousTutor: { kind: 'm:1', entity: () => CompanyTutor, nullable: true },
    newTutor: { kind: 'm:1', entity: () => CompanyTutor, nullable: true },
    effectiveOn: { type: 'string', length: 10 },
    avenantSignedOn: { type: 'string', length: 10, nullable: true },
    reason: { type: 'text' },
    createdBy: { type: 'string', length: 36 },
    createdByLabel: { type: 'string', length: 200 },
  },
});
