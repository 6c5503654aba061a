import { Collection, EntitySchema } from '@mikro-orm/core';
import type { ChecklistResponsible } from '@alternance/domain';
import { BaseEntity, BaseEntitySchema } from '../../db/base-entity.js';
import { Mission } from '../missions/mission.entities.js';
import { Student } from '../people/people.entities.js';

/** The contract created when the manager validates a mission. */
export class Contract extends BaseEntity {
  mission!: Mission;
  student!: Student;
  contractType!: string;
  startDate!: string;
  endDate!: string;
  monthlyGrossPayCents: number | null = null;
  hoursPerDay: number | null = null;
  /** ACTIVE, or BROKEN once a rupture completed: the end date is then the rupture's last day (§5, issue 13). */
  status: 'ACTIVE' | 'BROKEN' = 'ACTIVE';
  /** What the CFA/SFCA pushes back once the contract is signed on its platform (issue 14). */
  signed = false;
  signingDate: string | null = null;
  contractNumber: string | null = null;
  /** The OPCO's deposit of the contract: its date and number. */
  opcoDepositDate: string | null = null;
  opcoDepositNumber: string | null = null;
  /**
   * The last day this contract runs as a validated mission's — its end, or the mission's
   * rupture day when earlier (§10); null while the mission is not validated. Kept by the
   * database (migration 20261206020000's triggers), whoever writes: never set here.
   */
  validatedUntil?: string | null;
  checklist = new Collection<ChecklistItem>(this);
}

/** What remains to do between validation and the DDC (§3.4, Figure 15). */
export class ChecklistItem extends BaseEntity {
  contract!: Contract;
  code!: string;
  label!: string;
  labelEn!: string;
  responsible!: ChecklistResponsible;
  dueDate!: string;
  /** §3.4: validated on or after the DDC, « à faire sans délai » from the validation (domain validatedAfterStart). */
  sansDelai = false;
  mandatory = true;
  originals: number | null = null;
  ref!: string;
  done = false;
  doneAt: Date | null = null;
  doneBy: string | null = null;
}

export const ContractSchema = new EntitySchema<Contract, BaseEntity>({
  class: Contract,
  extends: BaseEntitySchema,
  properties: {
    mission: { kind: 'm:1', entity: () => Mission, unique: true },
    student: { kind: 'm:1', entity: () => Student, index: true },
    contractType: { type: 'string', length: 20, index: true },
    startDate: { type: 'string', length: 10 },
    endDate: { type: 'string', length: 10 },
    monthlyGrossPayCents: { type: 'integer', nullable: true },
    hoursPerDay: { type: 'double', nullable: true },
    status: { type: 'string', length: 10, default: 'ACTIVE' },
    signed: { type: 'boolean', default: false },
    signingDate: { type: 'string', length: 10, nullable: true },
    contractNumber: { type: 'string', length: 50, nullable: true },
    opcoDepositDate: { type: 'string', length: 10, nullable: true },
    opcoDepositNumber: { type: 'string', length: 50, nullable: true },
    validatedUntil: { type: 'string', length: 10, nullable: true },
    checklist: { kind: '1:m', entity: () => ChecklistItem, mappedBy: 'contract', orderBy: { dueDate: 'asc', code: 'asc' } },
  },
  // The contracts list's order (DDC, then id): a page, and the page after a cursor, is read
  // from the index in order. On the DDC alone, the many contracts of one cohort starting the
  // same day were all read and sorted by id for every page (issue 15).
  indexes: [
    { properties: ['startDate', 'id'] },
    // The visits overview's count of a cohort's alternants (issue 15): whether one of a
    // student's contracts runs during the year, from the index alone (no row read), per student.
    { name: 'contract_student_running_index', properties: ['student', 'contractType', 'startDate', 'endDate', 'mission'] },
    // The same from the contract alone, its mission's state and rupture folded in `validated_until`: one probe per student, not two.
    {
      name: 'contract_validated_until_index',
      expression: 'create index "contract_validated_until_index" on "contract" ("student_id", "contract_type", "start_date", "validated_until") where "validated_until" is not null',
    },
  ],
});

export const ChecklistItemSchema = new EntitySchema<ChecklistItem, BaseEntity>({
  class: ChecklistItem,
  extends: BaseEntitySchema,
  properties: {
    contract: { kind: 'm:1', entity: () => Contract, index: true },
    code: { type: 'string', length: 40 },
    label: { type: 'string', length: 300 },
    labelEn: { type: 'string', length: 300 },
    responsible: { type: 'string', length: 20 },
    dueDate: { type: 'string', length: 10, index: true },
    sansDelai: { type: 'boolean', default: false },
    mandatory: { type: 'boolean', default: true },
    originals: { type: 'integer', nullable: true },
    ref: { type: 'string', length: 60 },
    done: { type: 'boolean', default: false },
    doneAt: { type: 'Date', nullable: true },
    doneBy: { type: 'string', length: 36, nullable: true },
  },
  // The dashboard's overdue items (issue 15): the open ones only, counted from the index.
  indexes: [
    { name: 'checklist_item_open_due_date_index', expression: 'create index "checklist_item_open_due_date_index" on "checklist_item" ("due_date") where not "done"' },
    // The FC conventions due (§2.1.1 note 5): their contract items by due date, not every item.
    { name: 'checklist_item_training_agreement_index', expression: `create index "checklist_item_training_agreement_index" on "checklist_item" ("due_date", "contract_id") where "code" = 'TRAINING_AGREEMENT_SFCA'` },
  ],
});
