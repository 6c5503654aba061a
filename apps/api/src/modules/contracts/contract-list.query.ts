import type { EntityManager } from '@mikro-orm/knex';
import type { Actor } from '../../shared/actor.js';
import { columnsOf, plainOf, readRows, type Joined } from '../../db/read-rows.js';
import type { Contract } from './contract.entities.js';

/** missionScope (policy.ts) in SQL: each `?` is the actor's id. */
const SCOPE: Partial<Record<Actor['role'], string>> = {
  STUDENT: '"s"."user_id" = ?',
  COMPANY_TUTOR: '("m"."tutor1_id" = ? or "m"."tutor2_id" = ?)',
  HR_CONTACT: '"m"."hr_contact_id" = ?',
  ACADEMIC_TUTOR: '"m"."academic_tutor_id" = ?',
};

const selectFromCache = new Map<string, string>();
function selectFrom(em: EntityManager, p: ContractListProjection): string {
  const key = `${p.workOrganisation}:${p.hrContact}:${p.missionHeavy}`;
  let sql = selectFromCache.get(key);
  if (!sql) {
    const joined = [C, S, mission_(p), O, T1, T2, ...(p.workOrganisation ? [W] : []), ...(p.hrContact ? [H] : [])];
    const extra = ['"t1"."organisation_id" as "t1__org"', '"t2"."organisation_id" as "t2__org"', ...(p.hrContact ? ['"h"."organisation_id" as "h__org"'] : [])];
    sql =
      `select ${[...joined.flatMap((j) => columnsOf(em, j)), ...extra].join(', ')}` +
      ' from "contract" "c" join "student" "s" on "s"."id" = "c"."student_id" join "mission" "m" on "m"."id" = "c"."mission_id"' +
      ' left join "organisation" "o" on "o"."id" = "m"."organisation_id"' +
      ' left join "company_tutor" "t1" on "t1"."id" = "m"."tutor1_id" left join "company_tutor" "t2" on "t2"."id" = "m"."tutor2_id"' +
      (p.workOrganisation ? ' left join "organisation" "w" on "w"."id" = "m"."work_organisation_id"' : '') +
      (p.hrContact ? ' left join "hr_contact" "h" on "h"."id" = "m"."hr_contact_id"' : '');
    selectFromCache.set(key, sql);
  }
  return sql;
}

const mission_ = (p: ContractListProjection): Joined => (p.missionHeavy ? M : { ...M, omit: MISSION_HEAVY });

const C: Joined = { alias: 'c', entity: 'Contract' };
const S: Joined = { alias: 's', entity: 'Student' };
const M: Joined = { alias: 'm', entity: 'Mission' };
const O: Joined = { alias: 'o', entity: 'Organisation' };
const W: Joined = { alias: 'w', entity: 'Organisation' };
const T1: Joined = { alias: 't1', entity: 'CompanyTutor' };
const T2: Joined = { alias: 't2', entity: 'CompanyTutor' };
const H: Joined = { alias: 'h', entity: 'HrContact' };

/** Mission fields too heavy for a list row: read only when a query asks for them. */
export const MISSION_HEAVY = ['context', 'objectives', 'deliverables', 'findings', 'returnComment', 'rejectionReason'] as const;

/** What a list query asks for beyond the contract, student and mission (from the GraphQL selection). */
export interface ContractListProjection {
  workOrganisation: boolean;
  hrContact: boolean;
  missionHeavy: boolean;
}
export const FULL_PROJECTION: ContractListProjection = { workOrganisation: true, hrContact: true, missionHeavy: true };

export interface ContractListFilter {
  cohort?: string | null;
  contractType?: string | null;
  /** Only contracts with a checklist item not done and due on or before this day. */
  dueBy?: string | null;
}

/**
 * A page of contracts with their student, mission, OPAs, tutors and HR contact, in one
 * statement, scoped to what the actor may see (the same rule as missionScope, in SQL).
 */
export async function contractListRows(em: EntityManager, actor: Actor, filter: ContractListFilter, limit: number, offset: number, projection: ContractListProjection = FULL_PROJECTION): Promise<Contract[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const scope = SCOPE[actor.role];
  if (scope) {
    where.push(scope);
    params.push(...scope.split('?').slice(1).map(() => actor.id));
  }
  if (filter.cohort) {
    where.push('"m"."cohort" = ?');
    params.push(filter.cohort);
  }
  if (filter.contractType) {
    where.push('"c"."contract_type" = ?');
    params.push(filter.contractType);
  }
  if (filter.dueBy) {
    where.push('exists (select 1 from "checklist_item" "ci" where "ci"."contract_id" = "c"."id" and "ci"."done" = false and "ci"."due_date" <= ?)');
    params.push(filter.dueBy);
  }
  // The statement text depends only on which filters are present: built once each, then cached.
  const sql = `${selectFrom(em, projection)}${where.length ? ` where ${where.join(' and ')}` : ''} order by "c"."start_date", "c"."id" limit ? offset ?`;
  const rows = await readRows(em, sql, [...params, limit, offset]);
  return (rows as Record<string, unknown>[]).map((row) => {
    const student = plainOf<Record<string, unknown>>(em, S, row)!;
    const mission = plainOf<Record<string, unknown>>(em, mission_(projection), row)!;
    const organisation = plainOf<{ id: string }>(em, O, row);
    const workOrganisation = projection.workOrganisation ? plainOf<{ id: string }>(em, W, row) : undefined;
    // Tutors and HR contacts belong to the signing OPA or the work OPA: point them at the row's copy.
    const withOrganisation = (person: Record<string, unknown> | null, alias: string) => {
      if (!person) return null;
      const id = String(row[`${alias}__org`]);
      person.organisation = id === organisation?.id ? organisation : id === workOrganisation?.id ? workOrganisation : { id };
      return person;
    };
    Object.assign(mission, {
      student,
      organisation,
      ...(projection.workOrganisation ? { workOrganisation } : {}),
      tutor1: withOrganisation(plainOf(em, T1, row), 't1'),
      tutor2: withOrganisation(plainOf(em, T2, row), 't2'),
      ...(projection.hrContact ? { hrContact: withOrganisation(plainOf(em, H, row), 'h') } : {}),
    });
    const contract = plainOf<Record<string, unknown>>(em, C, row)!;
    return Object.assign(contract, { student, mission, checklist: null }) as unknown as Contract;
  });
}
