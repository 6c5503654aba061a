import { EntitySchema } from '@mikro-orm/core';
import type { Finding } from '@alternance/domain';

/**
 * One checked row of a roster import, waiting to be applied (issue 10 §1). The check writes
 * its rows here chunk by chunk, each chunk its own short transaction, so that other requests
 * interleave; then one short set-based step copies them into the real tables (all or
 * nothing) and deletes them. A killed job leaves rows only here, never in the real tables;
 * they are deleted once the job is known to be over.
 *
 * Ids are decided by the check (new records included), and the versions it read are kept so
 * that the apply step refuses a record changed in between.
 */
export class RosterImportStagedRow {
  jobId!: string;
  rowIndex!: number;
  /** The import's moment: timestamps of what it writes. */
  stagedAt!: Date;
  email!: string;
  studentId!: string;
  /** The version read by the check; null: a new student. */
  studentVersion: number | null = null;
  lastName!: string;
  firstName!: string;
  /** The student's name order (nameSortKey), copied with the name. */
  sortName!: string;
  birthDate: string | null = null;
  studentCohort!: string;
  status!: string;
  repeating!: boolean;
  professionalisationValidated!: boolean;
  foreign!: boolean;
  aptObtained!: boolean;
  /** The OPA to attach; null keeps the mission's. */
  organisationId: string | null = null;
  /** This row creates the OPA (its first row in the import for an unknown SIRET). */
  organisationNew = false;
  organisationSiret: string | null = null;
  organisationName: string | null = null;
  missionId!: string;
  /** The version read by the check; null: a new mission. */
  missionVersion: number | null = null;
  cohort!: string;
  group: string | null = null;
  contractType!: string;
  startDate: string | null = null;
  endDate: string | null = null;
  monthlyGrossPayCents: number | null = null;
  title!: string;
  state!: string;
  requestDate: string | null = null;
  findings: Finding[] = [];
  findingCodes = '';
  openFor: string | null = null;
  auditId!: string;
}

export const RosterImportStagedRowSchema = new EntitySchema<RosterImportStagedRow>({
  class: RosterImportStagedRow,
  tableName: 'roster_import_staged_row',
  // Ids typed as the real tables' (uuid on PostgreSQL), so that they join and copy without casts.
  properties: {
    jobId: { type: 'uuid', primary: true },
    rowIndex: { type: 'integer', primary: true },
    stagedAt: { type: 'Date' },
    email: { type: 'string', length: 254 },
    studentId: { type: 'uuid' },
    studentVersion: { type: 'integer', nullable: true },
    lastName: { type: 'string', length: 100 },
    firstName: { type: 'string', length: 100 },
    sortName: { type: 'text', default: '' },
    birthDate: { type: 'string', length: 10, nullable: true },
    studentCohort: { type: 'string', length: 40 },
    status: { type: 'string', length: 2 },
    repeating: { type: 'boolean' },
    professionalisationValidated: { type: 'boolean' },
    foreign: { type: 'boolean' },
    aptObtained: { type: 'boolean' },
    organisationId: { type: 'uuid', nullable: true },
    organisationNew: { type: 'boolean' },
    organisationSiret: { type: 'string', length: 14, nullable: true },
    organisationName: { type: 'string', length: 200, nullable: true },
    missionId: { type: 'uuid' },
    missionVersion: { type: 'integer', nullable: true },
    cohort: { type: 'string', length: 40 },
    group: { type: 'string', length: 40, nullable: true },
    contractType: { type: 'string', length: 20 },
    startDate: { type: 'string', length: 10, nullable: true },
    endDate: { type: 'string', length: 10, nullable: true },
    monthlyGrossPayCents: { type: 'integer', nullable: true },
    title: { type: 'string', length: 300 },
    state: { type: 'string', length: 30 },
    requestDate: { type: 'string', length: 10, nullable: true },
    findings: { type: 'json' },
    findingCodes: { type: 'string', length: 1000 },
    openFor: { type: 'string', length: 36, nullable: true },
    auditId: { type: 'uuid' },
  },
});
