import { EntitySchema } from '@mikro-orm/core';
import { nameSortKey } from '@alternance/domain';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';
import { User } from '../auth/auth.entities.js';

export type StudentStatus = 'FI' | 'FC';

/** A student of the programme (the future or current alternant(e)). */
export class Student extends BaseEntity {
  firstName!: string;
  lastName!: string;
  email!: string;
  phone: string | null = null;
  birthDate: string | null = null;
  /** FI (formation initiale) or FC (formation continue), §3.1. */
  status!: StudentStatus;
  nationality: string | null = null;
  /** Foreign student: needs a work permit (APT) to work under contract (§3.4). */
  foreign = false;
  aptObtained = false;
  /** Day the APT was obtained, recorded by the office (§3.4, note 26: before the DDC). */
  aptObtainedOn: string | null = null;
  /**
   * Day the FC student's convention de formation (SFCA) was signed, recorded by the office:
   * « La formation des étudiant(e)s en formation continue (FC) est TOUJOURS régie par une
   * convention de formation » (§2.1.1 note 5, §2.1.2 note 7), with or without a contract.
   */
  trainingAgreementSignedOn: string | null = null;
  cohort!: string;
  group: string | null = null;
  repeating = false;
  professionalisationValidated = false;
  site: string | null = null;
  /** The student's own wish of track (M2 2ID/ISIE group code), §1.2: asked at M1 entry, confirmed or changed at M2 entry. */
  trackWish: string | null = null;
  /** The student's own wish of site in M1 (§2.4: « ils (elles) font un vœu »). */
  siteWish: string | null = null;
  /** Day the student last stated their wish: the office places « au fur-et-à-mesure » (§2.4). */
  wishedOn: string | null = null;
  user: User | null = null;
  /** The academic tutor who follows this alternant(e) (§4.6), set by the office: what an ACADEMIC_TUTOR sees. */
  academicTutor: User | null = null;
  /** The name's order as one stored string (`nameSortKey`): what lists by name order and page by, in SQL. */
  sortName!: string;
}

/** An OPA (organisme d'accueil): the company that signs the contract or hosts the work. */
export class Organisation extends BaseEntity {
  name!: string;
  siret!: string;
  opco: string | null = null;
  address: string | null = null;
}

export class CompanyTutor extends BaseEntity {
  firstName!: string;
  lastName!: string;
  email!: string;
  phone: string | null = null;
  jobTitle: string | null = null;
  organisation!: Organisation;
}

export class HrContact extends BaseEntity {
  firstName!: string;
  lastName!: string;
  email!: string;
  phone: string | null = null;
  organisation!: Organisation;
}

// A student read without their name (a partial load) keeps the key they have.
const sortNameOf = (s: Student): string => (typeof s.lastName === 'string' && typeof s.firstName === 'string' ? nameSortKey(s.lastName, s.firstName) : s.sortName);

export const StudentSchema = new EntitySchema<Student, BaseEntity>({
  class: Student,
  extends: BaseEntitySchema,
  properties: {
    firstName: { type: 'string', length: 100 },
    lastName: { type: 'string', length: 100, index: true },
    email: { type: 'string', length: 254, unique: true },
    phone: { type: 'string', length: 40, nullable: true },
    birthDate: { type: 'string', length: 10, nullable: true },
    status: { type: 'string', length: 2 },
    nationality: { type: 'string', length: 60, nullable: true },
    foreign: { type: 'boolean', default: false },
    aptObtained: { type: 'boolean', default: false },
    aptObtainedOn: { type: 'string', length: 10, nullable: true },
    trainingAgreementSignedOn: { type: 'string', length: 10, nullable: true },
    cohort: { type: 'string', length: 40, index: true },
    group: { type: 'string', length: 40, nullable: true },
    repeating: { type: 'boolean', default: false },
    professionalisationValidated: { type: 'boolean', default: false },
    site: { type: 'string', length: 40, nullable: true },
    trackWish: { type: 'string', length: 40, nullable: true },
    siteWish: { type: 'string', length: 40, nullable: true },
    wishedOn: { type: 'string', length: 10, nullable: true },
    // Every signed-in request finds the session's student by it (issue 15: a sequential scan of every student per request).
    user: { kind: 'm:1', entity: () => User, nullable: true, index: true },
    academicTutor: { kind: 'm:1', entity: () => User, nullable: true, index: true },
    // Kept by the ORM on every write of the name; the roster import's and the bench's SQL writes compute it with the same function.
    sortName: { type: 'text', default: '', onCreate: (s: Student) => sortNameOf(s), onUpdate: (s: Student) => sortNameOf(s) },
  },
  // Issue 15: a cohort's alternants (the visits overview) and all of them, by name, from an index.
  indexes: [
    { name: 'student_cohort_sort_name_id_index', properties: ['cohort', 'sortName', 'id'] },
    { name: 'student_sort_name_id_index', properties: ['sortName', 'id'] },
    // The dashboard's contracts by site: a merge join of two narrow indexes, not the whole table hashed.
    { name: 'student_id_site_index', properties: ['id', 'site'] },
    // The FC conventions not recorded (§2.1.1 note 5), counted on the dashboard: those students only.
    { name: 'student_fc_agreement_open_index', expression: `create index "student_fc_agreement_open_index" on "student" ("cohort", "id") where "status" = 'FC' and "training_agreement_signed_on" is null` },
  ],
});

export const OrganisationSchema = new EntitySchema<Organisation, BaseEntity>({
  class: Organisation,
  extends: BaseEntitySchema,
  properties: {
    name: { type: 'string', length: 200, index: true },
    siret: { type: 'string', length: 14, unique: true },
    opco: { type: 'string', length: 100, nullable: true },
    address: { type: 'string', length: 300, nullable: true },
  },
});

export const CompanyTutorSchema = new EntitySchema<CompanyTutor, BaseEntity>({
  class: CompanyTutor,
  extends: BaseEntitySchema,
  properties: {
    firstName: { type: 'string', length: 100 },
    lastName: { type: 'string', length: 100 },
    email: { type: 'string', length: 254, index: true },
    phone: { type: 'string', length: 40, nullable: true },
    jobTitle: { type: 'string', length: 150, nullable: true },
    organisation: { kind: 'm:1', entity: () => Organisation },
  },
});

export const HrContactSchema = new EntitySchema<HrContact, BaseEntity>({
  class: HrContact,
  extends: BaseEntitySchema,
  properties: {
    firstName: { type: 'string', length: 100 },
    lastName: { type: 'string', length: 100 },
    email: { type: 'string', length: 254, index: true },
    phone: { type: 'string', length: 40, nullable: true },
    organisation: { kind: 'm:1', entity: () => Organisation },
  },
});
