import { EntitySchema } from '@mikro-orm/core';
import type { LivretAttachmentKind, LivretAuthor, LivretDocumentCode, LivretGridAnswer, LivretGridDefinition, LivretReminderKind } from '@alternance/domain';
import { randomUUID } from 'node:crypto';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';
import { CompanyTutor, Student } from '../people/people.entities.js';

/**
 * The livret's reference data for one cohort and year (§4.7): the soutenance, the common
 * visit dates the office used so far, the switch that puts everyone on them, the grace
 * period and when reminders go out. Until the manager saves it, the API derives it from the
 * cohort (livret-settings.ts).
 */
export class LivretSettings extends BaseEntity {
  cohort!: string;
  academicYear!: string;
  soutenance!: string;
  firstVisit!: string;
  secondVisit!: string;
  commonDates = false;
  graceDays = 7;
  reminderDaysBefore = 7;
}

/** What the general part asks the alternant to fill (§4.7 « éléments à renseigner »). */
export interface LivretGeneral {
  jobTitle: string | null;
  missionSummary: string | null;
  professionalProject: string | null;
}

/** One livret per alternant and year (§4.7): the general part, and the manager's date overrides. */
export class Livret extends BaseEntity {
  student!: Student;
  cohort!: string;
  /** `2025-2026`. */
  academicYear!: string;
  /** DDF of the year: start of period 1. */
  trainingStart!: string;
  /** The company tutor who fills the tutor's sheets (tutor 1 of the validated mission). */
  companyTutor: CompanyTutor | null = null;
  /**
   * The mission's second company tutor, who fills the same tutor's sheets (§4.7: « le(s)
   * tuteur(s) professionnel(s) »): their own link, reminders and mails, like tutor 1.
   */
  companyTutor2: CompanyTutor | null = null;
  general: LivretGeneral = { jobTitle: null, missionSummary: null, professionalProject: null };
  firstVisitOverride: string | null = null;
  secondVisitOverride: string | null = null;
  soutenanceOverride: string | null = null;
}

/** One sheet of one period, by one author; its grid version is fixed by the first save. */
export class LivretSheet extends BaseEntity {
  livret!: Livret;
  period!: 1 | 2 | 3;
  code!: LivretDocumentCode;
  author!: LivretAuthor;
  text: string | null = null;
  answers: LivretGridAnswer[] = [];
  grid: LivretGrid | null = null;
  submittedAt: Date | null = null;
  submittedBy: string | null = null;
  attachmentName: string | null = null;
  attachmentKind: LivretAttachmentKind | null = null;
  attachmentSize: number | null = null;
}

/** The bytes of a signed document, apart from the sheet so that lists never load them; in the database so that backups and every instance have them. */
export class LivretAttachment extends BaseEntity {
  sheet!: LivretSheet;
  data!: Buffer;
}

/** A published version of the evaluation grid: never changed once saved, a new save is a new version. */
export class LivretGrid extends BaseEntity {
  number!: number;
  definition!: LivretGridDefinition;
  createdBy!: string;
}

/**
 * A reminder sent for one sheet: the row is the claim (unique per sheet and kind), so that
 * a sweep that runs twice, or on two instances, sends it once.
 */
export class LivretReminder {
  id: string = randomUUID();
  livretId!: string;
  period!: number;
  code!: string;
  kind!: LivretReminderKind;
  sentAt!: Date;
}

export const LivretSettingsSchema = new EntitySchema<LivretSettings, BaseEntity>({
  class: LivretSettings,
  extends: BaseEntitySchema,
  uniques: [{ properties: ['cohort', 'academicYear'] }],
  properties: {
    cohort: { type: 'string', length: 40 },
    academicYear: { type: 'string', length: 9 },
    soutenance: { type: 'string', length: 10 },
    firstVisit: { type: 'string', length: 10 },
    secondVisit: { type: 'string', length: 10 },
    commonDates: { type: 'boolean', default: false },
    graceDays: { type: 'integer', default: 7 },
    reminderDaysBefore: { type: 'integer', default: 7 },
  },
});

export const LivretSchema = new EntitySchema<Livret, BaseEntity>({
  class: Livret,
  extends: BaseEntitySchema,
  uniques: [{ properties: ['student', 'academicYear'] }],
  properties: {
    student: { kind: 'm:1', entity: () => Student },
    cohort: { type: 'string', length: 40, index: true },
    academicYear: { type: 'string', length: 9 },
    trainingStart: { type: 'string', length: 10 },
    companyTutor: { kind: 'm:1', entity: () => CompanyTutor, nullable: true },
    companyTutor2: { kind: 'm:1', entity: () => CompanyTutor, nullable: true },
    general: { type: 'json' },
    firstVisitOverride: { type: 'string', length: 10, nullable: true },
    secondVisitOverride: { type: 'string', length: 10, nullable: true },
    soutenanceOverride: { type: 'string', length: 10, nullable: true },
  },
});

export const LivretSheetSchema = new EntitySchema<LivretSheet, BaseEntity>({
  class: LivretSheet,
  extends: BaseEntitySchema,
  uniques: [{ properties: ['livret', 'period', 'code', 'author'] }],
  properties: {
    livret: { kind: 'm:1', entity: () => Livret },
    period: { type: 'integer' },
    code: { type: 'string', length: 20 },
    author: { type: 'string', length: 20 },
    text: { type: 'text', nullable: true },
    answers: { type: 'json' },
    grid: { kind: 'm:1', entity: () => LivretGrid, nullable: true },
    submittedAt: { type: 'Date', nullable: true },
    submittedBy: { type: 'string', length: 200, nullable: true },
    attachmentName: { type: 'string', length: 200, nullable: true },
    attachmentKind: { type: 'string', length: 4, nullable: true },
    attachmentSize: { type: 'integer', nullable: true },
  },
});

export const LivretAttachmentSchema = new EntitySchema<LivretAttachment, BaseEntity>({
  class: LivretAttachment,
  extends: BaseEntitySchema,
  properties: {
    sheet: { kind: 'm:1', entity: () => LivretSheet, unique: true },
    data: { type: 'blob', lazy: true },
  },
});

export const LivretGridSchema = new EntitySchema<LivretGrid, BaseEntity>({
  class: LivretGrid,
  extends: BaseEntitySchema,
  properties: {
    number: { type: 'integer', unique: true },
    definition: { type: 'json' },
    createdBy: { type: 'string', length: 200 },
  },
});

export const LivretReminderSchema = new EntitySchema<LivretReminder>({
  class: LivretReminder,
  uniques: [{ properties: ['livretId', 'period', 'code', 'kind'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    livretId: { type: 'string', length: 36 },
    period: { type: 'integer' },
    code: { type: 'string', length: 20 },
    kind: { type: 'string', length: 6 },
    sentAt: { type: 'Date' },
  },
});
